using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// The C library's math functions. CPython's math module calls glibc's libm for its transcendental
/// functions, so calling the same library gives the same bits (.NET's own Math may use other
/// implementations, and lacks erf, erfc, expm1 and a correct log1p). Exact operations (sqrt, fabs,
/// floor, fmod, ldexp, frexp, copysign, nextafter) are done in C# instead.
/// </summary>
internal static partial class LibM
{
    private const string Library = "libm.so.6";

    [LibraryImport(Library, EntryPoint = "acos"), SuppressGCTransition] internal static partial double Acos(double x);
    [LibraryImport(Library, EntryPoint = "acosh"), SuppressGCTransition] internal static partial double Acosh(double x);
    [LibraryImport(Library, EntryPoint = "asin"), SuppressGCTransition] internal static partial double Asin(double x);
    [LibraryImport(Library, EntryPoint = "asinh"), SuppressGCTransition] internal static partial double Asinh(double x);
    [LibraryImport(Library, EntryPoint = "atan"), SuppressGCTransition] internal static partial double Atan(double x);
    [LibraryImport(Library, EntryPoint = "atan2"), SuppressGCTransition] internal static partial double Atan2(double y, double x);
    [LibraryImport(Library, EntryPoint = "atanh"), SuppressGCTransition] internal static partial double Atanh(double x);
    [LibraryImport(Library, EntryPoint = "cbrt"), SuppressGCTransition] internal static partial double Cbrt(double x);
    [LibraryImport(Library, EntryPoint = "cos"), SuppressGCTransition] internal static partial double Cos(double x);
    [LibraryImport(Library, EntryPoint = "cosh"), SuppressGCTransition] internal static partial double Cosh(double x);
    [LibraryImport(Library, EntryPoint = "erf"), SuppressGCTransition] internal static partial double Erf(double x);
    [LibraryImport(Library, EntryPoint = "erfc"), SuppressGCTransition] internal static partial double Erfc(double x);
    [LibraryImport(Library, EntryPoint = "exp"), SuppressGCTransition] internal static partial double Exp(double x);
    [LibraryImport(Library, EntryPoint = "exp2"), SuppressGCTransition] internal static partial double Exp2(double x);
    [LibraryImport(Library, EntryPoint = "expm1"), SuppressGCTransition] internal static partial double Expm1(double x);
    [LibraryImport(Library, EntryPoint = "log"), SuppressGCTransition] internal static partial double Log(double x);
    [LibraryImport(Library, EntryPoint = "log10"), SuppressGCTransition] internal static partial double Log10(double x);
    [LibraryImport(Library, EntryPoint = "log1p"), SuppressGCTransition] internal static partial double Log1p(double x);
    [LibraryImport(Library, EntryPoint = "log2"), SuppressGCTransition] internal static partial double Log2(double x);
    [LibraryImport(Library, EntryPoint = "pow"), SuppressGCTransition] internal static partial double Pow(double x, double y);
    [LibraryImport(Library, EntryPoint = "sin"), SuppressGCTransition] internal static partial double Sin(double x);
    [LibraryImport(Library, EntryPoint = "sinh"), SuppressGCTransition] internal static partial double Sinh(double x);
    [LibraryImport(Library, EntryPoint = "tan"), SuppressGCTransition] internal static partial double Tan(double x);
    [LibraryImport(Library, EntryPoint = "tanh"), SuppressGCTransition] internal static partial double Tanh(double x);

    /// <summary>C's nextafter: the neighbour of <paramref name="x"/> towards <paramref name="y"/>.</summary>
    internal static double NextAfter(double x, double y)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        if (x == y) return y;
        return y > x ? Math.BitIncrement(x) : Math.BitDecrement(x);
    }

    /// <summary>C's frexp for finite non-zero x: x = m * 2**e with 0.5 ≤ |m| &lt; 1.</summary>
    internal static double Frexp(double x, out int e)
    {
        e = 0;
        if (x == 0 || !double.IsFinite(x)) return x;
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            // Subnormal: normalise first.
            x *= 18014398509481984.0; // 2**54
            bits = BitConverter.DoubleToInt64Bits(x);
            exp = (int)((bits >> 52) & 0x7FF) - 54;
        }
        e = exp - 1022;
        bits = (bits & unchecked((long)0x800FFFFFFFFFFFFFUL)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }
}
