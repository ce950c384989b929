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

    /// <summary>Up to this many significant digits the 128-bit path is tried first.</summary>
    private const int MaxFastDigits = 36;

    /// <summary>10^0 .. 10^38, the powers of ten a UInt128 holds.</summary>
    private static readonly UInt128[] Pow10 = MakePowersOfTen();

    private static UInt128[] MakePowersOfTen()
    {
        var table = new UInt128[39];
        table[0] = 1;
        for (int i = 1; i < table.Length; i++) table[i] = table[i - 1] * 10;
        return table;
    }

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
        if (ndigits <= MaxFastDigits && SignificantFast(d, ndigits, out digits, out decpt)) return;
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
        if (RoundScaledFast(d, ndigits, out UInt128 fast, out _))
        {
            FromScaled(fast, ndigits, out digits, out decpt);
            return;
        }
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

    /// <summary>
    /// Mode 2 in 128-bit arithmetic: guesses the decimal exponent from Log10 and corrects it when
    /// the rounded digits come out one too many or too few. False when the numbers do not fit.
    /// </summary>
    private static bool SignificantFast(double d, int ndigits, out string digits, out int decpt)
    {
        digits = "";
        decpt = 0;
        int k = (int)Math.Floor(Math.Log10(d));
        UInt128 low = Pow10[ndigits - 1], high = Pow10[ndigits];
        for (int attempt = 0; attempt < 3; attempt++)
        {
            // The unrounded quotient tells whether 10^k <= d < 10^(k+1).
            if (!RoundScaledFast(d, ndigits - 1 - k, out UInt128 n, out UInt128 truncated)) return false;
            if (truncated >= high) k++;
            else if (truncated < low) k--;
            else
            {
                if (n == high)
                {
                    // Rounding carried into a new digit: 9.99 to two digits is 10.
                    n = low;
                    k++;
                }
                digits = n.ToString().TrimEnd('0');
                decpt = k + 1;
                return true;
            }
        }
        return false;
    }

    /// <summary>Digits and decimal point of round(d × 10^p) = <paramref name="n"/>, as <see cref="Fixed"/> reports them.</summary>
    private static void FromScaled(UInt128 n, int p, out string digits, out int decpt)
    {
        if (n == 0)
        {
            digits = "";
            decpt = -p;
            return;
        }
        string s = n.ToString();
        decpt = s.Length - p;
        digits = s.TrimEnd('0');
    }

    /// <summary>round-half-even(d × 10^p) and floor(d × 10^p) when every intermediate fits in 128 bits.</summary>
    private static bool RoundScaledFast(double d, int p, out UInt128 result, out UInt128 truncated)
    {
        result = truncated = 0;
        if (p > 38 || p < -38) return false;
        long bits = BitConverter.DoubleToInt64Bits(d);
        int biased = (int)((bits >> 52) & 0x7FF);
        ulong mantissa = (ulong)bits & 0xFFFFFFFFFFFFFUL;
        int exp;
        if (biased == 0) exp = -1074;
        else
        {
            mantissa |= 1UL << 52;
            exp = biased - 1075;
        }
        int tz = BitOperations.TrailingZeroCount(mantissa);
        mantissa >>= tz;
        exp += tz;
        int mantissaBits = 64 - BitOperations.LeadingZeroCount(mantissa);
        // num = mantissa × 2^max(exp,0) × 10^max(p,0); den = 2^max(-exp,0) × 10^max(-p,0)
        UInt128 tenPower = Pow10[Math.Abs(p)];
        int tenBits = 128 - (int)UInt128.LeadingZeroCount(tenPower);
        int numBits = mantissaBits + Math.Max(exp, 0) + (p > 0 ? tenBits : 0);
        int denBits = 1 + Math.Max(-exp, 0) + (p < 0 ? tenBits : 0);
        if (numBits > 127 || denBits > 127) return false;
        UInt128 num = (UInt128)mantissa << Math.Max(exp, 0);
        if (p > 0) num *= tenPower;
        if (exp >= 0 && p >= 0)
        {
            result = truncated = num;
            return true;
        }
        UInt128 den = (UInt128)1 << Math.Max(-exp, 0);
        if (p < 0) den *= tenPower;
        UInt128 q = UInt128.DivRem(num, den).Quotient;
        UInt128 r = num - q * den;
        truncated = q;
        UInt128 twice = r << 1;
        if (twice > den || (twice == den && (q & 1) != 0)) q++;
        result = q;
        return true;
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
