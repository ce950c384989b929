namespace Kaa.Compiler.Optimizer;

/// <summary>
/// Python complex arithmetic (complexobject.c) on (real, imag) pairs, with CPython's own product,
/// quotient and power algorithms (System.Numerics.Complex rounds differently). Each returns false
/// where Python raises.
/// </summary>
public static class PyComplex
{
    public static (double Re, double Im) Add((double Re, double Im) a, (double Re, double Im) b)
        => (a.Re + b.Re, a.Im + b.Im);

    public static (double Re, double Im) Subtract((double Re, double Im) a, (double Re, double Im) b)
        => (a.Re - b.Re, a.Im - b.Im);

    public static (double Re, double Im) Multiply((double Re, double Im) a, (double Re, double Im) b)
        => (a.Re * b.Re - a.Im * b.Im, a.Re * b.Im + a.Im * b.Re);

    /// <summary>Smith's algorithm as _Py_c_quot has it; false for a zero divisor.</summary>
    public static bool TryDivide((double Re, double Im) a, (double Re, double Im) b, out (double Re, double Im) r)
    {
        double absRe = b.Re < 0 ? -b.Re : b.Re;
        double absIm = b.Im < 0 ? -b.Im : b.Im;
        if (absRe >= absIm)
        {
            if (absRe == 0.0) { r = (0.0, 0.0); return false; }
            double ratio = b.Im / b.Re;
            double denom = b.Re + b.Im * ratio;
            r = ((a.Re + a.Im * ratio) / denom, (a.Im - a.Re * ratio) / denom);
        }
        else if (absIm >= absRe)
        {
            double ratio = b.Re / b.Im;
            double denom = b.Re * ratio + b.Im;
            r = ((a.Re * ratio + a.Im) / denom, (a.Im * ratio - a.Re) / denom);
        }
        else r = (double.NaN, double.NaN);
        return true;
    }

    /// <summary>complex_pow: small integral exponents by repeated squaring, the rest by polar form.</summary>
    public static bool TryPow((double Re, double Im) a, (double Re, double Im) b, out (double Re, double Im) r)
    {
        bool domainError = false;
        if (b.Im == 0.0 && b.Re == Math.Floor(b.Re) && Math.Abs(b.Re) <= 100.0)
        {
            long n = (long)b.Re;
            if (n > 0) r = PowUnsigned(a, n);
            else if (!TryDivide((1.0, 0.0), PowUnsigned(a, -n), out r)) domainError = true;
        }
        else
        {
            r = PolarPow(a, b, ref domainError);
            // libm reports EDOM/ERANGE from pow/exp/cos/sin on out-of-range arguments (cos(inf),
            // an overflowing exp): a NaN that no operand brought in means CPython saw an errno.
            bool nanIn = double.IsNaN(a.Re) || double.IsNaN(a.Im) || double.IsNaN(b.Re) || double.IsNaN(b.Im);
            if (!nanIn && (double.IsNaN(r.Re) || double.IsNaN(r.Im))) return false;
        }
        if (domainError) return false; // ZeroDivisionError
        if (double.IsInfinity(r.Re) || double.IsInfinity(r.Im)) return false; // OverflowError
        return true;
    }

    private static (double Re, double Im) PowUnsigned((double Re, double Im) x, long n)
    {
        (double Re, double Im) r = (1.0, 0.0), p = x;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0) r = Multiply(r, p);
            mask <<= 1;
            p = Multiply(p, p);
        }
        return r;
    }

    private static (double Re, double Im) PolarPow((double Re, double Im) a, (double Re, double Im) b, ref bool domainError)
    {
        if (b.Re == 0.0 && b.Im == 0.0) return (1.0, 0.0);
        if (a.Re == 0.0 && a.Im == 0.0)
        {
            if (b.Im != 0.0 || b.Re < 0.0) domainError = true;
            return (0.0, 0.0);
        }
        double vabs = Hypot(a.Re, a.Im);
        double len = Math.Pow(vabs, b.Re);
        double at = Math.Atan2(a.Im, a.Re);
        double phase = at * b.Re;
        if (b.Im != 0.0)
        {
            len /= Math.Exp(at * b.Im);
            phase += b.Im * Math.Log(vabs);
        }
        return (len * Math.Cos(phase), len * Math.Sin(phase));
    }

    /// <summary>libm's hypot (correctly rounded in glibc); computed without intermediate overflow.</summary>
    private static double Hypot(double x, double y)
    {
        x = Math.Abs(x);
        y = Math.Abs(y);
        if (double.IsInfinity(x) || double.IsInfinity(y)) return double.PositiveInfinity;
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        return LibM.Hypot(x, y);
    }
}

/// <summary>The C library's math functions that .NET's Math does not expose.</summary>
internal static class LibM
{
    [System.Runtime.InteropServices.DllImport("libm.so.6", EntryPoint = "hypot")]
    private static extern double NativeHypot(double x, double y);

    public static double Hypot(double x, double y)
    {
        try { return NativeHypot(x, y); }
        catch (DllNotFoundException) { return Math.Sqrt(x * x + y * y); }
        catch (EntryPointNotFoundException) { return Math.Sqrt(x * x + y * y); }
    }
}
