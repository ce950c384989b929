using Kaa.Syntax.Text;

namespace Kaa.Runtime.Formatting;

/// <summary>How digits are grouped (the ',' and '_' options; '_' groups by four for b/o/x/X).</summary>
public enum Grouping : byte
{
    None,
    Comma,
    Underscore,
    UnderscoreEveryFour,
}

/// <summary>
/// A parsed format spec of the mini-language: <c>[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]</c>
/// (formatter_unicode.c's InternalFormatSpec). Code points throughout: <see cref="Fill"/> and
/// <see cref="Type"/> may be any code point; 0 in <see cref="Type"/> means "not given".
/// </summary>
public readonly record struct FormatSpec
{
    public int Fill { get; init; }
    public char Align { get; init; }
    /// <summary>'+', '-', ' ' or '\0' when not given.</summary>
    public char Sign { get; init; }
    /// <summary>The 'z' option (3.11): a negative zero result loses its sign.</summary>
    public bool NoNegativeZero { get; init; }
    public bool Alternate { get; init; }
    /// <summary>-1 when not given.</summary>
    public long Width { get; init; }
    public Grouping Grouping { get; init; }
    /// <summary>-1 when not given.</summary>
    public long Precision { get; init; }
    public int Type { get; init; }

    /// <summary>
    /// Parses <paramref name="spec"/> (non-empty) as CPython does for an object of type <paramref name="typeName"/>,
    /// whose default presentation type and alignment are given (str: 's', '&lt;'; int: 'd', '&gt;';
    /// float and complex: 0, '&gt;').
    /// </summary>
    public static ParseResult<FormatSpec> Parse(string spec, int defaultType, char defaultAlign, string typeName)
    {
        // Specs are short: decode the code points on the stack.
        Span<int> s = spec.Length <= 64 ? stackalloc int[spec.Length] : new int[spec.Length];
        s = s[..CodePoints.Decode(spec, s)];
        int pos = 0, end = s.Length;
        int fill = ' ';
        char align = defaultAlign;
        char sign = '\0';
        bool noNegZero = false, alternate = false, alignGiven = false, fillGiven = false;
        long width = -1, precision = -1;
        var grouping = Grouping.None;
        int type = defaultType;

        if (end - pos >= 2 && IsAlign(s[pos + 1]))
        {
            align = (char)s[pos + 1];
            fill = s[pos];
            fillGiven = alignGiven = true;
            pos += 2;
        }
        else if (end - pos >= 1 && IsAlign(s[pos]))
        {
            align = (char)s[pos];
            alignGiven = true;
            pos++;
        }
        if (end - pos >= 1 && s[pos] is '+' or '-' or ' ')
        {
            sign = (char)s[pos];
            pos++;
        }
        if (end - pos >= 1 && s[pos] == 'z')
        {
            noNegZero = true;
            pos++;
        }
        if (end - pos >= 1 && s[pos] == '#')
        {
            alternate = true;
            pos++;
        }
        // A leading '0' before the width means fill with zeros after the sign (when no fill was given).
        if (!fillGiven && end - pos >= 1 && s[pos] == '0')
        {
            fill = '0';
            if (!alignGiven && defaultAlign == '>') align = '=';
            pos++;
        }
        if (ReadInteger(s, ref pos, out long value) is { } widthError) return widthError;
        if (value >= 0) width = value;

        if (end - pos > 0 && s[pos] == ',')
        {
            grouping = Grouping.Comma;
            pos++;
        }
        if (end - pos > 0 && s[pos] == '_')
        {
            if (grouping != Grouping.None) return BothSeparators();
            grouping = Grouping.Underscore;
            pos++;
        }
        if (end - pos > 0 && s[pos] == ',' && grouping == Grouping.Underscore) return BothSeparators();

        if (end - pos > 0 && s[pos] == '.')
        {
            pos++;
            if (ReadInteger(s, ref pos, out value) is { } precisionError) return precisionError;
            if (value < 0) return PyError.Value("Format specifier missing precision");
            precision = value;
        }

        if (end - pos > 1)
            return PyError.Value($"Invalid format specifier '{spec}' for object of type '{typeName}'");
        if (end - pos == 1) type = s[pos];

        if (grouping != Grouping.None)
        {
            switch (type)
            {
                case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or 0:
                    break;
                case 'b' or 'o' or 'x' or 'X' when grouping == Grouping.Underscore:
                    grouping = Grouping.UnderscoreEveryFour;
                    break;
                default:
                    char sep = grouping == Grouping.Comma ? ',' : '_';
                    return PyError.Value(type > 32 && type < 128
                        ? $"Cannot specify '{sep}' with '{(char)type}'."
                        : $"Cannot specify '{sep}' with '\\x{type:x}'.");
            }
        }

        return new FormatSpec
        {
            Fill = fill, Align = align, Sign = sign, NoNegativeZero = noNegZero, Alternate = alternate,
            Width = width, Grouping = grouping, Precision = precision, Type = type,
        };
    }

    /// <summary>CPython's error for a presentation type the object's type does not support.</summary>
    public static PyError UnknownType(int type, string typeName)
        => PyError.Value(type > 32 && type < 128
            ? $"Unknown format code '{(char)type}' for object of type '{typeName}'"
            : $"Unknown format code '\\x{type:x}' for object of type '{typeName}'");

    private static bool IsAlign(int c) => c is '<' or '>' or '=' or '^';

    private static PyError BothSeparators() => PyError.Value("Cannot specify both ',' and '_'.");

    /// <summary>
    /// Reads decimal digits (any Unicode decimal digit counts, as in CPython); <paramref name="value"/>
    /// is -1 when there are none. Returns the error for a number beyond Py_ssize_t.
    /// </summary>
    private static PyError? ReadInteger(ReadOnlySpan<int> s, ref int pos, out long value)
    {
        long acc = 0;
        int count = 0;
        for (; pos < s.Length; pos++, count++)
        {
            int cp = s[pos];
            int digit = cp is >= '0' and <= '9' ? cp - '0' : cp < 128 ? -1 : UnicodeDatabase.DecimalValue(cp);
            if (digit < 0) break;
            if (acc > (long.MaxValue - digit) / 10)
            {
                value = -1;
                return PyError.Value("Too many decimal digits in format string");
            }
            acc = acc * 10 + digit;
        }
        value = count == 0 ? -1 : acc;
        return null;
    }
}
