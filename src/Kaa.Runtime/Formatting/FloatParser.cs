using System.Globalization;
using System.Text;

namespace Kaa.Runtime.Formatting;

/// <summary>
/// float(str) as CPython 3.11 parses it: surrounding white space, single underscores between digits,
/// Unicode decimal digits, a decimal literal with optional exponent, or inf/infinity/nan in any case,
/// each with an optional sign. Correctly rounded (.NET's parser is IEEE-exact since .NET Core 3.0).
/// </summary>
public static class FloatParser
{
    // .NET's double.NaN has its sign bit set; Python's float('nan') does not, float('-nan') does.
    internal static readonly double PositiveNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);
    internal static readonly double NegativeNaN = BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8000000000000));

    public static ParseResult<double> Parse(string text)
        => ParseAscii(NumericInput.ToAscii(text)) is { } value ? value : Invalid(text);

    /// <summary>
    /// float(b) for bytes-like data (ASCII only). The message shows <paramref name="objectRepr"/>, the
    /// argument's repr; by default the data as a bytes literal.
    /// </summary>
    public static ParseResult<double> Parse(ReadOnlySpan<byte> data, string? objectRepr = null)
    {
        if (ParseAscii(IntParser.Latin1(data)) is { } value) return value;
        if (objectRepr is null)
        {
            var sb = new StringBuilder();
            Kaa.Syntax.Text.PyRepr.AppendBytes(sb, data);
            objectRepr = sb.ToString();
        }
        return PyError.Value("could not convert string to float: " + objectRepr);
    }

    private static double? ParseAscii(string s)
    {
        if (s.Contains('_'))
        {
            s = RemoveUnderscores(s)!;
            if (s is null) return null;
        }
        if (s.Contains('\0')) return null;
        int start = 0, end = s.Length;
        while (start < end && NumericInput.IsAsciiSpace(s[start])) start++;
        while (end > start && NumericInput.IsAsciiSpace(s[end - 1])) end--;
        return ParseStrict(s.AsSpan(start, end - start));
    }

    private static PyError Invalid(string text) => PyError.Value("could not convert string to float: " + NumericInput.Repr(text));

    /// <summary>Underscores only between two digits (and no NUL); null when one is misplaced.</summary>
    internal static string? RemoveUnderscores(string s)
    {
        var sb = new StringBuilder(s.Length);
        char previous = '\0';
        foreach (char c in s)
        {
            if (c == '\0') return null;
            if (c == '_')
            {
                if (!char.IsAsciiDigit(previous)) return null;
            }
            else
            {
                if (previous == '_' && !char.IsAsciiDigit(c)) return null;
                sb.Append(c);
            }
            previous = c;
        }
        return previous == '_' ? null : sb.ToString();
    }

    /// <summary>
    /// The whole of <paramref name="s"/> as <c>[sign](digits[.digits]|.digits)[(e|E)[sign]digits]</c> or
    /// <c>[sign](inf|infinity|nan)</c>; null when it is not.
    /// </summary>
    public static double? ParseStrict(ReadOnlySpan<char> s)
    {
        int pos = 0;
        bool negative = false;
        if (pos < s.Length && s[pos] is '+' or '-')
        {
            negative = s[pos] == '-';
            pos++;
        }
        var rest = s[pos..];
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
            return negative ? NegativeNaN : PositiveNaN;

        int intDigits = 0, fracDigits = 0;
        while (pos < s.Length && char.IsAsciiDigit(s[pos])) { pos++; intDigits++; }
        if (pos < s.Length && s[pos] == '.')
        {
            pos++;
            while (pos < s.Length && char.IsAsciiDigit(s[pos])) { pos++; fracDigits++; }
        }
        if (intDigits + fracDigits == 0) return null;
        int mantissaEnd = pos;
        long exponent = 0;
        if (pos < s.Length && s[pos] is 'e' or 'E')
        {
            pos++;
            bool expNegative = false;
            if (pos < s.Length && s[pos] is '+' or '-')
            {
                expNegative = s[pos] == '-';
                pos++;
            }
            int expStart = pos;
            while (pos < s.Length && char.IsAsciiDigit(s[pos]))
            {
                // Beyond any digit count a str can hold, the value is 0 or inf already.
                if (exponent < 1_000_000_000_000L) exponent = exponent * 10 + (s[pos] - '0');
                pos++;
            }
            if (pos == expStart) return null;
            if (expNegative) exponent = -exponent;
        }
        if (pos != s.Length) return null;
        return Compute(s[..mantissaEnd], exponent);
    }

    /// <summary>
    /// The longest prefix of <paramref name="s"/> that is a float literal (strtod with an end pointer):
    /// its value and length, or null when no prefix is one. An exponent without digits is not taken.
    /// </summary>
    internal static double? ScanPrefix(ReadOnlySpan<char> s, out int length)
    {
        length = 0;
        int pos = 0;
        bool negative = false;
        if (pos < s.Length && s[pos] is '+' or '-')
        {
            negative = s[pos] == '-';
            pos++;
        }
        int digitsStart = pos;
        int intDigits = 0, fracDigits = 0;
        while (pos < s.Length && char.IsAsciiDigit(s[pos])) { pos++; intDigits++; }
        if (pos < s.Length && s[pos] == '.')
        {
            int dot = pos++;
            while (pos < s.Length && char.IsAsciiDigit(s[pos])) { pos++; fracDigits++; }
            if (intDigits + fracDigits == 0) pos = dot;
        }
        if (intDigits + fracDigits == 0)
        {
            var rest = s[digitsStart..];
            if (rest.StartsWith("inf", StringComparison.OrdinalIgnoreCase))
            {
                length = digitsStart + (rest.StartsWith("infinity", StringComparison.OrdinalIgnoreCase) ? 8 : 3);
                return negative ? double.NegativeInfinity : double.PositiveInfinity;
            }
            if (rest.StartsWith("nan", StringComparison.OrdinalIgnoreCase))
            {
                length = digitsStart + 3;
                return negative ? NegativeNaN : PositiveNaN;
            }
            return null;
        }
        int mantissaEnd = pos;
        if (pos < s.Length && s[pos] is 'e' or 'E')
        {
            int p = pos + 1;
            if (p < s.Length && s[p] is '+' or '-') p++;
            if (p < s.Length && char.IsAsciiDigit(s[p]))
            {
                while (p < s.Length && char.IsAsciiDigit(s[p])) p++;
                pos = p;
            }
        }
        length = pos;
        return ParseStrict(s[..(pos > mantissaEnd ? pos : mantissaEnd)]);
    }

    private static double Compute(ReadOnlySpan<char> mantissa, long exponent)
    {
        // Leading zeros do not count; an all-zero mantissa is zero whatever the exponent.
        int significant = 0;
        int pointShift = 0; // digits after the point
        bool seenPoint = false, nonzero = false;
        foreach (char c in mantissa)
        {
            if (c is '+' or '-') continue;
            if (c == '.') { seenPoint = true; continue; }
            if (seenPoint) pointShift++;
            if (c != '0') nonzero = true;
            if (nonzero) significant++;
        }
        bool negative = mantissa.Length > 0 && mantissa[0] == '-';
        if (!nonzero) return negative ? -0.0 : 0.0;
        // The value is digits × 10^(exponent - pointShift); out of range exponents saturate.
        long scale = exponent - pointShift + significant;
        if (scale > 400) return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (scale < -400) return negative ? -0.0 : 0.0;
        var sb = new StringBuilder(mantissa.Length + 24);
        sb.Append(mantissa).Append('e').Append(exponent.ToString(CultureInfo.InvariantCulture));
        return double.Parse(sb.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
