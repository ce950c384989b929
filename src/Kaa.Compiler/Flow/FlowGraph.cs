using System.Runtime.CompilerServices;
using Kaa.Compiler.Bytecode;

namespace Kaa.Compiler.Flow;

/// <summary>
/// Facts about instructions that code generation and the flow-graph passes share. Inlined: every
/// pass asks them of every instruction (a call each was a few per cent of compiling).
/// </summary>
public static partial class FlowGraph
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsVirtualJump(int opcode)
        => opcode is PseudoOp.Jump or PseudoOp.JumpNoInterrupt or PseudoOp.PopJumpIfNone
            or PseudoOp.PopJumpIfNotNone or PseudoOp.PopJumpIfFalse or PseudoOp.PopJumpIfTrue;

    /// <summary>A jump: a virtual jump, or an opcode in hasjrel/hasjabs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsJump(in Instruction i)
        => IsVirtualJump(i.Opcode)
            || (i.Opcode >= 0 && (OpCodeInfo.ArgumentClasses[i.Opcode] & (byte)(OpArgKind.JumpRelative | OpArgKind.JumpAbsolute)) != 0);

    /// <summary>A SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH pseudo-op: its target is a handler.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBlockPush(in Instruction i) => PseudoOp.IsBlockPush(i.Opcode);

    /// <summary>A real jump whose argument counts code units from the next instruction (hasjrel).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsRelativeJump(in Instruction i)
        => i.Opcode >= 0 && (OpCodeInfo.ArgumentClasses[i.Opcode] & (byte)OpArgKind.JumpRelative) != 0;

    /// <summary>Control cannot continue to the next instruction of the block after this one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsEndOfBasicBlock(in Instruction i)
        => IsJump(i) || i.Opcode is (int)OpCode.ReturnValue or (int)OpCode.RaiseVarargs or (int)OpCode.Reraise;

    /// <summary>An instruction's length in code units: EXTENDED_ARG prefixes, itself, its CACHE entries.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int InstructionSize(in Instruction i)
    {
        int oparg = i.Opcode >= OpCodeInfo.HaveArgument ? i.Oparg : 0;
        int extendedArgs = (oparg > 0xFFFFFF ? 1 : 0) + (oparg > 0xFFFF ? 1 : 0) + (oparg > 0xFF ? 1 : 0);
        return extendedArgs + 1 + OpCodeInfo.CacheEntries[i.Opcode];
    }

    /// <summary>The number of code units of a block's instructions.</summary>
    public static int BlockSize(BasicBlock b)
    {
        int size = 0;
        foreach (ref readonly var i in b.Instructions) size += InstructionSize(i);
        return size;
    }
}
