namespace Kaa.Compiler.Optimizer;

/// <summary>
/// Python float semantics (floatobject.c) for the operations whose result differs from plain IEEE
/// arithmetic: floor division, modulo and power. Each returns false where Python raises.
/// </summary>
public static class PyFloat
{
    public static bool TryDivide(double a, double b, out double result)
    {
        result = 0;
        if (b == 0.0) return false; // ZeroDivisionError: float division by zero
        result = a / b;
        return true;
    }

    /// <summary>float_rem: the remainder takes the divisor's sign.</summary>
    public static bool TryModulo(double a, double b, out double result)
    {
        result = 0;
        if (b == 0.0) return false;
        double mod = CFmod(a, b);
        if (mod != 0.0)
        {
            if ((b < 0) != (mod < 0)) mod += b;
        }
        else mod = Math.CopySign(0.0, b);
        result = mod;
        return true;
    }

    /// <summary>float_floor_div via float_divmod's quotient.</summary>
    public static bool TryFloorDivide(double a, double b, out double result)
    {
        result = 0;
        if (b == 0.0) return false;
        double mod = CFmod(a, b);
        double div = (a - mod) / b;
        if (mod != 0.0)
        {
            if ((b < 0) != (mod < 0)) div -= 1.0;
        }
        double floordiv;
        if (div != 0.0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, a / b);
        result = floordiv;
        return true;
    }

    /// <summary>C's fmod (the result has the dividend's sign); .NET's % on doubles is exactly that.</summary>
    private static double CFmod(double a, double b) => a % b;

    private static bool IsOddInteger(double x) => Math.Abs(x) % 2.0 == 1.0;

    /// <summary>
    /// float_pow. A negative base with a fractional exponent gives a complex result, returned in
    /// <paramref name="complexResult"/> (with <paramref name="result"/> unused).
    /// </summary>
    public static bool TryPow(double iv, double iw, out double result, out (double Re, double Im)? complexResult)
    {
        result = 0;
        complexResult = null;
        if (iw == 0) { result = 1.0; return true; }
        if (double.IsNaN(iv)) { result = iv; return true; }
        if (double.IsNaN(iw)) { result = iv == 1.0 ? 1.0 : iw; return true; }
        if (double.IsInfinity(iw))
        {
            iv = Math.Abs(iv);
            if (iv == 1.0) result = 1.0;
            else if ((iw > 0.0) == (iv > 1.0)) result = Math.Abs(iw);
            else result = 0.0;
            return true;
        }
        if (double.IsInfinity(iv))
        {
            bool odd = IsOddInteger(iw);
            if (iw > 0.0) result = odd ? iv : Math.Abs(iv);
            else result = odd ? Math.CopySign(0.0, iv) : 0.0;
            return true;
        }
        if (iv == 0.0)
        {
            bool odd = IsOddInteger(iw);
            if (iw < 0.0) return false; // ZeroDivisionError
            result = odd ? iv : 0.0;
            return true;
        }
        bool negate = false;
        if (iv < 0.0)
        {
            if (iw != Math.Floor(iw))
            {
                if (!PyComplex.TryPow((iv, 0.0), (iw, 0.0), out var c)) return false;
                complexResult = c;
                return true;
            }
            iv = -iv;
            negate = IsOddInteger(iw);
        }
        if (iv == 1.0) { result = negate ? -1.0 : 1.0; return true; }
        double ix = Math.Pow(iv, iw);
        if (double.IsInfinity(ix)) return false; // OverflowError (ERANGE)
        result = negate ? -ix : ix;
        return true;
    }
}
