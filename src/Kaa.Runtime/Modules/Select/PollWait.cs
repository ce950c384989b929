namespace Kaa.Runtime;

/// <summary>
/// poll(2) with the GIL released that signal handlers interrupt (PEP 475): the signal wake pipe is watched
/// too; when it fires the handlers run, and the wait resumes with the time left unless a handler raised.
/// </summary>
internal static unsafe class PollWait
{
    /// <summary>Polls <paramref name="fds"/> (revents filled in). <paramref name="timeoutMs"/> &lt; 0 waits
    /// forever. Returns the number of ready entries, or -1 with the exception set.</summary>
    public static int Poll(ThreadState ts, PollFd[] fds, long timeoutMs)
    {
        var state = ts.Interp.GetModuleState<SignalState>();
        bool main = ts == ts.Interp.MainThread;
        int wake = main ? state.WakeReadFd : -1;
        var all = new PollFd[fds.Length + (wake >= 0 ? 1 : 0)];
        fds.CopyTo(all, 0);
        if (wake >= 0) all[^1] = new PollFd { Fd = wake, Events = 1 };
        long deadline = timeoutMs < 0 ? long.MaxValue : Environment.TickCount64 + timeoutMs;
        while (true)
        {
            long left = timeoutMs < 0 ? -1 : Math.Max(0, deadline - Environment.TickCount64);
            int r, errno = 0;
            using (ts.ReleaseGil())
            {
                fixed (PollFd* p = all) r = Libc.poll(p, (ulong)all.Length, (int)Math.Min(left, int.MaxValue));
                if (r < 0) errno = Libc.Errno;
            }
            bool woken = wake >= 0 && r > 0 && all[^1].Revents != 0;
            if (r < 0 && errno != Libc.EINTR)
            {
                PosixErrors.Raise(ts, errno);
                return -1;
            }
            if (woken || r < 0)
            {
                if (woken) { state.DrainWakePipe(); r--; all[^1].Revents = 0; }
                if (!ts.Interp.HandleEvalBreaker(ts)) return -1;
                if (r <= 0) continue;
            }
            for (int i = 0; i < fds.Length; i++) fds[i].Revents = all[i].Revents;
            return r;
        }
    }
}
