using System.Globalization;
using System.Numerics;
using System.Text;

namespace Kaa.Runtime.Formatting;

/// <summary>float.hex() and float.fromhex() as CPython 3.11 writes and reads them.</summary>
public static class FloatHex
{
    /// <summary>x.hex(): "0x1.8000000000000p+1", "-0x0.0p+0", subnormals as "0x0.…p-1022", inf and nan as repr.</summary>
    public static string ToHex(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x)) return FloatFormatter.Repr(x);
        bool negative = double.IsNegative(x);
        if (x == 0) return negative ? "-0x0.0p+0" : "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(x);
        int biased = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        int lead = biased == 0 ? 0 : 1;
        int exp = biased == 0 ? -1022 : biased - 1023;
        var sb = new StringBuilder(24);
        if (negative) sb.Append('-');
        sb.Append("0x").Append(lead).Append('.').Append(fraction.ToString("x13", CultureInfo.InvariantCulture));
        sb.Append('p').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>float.fromhex(s): <c>[sign]["0x"]hexdigits["." hexdigits]["p" [sign] digits]</c>, or inf/nan; round-half-even.</summary>
    public static ParseResult<double> FromHex(string s)
    {
        int pos = 0, end = s.Length;
        char At(int i) => i < end ? s[i] : '\0';
        while (pos < end && NumericInput.IsAsciiSpace(s[pos])) pos++;

        double x;
        bool negative = false;
        if (ParseInfOrNan(s, ref pos) is { } special) x = special;
        else
        {
            if (At(pos) == '-') { negative = true; pos++; }
            else if (At(pos) == '+') pos++;
            if (At(pos) == '0' && At(pos + 1) is 'x' or 'X') pos += 2;

            BigInteger coefficient = BigInteger.Zero;
            long digits = 0, fractionDigits = 0;
            while (HexValue(At(pos)) is >= 0 and var d) { coefficient = coefficient * 16 + d; digits++; pos++; }
            if (At(pos) == '.')
            {
                pos++;
                while (HexValue(At(pos)) is >= 0 and var d) { coefficient = coefficient * 16 + d; digits++; fractionDigits++; pos++; }
            }
            if (digits == 0) return Invalid();
            long exp = 0;
            if (At(pos) is 'p' or 'P')
            {
                pos++;
                bool expNegative = false;
                if (At(pos) is '-' or '+') { expNegative = At(pos) == '-'; pos++; }
                if (!char.IsAsciiDigit(At(pos))) return Invalid();
                while (char.IsAsciiDigit(At(pos)))
                {
                    if (exp < 1L << 50) exp = exp * 10 + (At(pos) - '0'); // saturates like strtol
                    pos++;
                }
                if (expNegative) exp = -exp;
            }
            var value = Scale(coefficient, exp - 4 * fractionDigits);
            if (value is not { } v) return PyError.Overflow("hexadecimal value too large to represent as a float");
            x = v;
        }
        while (pos < end && NumericInput.IsAsciiSpace(s[pos])) pos++;
        if (pos != end) return Invalid();
        return negative ? -x : x;
    }

    private static PyError Invalid() => PyError.Value("invalid hexadecimal floating-point string");

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>_Py_parse_inf_or_nan: [sign](inf|infinity|nan), any case, as a prefix of s[pos..].</summary>
    private static double? ParseInfOrNan(string s, ref int pos)
    {
        int p = pos;
        bool negative = false;
        if (p < s.Length && s[p] is '-' or '+') { negative = s[p] == '-'; p++; }
        var rest = s.AsSpan(p);
        if (rest.StartsWith("inf", StringComparison.OrdinalIgnoreCase))
        {
            p += rest.StartsWith("infinity", StringComparison.OrdinalIgnoreCase) ? 8 : 3;
            pos = p;
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }
        if (rest.StartsWith("nan", StringComparison.OrdinalIgnoreCase))
        {
            pos = p + 3;
            return negative ? FloatParser.NegativeNaN : FloatParser.PositiveNaN;
        }
        return null;
    }

    /// <summary>coefficient × 2^exp correctly rounded (half even); null on overflow.</summary>
    private static double? Scale(BigInteger coefficient, long exp)
    {
        if (coefficient.IsZero) return 0.0;
        long length = (long)coefficient.GetBitLength();
        long top = length + exp; // the value lies in [2^(top-1), 2^top)
        if (top > 1024) return null;
        if (top < -1074) return 0.0;
        long lsb = Math.Max(top, -1021) - 53; // weight of the last bit kept
        if (exp >= lsb) return Math.ScaleB((double)(long)coefficient, (int)exp);
        int shift = (int)(lsb - exp);
        BigInteger kept = coefficient >> shift;
        BigInteger rest = coefficient - (kept << shift);
        int c = (rest << 1).CompareTo(BigInteger.One << shift);
        if (c > 0 || (c == 0 && !kept.IsEven)) kept += 1;
        double result = Math.ScaleB((double)(long)kept, (int)lsb);
        return double.IsInfinity(result) ? null : result;
    }
}
