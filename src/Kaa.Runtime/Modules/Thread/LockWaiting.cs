namespace Kaa.Runtime;

/// <summary>
/// The waiting part shared by <c>_thread.lock</c> and <c>_thread.RLock</c>: a non-reentrant binary lock
/// that any thread may release (a <see cref="Monitor"/>-guarded flag), and the parsing of
/// <c>acquire(blocking=True, timeout=-1)</c> with CPython's checks and messages.
/// </summary>
internal sealed class BinaryLock
{
    private readonly object _sync = new();
    private bool _locked;

    public bool IsLocked => Volatile.Read(ref _locked);

    public bool TryAcquire()
    {
        lock (_sync)
        {
            if (_locked) return false;
            _locked = true;
            return true;
        }
    }

    /// <summary>
    /// Takes the lock, waiting at most <paramref name="timeoutMicroseconds"/> (negative: forever). While it
    /// waits the GIL is released, so the thread holding the lock can run and release it.
    /// </summary>
    public bool Acquire(ThreadState ts, long timeoutMicroseconds)
    {
        if (TryAcquire()) return true;
        if (timeoutMicroseconds == 0) return false;
        using (ts.ReleaseGil()) return WaitAndTake(timeoutMicroseconds);
    }

    /// <summary>Takes the lock without touching the GIL (the caller released it or never held it).</summary>
    public bool WaitAndTake(long timeoutMicroseconds)
    {
        lock (_sync)
        {
            if (timeoutMicroseconds < 0)
            {
                while (_locked) Monitor.Wait(_sync);
            }
            else
            {
                long deadline = System.Diagnostics.Stopwatch.GetTimestamp()
                    + (long)(timeoutMicroseconds * (System.Diagnostics.Stopwatch.Frequency / 1e6));
                while (_locked)
                {
                    long left = deadline - System.Diagnostics.Stopwatch.GetTimestamp();
                    if (left <= 0) return false;
                    double ms = left * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
                    Monitor.Wait(_sync, TimeSpan.FromMilliseconds(Math.Min(ms, int.MaxValue - 1)));
                }
            }
            _locked = true;
            return true;
        }
    }

    public void Release()
    {
        lock (_sync)
        {
            _locked = false;
            Monitor.Pulse(_sync);
        }
    }
}

internal static class LockArguments
{
    /// <summary>PY_TIMEOUT_MAX in microseconds (what <c>_thread.TIMEOUT_MAX</c> shows in seconds).</summary>
    public const long TimeoutMaxMicroseconds = 9223372036000000;

    private static readonly ArgSpec s_acquire = new("acquire", ["blocking", "timeout"], required: 0, positionalOnly: 0);

    /// <summary>
    /// lock_acquire_parse_args: the timeout in microseconds (-1 forever, 0 do not wait). False with the
    /// error set for bad arguments.
    /// </summary>
    public static bool ParseAcquire(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames, out long timeoutMicroseconds)
    {
        timeoutMicroseconds = -1;
        var a = new ArgBuffer();
        if (!s_acquire.Parse(ts, args, kwnames, a)) return false;
        bool blocking = true;
        if (a[0] is { } b)
        {
            if (!Protocols.AsIndex(ts, b, out long bv, PyExc.OverflowError)) return false;
            blocking = bv != 0;
        }
        bool timeoutGiven = false;
        long timeout = -1_000_000;
        if (a[1] is { } t)
        {
            if (!SecondsToMicroseconds(ts, t, out timeout)) return false;
            timeoutGiven = timeout != -1_000_000;
        }
        if (!blocking && timeoutGiven)
        {
            ts.SetError(PyExc.ValueError, "can't specify a timeout for a non-blocking call");
            return false;
        }
        if (timeout < 0 && timeoutGiven)
        {
            ts.SetError(PyExc.ValueError, "timeout value must be positive");
            return false;
        }
        if (!blocking) timeoutMicroseconds = 0;
        else if (timeoutGiven)
        {
            if (timeout > TimeoutMaxMicroseconds)
            {
                ts.SetError(PyExc.OverflowError, "timeout value is too large");
                return false;
            }
            timeoutMicroseconds = timeout;
        }
        return true;
    }

    /// <summary>_PyTime_FromSecondsObject rounded up to microseconds (a timeout never shortens).</summary>
    public static bool SecondsToMicroseconds(ThreadState ts, PyObject obj, out long microseconds)
    {
        microseconds = 0;
        if (obj is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d))
            {
                ts.SetError(PyExc.ValueError, "Invalid value NaN (not a number)");
                return false;
            }
            // _PyTime_t counts nanoseconds in 64 bits.
            double ns = d * 1e9;
            double us = Math.Ceiling(d * 1e6);
            if (!(ns >= -9223372036854775808.0 && ns < 9223372036854775808.0))
            {
                ts.SetError(PyExc.OverflowError, "timestamp too large to convert to C _PyTime_t");
                return false;
            }
            microseconds = (long)us;
            return true;
        }
        if (!Protocols.AsIndex(ts, obj, out long seconds, PyExc.OverflowError))
        {
            if (ts.ErrorMatches(PyExc.OverflowError))
            {
                ts.ClearError();
                ts.SetError(PyExc.OverflowError, "timestamp too large to convert to C _PyTime_t");
            }
            return false;
        }
        if (seconds > long.MaxValue / 1_000_000_000 || seconds < long.MinValue / 1_000_000_000)
        {
            ts.SetError(PyExc.OverflowError, "timestamp too large to convert to C _PyTime_t");
            return false;
        }
        microseconds = seconds * 1_000_000;
        return true;
    }
}
