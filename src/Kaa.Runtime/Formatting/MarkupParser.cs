namespace Kaa.Runtime.Formatting;

/// <summary>
/// One piece of a str.format template: literal text, then optionally a replacement field
/// <c>{field_name!conversion:format_spec}</c> (the tuples of <c>_string.formatter_parser</c>).
/// </summary>
public readonly record struct MarkupPiece(
    string Literal,
    bool FieldPresent,
    string FieldName,
    /// <summary>Null when the field has no ':' part... and for no field at all; "" for an empty spec.</summary>
    string FormatSpec,
    /// <summary>The conversion character after '!', 0 when none.</summary>
    int Conversion,
    /// <summary>The spec contains '{': it is itself a template to expand first.</summary>
    bool SpecNeedsExpanding);

/// <summary>
/// The template scanner of str.format (unicode_format.h's MarkupIterator and parse_field), over code
/// points: '{{' and '}}' are literal braces, '[' ... ']' in a field name may contain any character.
/// </summary>
public sealed class MarkupParser
{
    private readonly int[] _s;
    private int _pos;
    private readonly int _end;

    public MarkupParser(int[] codePoints, int start, int end)
    {
        _s = codePoints;
        _pos = start;
        _end = end;
    }

    public MarkupParser(string template) : this(CodePoints.Of(template), 0, CodePoints.Count(template)) { }

    public bool AtEnd => _pos >= _end;

    /// <summary>The next piece; false at the end. An error result ends the parse.</summary>
    public bool Next(out MarkupPiece piece, out PyError? error)
    {
        piece = default;
        error = null;
        if (_pos >= _end) return false;
        int start = _pos;
        int c = 0;
        bool markupFollows = false;
        while (_pos < _end)
        {
            c = _s[_pos++];
            if (c is '{' or '}')
            {
                markupFollows = true;
                break;
            }
        }
        bool atEnd = _pos >= _end;
        int length = _pos - start;
        if (c == '}' && markupFollows && (atEnd || _s[_pos] != '}'))
        {
            error = PyError.Value("Single '}' encountered in format string");
            return false;
        }
        if (atEnd && c == '{' && markupFollows)
        {
            error = PyError.Value("Single '{' encountered in format string");
            return false;
        }
        if (!atEnd && markupFollows)
        {
            if (_s[_pos] == c)
            {
                // A doubled brace: literal text including one brace, no field.
                _pos++;
                markupFollows = false;
            }
            else length--;
        }
        string literal = Text(start, start + length);
        if (!markupFollows)
        {
            piece = new MarkupPiece(literal, false, "", "", 0, false);
            return true;
        }
        if (ParseField(out string fieldName, out string spec, out int conversion, out bool expand) is { } fieldError)
        {
            error = fieldError;
            return false;
        }
        piece = new MarkupPiece(literal, true, fieldName, spec, conversion, expand);
        return true;
    }

    private PyError? ParseField(out string fieldName, out string spec, out int conversion, out bool expand)
    {
        fieldName = spec = "";
        conversion = 0;
        expand = false;
        int nameStart = _pos;
        int c = 0;
        while (_pos < _end)
        {
            c = _s[_pos++];
            if (c == '{') return PyError.Value("unexpected '{' in field name");
            if (c == '[')
            {
                while (_pos < _end && _s[_pos] != ']') _pos++;
                continue;
            }
            if (c is '}' or ':' or '!') break;
        }
        fieldName = Text(nameStart, _pos - 1 >= nameStart ? _pos - 1 : nameStart);
        if (c is '!' or ':')
        {
            if (c == '!')
            {
                if (_pos >= _end) return PyError.Value("end of string while looking for conversion specifier");
                conversion = _s[_pos++];
                if (_pos < _end)
                {
                    c = _s[_pos++];
                    if (c == '}') return null;
                    if (c != ':') return PyError.Value("expected ':' after conversion specifier");
                }
            }
            int specStart = _pos;
            int depth = 1;
            while (_pos < _end)
            {
                c = _s[_pos++];
                if (c == '{')
                {
                    expand = true;
                    depth++;
                }
                else if (c == '}' && --depth == 0)
                {
                    spec = Text(specStart, _pos - 1);
                    return null;
                }
            }
            return PyError.Value("unmatched '{' in format spec");
        }
        if (c != '}') return PyError.Value("expected '}' before end of string");
        return null;
    }

    private string Text(int start, int end)
    {
        var sb = new System.Text.StringBuilder(end - start);
        for (int i = start; i < end; i++) sb.AppendCodePoint(_s[i]);
        return sb.ToString();
    }
}
