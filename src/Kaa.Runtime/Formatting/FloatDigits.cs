using System.Globalization;
using System.Numerics;
using Kaa.Syntax.Text;

namespace Kaa.Runtime.Formatting;

/// <summary>
/// The decimal digits of a double as David Gay's dtoa returns them (the modes CPython uses): a digit
/// string without trailing zeros and the position of the decimal point (<c>decpt</c>: the value is
/// 0.DIGITS × 10^decpt). Rounding is round-half-even on the exact binary value, computed with
/// big integers, so any precision is exact (.NET's "F"/"E" round ties away from zero).
/// </summary>
internal static class FloatDigits
{
    private const int MaxSignificantDigits = 800;
    private const int MaxFractionDigits = 1100;

    /// <summary>Mode 0: the shortest digits that read back as <paramref name="d"/> (repr).</summary>
    public static void Shortest(double d, out string digits, out int decpt)
    {
        // PyRepr already computes the shortest round-trip form; read its digits back.
        string repr = PyRepr.FloatRepr(Math.Abs(d));
        int e = repr.IndexOf('e');
        string mantissa = e >= 0 ? repr[..e] : repr;
        int exp = e >= 0 ? int.Parse(repr.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        int dot = mantissa.IndexOf('.');
        string all = dot >= 0 ? string.Concat(mantissa.AsSpan(0, dot), mantissa.AsSpan(dot + 1)) : mantissa;
        int intLen = dot >= 0 ? dot : mantissa.Length;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') lead++;
        digits = all[lead..].TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
            decpt = 1;
            return;
        }
        decpt = intLen - lead + exp;
    }

    /// <summary>
    /// Mode 2: <paramref name="ndigits"/> (≥ 1) significant digits, correctly rounded.
    /// <paramref name="d"/> is finite and positive.
    /// </summary>
    public static void Significant(double d, int ndigits, out string digits, out int decpt)
    {
        // A double has at most 767 significant decimal digits: more requested digits are all zeros.
        ndigits = Math.Min(ndigits, MaxSignificantDigits);
        Exact(d, out BigInteger num, out BigInteger den);
        int k = (int)Math.Floor(Math.Log10(d));
        if (CompareWithPow10(num, den, k) < 0) k--;
        else if (CompareWithPow10(num, den, k + 1) >= 0) k++;
        // 10^k <= d < 10^(k+1): scale so that ndigits digits are left of the point.
        BigInteger n = RoundScaled(num, den, ndigits - 1 - k);
        if (n == BigInteger.Pow(10, ndigits))
        {
            n = BigInteger.Pow(10, ndigits - 1);
            k++;
        }
        digits = n.ToString(CultureInfo.InvariantCulture).TrimEnd('0');
        decpt = k + 1;
    }

    /// <summary>
    /// Mode 3: rounded to <paramref name="ndigits"/> places after the decimal point (negative: before it).
    /// When the result rounds to zero the digits are empty and decpt is -ndigits, as dtoa reports it.
    /// <paramref name="d"/> is finite and positive.
    /// </summary>
    public static void Fixed(double d, int ndigits, out string digits, out int decpt)
    {
        // No double has more than 1074 digits after the point.
        ndigits = Math.Min(ndigits, MaxFractionDigits);
        Exact(d, out BigInteger num, out BigInteger den);
        BigInteger n = RoundScaled(num, den, ndigits);
        if (n.IsZero)
        {
            digits = "";
            decpt = -ndigits;
            return;
        }
        string s = n.ToString(CultureInfo.InvariantCulture);
        decpt = s.Length - ndigits;
        digits = s.TrimEnd('0');
    }

    /// <summary>d = num / den exactly (den a power of two).</summary>
    private static void Exact(double d, out BigInteger num, out BigInteger den)
    {
        long bits = BitConverter.DoubleToInt64Bits(d);
        int biased = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        int exp;
        if (biased == 0) exp = -1074;
        else
        {
            mantissa |= 1L << 52;
            exp = biased - 1075;
        }
        if (exp >= 0)
        {
            num = new BigInteger(mantissa) << exp;
            den = BigInteger.One;
        }
        else
        {
            // Drop common factors of two to keep the numbers small.
            int tz = BitOperations.TrailingZeroCount(mantissa);
            int shift = Math.Min(tz, -exp);
            num = new BigInteger(mantissa >> shift);
            den = BigInteger.One << (-exp - shift);
        }
    }

    /// <summary>Sign of num/den − 10^k.</summary>
    private static int CompareWithPow10(BigInteger num, BigInteger den, int k)
        => k >= 0 ? num.CompareTo(den * BigInteger.Pow(10, k)) : (num * BigInteger.Pow(10, -k)).CompareTo(den);

    /// <summary>round-half-even(num/den × 10^p).</summary>
    private static BigInteger RoundScaled(BigInteger num, BigInteger den, int p)
    {
        if (p >= 0) num *= BigInteger.Pow(10, p);
        else den *= BigInteger.Pow(10, -p);
        BigInteger q = BigInteger.DivRem(num, den, out BigInteger r);
        int c = (r << 1).CompareTo(den);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q;
    }
}
