using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>The libc clock and calendar functions behind <c>time</c>.</summary>
internal static unsafe partial class TimeLibc
{
    private const string Lib = "libc";

    [LibraryImport(Lib, SetLastError = true)] public static partial int clock_gettime(int clock, Timespec* ts);
    [LibraryImport(Lib, SetLastError = true)] public static partial int clock_getres(int clock, Timespec* ts);
    [LibraryImport(Lib, SetLastError = true)] public static partial int clock_settime(int clock, Timespec* ts);
    [LibraryImport(Lib, SetLastError = true)] public static partial int pthread_getcpuclockid(nuint thread, int* clock);
    [LibraryImport(Lib)] public static partial nuint pthread_self();
    [LibraryImport(Lib, SetLastError = true)] public static partial Tm* localtime_r(long* t, Tm* result);
    [LibraryImport(Lib, SetLastError = true)] public static partial Tm* gmtime_r(long* t, Tm* result);
    [LibraryImport(Lib, SetLastError = true)] public static partial long mktime(Tm* tm);
    [LibraryImport(Lib)] public static partial nint strftime(byte* s, nint max, byte* format, Tm* tm);
    [LibraryImport(Lib)] public static partial void tzset();
}

/// <summary>struct tm (glibc, 64-bit).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Tm
{
    public int Sec, Min, Hour, Mday, Mon, Year, Wday, Yday, Isdst;
    public long Gmtoff;
    public byte* Zone;
}
