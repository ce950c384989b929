using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>POSIX named semaphores (sem_overview(7)) from libc: what <c>_multiprocessing.SemLock</c> is built on.
/// A semaphore is a <c>sem_t*</c> mapped from /dev/shm, shared by every process that opens its name.</summary>
internal static unsafe partial class SemaphoreLibc
{
    private const string Lib = "libc";
    public const int O_CREAT = 0x40, O_EXCL = 0x80, ETIMEDOUT = 110;

    [LibraryImport(Lib, SetLastError = true)] public static partial nint sem_open(byte* name, int oflag, uint mode, uint value);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint sem_open(byte* name, int oflag);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sem_close(nint sem);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sem_unlink(byte* name);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sem_trywait(nint sem);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sem_timedwait(nint sem, Timespec* abstime);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sem_post(nint sem);
    [LibraryImport(Lib, SetLastError = true)] public static partial int sem_getvalue(nint sem, int* value);
    [LibraryImport(Lib, SetLastError = true)] public static partial int clock_gettime(int clock, Timespec* ts);
}
