using Kaa.Compiler.Bytecode;

namespace Kaa.Compiler.Flow;

/// <summary>
/// compile.c's <c>stackdepth</c>: co_stacksize is the deepest stack on any path from the entry,
/// following fall-through, jumps and exception handlers, and recording each block's depth on
/// entry (the exception table needs the handlers'). Cycles are assumed to leave the depth as is.
/// </summary>
internal static class StackDepth
{
    /// <param name="stack">An empty work stack (left empty).</param>
    public static int Compute(List<BasicBlock> blocks, BasicBlock entry, bool generatorOrCoroutine, Stack<BasicBlock> stack)
    {
        foreach (var b in blocks) b.StartDepth = int.MinValue; // a List's enumerator: a struct, not a boxed interface
        stack.Clear();
        int maxDepth = 0;
        Push(stack, entry, generatorOrCoroutine ? 1 : 0);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            int depth = b.StartDepth;
            var next = b.Next;
            int last = b.Count - 1;
            for (int i = 0; i < b.Count; i++)
            {
                ref readonly var instr = ref b[i];
                int index = instr.Opcode - PseudoOp.Min;
                int effect = (uint)index < (uint)FixedEffects.Length && FixedEffects[index] != Variable
                    ? FixedEffects[index]
                    : StackEffect.Of(instr.Opcode, instr.Oparg, jump: false)
                      ?? throw new InvalidOperationException($"compiler stack_effect(opcode={instr.Opcode}, arg={instr.Oparg}) failed");
                int newDepth = depth + effect;
                if (newDepth > maxDepth) maxDepth = newDepth;
                // A jump ends its block: only the last instruction can be one (a SETUP_* can be anywhere).
                if (FlowGraph.IsBlockPush(instr) || (i == last && FlowGraph.IsJump(instr)))
                {
                    int targetDepth = depth + StackEffect.Of(instr.Opcode, instr.Oparg, jump: true)!.Value;
                    if (targetDepth > maxDepth) maxDepth = targetDepth;
                    Push(stack, b.TargetOf(instr), targetDepth);
                }
                depth = newDepth;
                if (instr.Opcode is PseudoOp.JumpNoInterrupt or PseudoOp.Jump or (int)OpCode.ReturnValue
                    or (int)OpCode.RaiseVarargs or (int)OpCode.Reraise)
                {
                    next = null; // the rest of the block is dead
                    break;
                }
            }
            if (next is not null) Push(stack, next, depth);
        }
        return maxDepth;
    }

    private const sbyte Variable = sbyte.MinValue;

    /// <summary>
    /// The fall-through effect of each opcode and pseudo-op (indexed from <see cref="PseudoOp.Min"/>)
    /// whose effect is the same whatever its argument, else <see cref="Variable"/>: most instructions
    /// are answered by a load instead of <see cref="StackEffect.Of"/>'s switch. Made from that switch,
    /// so the two cannot disagree.
    /// </summary>
    private static readonly sbyte[] FixedEffects = BuildFixedEffects();

    private static sbyte[] BuildFixedEffects()
    {
        // Arguments that tell apart every argument-dependent effect (counts, flag bits, low byte/high byte).
        ReadOnlySpan<int> probes = [0, 1, 2, 3, 4, 5, 7, 8, 15, 16, 255, 256, 257, 0xFFFF];
        var table = new sbyte[256 - PseudoOp.Min];
        for (int opcode = PseudoOp.Min; opcode < 256; opcode++)
        {
            int? first = StackEffect.Of(opcode, probes[0], jump: false);
            bool same = first is not null;
            foreach (int oparg in probes)
                same &= StackEffect.Of(opcode, oparg, jump: false) == first;
            table[opcode - PseudoOp.Min] = same ? (sbyte)first!.Value : Variable;
        }
        return table;
    }

    private static void Push(Stack<BasicBlock> stack, BasicBlock b, int depth)
    {
        if (b.StartDepth < depth && b.StartDepth < 100)
        {
            b.StartDepth = depth;
            stack.Push(b);
        }
    }
}
