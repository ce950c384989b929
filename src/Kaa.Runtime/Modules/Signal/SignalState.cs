namespace Kaa.Runtime;

/// <summary>
/// The per-interpreter signal state: the Python handlers, which signals arrived and wait to be handled,
/// the .NET registrations that catch them, the wakeup fd, and an event that interrupts waits (time.sleep,
/// select) when a signal arrives, so that its handler runs promptly as CPython's EINTR does.
/// </summary>
internal sealed class SignalState
{
    public const int NSIG = 65;

    /// <summary>The Python-level handler per signal: a callable, SIG_DFL (0), SIG_IGN (1), or null when
    /// not installed by Python (getsignal then reports the OS's disposition).</summary>
    public readonly PyObject?[] Handlers = new PyObject?[NSIG];

    /// <summary>Signals that arrived and whose handler has not run yet (set from the .NET signal thread).</summary>
    public readonly int[] Tripped = new int[NSIG];

    /// <summary>The .NET registrations catching the signals that have Python handlers.</summary>
    public readonly System.Runtime.InteropServices.PosixSignalRegistration?[] Registrations = new System.Runtime.InteropServices.PosixSignalRegistration?[NSIG];

    /// <summary>Set when a signal arrives; blocking waits watch it.</summary>
    public readonly ManualResetEventSlim Wakeup = new(false);

    /// <summary>How many signals the .NET callback has delivered (lets a sender wait for its own signal).</summary>
    public long Delivered;

    public int WakeupFd = -1;
    public bool WarnOnFullBuffer = true;

    /// <summary>signal.default_int_handler (one per interpreter, shared with the module).</summary>
    public PyObject? DefaultIntHandler;

    /// <summary>An uncaught KeyboardInterrupt ended the program: exit by SIGINT as CPython does.</summary>
    public bool UnhandledKeyboardInterrupt;

    /// <summary>
    /// Waits up to <paramref name="timeout"/> (infinite when negative) with the GIL released; wakes early
    /// when a signal arrives and runs its handler. True when the time ran out; false with the handler's
    /// exception set; a handler that returns normally lets the wait continue for the rest of the time.
    /// </summary>
    public bool Sleep(ThreadState ts, TimeSpan timeout)
    {
        var deadline = timeout < TimeSpan.Zero ? long.MaxValue : System.Diagnostics.Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        while (true)
        {
            long now = System.Diagnostics.Stopwatch.GetTimestamp();
            if (now >= deadline) return true;
            // Waits take at most int.MaxValue milliseconds: longer ones go round the loop again.
            var left = deadline == long.MaxValue ? Timeout.InfiniteTimeSpan
                : TimeSpan.FromSeconds(Math.Min((double)(deadline - now) / System.Diagnostics.Stopwatch.Frequency, int.MaxValue / 1000.0 - 1));
            bool signalled;
            // Only the main thread runs signal handlers; other threads just sleep.
            bool main = ts == ts.Interp.MainThread;
            using (ts.ReleaseGil())
            {
                if (main) signalled = Wakeup.Wait(left);
                else { Thread.Sleep(left); signalled = false; }
            }
            if (signalled)
            {
                Wakeup.Reset();
                if (!ts.Interp.HandleEvalBreaker(ts)) return false;
            }
        }
    }
}
