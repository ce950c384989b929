using System.Numerics;

namespace Kaa.Runtime;

/// <summary>The float functions of <c>math</c>: trigonometry, exponentials, logarithms, rounding, and
/// the exact bit-level operations.</summary>
internal static partial class MathModule
{
    private static void AddFloatFunctions(PyModule m)
    {
        m.AddFunction("acos", static (ts, _, x) => Math1(ts, x, LibM.Acos, false));
        m.AddFunction("acosh", static (ts, _, x) => Math1(ts, x, LibM.Acosh, false));
        m.AddFunction("asin", static (ts, _, x) => Math1(ts, x, LibM.Asin, false));
        m.AddFunction("asinh", static (ts, _, x) => Math1(ts, x, LibM.Asinh, false));
        m.AddFunction("atan", static (ts, _, x) => Math1(ts, x, LibM.Atan, false));
        m.AddFunction("atanh", static (ts, _, x) => Math1(ts, x, LibM.Atanh, false));
        m.AddFunction("cbrt", static (ts, _, x) => Math1(ts, x, LibM.Cbrt, false));
        m.AddFunction("cos", static (ts, _, x) => Math1(ts, x, LibM.Cos, false));
        m.AddFunction("cosh", static (ts, _, x) => Math1(ts, x, LibM.Cosh, true));
        m.AddFunction("exp", static (ts, _, x) => Math1(ts, x, LibM.Exp, true));
        m.AddFunction("exp2", static (ts, _, x) => Math1(ts, x, LibM.Exp2, true));
        m.AddFunction("expm1", static (ts, _, x) => Math1(ts, x, LibM.Expm1, true));
        m.AddFunction("fabs", static (ts, _, x) => Math1(ts, x, Math.Abs, false));
        m.AddFunction("log1p", static (ts, _, x) => Math1(ts, x, static v => v == 0.0 ? v : LibM.Log1p(v), false));
        m.AddFunction("sin", static (ts, _, x) => Math1(ts, x, LibM.Sin, false));
        m.AddFunction("sinh", static (ts, _, x) => Math1(ts, x, LibM.Sinh, true));
        m.AddFunction("sqrt", static (ts, _, x) => Math1(ts, x, Math.Sqrt, false));
        m.AddFunction("tan", static (ts, _, x) => Math1(ts, x, LibM.Tan, false));
        m.AddFunction("tanh", static (ts, _, x) => Math1(ts, x, LibM.Tanh, false));
        // erf/erfc/gamma/lgamma report errors as errno (math_1a).
        m.AddFunction("erf", static (ts, _, x) => ToDouble(ts, x, out double d) ? PyFloat.Create(LibM.Erf(d)) : null);
        m.AddFunction("erfc", static (ts, _, x) => ToDouble(ts, x, out double d) ? PyFloat.Create(LibM.Erfc(d)) : null);
        m.AddFunction("gamma", static (ts, _, x) => ToDouble(ts, x, out double d) ? Result(ts, Gamma(d, out var e), e) : null);
        m.AddFunction("lgamma", static (ts, _, x) => ToDouble(ts, x, out double d) ? Result(ts, LogGamma(d, out var e), e) : null);

        m.AddFunction("atan2", static (ts, _, a, k) => Math2(ts, "atan2", a, k, Atan2));
        m.AddFunction("copysign", static (ts, _, a, k) => Math2(ts, "copysign", a, k, Math.CopySign));
        m.AddFunction("remainder", static (ts, _, a, k) => Math2(ts, "remainder", a, k, Remainder));
        m.AddFunction("fmod", Fmod);
        m.AddFunction("pow", Pow);
        m.AddFunction("nextafter", static (ts, _, a, k) =>
            TwoDoubles(ts, "nextafter", a, k, out double x, out double y) ? PyFloat.Create(LibM.NextAfter(x, y)) : null);
        m.AddFunction("ulp", static (ts, _, x) => ToDouble(ts, x, out double d) ? PyFloat.Create(Ulp(d)) : null);

        m.AddFunction("log", Log);
        m.AddFunction("log2", static (ts, _, x) => LogHelper(ts, x, Log2));
        m.AddFunction("log10", static (ts, _, x) => LogHelper(ts, x, Log10));

        m.AddFunction("ceil", Ceil);
        m.AddFunction("floor", Floor);
        m.AddFunction("trunc", Trunc);
        m.AddFunction("frexp", Frexp);
        m.AddFunction("ldexp", Ldexp);
        m.AddFunction("modf", Modf);
        m.AddFunction("degrees", static (ts, _, x) => ToDouble(ts, x, out double d) ? PyFloat.Create(d * (180.0 / Math.PI)) : null);
        m.AddFunction("radians", static (ts, _, x) => ToDouble(ts, x, out double d) ? PyFloat.Create(d * (Math.PI / 180.0)) : null);
        m.AddFunction("isfinite", static (ts, _, x) => ToDouble(ts, x, out double d) ? PyBool.From(double.IsFinite(d)) : null);
        m.AddFunction("isnan", static (ts, _, x) => ToDouble(ts, x, out double d) ? PyBool.From(double.IsNaN(d)) : null);
        m.AddFunction("isinf", static (ts, _, x) => ToDouble(ts, x, out double d) ? PyBool.From(double.IsInfinity(d)) : null);
        m.AddFunction("isclose", IsClose);
    }

    /// <summary>atan2 with C99's special values decided here (m_atan2), the rest from libm.</summary>
    private static double Atan2(double y, double x)
    {
        if (double.IsNaN(x) || double.IsNaN(y)) return NaN;
        if (double.IsInfinity(y))
        {
            if (double.IsInfinity(x))
                return Math.CopySign(double.IsPositive(x) ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            return Math.CopySign(0.5 * Math.PI, y);
        }
        if (double.IsInfinity(x) || y == 0.0)
            return double.IsPositive(x) ? Math.CopySign(0.0, y) : Math.CopySign(Math.PI, y);
        return LibM.Atan2(y, x);
    }

    /// <summary>IEEE 754 remainder: x - n*y with n the nearest integer to x/y (ties to even); exact.</summary>
    private static double Remainder(double x, double y)
    {
        if (double.IsFinite(x) && double.IsFinite(y))
        {
            if (y == 0.0) return NaN;
            double absx = Math.Abs(x), absy = Math.Abs(y);
            double m = absx % absy;
            // Compare m with absy - m rather than with absy/2, which may not be representable.
            double c = absy - m;
            double r;
            if (m < c) r = m;
            else if (m > c) r = -c;
            else r = m - 2.0 * ((0.5 * (absx - m)) % absy); // a tie: pick the even multiple
            return Math.CopySign(1.0, x) * r;
        }
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        if (double.IsInfinity(x)) return NaN;
        return x;
    }

    private static PyObject? Fmod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!TwoDoubles(ts, "fmod", args, kwnames, out double x, out double y)) return null;
        if (double.IsInfinity(y) && double.IsFinite(x)) return PyFloat.Create(x);
        double r = x % y; // C's fmod: exact, with the sign of x
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) return DomainError(ts);
        return PyFloat.Create(r);
    }

    /// <summary>math.pow: IEEE special values decided here, the rest from libm's pow.</summary>
    private static PyObject? Pow(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!TwoDoubles(ts, "pow", args, kwnames, out double x, out double y)) return null;
        double r;
        var errno = MathErrno.None;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x)) r = y == 0.0 ? 1.0 : x;
            else if (double.IsNaN(y)) r = x == 1.0 ? 1.0 : y;
            else if (double.IsInfinity(x))
            {
                bool oddY = double.IsFinite(y) && Math.Abs(y) % 2.0 == 1.0;
                if (y > 0.0) r = oddY ? x : Math.Abs(x);
                else if (y == 0.0) r = 1.0;
                else r = oddY ? Math.CopySign(0.0, x) : 0.0;
            }
            else
            {
                // y is infinite
                if (Math.Abs(x) == 1.0) r = 1.0;
                else if (y > 0.0 && Math.Abs(x) > 1.0) r = y;
                else if (y < 0.0 && Math.Abs(x) < 1.0) r = -y;
                else r = 0.0;
            }
        }
        else
        {
            r = LibM.Pow(x, y);
            if (double.IsNaN(r)) errno = MathErrno.Domain;
            else if (double.IsInfinity(r)) errno = x == 0.0 ? MathErrno.Domain : MathErrno.Range;
        }
        return Result(ts, r, errno);
    }

    private static double Ulp(double x)
    {
        if (double.IsNaN(x)) return x;
        x = Math.Abs(x);
        if (double.IsInfinity(x)) return x;
        double x2 = LibM.NextAfter(x, double.PositiveInfinity);
        if (double.IsInfinity(x2)) return x - LibM.NextAfter(x, double.NegativeInfinity);
        return x2 - x;
    }

    // ---- logarithms ---------------------------------------------------------------------------------

    private static double Ln(double x, out MathErrno errno)
    {
        errno = MathErrno.None;
        if (double.IsFinite(x))
        {
            if (x > 0.0) return LibM.Log(x);
            errno = MathErrno.Domain;
            return x == 0.0 ? double.NegativeInfinity : NaN;
        }
        if (double.IsNaN(x) || x > 0.0) return x;
        errno = MathErrno.Domain;
        return NaN;
    }

    private static double Log2(double x, out MathErrno errno)
    {
        errno = MathErrno.None;
        if (!double.IsFinite(x))
        {
            if (double.IsNaN(x) || x > 0.0) return x;
            errno = MathErrno.Domain;
            return NaN;
        }
        if (x > 0.0) return LibM.Log2(x);
        errno = MathErrno.Domain;
        return x == 0.0 ? double.NegativeInfinity : NaN;
    }

    private static double Log10(double x, out MathErrno errno)
    {
        errno = MathErrno.None;
        if (double.IsFinite(x))
        {
            if (x > 0.0) return LibM.Log10(x);
            errno = MathErrno.Domain;
            return x == 0.0 ? double.NegativeInfinity : NaN;
        }
        if (double.IsNaN(x) || x > 0.0) return x;
        errno = MathErrno.Domain;
        return NaN;
    }

    private delegate double LogFunction(double x, out MathErrno errno);

    /// <summary>loghelper: logarithms of ints of any size (through their frexp), else math_1's rules.</summary>
    private static PyObject? LogHelper(ThreadState ts, PyObject arg, LogFunction f)
    {
        if (arg is PyInt i)
        {
            if (i.Sign <= 0) return DomainError(ts);
            double result;
            if (i.IsSmall) result = f(i.Small, out _);
            else
            {
                var asDouble = Formatting.IntFormatter.ToDouble(i.Value);
                if (!asDouble.IsError) result = f(asDouble.Value, out _);
                else
                {
                    // Too large for a double: log(m * 2**e) = log(m) + log(2) * e.
                    double m = BigFrexp(i.Value, out long e);
                    result = f(m, out _) + f(2.0, out _) * e;
                }
            }
            return PyFloat.Create(result);
        }
        if (!ToDouble(ts, arg, out double x)) return null;
        double r = f(x, out _);
        if (double.IsNaN(r) && !double.IsNaN(x)) return DomainError(ts);
        if (double.IsInfinity(r) && double.IsFinite(x)) return DomainError(ts);
        return PyFloat.Create(r);
    }

    /// <summary>_PyLong_Frexp for a positive int: m in [0.5, 1) correctly rounded, n = m * 2**e.</summary>
    internal static double BigFrexp(BigInteger n, out long e)
    {
        long bits = (long)n.GetBitLength();
        e = bits;
        if (bits <= 64) return Math.ScaleB((double)(ulong)n, (int)-bits) is var small && small == 1.0 ? HalfUp(ref e) : small;
        // The top 64 bits with a sticky bit for the rest round correctly to 53 bits.
        int shift = (int)(bits - 64);
        var top = (ulong)(n >> shift);
        if (!(n & ((BigInteger.One << shift) - 1)).IsZero) top |= 1;
        double m = Math.ScaleB((double)top, -64);
        return m == 1.0 ? HalfUp(ref e) : m;

        // Rounding carried into the next power of two.
        static double HalfUp(ref long e) { e++; return 0.5; }
    }

    private static PyObject? Log(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!NoKeywords(ts, "log", kwnames)) return null;
        if (args.Length is < 1 or > 2) return ts.TypeError("math.log requires 1 to 2 arguments");
        var num = LogHelper(ts, args[0], Ln);
        if (num is null || args.Length == 1) return num;
        var den = LogHelper(ts, args[1], Ln);
        if (den is null) return null;
        return Protocols.BinaryOp(ts, num, den, BinaryOp.TrueDivide);
    }

    // ---- rounding and decomposition -----------------------------------------------------------------

    private static readonly PyStr s_ceil = PyStr.Intern("__ceil__");
    private static readonly PyStr s_floor = PyStr.Intern("__floor__");
    private static readonly PyStr s_trunc = PyStr.Intern("__trunc__");

    private static PyObject? Ceil(ThreadState ts, PyObject self, PyObject x)
    {
        if (x.Type != BuiltinTypes.Float)
        {
            var method = Protocols.LookupSpecial(ts, x, s_ceil);
            if (method is not null) return Protocols.Call0(ts, method);
            if (ts.HasError) return null;
        }
        return ToDouble(ts, x, out double d) ? FloatSlots.ToInt(ts, Math.Ceiling(d)) : null;
    }

    private static PyObject? Floor(ThreadState ts, PyObject self, PyObject x)
    {
        if (x.Type != BuiltinTypes.Float)
        {
            var method = Protocols.LookupSpecial(ts, x, s_floor);
            if (method is not null) return Protocols.Call0(ts, method);
            if (ts.HasError) return null;
        }
        return ToDouble(ts, x, out double d) ? FloatSlots.ToInt(ts, Math.Floor(d)) : null;
    }

    private static PyObject? Trunc(ThreadState ts, PyObject self, PyObject x)
    {
        if (x.Type == BuiltinTypes.Float) return FloatSlots.ToInt(ts, ((PyFloat)x).Value);
        var method = Protocols.LookupSpecial(ts, x, s_trunc);
        if (method is null)
            return ts.HasError ? null : ts.TypeError($"type {x.Type.Name} doesn't define __trunc__ method");
        return Protocols.Call0(ts, method);
    }

    private static PyObject? Frexp(ThreadState ts, PyObject self, PyObject arg)
    {
        if (!ToDouble(ts, arg, out double x)) return null;
        int e = 0;
        if (double.IsFinite(x) && x != 0.0) x = LibM.Frexp(x, out e);
        return PyTuple.Create(PyFloat.Create(x), PyInt.Create(e));
    }

    private static PyObject? Ldexp(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!ExactPositional(ts, "ldexp", args, kwnames, 2)) return null;
        if (!ToDouble(ts, args[0], out double x)) return null;
        if (args[1] is not PyInt i) return ts.TypeError("Expected an int as second argument to ldexp.");
        long exp = i.IsSmall ? i.Small : i.Sign < 0 ? long.MinValue : long.MaxValue;
        double r;
        if (x == 0.0 || !double.IsFinite(x)) r = x;
        else if (exp > int.MaxValue) return RangeError(ts);
        else if (exp < int.MinValue) r = Math.CopySign(0.0, x);
        else
        {
            r = Math.ScaleB(x, (int)exp);
            if (double.IsInfinity(r)) return RangeError(ts);
        }
        return PyFloat.Create(r);
    }

    private static PyObject? Modf(ThreadState ts, PyObject self, PyObject arg)
    {
        if (!ToDouble(ts, arg, out double x)) return null;
        if (double.IsInfinity(x)) return PyTuple.Create(PyFloat.Create(Math.CopySign(0.0, x)), PyFloat.Create(x));
        if (double.IsNaN(x)) return PyTuple.Create(PyFloat.Create(x), PyFloat.Create(x));
        double whole = Math.Truncate(x);
        return PyTuple.Create(PyFloat.Create(Math.CopySign(x - whole, x)), PyFloat.Create(whole));
    }

    private static readonly ArgSpec s_isclose = new("isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2, positionalOnly: 0, maxPositional: 2);

    private static PyObject? IsClose(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Length ?? 0);
        if (npos > 2) return ts.TypeError($"isclose() takes exactly 2 positional arguments ({npos} given)");
        var slots = new ArgBuffer();
        if (!s_isclose.Parse(ts, args, kwnames, slots)) return null;
        if (!ToDouble(ts, slots[0]!, out double a) || !ToDouble(ts, slots[1]!, out double b)) return null;
        double relTol = 1e-09, absTol = 0.0;
        if (slots[2] is { } rt && !ToDouble(ts, rt, out relTol)) return null;
        if (slots[3] is { } at && !ToDouble(ts, at, out absTol)) return null;
        if (relTol < 0.0 || absTol < 0.0) return ts.ValueError("tolerances must be non-negative");
        if (a == b) return PyBool.True;
        if (double.IsInfinity(a) || double.IsInfinity(b)) return PyBool.False;
        double diff = Math.Abs(b - a);
        return PyBool.From(diff <= Math.Abs(relTol * b) || diff <= Math.Abs(relTol * a) || diff <= absTol);
    }
}
