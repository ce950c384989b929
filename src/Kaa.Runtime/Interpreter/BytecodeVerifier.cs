using Kaa.Compiler.Bytecode;

namespace Kaa.Runtime;

/// <summary>
/// Checks once per code object what the evaluation loop takes for granted, so that it can address a frame's
/// locals and value stack without bounds checks: every instruction is a 3.11 opcode the VM runs; every local,
/// cell and free-variable index is below <c>co_nlocalsplus</c>; every jump and exception handler lands on an
/// instruction; no path falls off the end of the code; and on every path, exception handlers included, the
/// stack never holds fewer values than an instruction takes nor more than <c>co_stacksize</c>.
/// Kaa's compiler always produces such code and so does CPython's; a code object built by hand
/// (<c>types.CodeType</c>, <c>code.replace</c>, a crafted <c>marshal</c> payload) that fails is not run: calling it
/// raises SystemError (<see cref="PyCode"/> swaps in an instruction that does so), where CPython would run it
/// and might crash.
/// </summary>
internal static class BytecodeVerifier
{
    /// <summary>The instruction a code object that failed verification runs instead (an opcode number
    /// CPython 3.11 leaves unassigned): it raises SystemError with the reason.</summary>
    public const OpCode RaiseInvalidCode = (OpCode)3;

    /// <summary>Null when the code is sound, otherwise why it is not.</summary>
    public static string? Verify(ushort[] instrs, int nlocalsplus, int nconsts, int nnames, int stackSize, ExceptionTableEntry[] handlers)
    {
        int n = instrs.Length;
        if (n == 0) return "empty code";
        // The work arrays are borrowed: every code object that runs is verified once, and allocating them
        // fresh each time was about a megabyte of garbage while a program imports its modules.
        var boundary = System.Buffers.ArrayPool<bool>.Shared.Rent(n + 1);
        var depthAt = System.Buffers.ArrayPool<int>.Shared.Rent(n);
        var handlerOf = System.Buffers.ArrayPool<int>.Shared.Rent(n);
        try
        {
            Array.Clear(boundary, 0, n + 1);
            return Verify(instrs, nlocalsplus, nconsts, nnames, stackSize, handlers, boundary, depthAt, handlerOf);
        }
        finally
        {
            System.Buffers.ArrayPool<bool>.Shared.Return(boundary);
            System.Buffers.ArrayPool<int>.Shared.Return(depthAt);
            System.Buffers.ArrayPool<int>.Shared.Return(handlerOf);
        }
    }

    /// <summary><see cref="Verify(ushort[], int, int, int, int, ExceptionTableEntry[])"/> with its work arrays
    /// (at least as long as the code; <paramref name="boundary"/> cleared).</summary>
    private static string? Verify(ushort[] instrs, int nlocalsplus, int nconsts, int nnames, int stackSize, ExceptionTableEntry[] handlers,
        bool[] boundary, int[] depthAt, int[] handlerOf)
    {
        int n = instrs.Length;
        // Instruction boundaries (an EXTENDED_ARG prefix and the instruction it extends both count).
        for (int i = 0; i < n;)
        {
            boundary[i] = true;
            int op = instrs[i] & 0xff;
            i += 1 + (op == OpCodeInfo.ExtendedArg ? 0 : OpCodeInfo.CacheEntries[op]);
        }
        Array.Fill(depthAt, -1, 0, n);
        var work = new Stack<int>();
        string? Enter(int target, int depth)
        {
            if ((uint)target >= (uint)n || !boundary[target]) return $"jump to {target * 2} is not an instruction";
            if (depth < 0 || depth > stackSize) return $"stack depth {depth} at {target * 2} outside 0..{stackSize}";
            if (depthAt[target] >= depth) return null;
            depthAt[target] = depth;
            work.Push(target);
            return null;
        }
        // The handler of each instruction (the first entry that covers it, as the unwinder looks it up).
        Array.Fill(handlerOf, -1, 0, n);
        for (int k = handlers.Length - 1; k >= 0; k--)
        {
            var h = handlers[k];
            if (h.Start < 0 || h.End > n || h.Start > h.End) return "exception table entry out of range";
            if (h.Depth < 0 || h.Depth + (h.PushLastInstr ? 1 : 0) + 1 > stackSize) return "exception handler deeper than co_stacksize";
            for (int i = h.Start; i < h.End; i++) handlerOf[i] = k;
        }
        string? error = Enter(0, 0);
        while (error is null && work.Count > 0)
        {
            int start = work.Pop();
            int depth = depthAt[start];
            int at = start, arg = 0, op;
            while (true)
            {
                op = instrs[at] & 0xff;
                arg = (arg << 8) | (instrs[at] >> 8);
                if (op != OpCodeInfo.ExtendedArg) break;
                if (++at >= n) return "EXTENDED_ARG at the end of the code";
            }
            int next = at + 1 + OpCodeInfo.CacheEntries[op];
            if (!Effect((OpCode)op, arg, out int pops, out int pushes, out int jumpPushes, out var flow))
                return $"opcode {op} at {at * 2} is not one the VM runs";
            if (depth < pops) return $"{OpCodeInfo.Names[op]} at {at * 2} takes {pops} values from a stack of {depth}";
            if ((OpCodeInfo.ArgumentClasses[op] & (16 | 64)) != 0 && arg >= nlocalsplus)
                return $"{OpCodeInfo.Names[op]} at {at * 2} names local {arg} of {nlocalsplus}";
            if ((OpCodeInfo.ArgumentClasses[op] & 1) != 0 && arg >= nconsts)
                return $"LOAD_CONST at {at * 2} names constant {arg} of {nconsts}";
            if (op == (int)OpCode.LoadGlobal ? (arg >> 1) >= nnames : (OpCodeInfo.ArgumentClasses[op] & 2) != 0 && arg >= nnames)
                return $"{OpCodeInfo.Names[op]} at {at * 2} names name {arg} of {nnames}";
            if (op == (int)OpCode.CopyFreeVars && arg > nlocalsplus) return $"COPY_FREE_VARS {arg} with {nlocalsplus} locals";
            if (op == (int)OpCode.BinaryOp && arg > 25) return $"BINARY_OP {arg} at {at * 2}";
            if (op == (int)OpCode.CompareOp && arg > 5) return $"COMPARE_OP {arg} at {at * 2}";
            // An instruction inside a protected range may raise into its handler.
            if (handlerOf[at] >= 0)
            {
                var h = handlers[handlerOf[at]];
                if (depth < h.Depth) return $"exception handler at {h.Target * 2} expects {h.Depth} values where {depth} are";
                error = Enter(h.Target, h.Depth + (h.PushLastInstr ? 1 : 0) + 1);
                if (error is not null) break;
            }
            int after = depth - pops + pushes;
            if (flow is Flow.Next or Flow.Branch)
            {
                if (next >= n) return "execution runs off the end of the code";
                error = Enter(next, after);
            }
            if (error is null && flow is Flow.Branch or Flow.Jump)
            {
                int target = IsBackward((OpCode)op) ? next - arg : next + arg;
                error = Enter(target, depth - pops + jumpPushes);
            }
        }
        return error;
    }

    private enum Flow { Next, Branch, Jump, Stop }

    private static bool IsBackward(OpCode op) => op is OpCode.JumpBackward or OpCode.JumpBackwardNoInterrupt
        or OpCode.PopJumpBackwardIfFalse or OpCode.PopJumpBackwardIfTrue or OpCode.PopJumpBackwardIfNone or OpCode.PopJumpBackwardIfNotNone;

    /// <summary>
    /// What an instruction does to the value stack as Kaa's VM runs it: how many values it needs there
    /// (<paramref name="pops"/>: those it removes or reads below the top), how many it leaves in their place
    /// going on, and how many on its jump; and where control goes. False for an opcode the VM does not run.
    /// </summary>
    private static bool Effect(OpCode op, int arg, out int pops, out int pushes, out int jumpPushes, out Flow flow)
    {
        flow = Flow.Next;
        jumpPushes = 0;
        (pops, pushes) = op switch
        {
            OpCode.Nop or OpCode.Resume or OpCode.ExtendedArg or OpCode.MakeCell or OpCode.CopyFreeVars
                or OpCode.SetupAnnotations or OpCode.KwNames or OpCode.DeleteFast or OpCode.DeleteDeref
                or OpCode.DeleteName or OpCode.DeleteGlobal => (0, 0),
            // The generator's first resumption pushes the value sent (None), which the next POP_TOP drops.
            OpCode.ReturnGenerator => (0, 1),
            OpCode.PushNull or OpCode.LoadConst or OpCode.LoadFast or OpCode.LoadName or OpCode.LoadClosure
                or OpCode.LoadDeref or OpCode.LoadClassderef or OpCode.LoadBuildClass or OpCode.LoadAssertionError => (0, 1),
            OpCode.LoadGlobal => (0, 1 + (arg & 1)),
            OpCode.PopTop or OpCode.StoreFast or OpCode.StoreName or OpCode.StoreGlobal or OpCode.StoreDeref
                or OpCode.PrintExpr or OpCode.ImportStar or OpCode.PopExcept => (1, 0),
            OpCode.UnaryPositive or OpCode.UnaryNegative or OpCode.UnaryNot or OpCode.UnaryInvert or OpCode.GetIter
                or OpCode.GetYieldFromIter or OpCode.GetAwaitable or OpCode.GetAiter or OpCode.LoadAttr
                or OpCode.ListToTuple or OpCode.AsyncGenWrap or OpCode.YieldValue => (1, 1),
            OpCode.LoadMethod or OpCode.BeforeWith or OpCode.BeforeAsyncWith or OpCode.PushExcInfo => (1, 2),
            OpCode.GetAnext or OpCode.ImportFrom or OpCode.GetLen or OpCode.MatchMapping or OpCode.MatchSequence => (1, 2),
            OpCode.BinaryOp or OpCode.BinarySubscr or OpCode.CompareOp or OpCode.IsOp or OpCode.ContainsOp
                or OpCode.ImportName or OpCode.PrepReraiseStar => (2, 1),
            OpCode.CheckExcMatch or OpCode.CheckEgMatch => (2, 2),
            OpCode.MatchKeys => (2, 3),
            OpCode.MatchClass => (3, 1),
            OpCode.StoreAttr or OpCode.DeleteSubscr or OpCode.EndAsyncFor => (2, 0),
            OpCode.DeleteAttr => (1, 0),
            OpCode.StoreSubscr => (3, 0),
            OpCode.WithExceptStart => (4, 5),
            OpCode.Copy when arg >= 1 => (arg, arg + 1),
            OpCode.Swap when arg >= 2 => (arg, arg),
            OpCode.BuildTuple or OpCode.BuildList or OpCode.BuildSet or OpCode.BuildString => (arg, 1),
            OpCode.BuildMap => (2 * arg, 1),
            OpCode.BuildConstKeyMap => (arg + 1, 1),
            OpCode.BuildSlice when arg is 2 or 3 => (arg, 1),
            OpCode.ListAppend or OpCode.SetAdd or OpCode.ListExtend or OpCode.SetUpdate or OpCode.DictUpdate
                or OpCode.DictMerge when arg >= 1 => (arg + 1, arg),
            OpCode.MapAdd when arg >= 1 => (arg + 2, arg),
            OpCode.UnpackSequence => (1, arg),
            OpCode.UnpackEx => (1, (arg & 0xff) + (arg >> 8) + 1),
            OpCode.FormatValue => ((arg & 4) != 0 ? 2 : 1, 1),
            OpCode.MakeFunction => (1 + System.Numerics.BitOperations.PopCount((uint)(arg & 0xf)), 1),
            OpCode.Precall => (arg + 2, arg + 2),
            OpCode.Call => (arg + 2, 1),
            OpCode.CallFunctionEx => (3 + (arg & 1), 1),
            OpCode.ReturnValue => (1, 0),
            OpCode.RaiseVarargs when arg <= 2 => (arg, 0),
            OpCode.Reraise => (1 + arg, 0),
            OpCode.JumpForward or OpCode.JumpBackward or OpCode.JumpBackwardNoInterrupt => (0, 0),
            OpCode.PopJumpForwardIfFalse or OpCode.PopJumpForwardIfTrue or OpCode.PopJumpForwardIfNone
                or OpCode.PopJumpForwardIfNotNone or OpCode.PopJumpBackwardIfFalse or OpCode.PopJumpBackwardIfTrue
                or OpCode.PopJumpBackwardIfNone or OpCode.PopJumpBackwardIfNotNone => (1, 0),
            OpCode.JumpIfFalseOrPop or OpCode.JumpIfTrueOrPop => (1, 0),
            OpCode.ForIter => (1, 2),
            OpCode.Send => (2, 2),
            _ => (-1, 0),
        };
        if (pops < 0) return false;
        switch (op)
        {
            case OpCode.ReturnValue or OpCode.RaiseVarargs or OpCode.Reraise:
                flow = Flow.Stop;
                break;
            case OpCode.JumpForward or OpCode.JumpBackward or OpCode.JumpBackwardNoInterrupt:
                flow = Flow.Jump;
                break;
            case OpCode.PopJumpForwardIfFalse or OpCode.PopJumpForwardIfTrue or OpCode.PopJumpForwardIfNone
                or OpCode.PopJumpForwardIfNotNone or OpCode.PopJumpBackwardIfFalse or OpCode.PopJumpBackwardIfTrue
                or OpCode.PopJumpBackwardIfNone or OpCode.PopJumpBackwardIfNotNone:
                flow = Flow.Branch;
                break;
            case OpCode.JumpIfFalseOrPop or OpCode.JumpIfTrueOrPop:
                flow = Flow.Branch;
                jumpPushes = 1;          // the value stays when the jump is taken
                break;
            case OpCode.ForIter:
                flow = Flow.Branch;
                jumpPushes = 0;          // the exhausted iterator is popped
                break;
            case OpCode.Send:
                flow = Flow.Branch;
                jumpPushes = 1;          // the receiver's return value replaces both
                break;
        }
        return true;
    }
}
