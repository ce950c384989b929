namespace Kaa.Runtime;

/// <summary>
/// The GIL: one lock per interpreter; the thread holding it runs Python code. A thread about to block
/// (sleep, lock acquire, I/O) releases it with <c>using var _ = ts.ReleaseGil();</c>; a thread that waits
/// too long asks the holder to hand it over through the eval breaker (CPython's switch interval).
/// <para>Stub until <c>_thread</c> lands: one thread, nothing to hand over.</para>
/// </summary>
public sealed class GlobalInterpreterLock
{
    private readonly Interpreter _interp;

    internal GlobalInterpreterLock(Interpreter interp) => _interp = interp;

    /// <summary>Takes the GIL for <paramref name="ts"/> (blocking).</summary>
    public void Acquire(ThreadState ts) { }

    /// <summary>Gives the GIL up (the thread must hold it).</summary>
    public void Release(ThreadState ts) { }

    /// <summary>Called at a check point when another thread asked for the GIL: release, let it run, retake.</summary>
    internal void Yield(ThreadState ts)
    {
        Interlocked.And(ref _interp.EvalBreaker, ~Interpreter.BreakGilDropRequest);
    }
}

/// <summary>The GIL released for the lifetime of a <c>using</c> (Py_BEGIN_ALLOW_THREADS/Py_END_ALLOW_THREADS).</summary>
public readonly struct GilReleased : IDisposable
{
    private readonly ThreadState _ts;

    internal GilReleased(ThreadState ts)
    {
        _ts = ts;
        ts.Interp.Gil.Release(ts);
    }

    public void Dispose() => _ts.Interp.Gil.Acquire(_ts);
}
