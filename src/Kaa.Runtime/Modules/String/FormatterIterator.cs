namespace Kaa.Runtime;

/// <summary>
/// <c>formatteriterator</c>: what <c>_string.formatter_parser(s)</c> returns — (literal_text, field_name,
/// format_spec, conversion) for each piece of a format string, parsed lazily as str.format parses it.
/// </summary>
internal sealed class FormatterIterator : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("formatteriterator", (PyType?)null, TypeFlags.None, Install);

    private readonly PyStr _s;
    private int _pos;

    internal FormatterIterator(PyStr s) : base(TypeObject) => _s = s;

    private PyObject? Fail(ThreadState ts, string message)
    {
        _pos = _s.Length;
        return ts.ValueError(message);
    }

    private static PyObject? Next(ThreadState ts, PyObject self)
    {
        var it = (FormatterIterator)self;
        var s = it._s;
        int end = s.Length;
        int pos = it._pos;
        if (pos >= end) return null;
        int literalStart = pos;
        int c = 0;
        bool markup = false;
        while (pos < end)
        {
            c = s[pos++];
            if (c is '{' or '}') { markup = true; break; }
        }
        bool atEnd = pos >= end;
        int len = pos - literalStart;
        if (c == '}' && markup && (atEnd || s[pos] != '}')) return it.Fail(ts, "Single '}' encountered in format string");
        if (atEnd && c == '{' && markup) return it.Fail(ts, "Single '{' encountered in format string");
        if (!atEnd && markup)
        {
            if (s[pos] == c)
            {
                pos++;
                markup = false;
            }
            else len--;
        }
        var literal = s.Substring(literalStart, literalStart + len);
        if (!markup)
        {
            it._pos = pos;
            return PyTuple.Create([literal, PyNone.Instance, PyNone.Instance, PyNone.Instance]);
        }
        int nameStart = pos;
        c = 0;
        while (pos < end)
        {
            c = s[pos++];
            if (c == '{') return it.Fail(ts, "unexpected '{' in field name");
            if (c == '[')
            {
                while (pos < end && s[pos] != ']') pos++;
                continue;
            }
            if (c is '}' or ':' or '!') break;
        }
        int nameEnd = pos - 1;
        int conversion = 0;
        int specStart = 0, specEnd = 0;
        if (c is '!' or ':')
        {
            bool done = false;
            if (c == '!')
            {
                if (pos >= end) return it.Fail(ts, "end of string while looking for conversion specifier");
                conversion = s[pos++];
                if (pos < end)
                {
                    int next = s[pos++];
                    if (next == '}') done = true;
                    else if (next != ':') return it.Fail(ts, "expected ':' after conversion specifier");
                }
            }
            if (!done)
            {
                specStart = pos;
                int count = 1;
                bool closed = false;
                while (pos < end)
                {
                    int ch = s[pos++];
                    if (ch == '{') count++;
                    else if (ch == '}' && --count == 0)
                    {
                        specEnd = pos - 1;
                        closed = true;
                        break;
                    }
                }
                if (!closed) return it.Fail(ts, "unmatched '{' in format spec");
            }
        }
        else if (c != '}') return it.Fail(ts, "expected '}' before end of string");
        it._pos = pos;
        PyObject conv = conversion == 0 ? PyNone.Instance : PyStr.FromCodePoint(conversion);
        return PyTuple.Create([literal, s.Substring(nameStart, nameEnd), s.Substring(specStart, specEnd), conv]);
    }

    private static void Install(PyType type)
    {
        type.Iter = static (ts, self) => self;
        type.IterNext = Next;
    }
}
