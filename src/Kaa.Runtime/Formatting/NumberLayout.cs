using System.Text;

namespace Kaa.Runtime.Formatting;

/// <summary>
/// Lays out a formatted number as the format-spec mini-language places it (formatter_unicode.c's
/// calc_number_widths and fill_number):
/// <c>[lpadding][sign][prefix][spadding][grouped digits][.][remainder][rpadding]</c>.
/// Only one padding is non-empty. With fill '0' and '=' alignment the padding becomes leading
/// zeros inside the grouped digits (so "0=10,d" gives "00,001,234" — CPython's grouping of zeros).
/// </summary>
internal static class NumberLayout
{
    /// <summary>A larger output is reported as MemoryError instead of being attempted.</summary>
    private const long MaxLength = 1L << 30;

    /// <param name="negative">The number is negative (its '-' is not part of <paramref name="digits"/>).</param>
    /// <param name="prefix">"0x", "0o", "0b" or "" (placed after the sign, before zero padding).</param>
    /// <param name="digits">The integer-part digits (ASCII).</param>
    /// <param name="hasDecimal">A decimal point follows the digits.</param>
    /// <param name="remainder">What follows the decimal point (fraction, exponent, '%'), or the
    /// character of 'c' formatting (then <paramref name="digits"/> is empty).</param>
    public static FormatResult Build(in FormatSpec spec, bool negative, string prefix, ReadOnlySpan<char> digits,
        bool hasDecimal, string remainder, Grouping grouping, bool toUpper)
    {
        var sb = new StringBuilder();
        if (Append(sb, spec, negative, prefix, digits, hasDecimal, remainder, grouping, toUpper) is { } error)
            return error;
        return sb.ToString();
    }

    public static PyError? Append(StringBuilder sb, in FormatSpec spec, bool negative, string prefix,
        ReadOnlySpan<char> digits, bool hasDecimal, string remainder, Grouping grouping, bool toUpper)
    {
        char sign = spec.Sign switch
        {
            '+' => negative ? '-' : '+',
            ' ' => negative ? '-' : ' ',
            _ => negative ? '-' : '\0',
        };
        int nSign = sign == '\0' ? 0 : 1;
        long nRemainder = CodePoints.Count(remainder);
        long nonDigits = nSign + prefix.Length + (hasDecimal ? 1 : 0) + nRemainder;
        long minWidth = spec.Fill == '0' && spec.Align == '=' ? spec.Width - nonDigits : 0;
        if (minWidth > MaxLength) return new PyError(PyErrorKind.MemoryError, "");

        string grouped = digits.Length == 0 ? "" : Group(digits, minWidth, grouping);
        long padding = spec.Width - (nonDigits + grouped.Length);
        if (padding > MaxLength) return new PyError(PyErrorKind.MemoryError, "");
        long left = 0, middle = 0, right = 0;
        if (padding > 0)
        {
            switch (spec.Align)
            {
                case '<': right = padding; break;
                case '^': left = padding / 2; right = padding - left; break;
                case '=': middle = padding; break;
                default: left = padding; break;
            }
        }

        sb.AppendRepeated(spec.Fill, left);
        if (nSign == 1) sb.Append(sign);
        sb.Append(toUpper ? prefix.ToUpperInvariant() : prefix);
        sb.AppendRepeated(spec.Fill, middle);
        sb.Append(toUpper ? grouped.ToUpperInvariant() : grouped);
        if (hasDecimal) sb.Append('.');
        sb.Append(remainder);
        sb.AppendRepeated(spec.Fill, right);
        return null;
    }

    /// <summary>
    /// The digits with separators every 3 (or 4) digits from the right, left-padded with zeros to at
    /// least <paramref name="minWidth"/> characters (separators count; CPython's
    /// _PyUnicode_InsertThousandsGrouping). A group is never left as a bare separator, so the result can
    /// be one longer than asked: format(1234, '08,') is '0,001,234'.
    /// </summary>
    public static string Group(ReadOnlySpan<char> digits, long minWidth, Grouping grouping)
    {
        if (minWidth < 0) minWidth = 0;
        int groupSize = grouping switch
        {
            Grouping.Comma or Grouping.Underscore => 3,
            Grouping.UnderscoreEveryFour => 4,
            _ => 0,
        };
        char separator = grouping == Grouping.Comma ? ',' : '_';
        long remaining = digits.Length;
        if (groupSize == 0)
        {
            long len = Math.Max(Math.Max(remaining, minWidth), 1);
            return len == remaining ? digits.ToString() : new string('0', (int)(len - remaining)) + digits.ToString();
        }

        // Filled from the right end of a buffer large enough for every digit, zero and separator.
        long capacity = Math.Max(remaining, minWidth) + 1;
        capacity += capacity / groupSize + 1;
        var buffer = new char[capacity];
        int pos = buffer.Length;
        int digitPos = digits.Length;
        bool useSeparator = false;
        while (true)
        {
            long len = Math.Min(groupSize, Math.Max(Math.Max(remaining, minWidth), 1));
            long zeros = Math.Max(0, len - remaining);
            long chars = Math.Max(0, Math.Min(remaining, len));
            if (useSeparator) buffer[--pos] = separator;
            for (long i = 0; i < chars; i++) buffer[--pos] = digits[--digitPos];
            for (long i = 0; i < zeros; i++) buffer[--pos] = '0';
            useSeparator = true;
            remaining -= chars;
            minWidth -= len;
            if (remaining <= 0 && minWidth <= 0) break;
            minWidth -= 1; // the separator's width
        }
        return new string(buffer, pos, buffer.Length - pos);
    }
}
