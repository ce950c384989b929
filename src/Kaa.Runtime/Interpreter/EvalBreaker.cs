using System.Collections.Concurrent;

namespace Kaa.Runtime;

public sealed partial class Interpreter
{
    /// <summary>Bits of <see cref="EvalBreaker"/>: why the running thread must leave its fast path.</summary>
    internal const int BreakPendingCalls = 1, BreakGilDropRequest = 2, BreakAsyncException = 4;

    /// <summary>
    /// CPython's eval_breaker: nonzero when some thread asked the running one to do work between
    /// instructions (run pending calls such as signal handlers and weakref callbacks, hand over the GIL).
    /// The evaluation loop reads it at RESUME and backward jumps, so a loop without calls still notices.
    /// Written with <see cref="Interlocked"/> from any thread (or a signal handler's .NET callback).
    /// </summary>
    internal int EvalBreaker;

    private readonly ConcurrentQueue<Func<ThreadState, bool>> _pendingCalls = new();

    /// <summary>
    /// Py_AddPendingCall: <paramref name="call"/> runs on the main thread at its next check point (signal
    /// handlers, callbacks that must not run inside arbitrary C# code). It returns false with the exception
    /// set to raise it in the interrupted code. Safe to call from any thread.
    /// </summary>
    public void AddPendingCall(Func<ThreadState, bool> call)
    {
        _pendingCalls.Enqueue(call);
        Interlocked.Or(ref EvalBreaker, BreakPendingCalls);
    }

    /// <summary>Sets <paramref name="bits"/> in <see cref="EvalBreaker"/>.</summary>
    internal void RequestEvalBreak(int bits) => Interlocked.Or(ref EvalBreaker, bits);

    /// <summary>
    /// Runs the queued pending calls now, on the main thread (elsewhere they wait): the check points use
    /// it, and gc.collect(), so that weakref callbacks and __del__ run before it returns. False with the
    /// exception set when a call raised (the rest stay queued for the next check point).
    /// </summary>
    internal bool RunPendingCallsNow(ThreadState ts)
    {
        if (ts != MainThread) return true;
        Interlocked.And(ref EvalBreaker, ~BreakPendingCalls);
        while (_pendingCalls.TryDequeue(out var call))
        {
            if (!call(ts))
            {
                if (!_pendingCalls.IsEmpty) Interlocked.Or(ref EvalBreaker, BreakPendingCalls);
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Called by the evaluation loop when <see cref="EvalBreaker"/> is nonzero: does the pending work.
    /// False with the exception set when a pending call raised (KeyboardInterrupt from SIGINT, ...).
    /// </summary>
    internal bool HandleEvalBreaker(ThreadState ts)
    {
        if ((Volatile.Read(ref EvalBreaker) & BreakGilDropRequest) != 0) Gil.Yield(ts);
        // Pending calls run on the main thread only, as in CPython.
        if (ts == MainThread && (Volatile.Read(ref EvalBreaker) & BreakPendingCalls) != 0 && !RunPendingCallsNow(ts))
            return false;
        if ((Volatile.Read(ref EvalBreaker) & BreakAsyncException) != 0 && ts.AsyncException is { } exc)
        {
            ts.AsyncException = null;
            ts.SetError(exc);
            return false;
        }
        return true;
    }
}
