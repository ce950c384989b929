using System.Numerics;
using Kaa.Compiler.Hashing;
using Kaa.Runtime.Formatting;

namespace Kaa.Runtime;

/// <summary>
/// The slots and members of <c>float</c>: arithmetic with an int or float on either side (ints converted
/// with correct rounding, OverflowError when too large), CPython's sign rules for <c>%</c> and <c>//</c>,
/// float_pow's special cases, and comparisons with ints that are exact (no rounding of the int).
/// </summary>
internal static partial class FloatSlots
{
    internal static void Install(PyType type)
    {
        type.Repr = static (ts, self) => PyStr.FromChars(FloatFormatter.Repr(((PyFloat)self).Value));
        type.Hash = static (ts, self) =>
        {
            double v = ((PyFloat)self).Value;
            if (double.IsNaN(v))
            {
                // NaN hashes by identity (as CPython's _Py_HashPointer: the id rotated by 4 bits).
                ulong id = (ulong)ts.Interp.IdOf(self);
                long h = (long)((id >> 4) | (id << 60));
                return h == -1 ? -2 : h;
            }
            return PyHash.HashDouble(v);
        };
        type.Bool = static (ts, self) => ((PyFloat)self).Value != 0 ? 1 : 0;
        type.Negative = static (ts, self) => PyFloat.Create(-((PyFloat)self).Value);
        type.Positive = static (ts, self) => Exact((PyFloat)self);
        type.Absolute = static (ts, self) => PyFloat.Create(Math.Abs(((PyFloat)self).Value));
        type.Float = static (ts, self) => Exact((PyFloat)self);
        type.Int = static (ts, self) => ToInt(ts, ((PyFloat)self).Value);
        type.RichCompare = static (ts, a, b, op) => Compare(ts, a, b, op);

        Binary(type, BinaryOp.Add, static (ts, a, b) => PyFloat.Create(a + b));
        Binary(type, BinaryOp.Subtract, static (ts, a, b) => PyFloat.Create(a - b));
        Binary(type, BinaryOp.Multiply, static (ts, a, b) => PyFloat.Create(a * b));
        Binary(type, BinaryOp.TrueDivide, static (ts, a, b) => b == 0 ? ts.ZeroDivisionError("float division by zero") : PyFloat.Create(a / b));
        Binary(type, BinaryOp.Remainder, static (ts, a, b) =>
        {
            if (b == 0) return ts.ZeroDivisionError("float modulo");
            return PyFloat.Create(Modulo(a, b));
        });
        Binary(type, BinaryOp.FloorDivide, static (ts, a, b) =>
        {
            if (b == 0) return ts.ZeroDivisionError("float floor division by zero");
            return PyFloat.Create(DivMod(a, b, out _));
        });
        type.DivMod = static (ts, a, b) =>
        {
            if (!TryOperand(ts, a, out double x, out var r1)) return r1;
            if (!TryOperand(ts, b, out double y, out var r2)) return r2;
            if (y == 0) return ts.ZeroDivisionError("float divmod()");
            double q = DivMod(x, y, out double m);
            return PyTuple.Create(PyFloat.Create(q), PyFloat.Create(m));
        };
        type.Power = static (ts, a, b, c) =>
        {
            if (!TryOperand(ts, a, out double x, out var r1)) return r1;
            if (!TryOperand(ts, b, out double y, out var r2)) return r2;
            if (c is not PyNone) return ts.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
            return Power(ts, x, y);
        };
        type.New = New;
        InstallMethods(type);
    }

    /// <summary>The value as an exact float (self when it is one).</summary>
    internal static PyFloat Exact(PyFloat f) => f.Type == BuiltinTypes.Float ? f : PyFloat.Create(f.Value);

    /// <summary>
    /// An operand as a double: a float, or an int converted (an int too large sets OverflowError).
    /// False with <paramref name="result"/> NotImplemented for other types, null on error.
    /// </summary>
    private static bool TryOperand(ThreadState ts, PyObject o, out double d, out PyObject? result)
    {
        result = PyNotImplemented.Instance;
        switch (o)
        {
            case PyFloat f:
                d = f.Value;
                return true;
            case PyInt i:
                if (IntSlots.ToDouble(ts, i, out d)) return true;
                result = null;
                return false;
            default:
                d = 0;
                return false;
        }
    }

    private static void Binary(PyType type, BinaryOp op, Func<ThreadState, double, double, PyObject?> f)
    {
        type.NumberBinary[(int)op] = (ts, a, b) =>
        {
            if (!TryOperand(ts, a, out double x, out var r1)) return r1;
            if (!TryOperand(ts, b, out double y, out var r2)) return r2;
            return f(ts, x, y);
        };
    }

    /// <summary>x % y with the result taking y's sign (a zero result too: -0.0 for a negative divisor).</summary>
    internal static double Modulo(double x, double y)
    {
        double mod = x % y;
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0)) mod += y;
        }
        else mod = Math.CopySign(0.0, y);
        return mod;
    }

    /// <summary>float_divmod: the floor quotient (returned) and the remainder, with CPython's corrections.</summary>
    internal static double DivMod(double x, double y, out double mod)
    {
        mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0))
            {
                mod += y;
                div -= 1.0;
            }
        }
        else mod = Math.CopySign(0.0, y);
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, x / y);
        return floordiv;
    }

    private static bool IsOddInteger(double d) => Math.Abs(d % 2.0) == 1.0;

    /// <summary>float_pow: x ** y with CPython's special cases; a negative base with a non-integer exponent gives a complex.</summary>
    internal static PyObject? Power(ThreadState ts, double x, double y)
    {
        if (y == 0) return PyFloat.Create(1.0);
        if (double.IsNaN(x)) return PyFloat.Create(x);
        if (double.IsNaN(y)) return PyFloat.Create(x == 1.0 ? 1.0 : y);
        if (double.IsInfinity(y))
        {
            double ax = Math.Abs(x);
            if (ax == 1.0) return PyFloat.Create(1.0);
            if ((y > 0) == (ax > 1.0)) return PyFloat.Create(Math.Abs(y));
            return PyFloat.Create(0.0);
        }
        if (double.IsInfinity(x))
        {
            bool odd = IsOddInteger(y);
            if (y > 0) return PyFloat.Create(odd ? x : Math.Abs(x));
            return PyFloat.Create(odd ? Math.CopySign(0.0, x) : 0.0);
        }
        if (x == 0)
        {
            bool odd = IsOddInteger(y);
            if (y < 0) return ts.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return PyFloat.Create(odd ? x : 0.0);
        }
        bool negate = false;
        if (x < 0)
        {
            if (y != Math.Floor(y)) return ComplexSlots.Power(ts, x, 0, y, 0);
            x = -x;
            negate = IsOddInteger(y);
        }
        if (x == 1.0) return PyFloat.Create(negate ? -1.0 : 1.0);
        double r = Math.Pow(x, y);
        if (double.IsInfinity(r))
        {
            ts.SetError(PyExc.OverflowError, PyTuple.Create(PyInt.Create(34), PyStr.FromChars("Numerical result out of range")));
            return null;
        }
        return PyFloat.Create(negate ? -r : r);
    }

    /// <summary>int(x) of a float: truncation, with CPython's errors for NaN and infinities.</summary>
    internal static PyObject? ToInt(ThreadState ts, double v)
    {
        if (double.IsNaN(v)) return ts.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(v)) return ts.OverflowError("cannot convert float infinity to integer");
        double t = Math.Truncate(v);
        if (Math.Abs(t) < 9.2e18) return PyInt.Create((long)t);
        return PyInt.Create(new BigInteger(t));
    }

    // ---- comparisons ------------------------------------------------------------------------------

    private static PyObject? Compare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyFloat fa) return PyNotImplemented.Instance;
        double x = fa.Value;
        if (b is PyFloat fb) return PyBool.From(op.Holds(x, fb.Value));
        if (b is not PyInt i) return PyNotImplemented.Instance;
        if (double.IsNaN(x)) return PyBool.From(op == CompareOp.Ne);
        return PyBool.From(IntSlots.CompareResult(CompareWithInt(x, i), op));
    }


    /// <summary>The exact order of a (non-NaN) double and an int: -1, 0 or 1, without rounding the int.</summary>
    internal static int CompareWithInt(double x, PyInt i)
    {
        if (double.IsInfinity(x)) return x > 0 ? 1 : -1;
        if (i.IsSmall && IntSlots.IsExactDouble(i.Small)) return x.CompareTo((double)i.Small) switch { < 0 => -1, > 0 => 1, _ => 0 };
        double floor = Math.Floor(x);
        var whole = new BigInteger(floor); // exact: floor is an integral double
        int c = whole.CompareTo(i.Value);
        if (c != 0) return c;
        return x > floor ? 1 : 0;
    }

    // ---- float(x) ---------------------------------------------------------------------------------

    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        // Keywords are refused unless a subclass brings its own __init__ to take them.
        int nkw = kwnames?.Length ?? 0;
        if (nkw > 0 && (type == BuiltinTypes.Float || ReferenceEquals(type.Init, BuiltinTypes.Float.Init)))
            return ts.TypeError("float() takes no keyword arguments");
        int npos = args.Length - nkw;
        if (npos > 1) return ts.TypeError($"float expected at most 1 argument, got {npos}");
        PyFloat? value;
        if (npos == 0) value = PyFloat.Create(0.0);
        else
        {
            value = ToFloat(ts, args[0]);
            if (value is null) return null;
        }
        return type == BuiltinTypes.Float ? value : new PyFloat.Derived(type, value.Value);
    }

    /// <summary>float(x) with one argument (PyNumber_Float): __float__, __index__, or text.</summary>
    internal static PyFloat? ToFloat(ThreadState ts, PyObject x)
    {
        if (x.Type == BuiltinTypes.Float) return (PyFloat)x;
        // __float__ comes first, even for a str or bytes subclass that defines it.
        if (x.Type.Float is not null)
            return AsDouble(ts, x, "float() argument must be a string or a real number, not '{0}'", out double fd) ? PyFloat.Create(fd) : null;
        if (x is PyStr s)
        {
            var r = FloatParser.Parse(s.Chars);
            if (r.IsError) { IntSlots.Raise(ts, r.Error); return null; }
            return PyFloat.Create(r.Value);
        }
        if (PyBytes.TryCopyBytesLike(ts, x, anyBuffer: true, out var b))
        {
            var r = FloatParser.Parse(b, x is PyBytes ? null : Protocols.ReprText(ts, x));
            if (r.IsError) { IntSlots.Raise(ts, r.Error); return null; }
            return PyFloat.Create(r.Value);
        }
        if (!AsDouble(ts, x, "float() argument must be a string or a real number, not '{0}'", out double d)) return null;
        return PyFloat.Create(d);
    }

    /// <summary>
    /// PyFloat_AsDouble: a float's value, else <c>__float__</c> (which must return a float), else
    /// <c>__index__</c>. <paramref name="typeErrorFormat"/> ({0}: the type's name) when neither exists.
    /// </summary>
    internal static bool AsDouble(ThreadState ts, PyObject x, string typeErrorFormat, out double d)
    {
        d = 0;
        if (x is PyFloat f && x.Type == BuiltinTypes.Float) { d = f.Value; return true; }
        if (x.Type.Float is { } floatSlot)
        {
            var r = floatSlot(ts, x);
            if (r is null) return false;
            if (r is not PyFloat rf)
            {
                ts.SetError(PyExc.TypeError, $"{x.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
                return false;
            }
            if (rf.Type != BuiltinTypes.Float && !WarningsModule.Warn(ts, PyExc.DeprecationWarning,
                    $"{x.Type.Name}.__float__ returned non-float (type {rf.Type.Name}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python."))
                return false;
            d = rf.Value;
            return true;
        }
        if (x.Type.Index is not null)
        {
            var i = Protocols.Index(ts, x);
            return i is not null && IntSlots.ToDouble(ts, i, out d);
        }
        ts.SetError(PyExc.TypeError, string.Format(typeErrorFormat, x.Type.Name));
        return false;
    }
}
