namespace Kaa.Runtime;

/// <summary>
/// The complex functions of <c>cmath</c> as pure computations on <see cref="ComplexValue"/>, with the
/// same formulas and operation order as CPython's Modules/cmathmodule.c (so results agree bit for bit)
/// and C's errno outcome reported through <paramref name="errno"/>-style out parameters: Domain where
/// Annex G signals divide-by-zero or invalid, Range on overflow.
/// </summary>
internal static class CmathFunctions
{
    private const double DblMax = double.MaxValue;
    /// <summary>C's DBL_MIN: the smallest normal double.</summary>
    private const double DblMin = 2.2250738585072014e-308;
    private const int DblMantDig = 53;
    private const double Ln2 = 0.6931471805599453094;
    internal const double Ln10 = 2.302585092994045684;
    private const double E = 2.7182818284590452354;

    /// <summary>Beyond this, formulas are rearranged to avoid spurious overflow.</summary>
    private const double LargeDouble = DblMax / 4.0;
    private static readonly double SqrtLargeDouble = Math.Sqrt(LargeDouble);
    private static readonly double LogLargeDouble = LibM.Log(LargeDouble);
    private static readonly double SqrtDblMin = Math.Sqrt(DblMin);
    /// <summary>An odd power of two that makes any subnormal normal, and the matching scale down for a root.</summary>
    private const int ScaleUp = 2 * (DblMantDig / 2) + 1, ScaleDown = -(ScaleUp + 1) / 2;

    private static bool IsNonFinite(ComplexValue z) => !double.IsFinite(z.Real) || !double.IsFinite(z.Imag);

    /// <summary>log1p with a signed zero kept (CPython's _Py_log1p).</summary>
    private static double Log1p(double x) => x == 0.0 ? x : LibM.Log1p(x);

    internal static ComplexValue Acos(ComplexValue z, out MathModule.MathErrno errno)
    {
        errno = MathModule.MathErrno.None;
        if (IsNonFinite(z)) return CmathSpecialValues.Lookup(CmathSpecialValues.Acos, z.Real, z.Imag);
        double re, im;
        if (Math.Abs(z.Real) > LargeDouble || Math.Abs(z.Imag) > LargeDouble)
        {
            re = LibM.Atan2(Math.Abs(z.Imag), z.Real);
            double l = LibM.Log(CmathNative.Hypot(z.Real / 2.0, z.Imag / 2.0)) + Ln2 * 2.0;
            im = z.Real < 0.0 ? -Math.CopySign(l, z.Imag) : Math.CopySign(l, -z.Imag);
        }
        else
        {
            var s1 = Sqrt(new ComplexValue(1.0 - z.Real, -z.Imag));
            var s2 = Sqrt(new ComplexValue(1.0 + z.Real, z.Imag));
            re = 2.0 * LibM.Atan2(s1.Real, s2.Real);
            im = LibM.Asinh(s2.Real * s1.Imag - s2.Imag * s1.Real);
        }
        return new ComplexValue(re, im);
    }

    internal static ComplexValue Acosh(ComplexValue z, out MathModule.MathErrno errno)
    {
        errno = MathModule.MathErrno.None;
        if (IsNonFinite(z)) return CmathSpecialValues.Lookup(CmathSpecialValues.Acosh, z.Real, z.Imag);
        if (Math.Abs(z.Real) > LargeDouble || Math.Abs(z.Imag) > LargeDouble)
            return new ComplexValue(LibM.Log(CmathNative.Hypot(z.Real / 2.0, z.Imag / 2.0)) + Ln2 * 2.0, LibM.Atan2(z.Imag, z.Real));
        var s1 = Sqrt(new ComplexValue(z.Real - 1.0, z.Imag));
        var s2 = Sqrt(new ComplexValue(z.Real + 1.0, z.Imag));
        return new ComplexValue(LibM.Asinh(s1.Real * s2.Real + s1.Imag * s2.Imag), 2.0 * LibM.Atan2(s1.Imag, s2.Real));
    }

    /// <summary>asin(z) = -i asinh(iz).</summary>
    internal static ComplexValue Asin(ComplexValue z, out MathModule.MathErrno errno)
    {
        var s = Asinh(new ComplexValue(-z.Imag, z.Real), out errno);
        return new ComplexValue(s.Imag, -s.Real);
    }

    internal static ComplexValue Asinh(ComplexValue z, out MathModule.MathErrno errno)
    {
        errno = MathModule.MathErrno.None;
        if (IsNonFinite(z)) return CmathSpecialValues.Lookup(CmathSpecialValues.Asinh, z.Real, z.Imag);
        if (Math.Abs(z.Real) > LargeDouble || Math.Abs(z.Imag) > LargeDouble)
        {
            double l = LibM.Log(CmathNative.Hypot(z.Real / 2.0, z.Imag / 2.0)) + Ln2 * 2.0;
            double re = z.Imag >= 0.0 ? Math.CopySign(l, z.Real) : -Math.CopySign(l, -z.Real);
            return new ComplexValue(re, LibM.Atan2(z.Imag, Math.Abs(z.Real)));
        }
        var s1 = Sqrt(new ComplexValue(1.0 + z.Imag, -z.Real));
        var s2 = Sqrt(new ComplexValue(1.0 - z.Imag, z.Real));
        return new ComplexValue(LibM.Asinh(s1.Real * s2.Imag - s2.Real * s1.Imag),
            LibM.Atan2(z.Imag, s1.Real * s2.Real - s1.Imag * s2.Imag));
    }

    /// <summary>atan(z) = -i atanh(iz).</summary>
    internal static ComplexValue Atan(ComplexValue z, out MathModule.MathErrno errno)
    {
        var s = Atanh(new ComplexValue(-z.Imag, z.Real), out errno);
        return new ComplexValue(s.Imag, -s.Real);
    }

    internal static ComplexValue Atanh(ComplexValue z, out MathModule.MathErrno errno)
    {
        errno = MathModule.MathErrno.None;
        if (IsNonFinite(z)) return CmathSpecialValues.Lookup(CmathSpecialValues.Atanh, z.Real, z.Imag);
        // atanh(z) = -atanh(-z) reduces to a non-negative real part.
        if (z.Real < 0.0) return Atanh(z.Negate(), out errno).Negate();
        double ay = Math.Abs(z.Imag);
        if (z.Real > SqrtLargeDouble || ay > SqrtLargeDouble)
        {
            // Large |z|: atanh(z) ~ 1/z ± iπ/2.
            double h = CmathNative.Hypot(z.Real / 2.0, z.Imag / 2.0);
            return new ComplexValue(z.Real / 4.0 / h / h, -Math.CopySign(Math.PI / 2.0, -z.Imag));
        }
        if (z.Real == 1.0 && ay < SqrtDblMin)
        {
            if (ay == 0.0)
            {
                errno = MathModule.MathErrno.Domain;
                return new ComplexValue(double.PositiveInfinity, z.Imag);
            }
            return new ComplexValue(-LibM.Log(Math.Sqrt(ay) / Math.Sqrt(CmathNative.Hypot(ay, 2.0))),
                Math.CopySign(LibM.Atan2(2.0, -ay) / 2, z.Imag));
        }
        return new ComplexValue(Log1p(4.0 * z.Real / ((1 - z.Real) * (1 - z.Real) + ay * ay)) / 4.0,
            -LibM.Atan2(-2.0 * z.Imag, (1 - z.Real) * (1 + z.Real) - ay * ay) / 2.0);
    }

    /// <summary>cos(z) = cosh(iz).</summary>
    internal static ComplexValue Cos(ComplexValue z, out MathModule.MathErrno errno) => Cosh(new ComplexValue(-z.Imag, z.Real), out errno);

    internal static ComplexValue Cosh(ComplexValue z, out MathModule.MathErrno errno)
    {
        double re, im;
        if (IsNonFinite(z))
        {
            if (double.IsInfinity(z.Real) && double.IsFinite(z.Imag) && z.Imag != 0.0)
            {
                re = Math.CopySign(double.PositiveInfinity, LibM.Cos(z.Imag));
                im = z.Real > 0
                    ? Math.CopySign(double.PositiveInfinity, LibM.Sin(z.Imag))
                    : -Math.CopySign(double.PositiveInfinity, LibM.Sin(z.Imag));
            }
            else (re, im) = CmathSpecialValues.Lookup(CmathSpecialValues.Cosh, z.Real, z.Imag);
            errno = double.IsInfinity(z.Imag) && !double.IsNaN(z.Real) ? MathModule.MathErrno.Domain : MathModule.MathErrno.None;
            return new ComplexValue(re, im);
        }
        if (Math.Abs(z.Real) > LogLargeDouble)
        {
            // cosh(x) overflows where cosh(z) may not: scale by e.
            double xMinusOne = z.Real - Math.CopySign(1.0, z.Real);
            re = LibM.Cos(z.Imag) * LibM.Cosh(xMinusOne) * E;
            im = LibM.Sin(z.Imag) * LibM.Sinh(xMinusOne) * E;
        }
        else
        {
            re = LibM.Cos(z.Imag) * LibM.Cosh(z.Real);
            im = LibM.Sin(z.Imag) * LibM.Sinh(z.Real);
        }
        errno = double.IsInfinity(re) || double.IsInfinity(im) ? MathModule.MathErrno.Range : MathModule.MathErrno.None;
        return new ComplexValue(re, im);
    }

    internal static ComplexValue Exp(ComplexValue z, out MathModule.MathErrno errno)
    {
        double re, im;
        if (IsNonFinite(z))
        {
            if (double.IsInfinity(z.Real) && double.IsFinite(z.Imag) && z.Imag != 0.0)
            {
                double magnitude = z.Real > 0 ? double.PositiveInfinity : 0.0;
                re = Math.CopySign(magnitude, LibM.Cos(z.Imag));
                im = Math.CopySign(magnitude, LibM.Sin(z.Imag));
            }
            else (re, im) = CmathSpecialValues.Lookup(CmathSpecialValues.Exp, z.Real, z.Imag);
            errno = double.IsInfinity(z.Imag) && (double.IsFinite(z.Real) || (double.IsInfinity(z.Real) && z.Real > 0))
                ? MathModule.MathErrno.Domain : MathModule.MathErrno.None;
            return new ComplexValue(re, im);
        }
        if (z.Real > LogLargeDouble)
        {
            double l = LibM.Exp(z.Real - 1.0);
            re = l * LibM.Cos(z.Imag) * E;
            im = l * LibM.Sin(z.Imag) * E;
        }
        else
        {
            double l = LibM.Exp(z.Real);
            re = l * LibM.Cos(z.Imag);
            im = l * LibM.Sin(z.Imag);
        }
        errno = double.IsInfinity(re) || double.IsInfinity(im) ? MathModule.MathErrno.Range : MathModule.MathErrno.None;
        return new ComplexValue(re, im);
    }

    /// <summary>The natural logarithm, with rescaling where |z| is subnormal or beyond DBL_MAX and log1p
    /// where |z| is near 1 (where log(hypot) loses accuracy).</summary>
    internal static ComplexValue Log(ComplexValue z, out MathModule.MathErrno errno)
    {
        errno = MathModule.MathErrno.None;
        if (IsNonFinite(z)) return CmathSpecialValues.Lookup(CmathSpecialValues.Log, z.Real, z.Imag);
        double ax = Math.Abs(z.Real), ay = Math.Abs(z.Imag), re;
        if (ax > LargeDouble || ay > LargeDouble)
            re = LibM.Log(CmathNative.Hypot(ax / 2.0, ay / 2.0)) + Ln2;
        else if (ax < DblMin && ay < DblMin)
        {
            if (ax > 0.0 || ay > 0.0)
                re = LibM.Log(CmathNative.Hypot(Math.ScaleB(ax, DblMantDig), Math.ScaleB(ay, DblMantDig))) - DblMantDig * Ln2;
            else
            {
                errno = MathModule.MathErrno.Domain;
                return new ComplexValue(double.NegativeInfinity, LibM.Atan2(z.Imag, z.Real));
            }
        }
        else
        {
            double h = CmathNative.Hypot(ax, ay);
            if (0.71 <= h && h <= 1.73)
            {
                double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
                re = Log1p((am - 1) * (am + 1) + an * an) / 2.0;
            }
            else re = LibM.Log(h);
        }
        return new ComplexValue(re, LibM.Atan2(z.Imag, z.Real));
    }

    internal static ComplexValue Log10(ComplexValue z, out MathModule.MathErrno errno)
    {
        var r = Log(z, out errno);
        return new ComplexValue(r.Real / Ln10, r.Imag / Ln10);
    }

    /// <summary>sin(z) = -i sinh(iz).</summary>
    internal static ComplexValue Sin(ComplexValue z, out MathModule.MathErrno errno)
    {
        var s = Sinh(new ComplexValue(-z.Imag, z.Real), out errno);
        return new ComplexValue(s.Imag, -s.Real);
    }

    internal static ComplexValue Sinh(ComplexValue z, out MathModule.MathErrno errno)
    {
        double re, im;
        if (IsNonFinite(z))
        {
            if (double.IsInfinity(z.Real) && double.IsFinite(z.Imag) && z.Imag != 0.0)
            {
                re = z.Real > 0
                    ? Math.CopySign(double.PositiveInfinity, LibM.Cos(z.Imag))
                    : -Math.CopySign(double.PositiveInfinity, LibM.Cos(z.Imag));
                im = Math.CopySign(double.PositiveInfinity, LibM.Sin(z.Imag));
            }
            else (re, im) = CmathSpecialValues.Lookup(CmathSpecialValues.Sinh, z.Real, z.Imag);
            errno = double.IsInfinity(z.Imag) && !double.IsNaN(z.Real) ? MathModule.MathErrno.Domain : MathModule.MathErrno.None;
            return new ComplexValue(re, im);
        }
        if (Math.Abs(z.Real) > LogLargeDouble)
        {
            double xMinusOne = z.Real - Math.CopySign(1.0, z.Real);
            re = LibM.Cos(z.Imag) * LibM.Sinh(xMinusOne) * E;
            im = LibM.Sin(z.Imag) * LibM.Cosh(xMinusOne) * E;
        }
        else
        {
            re = LibM.Cos(z.Imag) * LibM.Sinh(z.Real);
            im = LibM.Sin(z.Imag) * LibM.Cosh(z.Real);
        }
        errno = double.IsInfinity(re) || double.IsInfinity(im) ? MathModule.MathErrno.Range : MathModule.MathErrno.None;
        return new ComplexValue(re, im);
    }

    internal static ComplexValue Sqrt(ComplexValue z, out MathModule.MathErrno errno)
    {
        errno = MathModule.MathErrno.None;
        return Sqrt(z);
    }

    /// <summary>The square root by symmetry from the first quadrant: s = 2·sqrt(x/8 + hypot(x/8, y/8)) (no
    /// overflow), d = (y/2)/s; subnormal inputs are scaled up first so hypot keeps full precision.</summary>
    private static ComplexValue Sqrt(ComplexValue z)
    {
        if (IsNonFinite(z)) return CmathSpecialValues.Lookup(CmathSpecialValues.Sqrt, z.Real, z.Imag);
        if (z.Real == 0.0 && z.Imag == 0.0) return new ComplexValue(0.0, z.Imag);
        double ax = Math.Abs(z.Real), ay = Math.Abs(z.Imag), s;
        if (ax < DblMin && ay < DblMin && (ax > 0.0 || ay > 0.0))
        {
            ax = Math.ScaleB(ax, ScaleUp);
            s = Math.ScaleB(Math.Sqrt(ax + CmathNative.Hypot(ax, Math.ScaleB(ay, ScaleUp))), ScaleDown);
        }
        else
        {
            ax /= 8.0;
            s = 2.0 * Math.Sqrt(ax + CmathNative.Hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return z.Real >= 0.0 ? new ComplexValue(s, Math.CopySign(d, z.Imag)) : new ComplexValue(d, Math.CopySign(s, z.Imag));
    }

    /// <summary>tan(z) = -i tanh(iz).</summary>
    internal static ComplexValue Tan(ComplexValue z, out MathModule.MathErrno errno)
    {
        var s = Tanh(new ComplexValue(-z.Imag, z.Real), out errno);
        return new ComplexValue(s.Imag, -s.Real);
    }

    /// <summary>tanh(x+iy) = (tanh(x)(1+tan(y)²) + i tan(y)(1-tanh(x)²)) / (1+tan(y)² tanh(x)²), with
    /// 1-tanh(x)² as 1/cosh(x)² (or 4·exp(-2|x|) when cosh would overflow).</summary>
    internal static ComplexValue Tanh(ComplexValue z, out MathModule.MathErrno errno)
    {
        errno = MathModule.MathErrno.None;
        if (IsNonFinite(z))
        {
            ComplexValue r;
            if (double.IsInfinity(z.Real) && double.IsFinite(z.Imag) && z.Imag != 0.0)
                r = new ComplexValue(z.Real > 0 ? 1.0 : -1.0, Math.CopySign(0.0, 2.0 * LibM.Sin(z.Imag) * LibM.Cos(z.Imag)));
            else r = CmathSpecialValues.Lookup(CmathSpecialValues.Tanh, z.Real, z.Imag);
            if (double.IsInfinity(z.Imag) && double.IsFinite(z.Real)) errno = MathModule.MathErrno.Domain;
            return r;
        }
        if (Math.Abs(z.Real) > LogLargeDouble)
            return new ComplexValue(Math.CopySign(1.0, z.Real), 4.0 * LibM.Sin(z.Imag) * LibM.Cos(z.Imag) * LibM.Exp(-2.0 * Math.Abs(z.Real)));
        double tx = LibM.Tanh(z.Real), ty = LibM.Tan(z.Imag), cx = 1.0 / LibM.Cosh(z.Real);
        double txty = tx * ty, denom = 1.0 + txty * txty;
        return new ComplexValue(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    /// <summary>atan2(imag, real) with C99's results at infinities and zeros spelled out (c_atan2); the
    /// errno is libm's (an underflowing angle is ERANGE).</summary>
    internal static double Phase(ComplexValue z, out MathModule.MathErrno errno)
    {
        errno = MathModule.MathErrno.None;
        if (double.IsNaN(z.Real) || double.IsNaN(z.Imag)) return MathModule.NaN;
        if (double.IsInfinity(z.Imag))
        {
            if (double.IsInfinity(z.Real))
                return Math.CopySign(z.Real > 0 ? 0.25 * Math.PI : 0.75 * Math.PI, z.Imag);
            return Math.CopySign(0.5 * Math.PI, z.Imag);
        }
        if (double.IsInfinity(z.Real) || z.Imag == 0.0)
            return Math.CopySign(double.IsNegative(z.Real) ? Math.PI : 0.0, z.Imag);
        return CmathNative.Atan2(z.Imag, z.Real, out errno);
    }

    /// <summary>|z| (_Py_c_abs): an infinite part wins over a NaN; a finite z whose modulus overflows is a range error.</summary>
    internal static double Abs(ComplexValue z, out MathModule.MathErrno errno)
    {
        errno = MathModule.MathErrno.None;
        if (IsNonFinite(z))
        {
            if (double.IsInfinity(z.Real)) return Math.Abs(z.Real);
            if (double.IsInfinity(z.Imag)) return Math.Abs(z.Imag);
            return MathModule.NaN;
        }
        double r = CmathNative.Hypot(z.Real, z.Imag);
        if (!double.IsFinite(r)) errno = MathModule.MathErrno.Range;
        return r;
    }

    /// <summary>a / b by Smith's algorithm (_Py_c_quot); division by zero is a domain error with 0 as result.</summary>
    internal static ComplexValue Quotient(ComplexValue a, ComplexValue b, ref MathModule.MathErrno errno)
    {
        double absReal = b.Real < 0 ? -b.Real : b.Real, absImag = b.Imag < 0 ? -b.Imag : b.Imag;
        if (absReal >= absImag)
        {
            if (absReal == 0.0)
            {
                errno = MathModule.MathErrno.Domain;
                return new ComplexValue(0.0, 0.0);
            }
            double ratio = b.Imag / b.Real, denom = b.Real + b.Imag * ratio;
            return new ComplexValue((a.Real + a.Imag * ratio) / denom, (a.Imag - a.Real * ratio) / denom);
        }
        if (absImag >= absReal)
        {
            double ratio = b.Real / b.Imag, denom = b.Real * ratio + b.Imag;
            return new ComplexValue((a.Real * ratio + a.Imag) / denom, (a.Imag * ratio - a.Real) / denom);
        }
        return new ComplexValue(MathModule.NaN, MathModule.NaN); // a NaN in b
    }

    /// <summary>rect(r, phi) in the spirit of C99: like exp(log(r) + i·phi), negated for a negative r.</summary>
    internal static ComplexValue Rect(double r, double phi, out MathModule.MathErrno errno)
    {
        errno = MathModule.MathErrno.None;
        if (!double.IsFinite(r) || !double.IsFinite(phi))
        {
            ComplexValue z;
            if (double.IsInfinity(r) && double.IsFinite(phi) && phi != 0.0)
            {
                double re = Math.CopySign(double.PositiveInfinity, LibM.Cos(phi)), im = Math.CopySign(double.PositiveInfinity, LibM.Sin(phi));
                z = r > 0 ? new ComplexValue(re, im) : new ComplexValue(-re, -im);
            }
            else z = CmathSpecialValues.Lookup(CmathSpecialValues.Rect, r, phi);
            if (r != 0.0 && !double.IsNaN(r) && double.IsInfinity(phi)) errno = MathModule.MathErrno.Domain;
            return z;
        }
        // phi == ±0 is spelled out (some libms gave wrong signs for cos/sin of -0).
        if (phi == 0.0) return new ComplexValue(r, r * phi);
        return new ComplexValue(r * LibM.Cos(phi), r * LibM.Sin(phi));
    }
}
