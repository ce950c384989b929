using System.Text;

namespace Kaa.Runtime.Formatting;

/// <summary>complex to text as CPython 3.11 does it: repr/str and complex.__format__.</summary>
public static class ComplexFormatter
{
    /// <summary>repr(z): "2j", "(1+2j)", "(-0-1j)", "(nan+infj)"; parts in the shortest repr form without ".0".</summary>
    public static string Repr(double real, double imag)
    {
        if (real == 0 && !double.IsNegative(real))
            return FloatFormatter.ToString(imag, 'r', 0, FloatFlags.None) + "j";
        return "(" + FloatFormatter.ToString(real, 'r', 0, FloatFlags.None)
            + FloatFormatter.ToString(imag, 'r', 0, FloatFlags.Sign) + "j)";
    }

    public static FormatResult Format(double real, double imag, string spec, string typeName = "complex")
    {
        if (spec.Length == 0) return Repr(real, imag);
        var parsed = FormatSpec.Parse(spec, 0, '>', typeName);
        if (parsed.IsError) return parsed.Error;
        return Format(real, imag, parsed.Value, typeName);
    }

    public static FormatResult Format(double real, double imag, in FormatSpec spec, string typeName = "complex")
    {
        switch (spec.Type)
        {
            case 0 or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n':
                break;
            default:
                return FormatSpec.UnknownType(spec.Type, typeName);
        }
        if (spec.Precision > int.MaxValue) return PyError.Value("precision too big");
        if (FloatFormatter.TooLarge(spec.Type == 0 ? 'g' : (char)spec.Type, spec.Precision, spec.Alternate))
            return new PyError(PyErrorKind.MemoryError, "");
        if (spec.Fill == '0') return PyError.Value("Zero padding is not allowed in complex format specifier");
        if (spec.Align == '=') return PyError.Value("'=' alignment flag is not allowed in complex format specifier");

        int precision = (int)spec.Precision;
        int defaultPrecision = 6;
        int type = spec.Type;
        bool skipReal = false, parens = false;
        var flags = FloatFlags.None;
        if (spec.Alternate) flags |= FloatFlags.Alternate;
        if (spec.NoNegativeZero) flags |= FloatFlags.NoNegativeZero;
        if (type == 0)
        {
            // Like str(z): the real part is left out when it is +0, else parentheses.
            type = 'r';
            defaultPrecision = 0;
            if (real == 0 && !double.IsNegative(real)) skipReal = true;
            else parens = true;
        }
        if (type == 'n') type = 'g';
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';

        string re = FloatFormatter.ToString(real, (char)type, precision, flags);
        string im = FloatFormatter.ToString(imag, (char)type, precision, flags);

        // Each part is laid out without padding; the padding applies to the whole.
        var grouping = spec.Type == 'n' ? Grouping.None : spec.Grouping;
        var partSpec = spec with { Fill = '\0', Align = '<', Width = -1 };
        var body = new StringBuilder();
        if (parens) body.Append('(');
        if (!skipReal) AppendPart(body, re, partSpec, grouping);
        AppendPart(body, im, skipReal ? partSpec : partSpec with { Sign = '+' }, grouping);
        body.Append('j');
        if (parens) body.Append(')');
        return StringFormatter.Pad(body.ToString(), spec.Width, -1, spec.Align, spec.Fill);
    }

    private static void AppendPart(StringBuilder sb, string text, in FormatSpec spec, Grouping grouping)
    {
        bool negative = text[0] == '-';
        int index = negative ? 1 : 0;
        int digitsEnd = index;
        while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd])) digitsEnd++;
        bool hasDecimal = digitsEnd < text.Length && text[digitsEnd] == '.';
        string remainder = text[(hasDecimal ? digitsEnd + 1 : digitsEnd)..];
        NumberLayout.Append(sb, spec, negative, "", text.AsSpan(index, digitsEnd - index), hasDecimal, remainder,
            grouping, toUpper: false);
    }
}
