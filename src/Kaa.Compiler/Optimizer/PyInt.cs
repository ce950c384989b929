using System.Numerics;

namespace Kaa.Compiler.Optimizer;

/// <summary>
/// Python int semantics over the constant representation (a <see cref="long"/> when it fits, else a
/// <see cref="BigInteger"/>; bool counts as int). Each operation returns false where Python raises.
/// Shared by the AST optimiser and, later, the runtime's int type.
/// </summary>
public static class PyInt
{
    /// <summary>The canonical constant for an integer value: long when it fits, else BigInteger.</summary>
    public static object Normalize(BigInteger value)
        => value >= long.MinValue && value <= long.MaxValue ? (object)(long)value : value; // object-typed: a long must stay a long

    /// <summary>True for Python ints, bools included (they are an int subclass).</summary>
    public static bool IsIntLike(object? value) => value is long or BigInteger or bool;

    public static BigInteger ToBig(object value) => value switch
    {
        long l => l,
        BigInteger b => b,
        bool f => f ? BigInteger.One : BigInteger.Zero,
        _ => throw new ArgumentException("not an int", nameof(value)),
    };

    /// <summary>_PyLong_NumBits: the bit length of |v|.</summary>
    public static long BitLength(BigInteger v) => v.IsZero ? 0 : (long)BigInteger.Abs(v).GetBitLength();

    public static bool TryFloorDivide(BigInteger a, BigInteger b, out BigInteger result)
    {
        result = default;
        if (b.IsZero) return false;
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) q -= 1;
        result = q;
        return true;
    }

    public static bool TryModulo(BigInteger a, BigInteger b, out BigInteger result)
    {
        result = default;
        if (b.IsZero) return false;
        var r = BigInteger.Remainder(a, b);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) r += b;
        result = r;
        return true;
    }

    public static bool TryLeftShift(BigInteger a, BigInteger count, out BigInteger result)
    {
        result = default;
        if (count.Sign < 0) return false; // ValueError: negative shift count
        if (a.IsZero) { result = BigInteger.Zero; return true; }
        if (count > int.MaxValue) return false; // MemoryError/OverflowError in CPython
        result = a << (int)count;
        return true;
    }

    public static bool TryRightShift(BigInteger a, BigInteger count, out BigInteger result)
    {
        result = default;
        if (count.Sign < 0) return false;
        if (count >= BitLength(a)) { result = a.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero; return true; }
        result = a >> (int)count; // arithmetic shift: floors, as Python does
        return true;
    }

    /// <summary>int ** int with a non-negative exponent (the negative case is float pow).</summary>
    public static bool TryPowNonNegative(BigInteger a, BigInteger e, out BigInteger result)
    {
        result = default;
        if (e.IsZero) { result = BigInteger.One; return true; }
        if (a.IsZero) { result = BigInteger.Zero; return true; }
        if (a.IsOne) { result = BigInteger.One; return true; }
        if (a == BigInteger.MinusOne) { result = e.IsEven ? BigInteger.One : BigInteger.MinusOne; return true; }
        if (e > 1_000_000) return false; // far beyond anything the optimiser lets through
        result = BigInteger.Pow(a, (int)e);
        return true;
    }

    /// <summary>PyLong_AsDouble: correctly rounded (half to even); false on OverflowError.</summary>
    public static bool TryToDouble(BigInteger v, out double result)
    {
        if (v >= -(1L << 53) && v <= (1L << 53))
        {
            result = (double)(long)v;
            return true;
        }
        result = FloatBits.Round(BigInteger.Abs(v), 0, sticky: false);
        if (double.IsInfinity(result)) return false;
        if (v.Sign < 0) result = -result;
        return true;
    }

    public static bool TryToDouble(object v, out double result) => TryToDouble(ToBig(v), out result);

    /// <summary>long_true_divide: the correctly rounded quotient; false on ZeroDivisionError/OverflowError.</summary>
    public static bool TryTrueDivide(BigInteger a, BigInteger b, out double result)
    {
        result = 0;
        if (b.IsZero) return false;
        const long exact = 1L << 53;
        if (a >= -exact && a <= exact && b >= -exact && b <= exact)
        {
            result = (double)(long)a / (double)(long)b;
            return true;
        }
        bool negate = (a.Sign < 0) != (b.Sign < 0);
        var n = BigInteger.Abs(a);
        var d = BigInteger.Abs(b);
        if (n.IsZero)
        {
            result = negate ? -0.0 : 0.0;
            return true;
        }
        // Scale so that the integer quotient carries at least 55 significant bits, then round once.
        long shift = 55 - (BitLength(n) - BitLength(d));
        if (shift > 0) n <<= (int)shift;
        else if (shift < 0) d <<= (int)-shift;
        var q = BigInteger.DivRem(n, d, out var r);
        result = FloatBits.Round(q, -shift, sticky: !r.IsZero);
        if (double.IsInfinity(result)) return false;
        if (negate) result = -result;
        return true;
    }
}

/// <summary>Correct rounding of a big binary fraction to a double.</summary>
internal static class FloatBits
{
    /// <summary>
    /// The double nearest to mantissa × 2^exponent (+ a bit below the last if <paramref name="sticky"/>),
    /// ties to even, with subnormals; infinity when it overflows. <paramref name="mantissa"/> ≥ 0.
    /// </summary>
    public static double Round(BigInteger mantissa, long exponent, bool sticky)
    {
        if (mantissa.IsZero) return 0.0;
        long bits = (long)mantissa.GetBitLength();
        long topExponent = bits - 1 + exponent; // value in [2^top, 2^(top+1))
        if (topExponent > 1024) return double.PositiveInfinity;
        // Significant bits available: 53 for normal numbers, fewer in the subnormal range.
        long precision = topExponent >= -1022 ? 53 : 53 - (-1022 - topExponent);
        if (precision < 0) return 0.0;
        long drop = bits - precision;
        if (drop > 0)
        {
            var kept = mantissa >> (int)drop;
            var half = BigInteger.One << (int)(drop - 1);
            var rest = mantissa - (kept << (int)drop);
            int cmp = rest.CompareTo(half);
            if (cmp > 0 || (cmp == 0 && (sticky || !kept.IsEven))) kept += 1;
            mantissa = kept;
            exponent += drop;
        }
        // mantissa has at most 54 bits now (53 + a carry), so the conversion below is exact.
        return Math.ScaleB((double)(ulong)mantissa, (int)Math.Clamp(exponent, -2000, 2000));
    }
}
