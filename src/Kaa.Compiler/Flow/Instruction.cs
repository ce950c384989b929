using Kaa.Compiler.Bytecode;

namespace Kaa.Compiler.Flow;

/// <summary>
/// A source range for an instruction: CPython's (lineno, end_lineno, col_offset, end_col_offset),
/// columns in UTF-8 bytes. A negative line marks an artificial instruction whose line is decided
/// later by propagation. The two artificial locations differ in their other fields, and those can
/// show in the location table (an exit given only a line keeps its columns).
/// </summary>
public readonly record struct Location(int Lineno, int EndLineno, int ColOffset, int EndColOffset)
{
    /// <summary>What CPython's <c>*_noline</c> emitters give: line -1, the rest 0.</summary>
    public static readonly Location NoLocation = new(-1, 0, 0, 0);

    /// <summary>What CPython's UNSET_LOC sets: every field -1.</summary>
    public static readonly Location Unset = new(-1, -1, -1, -1);

    public bool HasLine => Lineno >= 0;
}

/// <summary>
/// The compiler's pseudo-instructions: emitted by code generation, removed or replaced by the
/// flow-graph passes before assembly (compile.c's negative opcodes).
/// </summary>
public static class PseudoOp
{
    public const int SetupFinally = -1;
    public const int SetupCleanup = -2;
    public const int SetupWith = -3;
    public const int PopBlock = -4;
    public const int Jump = -5;
    public const int JumpNoInterrupt = -6;
    public const int PopJumpIfFalse = -7;
    public const int PopJumpIfTrue = -8;
    public const int PopJumpIfNone = -9;
    public const int PopJumpIfNotNone = -10;

    public const int Min = -10;

    public static bool IsPseudo(int opcode) => opcode < 0;

    public static bool IsBlockPush(int opcode) => opcode is SetupFinally or SetupWith or SetupCleanup;
}

/// <summary>
/// One instruction of the flow graph. <see cref="Opcode"/> is an <see cref="OpCode"/> value or a
/// <see cref="PseudoOp"/> (negative). A jump has <see cref="Target"/>; <see cref="Except"/> is
/// the handler block, filled in by the exception-table pass (never by code generation). Both are
/// block labels (the block's index in its unit's block list, see <see cref="BasicBlock.Block"/>),
/// or <see cref="NoBlock"/>: an instruction holds no object reference, so the pooled instruction
/// arrays (long-lived) are never scanned by the collector, never cleared for it, and stores into
/// them pay no write barrier.
/// </summary>
public struct Instruction
{
    /// <summary>The <see cref="Target"/> or <see cref="Except"/> of an instruction without one.</summary>
    public const int NoBlock = -1;

    public int Opcode;
    public int Oparg;
    public int Target;
    public int Except;
    public Location Loc;

    public Instruction(int opcode, int oparg, Location loc, BasicBlock? target = null)
    {
        Opcode = opcode;
        Oparg = oparg;
        Loc = loc;
        Target = target is null ? NoBlock : target.Label;
        Except = NoBlock;
    }

    public readonly OpCode Op => (OpCode)Opcode;

    public override readonly string ToString()
        => (Opcode < 0 ? $"pseudo{Opcode}" : OpCodeInfo.Names[Opcode]) + $" {Oparg}" + (Target == NoBlock ? "" : $" -> {Target}");
}
