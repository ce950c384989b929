using System.Numerics;
using Kaa.Runtime.Formatting;

namespace Kaa.Runtime;

/// <summary>The named methods and attributes of <c>float</c> (as_integer_ratio, hex, fromhex, __round__, ...).</summary>
internal static partial class FloatSlots
{
    private static readonly ArgSpec s_round = new("__round__", ["ndigits"], required: 0);

    /// <summary>float.__format__ (format() and f-strings call it directly for an exact float).</summary>
    internal static PyObject? Format(ThreadState ts, PyFloat self, PyStr spec)
    {
        if (spec.Length == 0) return Protocols.Str(ts, self);
        var r = FloatFormatter.Format(self.Value, spec.Chars, self.Type.Name);
        return r.IsError ? IntSlots.Raise(ts, r.Error) : PyStr.Create(r.Value);
    }

    private static void InstallMethods(PyType type)
    {
        type.AddMethod("conjugate", static (ts, self) => Exact((PyFloat)self));
        type.AddMethod("is_integer", static (ts, self) =>
        {
            double v = ((PyFloat)self).Value;
            return PyBool.From(double.IsFinite(v) && Math.Floor(v) == v);
        });
        type.AddMethod("hex", static (ts, self) => PyStr.FromChars(FloatHex.ToHex(((PyFloat)self).Value)));
        type.AddMethod("as_integer_ratio", static (ts, self) => IntegerRatio(ts, ((PyFloat)self).Value));
        type.AddMethod("__trunc__", static (ts, self) => ToInt(ts, ((PyFloat)self).Value));
        type.AddMethod("__floor__", static (ts, self) => ToInt(ts, Math.Floor(((PyFloat)self).Value)));
        type.AddMethod("__ceil__", static (ts, self) => ToInt(ts, Math.Ceiling(((PyFloat)self).Value)));
        type.AddMethod("__getnewargs__", static (ts, self) => PyTuple.Create(PyFloat.Create(((PyFloat)self).Value)));
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(24));
        type.AddMethod("__format__", static (ts, self, arg) => arg is PyStr spec ? Format(ts, (PyFloat)self, spec)
            : ts.TypeError($"__format__() argument must be str, not {arg.Type.Name}"));
        type.AddMethod("__round__", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_round.Parse(ts, args, kw, a)) return null;
            double v = ((PyFloat)self).Value;
            if (a[0] is null || a[0] is PyNone)
            {
                var r = FloatRounding.RoundToInt(v);
                return r.IsError ? IntSlots.Raise(ts, r.Error) : PyInt.Create(r.Value);
            }
            if (!Protocols.AsIndex(ts, a[0]!, out long ndigits, null)) return null;
            var rounded = FloatRounding.Round(v, ndigits);
            return rounded.IsError ? IntSlots.Raise(ts, rounded.Error) : PyFloat.Create(rounded.Value);
        });
        type.AddClassMethod(new MethodDef("fromhex", static (ts, cls, arg) =>
        {
            if (arg is not PyStr s) return ts.TypeError($"fromhex() argument must be str, not {arg.Type.Name}");
            var r = FloatHex.FromHex(s.Chars);
            if (r.IsError) return IntSlots.Raise(ts, r.Error);
            var result = PyFloat.Create(r.Value);
            return cls == BuiltinTypes.Float ? result : Protocols.Call(ts, cls, [result], null);
        }));
        type.AddClassMethod(new MethodDef("__getformat__", static (ts, cls, arg) =>
        {
            if (arg is not PyStr s) return ts.TypeError($"__getformat__() argument must be str, not {arg.Type.Name}");
            string text = s.Chars;
            if (text != "double" && text != "float")
                return ts.ValueError("__getformat__() argument 1 must be 'double' or 'float'");
            return PyStr.FromChars("IEEE, little-endian");
        }));
        type.AddGetSet("real", static (ts, self) => Exact((PyFloat)self));
        type.AddGetSet("imag", static (ts, self) => PyFloat.Create(0.0));
    }

    /// <summary>float.as_integer_ratio: the exact value as a fraction in lowest terms.</summary>
    private static PyObject? IntegerRatio(ThreadState ts, double v)
    {
        if (double.IsInfinity(v)) return ts.OverflowError("cannot convert Infinity to integer ratio");
        if (double.IsNaN(v)) return ts.ValueError("cannot convert NaN to integer ratio");
        if (v == 0) return PyTuple.Create(PyInt.Zero, PyInt.One);
        long bits = BitConverter.DoubleToInt64Bits(v);
        int rawExp = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        int exp;
        if (rawExp == 0) exp = -1074;
        else
        {
            mantissa |= 1L << 52;
            exp = rawExp - 1075;
        }
        int tz = BitOperations.TrailingZeroCount(mantissa);
        mantissa >>= tz;
        exp += tz;
        if (v < 0) mantissa = -mantissa;
        if (exp >= 0) return PyTuple.Create(PyInt.Create(new BigInteger(mantissa) << exp), PyInt.One);
        return PyTuple.Create(PyInt.Create(mantissa), PyInt.Create(BigInteger.One << -exp));
    }
}
