using System.Text;
using Kaa.Syntax.Text;

namespace Kaa.Runtime.Formatting;

/// <summary>Options of <see cref="FloatFormatter.ToString(double, char, int, FloatFlags)"/> (pystrtod.h's Py_DTSF_*).</summary>
[Flags]
public enum FloatFlags
{
    None = 0,
    /// <summary>Always write a sign ('+' for non-negative values, inf and nan included).</summary>
    Sign = 1,
    /// <summary>An integral value without exponent gets ".0" (repr, str, format with no type).</summary>
    AddDot0 = 2,
    /// <summary>The '#' alternate form: keep the decimal point and, for 'g', trailing zeros.</summary>
    Alternate = 4,
    /// <summary>The 'z' option: a result that reads as negative zero loses its '-'.</summary>
    NoNegativeZero = 8,
}

/// <summary>
/// float to text, as CPython 3.11 does it: repr/str, PyOS_double_to_string's 'e' 'f' 'g' 'r' codes
/// (used by format() and by %-formatting), and float.__format__.
/// </summary>
public static class FloatFormatter
{
    /// <summary>repr(x) and str(x): the shortest round-trip digits, exponent outside 1e-4 ≤ |x| &lt; 1e16.</summary>
    public static string Repr(double x) => PyRepr.FloatRepr(x);

    /// <summary>str(x): the same as repr(x) since Python 3.2.</summary>
    public static string Str(double x) => PyRepr.FloatRepr(x);

    /// <summary>Precisions whose output would be larger than this are refused with MemoryError.</summary>
    public const int MaxPaddedPrecision = 1 << 27;

    /// <summary>
    /// Whether formatting with this code and precision would write about <paramref name="precision"/>
    /// characters beyond <see cref="MaxPaddedPrecision"/> (the caller reports MemoryError). 'g' without
    /// '#' writes only significant digits, so any precision is fine there.
    /// </summary>
    public static bool TooLarge(char code, long precision, bool alternate)
        => precision > MaxPaddedPrecision && (code is 'e' or 'E' or 'f' or 'F' or '%' || alternate);

    /// <summary>
    /// PyOS_double_to_string (precision at most <see cref="MaxPaddedPrecision"/> unless <see cref="TooLarge"/>
    /// says otherwise): <paramref name="code"/> is 'e', 'E', 'f', 'F', 'g', 'G' (with
    /// <paramref name="precision"/>) or 'r' (shortest digits; precision must be 0).
    /// </summary>
    public static string ToString(double value, char code, int precision, FloatFlags flags)
    {
        bool upper = code is 'E' or 'F' or 'G';
        char format = char.ToLowerInvariant(code);
        bool negative = double.IsNegative(value);
        var sb = new StringBuilder(24);

        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            // The sign of a nan is never shown.
            if (double.IsNaN(value)) negative = false;
            if (negative) sb.Append('-');
            else if ((flags & FloatFlags.Sign) != 0) sb.Append('+');
            sb.Append(double.IsNaN(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return sb.ToString();
        }

        string digits;
        int decpt;
        double magnitude = Math.Abs(value);
        switch (format)
        {
            case 'e':
                precision++;
                Digits(magnitude, 2, precision, out digits, out decpt);
                break;
            case 'f':
                Digits(magnitude, 3, precision, out digits, out decpt);
                break;
            case 'g':
                if (precision == 0) precision = 1;
                Digits(magnitude, 2, precision, out digits, out decpt);
                break;
            case 'r':
                FloatDigits.Shortest(magnitude, out digits, out decpt);
                break;
            default:
                throw new ArgumentException($"bad format code '{code}'", nameof(code));
        }

        if ((flags & FloatFlags.NoNegativeZero) != 0 && negative && (digits.Length == 0 || digits == "0"))
            negative = false;

        if (negative) sb.Append('-');
        else if ((flags & FloatFlags.Sign) != 0) sb.Append('+');
        LayOut(sb, digits, decpt, format, precision, (flags & FloatFlags.AddDot0) != 0,
            (flags & FloatFlags.Alternate) != 0, upper);
        return sb.ToString();
    }

    private static void Digits(double magnitude, int mode, int ndigits, out string digits, out int decpt)
    {
        if (magnitude == 0)
        {
            // dtoa's answer for zero in every mode.
            digits = "0";
            decpt = 1;
        }
        else if (mode == 2) FloatDigits.Significant(magnitude, ndigits, out digits, out decpt);
        else FloatDigits.Fixed(magnitude, ndigits, out digits, out decpt);
    }

    /// <summary>
    /// format_float_short's layout: the slice [start, end) of the digit string padded with zeros on
    /// both sides, with the decimal point at decpt and an optional exponent.
    /// </summary>
    private static void LayOut(StringBuilder sb, string digits, int decpt, char format, int precision,
        bool addDot0, bool alternate, bool upper)
    {
        int digitsLen = digits.Length;
        int end = digitsLen;
        bool useExp = false;
        switch (format)
        {
            case 'e':
                useExp = true;
                end = precision;
                break;
            case 'f':
                end = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alternate) end = precision;
                break;
            case 'r':
                if (decpt <= -4 || decpt > 16) useExp = true;
                break;
        }
        int exp = 0;
        if (useExp)
        {
            exp = decpt - 1;
            decpt = 1;
        }
        int start = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) end = Math.Max(end, decpt + 1);
        else end = Math.Max(end, decpt);

        if (decpt <= 0)
        {
            sb.Append('0', decpt - start).Append('.').Append('0', -decpt);
        }
        else sb.Append('0', -start);

        if (0 < decpt && decpt <= digitsLen)
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digitsLen - decpt);
        else sb.Append(digits);

        if (digitsLen < decpt)
            sb.Append('0', decpt - digitsLen).Append('.').Append('0', end - decpt);
        else sb.Append('0', end - digitsLen);

        if (sb[^1] == '.' && !alternate) sb.Length--;

        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e').Append(exp < 0 ? '-' : '+');
            int a = Math.Abs(exp);
            if (a < 10) sb.Append('0');
            sb.Append(a);
        }
    }

    /// <summary>format(x, spec) for a float.</summary>
    public static FormatResult Format(double value, string spec, string typeName = "float")
    {
        if (spec.Length == 0) return Repr(value);
        var parsed = FormatSpec.Parse(spec, 0, '>', typeName);
        if (parsed.IsError) return parsed.Error;
        return Format(value, parsed.Value, typeName);
    }

    /// <summary>float.__format__ with a parsed spec; also int.__format__ for 'e' 'f' 'g' '%' after conversion.</summary>
    public static FormatResult Format(double value, in FormatSpec spec, string typeName = "float")
    {
        switch (spec.Type)
        {
            case 0 or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%':
                break;
            default:
                return FormatSpec.UnknownType(spec.Type, typeName);
        }
        if (spec.Precision > int.MaxValue) return PyError.Value("precision too big");
        if (TooLarge(spec.Type == 0 ? 'g' : (char)spec.Type, spec.Precision, spec.Alternate)) return new PyError(PyErrorKind.MemoryError, "");
        string text = FormatNumber(value, spec, out bool addPercent);
        if (addPercent) text += "%";

        if (spec.Sign != '+' && spec.Sign != ' ' && spec.Width == -1 && spec.Type != 'n' && spec.Grouping == Grouping.None)
            return text;
        return Place(text, spec);
    }

    /// <summary>The number as PyOS_double_to_string writes it for this spec, before padding and grouping.</summary>
    internal static string FormatNumber(double value, in FormatSpec spec, out bool addPercent)
    {
        int precision = (int)spec.Precision;
        int defaultPrecision = 6;
        int type = spec.Type;
        var flags = FloatFlags.None;
        if (spec.Alternate) flags |= FloatFlags.Alternate;
        if (spec.NoNegativeZero) flags |= FloatFlags.NoNegativeZero;
        if (type == 0)
        {
            // No type: like repr without precision, else like 'g' with at least one digit after the point.
            flags |= FloatFlags.AddDot0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') type = 'g';
        addPercent = false;
        if (type == '%')
        {
            type = 'f';
            value *= 100;
            addPercent = true;
        }
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        return ToString(value, (char)type, precision, flags);
    }

    /// <summary>Splits "-123.45e+06" into sign, integer digits and the rest, then pads and groups it.</summary>
    internal static FormatResult Place(string text, in FormatSpec spec)
    {
        bool negative = text.Length > 0 && text[0] == '-';
        int index = negative ? 1 : 0;
        int digitsEnd = index;
        while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd])) digitsEnd++;
        bool hasDecimal = digitsEnd < text.Length && text[digitsEnd] == '.';
        string remainder = text[(hasDecimal ? digitsEnd + 1 : digitsEnd)..];
        // 'n' uses the current locale; Kaa runs in the C locale, which does not group.
        var grouping = spec.Type == 'n' ? Grouping.None : spec.Grouping;
        return NumberLayout.Build(spec, negative, "", text.AsSpan(index, digitsEnd - index), hasDecimal, remainder,
            grouping, toUpper: false);
    }
}
