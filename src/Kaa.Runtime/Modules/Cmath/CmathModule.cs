namespace Kaa.Runtime;

/// <summary>
/// The <c>cmath</c> module (CPython's Modules/cmathmodule.c): the complex functions of
/// <see cref="CmathFunctions"/> behind CPython's argument conversion (PyComplex_AsCComplex) and error
/// rules (an errno of EDOM is "math domain error", ERANGE "math range error").
/// </summary>
internal static class CmathModule
{
    private const string Doc = "This module provides access to mathematical functions for complex\nnumbers.";

    private delegate ComplexValue ComplexFunction(ComplexValue z, out MathModule.MathErrno errno);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("cmath", Doc);
        m.AddFunction("acos", static (ts, _, z) => Apply(ts, z, CmathFunctions.Acos), "Return the arc cosine of z.");
        m.AddFunction("acosh", static (ts, _, z) => Apply(ts, z, CmathFunctions.Acosh), "Return the inverse hyperbolic cosine of z.");
        m.AddFunction("asin", static (ts, _, z) => Apply(ts, z, CmathFunctions.Asin), "Return the arc sine of z.");
        m.AddFunction("asinh", static (ts, _, z) => Apply(ts, z, CmathFunctions.Asinh), "Return the inverse hyperbolic sine of z.");
        m.AddFunction("atan", static (ts, _, z) => Apply(ts, z, CmathFunctions.Atan), "Return the arc tangent of z.");
        m.AddFunction("atanh", static (ts, _, z) => Apply(ts, z, CmathFunctions.Atanh), "Return the inverse hyperbolic tangent of z.");
        m.AddFunction("cos", static (ts, _, z) => Apply(ts, z, CmathFunctions.Cos), "Return the cosine of z.");
        m.AddFunction("cosh", static (ts, _, z) => Apply(ts, z, CmathFunctions.Cosh), "Return the hyperbolic cosine of z.");
        m.AddFunction("exp", static (ts, _, z) => Apply(ts, z, CmathFunctions.Exp), "Return the exponential value e**z.");
        m.AddFunction("isclose", IsClose, IsCloseDoc);
        m.AddFunction("isfinite", static (ts, _, z) => ToComplex(ts, z, out var c) ? PyBool.From(double.IsFinite(c.Real) && double.IsFinite(c.Imag)) : null,
            "Return True if both the real and imaginary parts of z are finite, else False.");
        m.AddFunction("isinf", static (ts, _, z) => ToComplex(ts, z, out var c) ? PyBool.From(double.IsInfinity(c.Real) || double.IsInfinity(c.Imag)) : null,
            "Checks if the real or imaginary part of z is infinite.");
        m.AddFunction("isnan", static (ts, _, z) => ToComplex(ts, z, out var c) ? PyBool.From(double.IsNaN(c.Real) || double.IsNaN(c.Imag)) : null,
            "Checks if the real or imaginary part of z not a number (NaN).");
        m.AddFunction("log", Log, "log(z[, base]) -> the logarithm of z to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of z.");
        m.AddFunction("log10", static (ts, _, z) => Apply(ts, z, CmathFunctions.Log10), "Return the base-10 logarithm of z.");
        m.AddFunction("phase", Phase,
            "Return argument, also known as the phase angle, of a complex.");
        m.AddFunction("polar", Polar, "Convert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle.");
        m.AddFunction("rect", Rect, "Convert from polar coordinates to rectangular coordinates.");
        m.AddFunction("sin", static (ts, _, z) => Apply(ts, z, CmathFunctions.Sin), "Return the sine of z.");
        m.AddFunction("sinh", static (ts, _, z) => Apply(ts, z, CmathFunctions.Sinh), "Return the hyperbolic sine of z.");
        m.AddFunction("sqrt", static (ts, _, z) => Apply(ts, z, CmathFunctions.Sqrt), "Return the square root of z.");
        m.AddFunction("tan", static (ts, _, z) => Apply(ts, z, CmathFunctions.Tan), "Return the tangent of z.");
        m.AddFunction("tanh", static (ts, _, z) => Apply(ts, z, CmathFunctions.Tanh), "Return the hyperbolic tangent of z.");
        m.Set("pi", PyFloat.Create(Math.PI));
        m.Set("e", PyFloat.Create(Math.E));
        m.Set("tau", PyFloat.Create(Math.Tau));
        m.Set("inf", PyFloat.Create(double.PositiveInfinity));
        m.Set("infj", PyComplex.Create(0.0, double.PositiveInfinity));
        m.Set("nan", PyFloat.Create(MathModule.NaN));
        m.Set("nanj", PyComplex.Create(0.0, MathModule.NaN));
        return m;
    }

    /// <summary>PyComplex_AsCComplex: a complex's value, else <c>__complex__</c> (which must return a
    /// complex), else the float value with the imaginary part 0.</summary>
    internal static bool ToComplex(ThreadState ts, PyObject o, out ComplexValue z)
    {
        z = default;
        if (o is PyComplex c)
        {
            z = new ComplexValue(c.Real, c.Imag);
            return true;
        }
        var special = Protocols.LookupSpecial(ts, o, PyStr.Intern("__complex__"));
        if (special is not null)
        {
            var converted = Protocols.Call(ts, special, [], null);
            if (converted is null) return false;
            if (converted is not PyComplex cc)
            {
                ts.SetError(PyExc.TypeError, $"__complex__ returned non-complex (type {converted.Type.Name})");
                return false;
            }
            z = new ComplexValue(cc.Real, cc.Imag);
            return true;
        }
        if (ts.HasError) return false;
        if (!MathModule.ToDouble(ts, o, out double d)) return false;
        z = new ComplexValue(d, 0.0);
        return true;
    }

    private static PyObject? Result(ThreadState ts, ComplexValue r, MathModule.MathErrno errno) => errno switch
    {
        MathModule.MathErrno.Domain => MathModule.DomainError(ts),
        MathModule.MathErrno.Range => MathModule.RangeError(ts),
        _ => PyComplex.Create(r.Real, r.Imag),
    };

    private static PyObject? Apply(ThreadState ts, PyObject arg, ComplexFunction f)
    {
        if (!ToComplex(ts, arg, out var z)) return null;
        var r = f(z, out var errno);
        return Result(ts, r, errno);
    }

    /// <summary>log(z[, base]): log(z)/log(base). As in C, the errno that counts is the last one set: the
    /// base's logarithm replaces z's, and a zero divisor sets EDOM.</summary>
    private static PyObject? Log(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!MathModule.NoKeywords(ts, "cmath.log", kwnames)) return null;
        if (args.Length < 1) return ts.TypeError($"log expected at least 1 argument, got {args.Length}");
        if (args.Length > 2) return ts.TypeError($"log expected at most 2 arguments, got {args.Length}");
        if (!ToComplex(ts, args[0], out var x)) return null;
        var r = CmathFunctions.Log(x, out var errno);
        if (args.Length == 2)
        {
            if (!ToComplex(ts, args[1], out var y)) return null;
            var logBase = CmathFunctions.Log(y, out errno);
            r = CmathFunctions.Quotient(r, logBase, ref errno);
        }
        return Result(ts, r, errno);
    }

    private static PyObject? Phase(ThreadState ts, PyObject self, PyObject arg)
    {
        if (!ToComplex(ts, arg, out var z)) return null;
        double phi = CmathFunctions.Phase(z, out var errno);
        return errno switch
        {
            MathModule.MathErrno.Domain => MathModule.DomainError(ts),
            MathModule.MathErrno.Range => MathModule.RangeError(ts),
            _ => PyFloat.Create(phi),
        };
    }

    private static PyObject? Polar(ThreadState ts, PyObject self, PyObject arg)
    {
        if (!ToComplex(ts, arg, out var z)) return null;
        // The modulus's errno replaces the angle's, as in C.
        double phi = CmathFunctions.Phase(z, out _);
        double r = CmathFunctions.Abs(z, out var errno);
        if (errno != MathModule.MathErrno.None) return MathModule.RangeError(ts);
        return PyTuple.Create(PyFloat.Create(r), PyFloat.Create(phi));
    }

    private static PyObject? Rect(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!MathModule.NoKeywords(ts, "cmath.rect", kwnames)) return null;
        if (args.Length != 2) return ts.TypeError($"rect expected 2 arguments, got {args.Length}");
        if (!MathModule.ToDouble(ts, args[0], out double r) || !MathModule.ToDouble(ts, args[1], out double phi)) return null;
        var z = CmathFunctions.Rect(r, phi, out var errno);
        return Result(ts, z, errno);
    }

    private static readonly ArgSpec IsCloseSpec = new("isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2, positionalOnly: 0, maxPositional: 2);

    private const string IsCloseDoc = "Determine whether two complex numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them must be\nsmaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is\nnot close to anything, even itself. inf and -inf are only close to themselves.";

    private static PyObject? IsClose(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Length ?? 0);
        if (npos > 2) return ts.TypeError($"isclose() takes exactly 2 positional arguments ({npos} given)");
        var a = new ArgBuffer();
        if (!IsCloseSpec.Parse(ts, args, kwnames, a)) return null;
        if (!ToComplex(ts, a[0]!, out var x) || !ToComplex(ts, a[1]!, out var y)) return null;
        double relTol = 1e-09, absTol = 0.0;
        if (a[2] is { } rt && !MathModule.ToDouble(ts, rt, out relTol)) return null;
        if (a[3] is { } at && !MathModule.ToDouble(ts, at, out absTol)) return null;
        if (relTol < 0.0 || absTol < 0.0) return ts.ValueError("tolerances must be non-negative");
        // Exact equality catches two infinities of the same sign.
        if (x.Real == y.Real && x.Imag == y.Imag) return PyBool.True;
        // An infinity is close only to itself.
        if (double.IsInfinity(x.Real) || double.IsInfinity(x.Imag) || double.IsInfinity(y.Real) || double.IsInfinity(y.Imag))
            return PyBool.False;
        double diff = CmathFunctions.Abs(new ComplexValue(x.Real - y.Real, x.Imag - y.Imag), out _);
        return PyBool.From(diff <= relTol * CmathFunctions.Abs(y, out _) || diff <= relTol * CmathFunctions.Abs(x, out _) || diff <= absTol);
    }
}
