using Kaa.Compiler.Bytecode;

namespace Kaa.Compiler.Flow;

/// <summary>Facts about instructions that code generation and the flow-graph passes share.</summary>
public static partial class FlowGraph
{
    public static bool IsVirtualJump(int opcode)
        => opcode is PseudoOp.Jump or PseudoOp.JumpNoInterrupt or PseudoOp.PopJumpIfNone
            or PseudoOp.PopJumpIfNotNone or PseudoOp.PopJumpIfFalse or PseudoOp.PopJumpIfTrue;

    /// <summary>A jump: a virtual jump, or an opcode in hasjrel/hasjabs.</summary>
    public static bool IsJump(in Instruction i)
        => IsVirtualJump(i.Opcode)
            || (i.Opcode >= 0 && (OpCodeInfo.ArgumentClasses[i.Opcode] & (byte)(OpArgKind.JumpRelative | OpArgKind.JumpAbsolute)) != 0);

    /// <summary>Control cannot continue to the next instruction of the block after this one.</summary>
    public static bool IsEndOfBasicBlock(in Instruction i)
        => IsJump(i) || i.Opcode is (int)OpCode.ReturnValue or (int)OpCode.RaiseVarargs or (int)OpCode.Reraise;
}
