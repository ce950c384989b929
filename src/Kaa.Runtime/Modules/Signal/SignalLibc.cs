using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>The libc functions behind <c>_signal</c>. A sigset_t is 1024 bits (16 ulongs), signal n at bit n-1.</summary>
internal static unsafe partial class SignalLibc
{
    private const string Lib = "libc";

    [LibraryImport(Lib, SetLastError = true)] public static partial nint signal(int sig, nint handler);
    [LibraryImport(Lib)] public static partial uint alarm(uint seconds);
    [LibraryImport(Lib, SetLastError = true)] private static partial int sigaction(int sig, void* act, void* oldact);

    /// <summary>The signal's current disposition as sa_handler (0 SIG_DFL, 1 SIG_IGN, else a handler), without
    /// changing it. (glibc's struct sigaction starts with sa_handler; 256 bytes cover the whole struct.)</summary>
    public static nint CurrentHandler(int sig)
    {
        byte* old = stackalloc byte[256];
        return sigaction(sig, null, old) == 0 ? *(nint*)old : 0;
    }
    [LibraryImport(Lib)] public static partial int pthread_sigmask(int how, ulong* set, ulong* oldset);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sigpending(ulong* set);
    [LibraryImport(Lib)] public static partial int sigwait(ulong* set, int* sig);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sigtimedwait(ulong* set, SigInfo* info, Timespec* timeout);
    [LibraryImport(Lib, SetLastError = true)] public static partial int siginterrupt(int sig, int flag);
    [LibraryImport(Lib, SetLastError = true)] public static partial int setitimer(int which, long* newValue, long* oldValue);
    [LibraryImport(Lib, SetLastError = true)] public static partial int getitimer(int which, long* value);
    [LibraryImport(Lib)] public static partial int pthread_kill(nuint thread, int sig);
    [LibraryImport(Lib, SetLastError = true)] public static partial long syscall(long number, long a, long b, long c, long d);

    public const int SigsetWords = 16;
}
