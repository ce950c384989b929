using System.Numerics;
using Kaa.Compiler.Hashing;
using Kaa.Runtime.Formatting;

namespace Kaa.Runtime;

/// <summary>
/// The slots and members of <c>int</c>. Every operator has a <see cref="long"/> fast path (no allocation
/// for results in the small-int cache) and a <see cref="BigInteger"/> path with CPython's semantics:
/// floor division and modulo, correctly rounded true division, shifts by huge counts, pow with a modulus.
/// </summary>
internal static partial class IntSlots
{
    internal static void Install(PyType type)
    {
        type.Repr = static (ts, self) => Repr(ts, (PyInt)self);
        type.Hash = static (ts, self) =>
        {
            var i = (PyInt)self;
            return i.TryGetLong(out long v) ? PyHash.HashInt(v) : PyHash.HashInt(i.Value);
        };
        type.Bool = static (ts, self) => ((PyInt)self).Sign != 0 ? 1 : 0;
        type.Index = static (ts, self) => Exact((PyInt)self);
        type.Int = type.Index;
        type.Float = static (ts, self) =>
        {
            var i = (PyInt)self;
            if (i.IsSmall && IntSlots.IsExactDouble(i.Small)) return PyFloat.Create(i.Small);
            return ToDouble(ts, i, out double d) ? PyFloat.Create(d) : null;
        };
        type.Negative = static (ts, self) =>
        {
            var i = (PyInt)self;
            return i.IsSmall && i.Small != long.MinValue ? PyInt.Create(-i.Small) : PyInt.Create(-i.Value);
        };
        type.Positive = type.Index;
        type.Absolute = static (ts, self) =>
        {
            var i = (PyInt)self;
            if (i.Sign >= 0) return Exact(i);
            return i.IsSmall && i.Small != long.MinValue ? PyInt.Create(-i.Small) : PyInt.Create(-i.Value);
        };
        type.Invert = static (ts, self) =>
        {
            var i = (PyInt)self;
            return i.IsSmall ? PyInt.Create(~i.Small) : PyInt.Create(-i.Value - 1);
        };
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
            return PyBool.From(CompareResult(Compare(x, y), op));
        };

        type.NumberBinary[(int)BinaryOp.Add] = static (ts, a, b) =>
        {
            if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
            if (x.IsSmall && y.IsSmall)
            {
                long l = x.Small, r = y.Small, s = l + r;
                if (((l ^ s) & (r ^ s)) >= 0) return PyInt.Create(s);
            }
            return PyInt.Create(x.Value + y.Value);
        };
        type.NumberBinary[(int)BinaryOp.Subtract] = static (ts, a, b) =>
        {
            if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
            if (x.IsSmall && y.IsSmall)
            {
                long l = x.Small, r = y.Small, s = l - r;
                if (((l ^ r) & (l ^ s)) >= 0) return PyInt.Create(s);
            }
            return PyInt.Create(x.Value - y.Value);
        };
        type.NumberBinary[(int)BinaryOp.Multiply] = static (ts, a, b) =>
        {
            if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
            if (x.IsSmall && y.IsSmall)
            {
                long hi = Math.BigMul(x.Small, y.Small, out long lo);
                if (hi == (lo >> 63)) return PyInt.Create(lo);
            }
            return PyInt.Create(x.Value * y.Value);
        };
        type.NumberBinary[(int)BinaryOp.FloorDivide] = static (ts, a, b) =>
        {
            if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
            if (y.Sign == 0) return ts.ZeroDivisionError("integer division or modulo by zero");
            if (x.IsSmall && y.IsSmall && !(x.Small == long.MinValue && y.Small == -1))
            {
                long q = Math.DivRem(x.Small, y.Small, out long r);
                if (r != 0 && (r ^ y.Small) < 0) q--;
                return PyInt.Create(q);
            }
            return PyInt.Create(FloorDiv(x.Value, y.Value, out _));
        };
        type.NumberBinary[(int)BinaryOp.Remainder] = static (ts, a, b) =>
        {
            if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
            if (y.Sign == 0) return ts.ZeroDivisionError("integer modulo by zero");
            if (x.IsSmall && y.IsSmall)
            {
                if (y.Small == -1) return PyInt.Zero;
                long r = x.Small % y.Small;
                if (r != 0 && (r ^ y.Small) < 0) r += y.Small;
                return PyInt.Create(r);
            }
            FloorDiv(x.Value, y.Value, out var rem);
            return PyInt.Create(rem);
        };
        type.DivMod = static (ts, a, b) =>
        {
            if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
            if (y.Sign == 0) return ts.ZeroDivisionError("integer division or modulo by zero");
            var q = FloorDiv(x.Value, y.Value, out var r);
            return PyTuple.Create(PyInt.Create(q), PyInt.Create(r));
        };
        type.NumberBinary[(int)BinaryOp.TrueDivide] = static (ts, a, b) =>
        {
            if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
            return TrueDivide(ts, x, y);
        };
        type.NumberBinary[(int)BinaryOp.And] = static (ts, a, b) =>
        {
            if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
            return x.IsSmall && y.IsSmall ? PyInt.Create(x.Small & y.Small) : PyInt.Create(x.Value & y.Value);
        };
        type.NumberBinary[(int)BinaryOp.Or] = static (ts, a, b) =>
        {
            if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
            return x.IsSmall && y.IsSmall ? PyInt.Create(x.Small | y.Small) : PyInt.Create(x.Value | y.Value);
        };
        type.NumberBinary[(int)BinaryOp.Xor] = static (ts, a, b) =>
        {
            if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
            return x.IsSmall && y.IsSmall ? PyInt.Create(x.Small ^ y.Small) : PyInt.Create(x.Value ^ y.Value);
        };
        type.NumberBinary[(int)BinaryOp.LShift] = static (ts, a, b) =>
        {
            if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
            return LeftShift(ts, x, y);
        };
        type.NumberBinary[(int)BinaryOp.RShift] = static (ts, a, b) =>
        {
            if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
            if (y.Sign < 0) return ts.ValueError("negative shift count");
            if (x.Sign == 0) return PyInt.Zero;
            if (!y.IsSmall || y.Small >= 1L << 40) return x.Sign < 0 ? PyInt.MinusOne : PyInt.Zero;
            if (x.IsSmall) return PyInt.Create(y.Small >= 64 ? (x.Small < 0 ? -1 : 0) : x.Small >> (int)y.Small);
            if (y.Small > int.MaxValue) return x.Sign < 0 ? PyInt.MinusOne : PyInt.Zero;
            return PyInt.Create(x.Value >> (int)y.Small);
        };
        type.Power = static (ts, a, b, c) =>
        {
            if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
            if (c is PyNone) return Power(ts, x, y);
            if (c is not PyInt m) return PyNotImplemented.Instance;
            return ModularPower(ts, x, y, m);
        };
        type.New = New;
        InstallMethods(type);
    }

    // ---- shared helpers (float and complex use these too) -------------------------------------------

    /// <summary>The value as an exact int (self for an exact int; a copy for a subclass or bool).</summary>
    internal static PyInt Exact(PyInt i)
    {
        if (i.Type == BuiltinTypes.Int) return i;
        return i.IsSmall ? PyInt.Create(i.Small) : PyInt.Create(i.Value);
    }

    /// <summary>Raises the error a formatting/parsing routine reported; returns null.</summary>
    internal static PyObject? Raise(ThreadState ts, PyError error)
    {
        var type = error.Kind switch
        {
            PyErrorKind.OverflowError => PyExc.OverflowError,
            PyErrorKind.TypeError => PyExc.TypeError,
            PyErrorKind.KeyError => PyExc.KeyError,
            PyErrorKind.IndexError => PyExc.IndexError,
            PyErrorKind.AttributeError => PyExc.AttributeError,
            PyErrorKind.MemoryError => PyExc.MemoryError,
            _ => PyExc.ValueError,
        };
        return ts.Raise(type, error.Message);
    }

    /// <summary>float(i), correctly rounded; false with OverflowError set when out of range.</summary>
    internal static bool ToDouble(ThreadState ts, PyInt i, out double d)
    {
        if (i.IsSmall && IntSlots.IsExactDouble(i.Small))
        {
            d = i.Small;
            return true;
        }
        var r = IntFormatter.ToDouble(i.Value);
        if (r.IsError)
        {
            d = 0;
            Raise(ts, r.Error);
            return false;
        }
        d = r.Value;
        return true;
    }

    /// <summary>True when |v| ≤ 2**53: the long converts to a double exactly (no overflow on long.MinValue).</summary>
    internal static bool IsExactDouble(long v) => (ulong)(v + (1L << 53)) <= 1UL << 54;

    internal static int Compare(PyInt x, PyInt y)
        => x.IsSmall && y.IsSmall ? x.Small.CompareTo(y.Small) : x.Value.CompareTo(y.Value);

    internal static bool CompareResult(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    private static PyObject? Repr(ThreadState ts, PyInt i)
    {
        if (i.IsSmall)
        {
            // Straight from the digits to the str (inline when short): no .NET string made first.
            Span<char> digits = stackalloc char[20];
            i.Small.TryFormat(digits, out int written, provider: System.Globalization.CultureInfo.InvariantCulture);
            return PyStr.FromChars(digits[..written]);
        }
        var r = IntFormatter.ToDecimal(i.Value, ts.Interp.IntMaxStrDigits);
        return r.IsError ? Raise(ts, r.Error) : PyStr.FromChars(r.Value);
    }

    /// <summary>Floor division: the quotient rounded toward minus infinity; the remainder takes the divisor's sign.</summary>
    internal static BigInteger FloorDiv(BigInteger a, BigInteger b, out BigInteger rem)
    {
        var q = BigInteger.DivRem(a, b, out rem);
        if (!rem.IsZero && (rem.Sign < 0) != (b.Sign < 0))
        {
            q -= 1;
            rem += b;
        }
        return q;
    }

    /// <summary>
    /// a / b correctly rounded (CPython's long_true_divide): exact when both fit 53 bits, otherwise from
    /// an integer quotient with two guard bits and a sticky bit, rounded half to even at the precision the
    /// result has (subnormal results included).
    /// </summary>
    internal static PyObject? TrueDivide(ThreadState ts, PyInt x, PyInt y)
    {
        if (y.Sign == 0) return ts.ZeroDivisionError("division by zero");
        if (x.IsSmall && y.IsSmall && IsExactDouble(x.Small) && IsExactDouble(y.Small))
            return PyFloat.Create((double)x.Small / y.Small);
        bool negative = (x.Sign < 0) != (y.Sign < 0);
        if (x.Sign == 0) return PyFloat.Create(negative ? -0.0 : 0.0);
        var a = BigInteger.Abs(x.Value);
        var b = BigInteger.Abs(y.Value);
        long diff = (long)a.GetBitLength() - (long)b.GetBitLength();
        // a/b lies in [2**(diff-1), 2**(diff+1)).
        if (diff > 1025) return ts.OverflowError("integer division result too large for a float");
        if (diff < -1078) return PyFloat.Create(negative ? -0.0 : 0.0);
        // The quotient's last kept bit is 2**p: 53 bits for a normal result, never below 2**-1074; two more
        // guard bits below it.
        long p = Math.Max(diff - 54, -1074) - 2;
        BigInteger num = a, den = b;
        if (p < 0) num <<= (int)-p; else den <<= (int)p;
        var q = BigInteger.DivRem(num, den, out var rem);
        long bits = (long)q.GetBitLength();
        int extra = (int)Math.Max(2, bits - 53);
        var low = q & ((BigInteger.One << extra) - 1);
        q >>= extra;
        var half = BigInteger.One << (extra - 1);
        int c = low.CompareTo(half);
        if (c > 0 || (c == 0 && (!rem.IsZero || !q.IsEven))) q += 1;
        double d = Math.ScaleB((double)q, (int)(p + extra));
        if (double.IsInfinity(d)) return ts.OverflowError("integer division result too large for a float");
        return PyFloat.Create(negative ? -d : d);
    }

    private static PyObject? LeftShift(ThreadState ts, PyInt x, PyInt y)
    {
        if (y.Sign < 0) return ts.ValueError("negative shift count");
        if (x.Sign == 0) return PyInt.Zero;
        if (!y.IsSmall || y.Small > int.MaxValue) return ts.OverflowError("too many digits in integer");
        int n = (int)y.Small;
        if (x.IsSmall && n < 63)
        {
            long v = x.Small;
            long shifted = v << n;
            if (shifted >> n == v) return PyInt.Create(shifted);
        }
        if ((long)x.Value.GetBitLength() + n > 1L << 34) return ts.MemoryError();
        return PyInt.Create(x.Value << n);
    }

    private static PyObject? Power(ThreadState ts, PyInt x, PyInt y)
    {
        if (y.Sign < 0)
        {
            // A negative exponent gives a float (float_pow on the converted operands).
            if (!ToDouble(ts, x, out double fx) || !ToDouble(ts, y, out double fy)) return null;
            return FloatSlots.Power(ts, fx, fy);
        }
        if (x.IsSmall && y.IsSmall)
        {
            long b = x.Small, e = y.Small, result = 1;
            bool overflow = false;
            while (e > 0)
            {
                if ((e & 1) != 0)
                {
                    long hi = Math.BigMul(result, b, out long lo);
                    if (hi != (lo >> 63)) { overflow = true; break; }
                    result = lo;
                }
                e >>= 1;
                if (e == 0) break;
                long h2 = Math.BigMul(b, b, out long l2);
                if (h2 != (l2 >> 63)) { overflow = true; break; }
                b = l2;
            }
            if (!overflow) return PyInt.Create(result);
        }
        var bv = x.Value;
        if (bv.IsZero) return y.Sign == 0 ? PyInt.One : PyInt.Zero;
        if (bv.IsOne) return PyInt.One;
        if (bv == BigInteger.MinusOne) return y.Value.IsEven ? PyInt.One : PyInt.MinusOne;
        if (!y.IsSmall || y.Small > int.MaxValue || (double)bv.GetBitLength() * y.Small > 1L << 34) return ts.MemoryError();
        return PyInt.Create(BigInteger.Pow(bv, (int)y.Small));
    }

    private static PyObject? ModularPower(ThreadState ts, PyInt x, PyInt y, PyInt z)
    {
        if (z.Sign == 0) return ts.ValueError("pow() 3rd argument cannot be 0");
        var m = BigInteger.Abs(z.Value);
        var b = x.Value;
        var e = y.Value;
        if (e.Sign < 0)
        {
            // A negative exponent: the modular inverse of the base, raised to -e.
            if (!TryModInverse(b, m, out var inverse)) return ts.ValueError("base is not invertible for the given modulus");
            b = inverse;
            e = -e;
        }
        b %= m;
        if (b.Sign < 0) b += m;
        var r = m.IsOne ? BigInteger.Zero : BigInteger.ModPow(b, e, m);
        if (z.Sign < 0 && !r.IsZero) r -= m;
        return PyInt.Create(r);
    }

    private static bool TryModInverse(BigInteger a, BigInteger m, out BigInteger inverse)
    {
        a %= m;
        if (a.Sign < 0) a += m;
        BigInteger oldR = a, r = m, oldS = 1, s = 0;
        while (!r.IsZero)
        {
            var q = BigInteger.DivRem(oldR, r, out var rem);
            (oldR, r) = (r, rem);
            (oldS, s) = (s, oldS - q * s);
        }
        if (!oldR.IsOne)
        {
            inverse = 0;
            return m.IsOne;
        }
        inverse = oldS % m;
        if (inverse.Sign < 0) inverse += m;
        return true;
    }

    // ---- int(x), int(x, base) -------------------------------------------------------------------------

    private static readonly ArgSpec s_newSpec = new("int", ["x", "base"], required: 0, positionalOnly: 1);

    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_newSpec.Parse(ts, args, kwnames, a)) return null;
        PyObject? x = a[0], baseArg = a[1];
        PyInt? value;
        if (baseArg is null)
        {
            if (x is null) return type == BuiltinTypes.Int ? PyInt.Zero : PyInt.CreateSubclassInstance(type, 0);
            value = ToInt(ts, x);
        }
        else
        {
            if (!Protocols.AsIndex(ts, baseArg, out long b, null)) return null;
            if (x is null) return ts.TypeError("int() missing string argument");
            if (b != 0 && (b < 2 || b > 36)) return ts.ValueError("int() base must be >= 2 and <= 36, or 0");
            if (x is PyStr s) value = Parse(ts, s, (int)b);
            else if (PyBytes.TryCopyBytesLike(ts, x, anyBuffer: false, out var bytes)) value = ParseBytes(ts, bytes, (int)b);
            else return ts.TypeError("int() can't convert non-string with explicit base");
        }
        if (value is null) return null;
        return type == BuiltinTypes.Int ? value : PyInt.CreateSubclassInstance(type, value.Value);
    }

    private static PyInt? Parse(ThreadState ts, PyStr s, int @base)
    {
        var r = IntParser.Parse(s.Chars, @base, ts.Interp.IntMaxStrDigits);
        if (r.IsError) { Raise(ts, r.Error); return null; }
        return PyInt.Create(r.Value);
    }

    private static PyInt? ParseBytes(ThreadState ts, byte[] data, int @base)
    {
        var r = IntParser.Parse(data, @base, ts.Interp.IntMaxStrDigits);
        if (r.IsError) { Raise(ts, r.Error); return null; }
        return PyInt.Create(r.Value);
    }

    /// <summary>int(x) with one argument (PyNumber_Long): __int__, __index__, __trunc__, then text.</summary>
    internal static PyInt? ToInt(ThreadState ts, PyObject x)
    {
        if (x.Type == BuiltinTypes.Int) return (PyInt)x;
        if (x.Type.Int is { } intSlot)
        {
            var r = intSlot(ts, x);
            if (r is null) return null;
            if (r is not PyInt ri)
            {
                ts.SetError(PyExc.TypeError, $"__int__ returned non-int (type {r.Type.Name})");
                return null;
            }
            if (ri.Type != BuiltinTypes.Int && !WarningsModule.Warn(ts, PyExc.DeprecationWarning,
                    $"__int__ returned non-int (type {ri.Type.Name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python."))
                return null;
            return Exact(ri);
        }
        if (x.Type.Index is not null) return Protocols.Index(ts, x) is { } idx ? Exact(idx) : null;
        var trunc = Protocols.LookupSpecial(ts, x, PyStr.Intern("__trunc__"));
        if (trunc is not null)
        {
            if (!WarningsModule.Warn(ts, PyExc.DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.")) return null;
            var r = Protocols.Call(ts, trunc, [], null);
            if (r is null) return null;
            if (r is PyInt ri) return Exact(ri);
            if (r.Type.Index is null)
            {
                ts.SetError(PyExc.TypeError, $"__trunc__ returned non-Integral (type {r.Type.Name})");
                return null;
            }
            return Protocols.Index(ts, r) is { } idx ? Exact(idx) : null;
        }
        else if (ts.CurrentException is not null) return null;
        if (x is PyStr s) return Parse(ts, s, 10);
        if (PyBytes.TryCopyBytesLike(ts, x, anyBuffer: true, out var b)) return ParseBytes(ts, b, 10);
        ts.SetError(PyExc.TypeError, $"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'");
        return null;
    }
}
