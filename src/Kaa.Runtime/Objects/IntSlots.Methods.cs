using System.Numerics;
using Kaa.Runtime.Formatting;

namespace Kaa.Runtime;

/// <summary>The named methods and attributes of <c>int</c> (bit_length, to_bytes, __round__, ...).</summary>
internal static partial class IntSlots
{
    private static readonly ArgSpec s_toBytes = new("to_bytes", ["length", "byteorder", "signed"], required: 0, positionalOnly: 0, maxPositional: 2);
    private static readonly ArgSpec s_fromBytes = new("from_bytes", ["bytes", "byteorder", "signed"], required: 1, positionalOnly: 0, maxPositional: 2);
    private static readonly ArgSpec s_round = new("__round__", ["ndigits"], required: 0);

    /// <summary>int.__format__ (format() and f-strings call it directly for an exact int).</summary>
    internal static PyObject? Format(ThreadState ts, PyInt self, PyStr spec)
    {
        if (spec.Length == 0) return Protocols.Str(ts, self);
        Span<char> digits = stackalloc char[68];
        if (self.IsSmall && IntFormatter.TryFormatBare(self.Small, spec.Chars, digits, out int written))
            return PyStr.FromChars(digits[..written]);
        var r = self.IsSmall ? IntFormatter.Format(self.Small, spec.Chars, self.Type.Name)
            : IntFormatter.Format(self.Value, spec.Chars, ts.Interp.IntMaxStrDigits, self.Type.Name);
        return r.IsError ? Raise(ts, r.Error) : PyStr.Create(r.Value);
    }

    private static void InstallMethods(PyType type)
    {
        type.AddMethod("conjugate", static (ts, self) => Exact((PyInt)self));
        type.AddMethod("bit_length", static (ts, self) =>
        {
            var i = (PyInt)self;
            if (i.IsSmall) return PyInt.Create(i.Small == long.MinValue ? 64 : 64 - BitOperations.LeadingZeroCount((ulong)Math.Abs(i.Small)));
            return PyInt.Create((long)BigInteger.Abs(i.Value).GetBitLength());
        });
        type.AddMethod("bit_count", static (ts, self) =>
        {
            var i = (PyInt)self;
            if (i.IsSmall && i.Small != long.MinValue) return PyInt.Create(BitOperations.PopCount((ulong)Math.Abs(i.Small)));
            long n = 0;
            foreach (byte b in BigInteger.Abs(i.Value).ToByteArray(isUnsigned: true)) n += BitOperations.PopCount(b);
            return PyInt.Create(n);
        });
        type.AddMethod("as_integer_ratio", static (ts, self) => PyTuple.Create(Exact((PyInt)self), PyInt.One));
        type.AddMethod("__trunc__", static (ts, self) => Exact((PyInt)self));
        type.AddMethod("__floor__", static (ts, self) => Exact((PyInt)self));
        type.AddMethod("__ceil__", static (ts, self) => Exact((PyInt)self));
        type.AddMethod("__getnewargs__", static (ts, self) => PyTuple.Create(Exact((PyInt)self)));
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(SizeOf((PyInt)self)));
        type.AddMethod("__format__", static (ts, self, arg) => arg is PyStr spec ? Format(ts, (PyInt)self, spec)
            : ts.TypeError($"__format__() argument must be str, not {arg.Type.Name}"));
        type.AddMethod("__round__", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_round.Parse(ts, args, kw, a)) return null;
            var i = (PyInt)self;
            if (a[0] is null) return Exact(i);
            var nd = Protocols.Index(ts, a[0]!);
            if (nd is null) return null;
            return Round(ts, i, nd);
        });
        type.AddMethod("to_bytes", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_toBytes.Parse(ts, args, kw, a)) return null;
            long length = 1;
            if (a[0] is { } lengthArg && !Protocols.AsIndex(ts, lengthArg, out length, PyExc.OverflowError)) return null;
            if (length < 0) return ts.ValueError("length argument must be non-negative");
            if (!ByteOrder(ts, a[1], "to_bytes", out bool little)) return null;
            bool signed = false;
            if (a[2] is { } s)
            {
                int t = Protocols.IsTrue(ts, s);
                if (t < 0) return null;
                signed = t == 1;
            }
            var v = ((PyInt)self).Value;
            if (!signed && v.Sign < 0) return ts.OverflowError("can't convert negative int to unsigned");
            long needed = signed ? v.GetByteCount(false) : (v.IsZero ? 0 : v.GetByteCount(true));
            if (v.IsZero) needed = 0;
            if (needed > length) return ts.OverflowError("int too big to convert");
            var result = new byte[length];
            if (length > 0)
            {
                byte[] raw = signed ? v.ToByteArray(false, false) : v.ToByteArray(true, false); // little-endian
                byte fill = (byte)(v.Sign < 0 ? 0xFF : 0);
                for (long k = 0; k < length; k++)
                {
                    byte bt = k < raw.Length ? raw[k] : fill;
                    result[little ? k : length - 1 - k] = bt;
                }
            }
            return PyBytes.Create(result);
        });
        type.AddClassMethod(new MethodDef("from_bytes", static (ts, cls, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_fromBytes.Parse(ts, args, kw, a)) return null;
            if (!ByteOrder(ts, a[1], "from_bytes", out bool little)) return null;
            bool signed = false;
            if (a[2] is { } s)
            {
                int t = Protocols.IsTrue(ts, s);
                if (t < 0) return null;
                signed = t == 1;
            }
            var src = a[0]!;
            var bytes = PyBytes.FromObject(ts, src);
            if (bytes is null) return null;
            var value = new BigInteger(bytes.Value, isUnsigned: !signed, isBigEndian: !little);
            var result = PyInt.Create(value);
            if (cls == BuiltinTypes.Int) return result;
            return Protocols.Call(ts, cls, [result], null);
        }));
        type.AddGetSet("real", static (ts, self) => Exact((PyInt)self));
        type.AddGetSet("imag", static (ts, self) => PyInt.Zero);
        type.AddGetSet("numerator", static (ts, self) => Exact((PyInt)self));
        type.AddGetSet("denominator", static (ts, self) => PyInt.One);
    }

    private static bool ByteOrder(ThreadState ts, PyObject? arg, string function, out bool little)
    {
        little = false;
        if (arg is null) return true;
        if (arg is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, $"{function}() argument 'byteorder' must be str, not {arg.Type.Name}");
            return false;
        }
        string text = s.Chars;
        if (text == "little") little = true;
        else if (text != "big")
        {
            ts.SetError(PyExc.ValueError, "byteorder must be either 'little' or 'big'");
            return false;
        }
        return true;
    }

    /// <summary>CPython's int size: 24 bytes of header plus 4 per 30-bit digit (at least one, zero included).</summary>
    internal static long SizeOf(PyInt i)
    {
        var bits = i.IsSmall ? (i.Small == long.MinValue ? 64 : 64 - BitOperations.LeadingZeroCount((ulong)Math.Abs(i.Small)))
                             : (long)BigInteger.Abs(i.Value).GetBitLength();
        return 24 + 4 * Math.Max(1, (bits + 29) / 30);
    }

    /// <summary>round(i, ndigits): ndigits ≥ 0 leaves the int; a negative one rounds half to even to 10**-ndigits.</summary>
    private static PyObject? Round(ThreadState ts, PyInt i, PyInt ndigits)
    {
        if (ndigits.Sign >= 0) return Exact(i);
        if (!ndigits.IsSmall || ndigits.Small < -100000) return PyInt.Zero;
        var pow = BigInteger.Pow(10, (int)-ndigits.Small);
        var q = FloorDiv(i.Value, pow, out var rem);
        // Round half to even on the remainder in [0, pow).
        var twice = rem * 2;
        int c = twice.CompareTo(pow);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return PyInt.Create(q * pow);
    }
}
