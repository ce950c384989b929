using Kaa.Compiler.Bytecode;

namespace Kaa.Compiler.Flow;

/// <summary>
/// The last steps before bytes: virtual jumps become the real forward or backward opcode once
/// block order is final (<c>normalize_jumps</c>); blocks get offsets and jumps their relative
/// arguments, repeated until no argument grows an EXTENDED_ARG (<c>assemble_jump_offsets</c>);
/// then co_code is written with EXTENDED_ARG prefixes and CACHE entries (<c>write_instr</c>).
/// </summary>
internal static class JumpResolution
{
    public static void NormalizeJumps(BasicBlock entry)
    {
        for (var b = entry; b is not null; b = b.Next) b.Visited = false;
        for (var b = entry; b is not null; b = b.Next)
        {
            b.Visited = true;
            if (b.Count == 0) continue;
            ref var last = ref b.Last;
            if (!FlowGraph.IsJump(last)) continue;
            bool forward = !b.TargetOf(last).Visited;
            switch (last.Opcode)
            {
                case PseudoOp.Jump:
                    last.Opcode = (int)(forward ? OpCode.JumpForward : OpCode.JumpBackward);
                    break;
                case PseudoOp.JumpNoInterrupt:
                    last.Opcode = (int)(forward ? OpCode.JumpForward : OpCode.JumpBackwardNoInterrupt);
                    break;
                case PseudoOp.PopJumpIfNotNone:
                    last.Opcode = (int)(forward ? OpCode.PopJumpForwardIfNotNone : OpCode.PopJumpBackwardIfNotNone);
                    break;
                case PseudoOp.PopJumpIfNone:
                    last.Opcode = (int)(forward ? OpCode.PopJumpForwardIfNone : OpCode.PopJumpBackwardIfNone);
                    break;
                case PseudoOp.PopJumpIfFalse:
                    last.Opcode = (int)(forward ? OpCode.PopJumpForwardIfFalse : OpCode.PopJumpBackwardIfFalse);
                    break;
                case PseudoOp.PopJumpIfTrue:
                    last.Opcode = (int)(forward ? OpCode.PopJumpForwardIfTrue : OpCode.PopJumpBackwardIfTrue);
                    break;
                case (int)OpCode.JumpIfTrueOrPop or (int)OpCode.JumpIfFalseOrPop:
                    if (!forward)
                        throw new InvalidOperationException($"unexpected {OpCodeInfo.Names[last.Opcode]} jumping backwards");
                    break;
            }
        }
    }

    /// <summary>
    /// Sets block offsets and jump arguments (in code units, relative to the next instruction);
    /// returns the code's length in code units.
    /// </summary>
    public static int AssembleJumpOffsets(BasicBlock entry)
    {
        bool recompile;
        int total;
        do
        {
            total = 0;
            for (var b = entry; b is not null; b = b.Next)
            {
                b.Offset = total;
                total += FlowGraph.BlockSize(b);
            }
            recompile = false;
            for (var b = entry; b is not null; b = b.Next)
            {
                int position = b.Offset;
                for (int i = 0; i < b.Count; i++)
                {
                    ref var instr = ref b[i];
                    int size = FlowGraph.InstructionSize(instr);
                    position += size;
                    if (!FlowGraph.IsJump(instr)) continue;
                    int target = b.TargetOf(instr).Offset;
                    if (FlowGraph.IsRelativeJump(instr))
                        instr.Oparg = target < position ? position - target : target - position;
                    else instr.Oparg = target;
                    // A longer argument moves everything after it: go round again.
                    if (FlowGraph.InstructionSize(instr) != size) recompile = true;
                }
            }
        }
        while (recompile);
        return total;
    }

    /// <summary>
    /// co_code, <paramref name="total"/> code units long (what <see cref="AssembleJumpOffsets"/>
    /// returned); each instruction is also given to <paramref name="locations"/> (one walk for both).
    /// </summary>
    public static byte[] WriteCode(BasicBlock entry, int total, LocationTable locations)
    {
        var code = new byte[total * 2];
        int pos = 0;
        for (var b = entry; b is not null; b = b.Next)
        {
            foreach (ref readonly var instr in b.Instructions)
            {
                int opcode = instr.Opcode;
                int oparg = opcode >= OpCodeInfo.HaveArgument ? instr.Oparg : 0;
                int size = FlowGraph.InstructionSize(instr);
                locations.AddInstruction(instr.Loc, size);
                int caches = OpCodeInfo.CacheEntries[opcode];
                for (int shift = 8 * (size - caches - 1); shift > 0; shift -= 8)
                {
                    code[pos++] = OpCodeInfo.ExtendedArg;
                    code[pos++] = (byte)(oparg >> shift);
                }
                code[pos++] = (byte)opcode;
                code[pos++] = (byte)oparg;
                pos += 2 * caches; // CACHE is opcode 0 with argument 0
            }
        }
        return code;
    }
}
