using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>The libm functions <c>cmath</c> needs beyond <see cref="LibM"/>: glibc's hypot, so the moduli
/// (and everything built on them) carry CPython's bits.</summary>
internal static partial class CmathNative
{
    [LibraryImport("libm.so.6", EntryPoint = "hypot"), SuppressGCTransition] internal static partial double Hypot(double x, double y);

    /// <summary>atan2 with the errno glibc sets (ERANGE when the angle underflows), which <c>cmath.phase</c>
    /// reports as CPython does.</summary>
    [LibraryImport("libm.so.6", EntryPoint = "atan2", SetLastError = true)]
    private static partial double Atan2SettingErrno(double y, double x);

    internal static double Atan2(double y, double x, out MathModule.MathErrno errno)
    {
        double r = Atan2SettingErrno(y, x);
        int e = Marshal.GetLastPInvokeError();
        errno = e == 0 ? MathModule.MathErrno.None : e == 33 /* EDOM */ ? MathModule.MathErrno.Domain : MathModule.MathErrno.Range;
        return r;
    }
}
