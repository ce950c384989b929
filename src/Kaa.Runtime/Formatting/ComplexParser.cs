namespace Kaa.Runtime.Formatting;

/// <summary>
/// complex(str) as CPython 3.11 parses it: <c>&lt;float&gt;</c>, <c>&lt;float&gt;j</c>,
/// <c>&lt;float&gt;&lt;signed-float&gt;j</c>, and the old forms <c>&lt;float&gt;&lt;sign&gt;j</c>,
/// <c>&lt;sign&gt;j</c>, <c>j</c>; optionally in parentheses, with white space around, underscores
/// between digits and Unicode decimal digits.
/// </summary>
public static class ComplexParser
{
    public static ParseResult<(double Real, double Imag)> Parse(string text)
    {
        string s = NumericInput.ToAscii(text);
        if (s.Contains('_'))
        {
            // Underscores follow float()'s rule; a misplaced one gets float()'s kind of message.
            string? cleaned = FloatParser.RemoveUnderscores(s);
            if (cleaned is null) return PyError.Value("could not convert string to complex: " + NumericInput.Repr(text));
            s = cleaned;
        }
        return ParseAscii(s) is { } value ? value : PyError.Value("complex() arg is a malformed string");
    }

    private static (double, double)? ParseAscii(string text)
    {
        var s = text.AsSpan();
        int pos = 0;
        char At(ReadOnlySpan<char> span, int i) => i < span.Length ? span[i] : '\0';
        while (NumericInput.IsAsciiSpace(At(s, pos))) pos++;
        bool bracket = false;
        if (At(s, pos) == '(')
        {
            bracket = true;
            pos++;
            while (NumericInput.IsAsciiSpace(At(s, pos))) pos++;
        }

        double x = 0, y = 0;
        if (FloatParser.ScanPrefix(s[pos..], out int length) is { } z)
        {
            pos += length;
            if (At(s, pos) is '+' or '-')
            {
                x = z;
                if (FloatParser.ScanPrefix(s[pos..], out int imagLength) is { } imag)
                {
                    y = imag;
                    pos += imagLength;
                }
                else
                {
                    y = At(s, pos) == '+' ? 1.0 : -1.0;
                    pos++;
                }
                if (At(s, pos) is not ('j' or 'J')) return null;
                pos++;
            }
            else if (At(s, pos) is 'j' or 'J')
            {
                pos++;
                y = z;
            }
            else x = z;
        }
        else
        {
            if (At(s, pos) is '+' or '-')
            {
                y = At(s, pos) == '+' ? 1.0 : -1.0;
                pos++;
            }
            else y = 1.0;
            if (At(s, pos) is not ('j' or 'J')) return null;
            pos++;
        }
        while (NumericInput.IsAsciiSpace(At(s, pos))) pos++;
        if (bracket)
        {
            if (At(s, pos) != ')') return null;
            pos++;
            while (NumericInput.IsAsciiSpace(At(s, pos))) pos++;
        }
        return pos == s.Length ? (x, y) : null;
    }
}
