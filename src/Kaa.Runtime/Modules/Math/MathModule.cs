namespace Kaa.Runtime;

/// <summary>
/// The <c>math</c> module (CPython's Modules/mathmodule.c): the float functions with CPython's error rules
/// (a NaN from non-NaN input is "math domain error", an infinity from finite input "math range error"),
/// the exact integer functions, and the exact summations. Split by family: <c>MathModule.Floats.cs</c>,
/// <c>MathModule.Gamma.cs</c>, <c>MathModule.Integers.cs</c>, <c>MathModule.Sums.cs</c>.
/// </summary>
internal static partial class MathModule
{
    private const string Doc = "This module provides access to the mathematical functions\ndefined by the C standard.";

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("math", Doc);
        AddFloatFunctions(m);
        AddIntegerFunctions(m);
        AddSumFunctions(m);
        m.Set("pi", PyFloat.Create(Math.PI));
        m.Set("e", PyFloat.Create(Math.E));
        m.Set("tau", PyFloat.Create(Math.Tau));
        m.Set("inf", PyFloat.Create(double.PositiveInfinity));
        m.Set("nan", PyFloat.Create(NaN));
        return m;
    }

    /// <summary>C's NAN (Py_NAN): a quiet NaN with the sign bit clear (.NET's double.NaN has it set).</summary>
    internal static readonly double NaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);

    // ---- argument conversion and error rules --------------------------------------------------------

    /// <summary>PyFloat_AsDouble with the math module's message.</summary>
    internal static bool ToDouble(ThreadState ts, PyObject x, out double d)
    {
        if (x.Type == BuiltinTypes.Float) { d = ((PyFloat)x).Value; return true; }
        return FloatSlots.AsDouble(ts, x, "must be real number, not {0}", out d);
    }

    internal static PyObject? DomainError(ThreadState ts) => ts.ValueError("math domain error");

    internal static PyObject? RangeError(ThreadState ts) => ts.OverflowError("math range error");

    /// <summary>math_1: a libm function of one double. A NaN from a non-NaN argument is a domain error; an
    /// infinity from a finite argument is a range error when the function can overflow, else a domain
    /// error (a singularity).</summary>
    internal static PyObject? Math1(ThreadState ts, PyObject arg, Func<double, double> f, bool canOverflow)
    {
        if (!ToDouble(ts, arg, out double x)) return null;
        double r = f(x);
        if (double.IsNaN(r) && !double.IsNaN(x)) return DomainError(ts);
        if (double.IsInfinity(r) && double.IsFinite(x)) return canOverflow ? RangeError(ts) : DomainError(ts);
        return PyFloat.Create(r);
    }

    /// <summary>The outcome of a function that reports errors as C's errno does (math_1a, math_2, pow).</summary>
    internal enum MathErrno { None, Domain, Range }

    /// <summary>is_error: EDOM is a ValueError; ERANGE an OverflowError unless the result is small (an underflow).</summary>
    internal static PyObject? Result(ThreadState ts, double r, MathErrno errno) => errno switch
    {
        MathErrno.Domain => DomainError(ts),
        MathErrno.Range when Math.Abs(r) >= 1.5 => RangeError(ts),
        _ => PyFloat.Create(r),
    };

    /// <summary>math_2: a function of two doubles, positional only, with the NaN/infinity rules.</summary>
    internal static PyObject? Math2(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, Func<double, double, double> f)
    {
        if (!TwoDoubles(ts, name, args, kwnames, out double x, out double y)) return null;
        double r = f(x, y);
        var errno = MathErrno.None;
        if (double.IsNaN(r)) errno = !double.IsNaN(x) && !double.IsNaN(y) ? MathErrno.Domain : MathErrno.None;
        else if (double.IsInfinity(r)) errno = double.IsFinite(x) && double.IsFinite(y) ? MathErrno.Range : MathErrno.None;
        return Result(ts, r, errno);
    }

    /// <summary>Two positional-only arguments converted to doubles ("name expected 2 arguments, got N").</summary>
    internal static bool TwoDoubles(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, out double x, out double y)
    {
        x = y = 0;
        if (!ExactPositional(ts, name, args, kwnames, 2)) return false;
        return ToDouble(ts, args[0], out x) && ToDouble(ts, args[1], out y);
    }

    /// <summary>_PyArg_CheckPositional for functions taking exactly <paramref name="n"/> positional arguments.</summary>
    internal static bool ExactPositional(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int n)
    {
        if (kwnames is not null && kwnames.Length > 0)
        {
            ts.SetError(PyExc.TypeError, $"math.{name}() takes no keyword arguments");
            return false;
        }
        if (args.Length != n)
        {
            ts.SetError(PyExc.TypeError, $"{name} expected {n} arguments, got {args.Length}");
            return false;
        }
        return true;
    }

    internal static bool NoKeywords(ThreadState ts, string name, PyTuple? kwnames)
    {
        if (kwnames is null || kwnames.Length == 0) return true;
        ts.SetError(PyExc.TypeError, $"{name}() takes no keyword arguments");
        return false;
    }
}
