namespace Kaa.Runtime;

/// <summary>
/// The GIL: one lock per interpreter; the thread holding it runs Python code. A thread about to block
/// (sleep, lock acquire, I/O) releases it with <c>using var _ = ts.ReleaseGil();</c>; a thread that waits
/// longer than the switch interval asks the holder to hand it over through the eval breaker, and the
/// holder does so at its next check point (<see cref="Yield"/>), waiting until another thread really took
/// it so that the same thread cannot win the race again at once (CPython's FORCE_SWITCHING).
/// <para>The interpreter's main thread holds the GIL from the start.</para>
/// </summary>
public sealed class GlobalInterpreterLock
{
    private readonly Interpreter _interp;

    // Everything below is guarded by _mutex; waiters sleep on it with Monitor.Wait (one condition shared
    // by "the GIL is free" and "a switch happened": both are rare enough that PulseAll costs nothing).
    private object _mutex = new();
    private ThreadState? _holder;
    private long _switchNumber;
    private int _waiters;
    private int _intervalMicroseconds = 5000;

    internal GlobalInterpreterLock(Interpreter interp, ThreadState initialHolder)
    {
        _interp = interp;
        _holder = initialHolder;
    }

    /// <summary>sys.getswitchinterval()/setswitchinterval(), in microseconds (0 is kept; waits use at least 1).</summary>
    public int IntervalMicroseconds
    {
        get => Volatile.Read(ref _intervalMicroseconds);
        set => Volatile.Write(ref _intervalMicroseconds, Math.Max(0, value));
    }

    /// <summary>The thread state holding the GIL (null while it is free).</summary>
    public ThreadState? Holder => Volatile.Read(ref _holder);

    /// <summary>Takes the GIL for <paramref name="ts"/> (blocking).</summary>
    public void Acquire(ThreadState ts)
    {
        lock (_mutex)
        {
            if (_holder is not null)
            {
                _waiters++;
                try
                {
                    while (_holder is not null)
                    {
                        long seen = _switchNumber;
                        int timeoutMs = Math.Max(1, (IntervalMicroseconds + 999) / 1000);
                        if (!Monitor.Wait(_mutex, timeoutMs) && _holder is not null && _switchNumber == seen)
                        {
                            // A whole interval without a switch: ask the holder to drop it.
                            _interp.RequestEvalBreak(Interpreter.BreakGilDropRequest);
                        }
                    }
                }
                finally { _waiters--; }
            }
            _holder = ts;
            _switchNumber++;
            // A drop request addressed to the previous holder is satisfied.
            Interlocked.And(ref _interp.EvalBreaker, ~Interpreter.BreakGilDropRequest);
            Monitor.PulseAll(_mutex);
        }
    }

    /// <summary>Gives the GIL up (the thread must hold it).</summary>
    public void Release(ThreadState ts)
    {
        lock (_mutex)
        {
            if (_holder == ts) _holder = null;
            Monitor.PulseAll(_mutex);
        }
    }

    /// <summary>Called at a check point when another thread asked for the GIL: release, let it run, retake.</summary>
    internal void Yield(ThreadState ts)
    {
        lock (_mutex)
        {
            Interlocked.And(ref _interp.EvalBreaker, ~Interpreter.BreakGilDropRequest);
            if (_waiters == 0 || _holder != ts) return;
            long seen = _switchNumber;
            _holder = null;
            Monitor.PulseAll(_mutex);
            // Wait until a waiter took it, so that this thread does not simply take it back.
            while (_switchNumber == seen && _waiters > 0) Monitor.Wait(_mutex);
        }
        Acquire(ts);
    }

    /// <summary>In the child of a fork (PyEval_ReInitThreads): the threads that waited are gone and may have
    /// held the mutex, so the lock starts afresh, held by the thread that forked.</summary>
    internal void ReinitAfterFork(ThreadState holder)
    {
        _mutex = new object();
        _holder = holder;
        _waiters = 0;
        _switchNumber++;
        Interlocked.And(ref _interp.EvalBreaker, ~Interpreter.BreakGilDropRequest);
    }

    /// <summary>True when the calling code's thread state holds the GIL.</summary>
    public bool IsHeldBy(ThreadState ts) => Volatile.Read(ref _holder) == ts;
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
