using Kaa.Compiler.Bytecode;

namespace Kaa.Compiler.Flow;

/// <summary>
/// The zero-cost exception handling of 3.11: <c>label_exception_targets</c> walks the graph with
/// the stack of active handlers that SETUP_* / POP_BLOCK push and pop, giving every instruction
/// its handler; the pseudo-ops then become NOPs; <c>assemble_exception_table</c> writes each run of
/// instructions sharing a handler as one co_exceptiontable entry (Objects/exception_handling_notes.txt).
/// </summary>
internal static class ExceptionTable
{
    /// <param name="todo">An empty work stack (left empty).</param>
    public static void LabelExceptionTargets(BasicBlock entry, Stack<BasicBlock> todo)
    {
        for (var b = entry; b is not null; b = b.Next) b.Visited = false;
        todo.Clear();
        entry.Visited = true;
        entry.ExceptStack = new ExceptStack();
        todo.Push(entry);
        while (todo.Count > 0)
        {
            var b = todo.Pop();
            ExceptStack? exceptStack = b.ExceptStack!;
            b.ExceptStack = null;
            BasicBlock? handler = exceptStack.Handlers[^1];
            for (int i = 0; i < b.Count; i++)
            {
                ref var instr = ref b[i];
                if (FlowGraph.IsBlockPush(instr))
                {
                    var target = b.TargetOf(instr);
                    if (!target.Visited)
                    {
                        target.ExceptStack = exceptStack!.Copy();
                        target.Visited = true;
                        todo.Push(target);
                    }
                    // A handler entered with lasti pushed re-raises from the original instruction.
                    if (instr.Opcode is PseudoOp.SetupWith or PseudoOp.SetupCleanup) target.PreserveLasti = true;
                    exceptStack!.Handlers.Add(target);
                    handler = target;
                }
                else if (instr.Opcode == PseudoOp.PopBlock)
                {
                    exceptStack!.Handlers.RemoveAt(exceptStack.Handlers.Count - 1);
                    handler = exceptStack.Handlers[^1];
                }
                else if (FlowGraph.IsJump(instr))
                {
                    instr.Except = handler?.Label ?? Instruction.NoBlock;
                    var target = b.TargetOf(instr);
                    if (!target.Visited)
                    {
                        if (!b.NoFallthrough)
                        {
                            target.ExceptStack = exceptStack!.Copy();
                        }
                        else
                        {
                            target.ExceptStack = exceptStack;
                            exceptStack = null;
                        }
                        target.Visited = true;
                        todo.Push(target);
                    }
                }
                else
                {
                    instr.Except = handler?.Label ?? Instruction.NoBlock;
                }
            }
            if (!b.NoFallthrough && b.Next is not null && !b.Next.Visited)
            {
                b.Next.ExceptStack = exceptStack;
                b.Next.Visited = true;
                todo.Push(b.Next);
            }
        }
    }

    /// <summary>The block's SETUP_* and POP_BLOCK pseudo-ops become NOPs (their work is in the table now).</summary>
    public static void ConvertExceptionHandlersToNops(BasicBlock b)
    {
        for (int i = 0; i < b.Count; i++)
        {
            ref var instr = ref b[i];
            if (FlowGraph.IsBlockPush(instr) || instr.Opcode == PseudoOp.PopBlock) instr.Opcode = (int)OpCode.Nop;
        }
    }

    /// <summary>The table: (start, length, handler offset, depth and lasti), all in code units.</summary>
    public static byte[] Assemble(BasicBlock entry)
    {
        var table = new List<byte>();
        int handler = Instruction.NoBlock;
        int start = -1;
        int offset = 0;
        for (var b = entry; b is not null; b = b.Next)
        {
            offset = b.Offset;
            foreach (ref readonly var instr in b.Instructions)
            {
                if (instr.Except != handler)
                {
                    if (handler != Instruction.NoBlock) EmitEntry(table, start, offset, b.Block(handler));
                    start = offset;
                    handler = instr.Except;
                }
                offset += FlowGraph.InstructionSize(instr);
            }
        }
        if (handler != Instruction.NoBlock) EmitEntry(table, start, offset, entry.Block(handler));
        return table.ToArray();
    }

    private static void EmitEntry(List<byte> table, int start, int end, BasicBlock handler)
    {
        // The depth to unwind to: the handler's entry depth without what the unwinding pushes.
        int depth = handler.StartDepth - 1;
        if (handler.PreserveLasti) depth--;
        if (depth < 0) throw new InvalidOperationException("exception handler with a negative stack depth");
        int depthLasti = (depth << 1) | (handler.PreserveLasti ? 1 : 0);
        EmitItem(table, start, 0x80);
        EmitItem(table, end - start, 0);
        EmitItem(table, handler.Offset, 0);
        EmitItem(table, depthLasti, 0);
    }

    /// <summary>A big-endian varint of 6-bit groups; bit 6 marks continuation, bit 7 an entry's start.</summary>
    private static void EmitItem(List<byte> table, int value, int msb)
    {
        const int Continuation = 0x40;
        for (int shift = 24; shift > 0; shift -= 6)
        {
            if (value >= 1 << shift)
            {
                table.Add((byte)(((value >> shift) & 0x3F) | Continuation | msb));
                msb = 0;
            }
        }
        table.Add((byte)((value & 0x3F) | msb));
    }
}
