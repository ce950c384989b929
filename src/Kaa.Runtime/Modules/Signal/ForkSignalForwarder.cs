using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// Signals in the child of a fork. .NET catches signals in native handlers that write them to a pipe read
/// by a thread of the runtime; that thread does not exist in the child, so a caught signal would be
/// swallowed. Here the signals Python handles are blocked and read from a signalfd by a thread started in
/// the child, which delivers them as .NET's thread did (<see cref="SignalModule.Deliver(Interpreter, SignalState, int)"/>);
/// the others that .NET caught get the OS default back (SIGTERM ends the process, as under CPython).
/// One per interpreter (module state); used only in a forked child.
/// </summary>
internal sealed unsafe partial class ForkSignalForwarder
{
    private const int SIG_BLOCK = 0, SIG_UNBLOCK = 1, SFD_CLOEXEC = 0x80000;
    private const int SigsetWords = 16;

    // The signals .NET's System.Native installs handlers for (PosixSignal and its terminal and child
    // handling). The runtime's own (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGABRT, the real-time
    // activation signal) stay as they are: the runtime in the child still needs them.
    private static readonly int[] DotnetCaught = [1, 2, 3, 10, 12, 14, 15, 17, 18, 20, 21, 22, 28];

    private readonly ulong[] _set = new ulong[SigsetWords];
    private int _fd = -1;

    /// <summary>Called once in the child, right after the fork.</summary>
    internal static void Start(Interpreter interp, SignalState state)
    {
        var forwarder = interp.GetModuleState<ForkSignalForwarder>();
        forwarder._fd = -1;
        Array.Clear(forwarder._set);
        foreach (int sig in DotnetCaught)
        {
            if (state.Registrations[sig] is not null) forwarder.Add(sig);
            else ResetToDefault(sig);
        }
        forwarder.Apply();
        if (forwarder._fd < 0) return;
        var thread = new Thread(() => forwarder.Forward(interp, state)) { IsBackground = true, Name = "kaa-fork-signals" };
        thread.Start();
    }

    /// <summary>signal.signal in a forked child: the signal is (or is no longer) read from the signalfd.</summary>
    internal static void SetCaught(Interpreter interp, SignalState state, int sig, bool caught)
    {
        var forwarder = interp.GetModuleState<ForkSignalForwarder>();
        bool hadThread = forwarder._fd >= 0;
        if (caught) forwarder.Add(sig);
        else
        {
            forwarder._set[(sig - 1) / 64] &= ~(1UL << ((sig - 1) % 64));
            ulong* one = stackalloc ulong[SigsetWords];
            one[(sig - 1) / 64] = 1UL << ((sig - 1) % 64);
            ResetToDefault(sig);
            ForkSignalLibc.pthread_sigmask(SIG_UNBLOCK, one, null);
        }
        forwarder.Apply();
        if (!hadThread && forwarder._fd >= 0)
            new Thread(() => forwarder.Forward(interp, state)) { IsBackground = true, Name = "kaa-fork-signals" }.Start();
    }

    private void Add(int sig) => _set[(sig - 1) / 64] |= 1UL << ((sig - 1) % 64);

    private void Apply()
    {
        bool any = false;
        foreach (ulong w in _set) any |= w != 0;
        if (!any && _fd < 0) return;
        fixed (ulong* set = _set)
        {
            ForkSignalLibc.pthread_sigmask(SIG_BLOCK, set, null);
            int fd = ForkSignalLibc.signalfd(_fd, set, SFD_CLOEXEC);
            if (fd >= 0) _fd = fd;
        }
    }

    private static void ResetToDefault(int sig) => SignalLibc.signal(sig, 0);

    /// <summary>The thread: each signal read (a 128-byte signalfd_siginfo, the number first) is delivered.</summary>
    private void Forward(Interpreter interp, SignalState state)
    {
        byte* info = stackalloc byte[128];
        while (true)
        {
            nint n = Libc.read(_fd, info, 128);
            if (n < 0)
            {
                if (Marshal.GetLastPInvokeError() == Libc.EINTR) continue;
                return;
            }
            if (n < 128) continue;
            int sig = *(int*)info;
            if (sig > 0 && sig < SignalState.NSIG) SignalModule.Deliver(interp, state, sig);
        }
    }
}

internal static unsafe partial class ForkSignalLibc
{
    [LibraryImport("libc")] public static partial int pthread_sigmask(int how, ulong* set, ulong* oldset);
    [LibraryImport("libc", SetLastError = true)] public static partial int signalfd(int fd, ulong* mask, int flags);
}
