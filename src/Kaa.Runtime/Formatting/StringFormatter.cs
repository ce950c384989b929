using System.Text;

namespace Kaa.Runtime.Formatting;

/// <summary>
/// str.__format__: fill, alignment, width and precision (truncation). The value is a .NET string read
/// as code points (<see cref="CodePoints"/>): width and precision count code points, not UTF-16 units.
/// </summary>
public static class StringFormatter
{
    public static FormatResult Format(string value, string spec, string typeName = "str")
    {
        if (spec.Length == 0) return value;
        var parsed = FormatSpec.Parse(spec, 's', '<', typeName);
        if (parsed.IsError) return parsed.Error;
        return Format(value, parsed.Value, typeName);
    }

    public static FormatResult Format(string value, in FormatSpec spec, string typeName = "str")
    {
        if (spec.Type != 's') return FormatSpec.UnknownType(spec.Type, typeName);
        if (spec.Sign == ' ') return PyError.Value("Space not allowed in string format specifier");
        if (spec.Sign != '\0') return PyError.Value("Sign not allowed in string format specifier");
        if (spec.NoNegativeZero) return PyError.Value("Negative zero coercion (z) not allowed in string format specifier");
        if (spec.Alternate) return PyError.Value("Alternate form (#) not allowed in string format specifier");
        if (spec.Align == '=') return PyError.Value("'=' alignment not allowed in string format specifier");
        return Pad(value, spec.Width, spec.Precision, spec.Align, spec.Fill);
    }

    /// <summary>
    /// <paramref name="value"/> cut to <paramref name="precision"/> code points (if ≥ 0) and padded with
    /// <paramref name="fill"/> to <paramref name="width"/> ('&lt;', '&gt;' or '^'; '^' puts the odd
    /// fill character on the right).
    /// </summary>
    public static FormatResult Pad(string value, long width, long precision, char align, int fill)
    {
        int length = CodePoints.Count(value);
        if ((width == -1 || width <= length) && (precision == -1 || precision >= length)) return value;
        if (precision >= 0 && length >= precision)
        {
            value = value[..CodePoints.Utf16Offset(value, (int)precision)];
            length = (int)precision;
        }
        long total = Math.Max(width, length);
        if (total > 1L << 30) return new PyError(PyErrorKind.MemoryError, "");
        long left = align switch
        {
            '>' => total - length,
            '^' => (total - length) / 2,
            _ => 0,
        };
        long right = total - length - left;
        var sb = new StringBuilder((int)total);
        sb.AppendRepeated(fill, left).Append(value).AppendRepeated(fill, right);
        return sb.ToString();
    }
}
