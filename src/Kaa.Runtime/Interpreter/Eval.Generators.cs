using Kaa.Compiler.Bytecode;

namespace Kaa.Runtime;

internal static partial class Eval
{
    /// <summary>
    /// FOR_ITER over a plain generator runs the generator's frame in the same loop, as a call: no C# call,
    /// so no entry into <see cref="Run"/> (whose prologue alone is a fifth of a generator's resumption).
    /// What send() does around the run (<see cref="PyGenerator.Resume"/>) is done by the yield, the
    /// return or the unwinding that leaves the frame: <see cref="PyGenerator.LeaveRun"/> and
    /// <see cref="PyGenerator.RaisedInLoop"/>. Tracing keeps the C# path, which reports the resumption.
    /// </summary>
    private static bool CanResumeInLoop(ThreadState ts, PyGenerator gen)
        => gen.Type == BuiltinTypes.Generator && !gen.Running && !gen.Finished
            && ts.RecursionDepth + ts.NativeDepth < ts.Interp.RecursionLimit;

    /// <summary>Starts the resumption of <see cref="CanResumeInLoop"/>: the caller's state saved (its stack
    /// top, where it goes on with the next item, and where when the generator is exhausted, and whether its
    /// return value then replaces the generator on the caller's stack, SEND's way, or the generator is
    /// popped, FOR_ITER's), <paramref name="sent"/> sent in, the generator's exception state installed;
    /// returns the frame to run.</summary>
    private static PyFrame ResumeInLoop(ThreadState ts, PyFrame caller, int sp, int next, int exhausted, PyGenerator gen,
        PyObject sent, bool sending)
    {
        caller.StackTop = sp;
        caller.NextInstr = next;
        caller.GeneratorExit = exhausted;
        caller.SendingInLoop = sending;
        var frame = gen.Frame;
        if (!sending && SkipsUnusedYield(ts, frame.Code.Instructions, frame.NextInstr)) frame.NextInstr += 2;
        else frame.Fast[frame.StackTop++].Value = sent;
        gen.EnterRun(ts);
        frame.IsEntry = false;
        return EnterFrame(ts, caller, frame);
    }

    /// <summary>A yield whose value is unused is followed by RESUME 1; POP_TOP. When nothing is pending for the
    /// RESUME (the eval breaker), a resumption with None (next(), FOR_ITER, a consumer's sink) may go on after
    /// both instead of pushing the None for the POP_TOP: two dispatches and two stores fewer per item.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool SkipsUnusedYield(ThreadState ts, ushort[] instrs, int at)
        => Unit(instrs, at) == ((int)OpCode.Resume | 1 << 8) && (Unit(instrs, at + 1) & 0xff) == (int)OpCode.PopTop
            && ts.Interp.EvalBreaker == 0;

    /// <summary>
    /// SEND: sends the value on top into the receiver below it (yield from / await). The yielded value,
    /// or with <paramref name="returned"/> the receiver's return value; null on error.
    /// </summary>
    private static PyObject? Send(ThreadState ts, ValueSlot[] fast, ref int sp, out bool returned)
    {
        var v = fast[--sp].Value!;
        fast[sp].Value = null;
        var receiver = fast[sp - 1].Value!;
        returned = false;
        if (receiver is PyGenerator gen && (receiver.Type == BuiltinTypes.Generator || receiver.Type == BuiltinTypes.Coroutine))
        {
            var status = gen.Resume(ts, v, false, out var r);
            if (status == GenStatus.Error) return null;
            returned = status == GenStatus.Returned;
            return r;
        }
        PyObject? result;
        if (v is PyNone && receiver.Type.IterNext is { } next)
            result = next(ts, receiver);
        else
            result = Protocols.CallMethod(ts, receiver, "send", [v]);
        if (result is not null) return result;
        // The receiver stopped: StopIteration carries the return value.
        if (ts.CurrentException is null)
        {
            returned = true;
            return PyNone.Instance;
        }
        if (ts.CurrentException.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            var stop = ts.FetchError()!;
            returned = true;
            return GeneratorSlots.StopIterationValue(stop);
        }
        return null;
    }

    /// <summary>The async instructions and GET_YIELD_FROM_ITER.</summary>
    private static bool AsyncOp(ThreadState ts, PyFrame f, OpCode op, int arg, ValueSlot[] fast, ref int sp)
    {
        switch (op)
        {
            case OpCode.GetYieldFromIter:
            {
                var iterable = fast[sp - 1].Value!;
                if (iterable.Type == BuiltinTypes.Coroutine)
                {
                    // Only a coroutine function's own frame may yield from a coroutine.
                    if ((f.Code.Flags & (Kaa.Compiler.Code.CodeFlags.Coroutine | Kaa.Compiler.Code.CodeFlags.IterableCoroutine)) == 0)
                    {
                        ts.SetError(PyExc.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
                        return false;
                    }
                    return true;
                }
                if (iterable.Type == BuiltinTypes.Generator) return true;
                var it = Protocols.GetIter(ts, iterable);
                if (it is null) return false;
                fast[sp - 1].Value = it;
                return true;
            }
            default:
                return GeneratorSlots.AsyncOp(ts, f, op, arg, fast, ref sp);
        }
    }
}
