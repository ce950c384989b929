using Kaa.Syntax.Text;

namespace Kaa.Runtime;

/// <summary>
/// <c>str.format</c> and <c>str.format_map</c>: the replacement-field grammar
/// (<c>{field_name!conversion:format_spec}</c>, with <c>.attr</c> and <c>[key]</c> lookups, automatic or
/// manual numbering, nested fields in the spec up to two levels), and <c>str.__format__</c>.
/// </summary>
internal static class StrFormat
{
    internal static void Install(PyType type)
    {
        type.AddMethod("format", static (ts, self, args, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            var positional = PyTuple.FromSpan(args[..(args.Length - nkw)]);
            PyDict? kwargs = null;
            if (nkw > 0)
            {
                kwargs = new PyDict();
                for (int i = 0; i < nkw; i++) kwargs.SetItem(ts, kw!.Items[i], args[args.Length - nkw + i]);
            }
            return Format(ts, (PyStr)self, positional, kwargs);
        });
        type.AddMethod("format_map", static (ts, self, mapping) => Format(ts, (PyStr)self, null, mapping));
    }

    /// <summary>Auto-numbering state shared by a format string and the fields nested in its specs.</summary>
    private sealed class AutoNumber
    {
        public int State; // 0: not yet known, 1: automatic, 2: manual
        public int Next;
    }

    public static PyObject? Format(ThreadState ts, PyStr format, PyTuple? args, PyObject? kwargs)
    {
        // Without braces the result is the format string itself (CPython returns the same object).
        if (!format.IsWide && !format.Bmp.ContainsAny('{', '}')) return format;
        return Build(ts, format, 0, format.Length, args, kwargs, 2, new AutoNumber());
    }

    private static PyStr? Build(ThreadState ts, PyStr s, int start, int end, PyTuple? args, PyObject? kwargs, int depth, AutoNumber auto)
    {
        if (depth <= 0)
        {
            ts.SetError(PyExc.ValueError, "Max string recursion exceeded");
            return null;
        }
        var sb = new PyStrBuilder();
        int pos = start;
        while (pos < end)
        {
            // Literal text up to a brace.
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
            if (c == '}' && markup && (atEnd || s[pos] != '}'))
                return Fail(ts, "Single '}' encountered in format string");
            if (atEnd && c == '{' && markup)
                return Fail(ts, "Single '{' encountered in format string");
            if (markup)
            {
                if (s[pos] == c)
                {
                    pos++; // an escaped brace: literal text including one brace
                    markup = false;
                }
                else len--;
            }
            AppendRange(sb, s, literalStart, literalStart + len);
            if (!markup) continue;

            // The field: name, then !conversion and/or :spec, up to the matching '}'.
            int nameStart = pos, nameEnd;
            int conversion = 0;
            int specStart = 0, specEnd = 0;
            bool specNeedsExpanding = false;
            c = 0;
            while (pos < end)
            {
                c = s[pos++];
                if (c == '{') return Fail(ts, "unexpected '{' in field name");
                if (c == '[')
                {
                    while (pos < end && s[pos] != ']') pos++;
                    continue;
                }
                if (c is '}' or ':' or '!') break;
            }
            nameEnd = pos - 1;
            if (c is '!' or ':')
            {
                bool done = false;
                if (c == '!')
                {
                    if (pos >= end) return Fail(ts, "end of string while looking for conversion specifier");
                    conversion = s[pos++];
                    if (pos < end)
                    {
                        int next = s[pos++];
                        if (next == '}') done = true;
                        else if (next != ':') return Fail(ts, "expected ':' after conversion specifier");
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
                        if (ch == '{') { specNeedsExpanding = true; count++; }
                        else if (ch == '}' && --count == 0)
                        {
                            specEnd = pos - 1;
                            closed = true;
                            break;
                        }
                    }
                    if (!closed) return Fail(ts, "unmatched '{' in format spec");
                }
            }
            else if (c != '}') return Fail(ts, "expected '}' before end of string");

            var value = GetField(ts, s, nameStart, nameEnd, args, kwargs, auto);
            if (value is null) return null;
            if (conversion != 0)
            {
                value = conversion switch
                {
                    'r' => Protocols.Repr(ts, value),
                    's' => Protocols.Str(ts, value),
                    'a' => Protocols.Ascii(ts, value),
                    _ => Fail(ts, conversion is > 32 and < 127
                        ? $"Unknown conversion specifier {(char)conversion}"
                        : $"Unknown conversion specifier \\x{conversion:x}"),
                };
                if (value is null) return null;
            }
            PyStr spec;
            if (specNeedsExpanding)
            {
                var expanded = Build(ts, s, specStart, specEnd, args, kwargs, depth - 1, auto);
                if (expanded is null) return null;
                spec = expanded;
            }
            else spec = s.Substring(specStart, specEnd);
            var formatted = Protocols.Format(ts, value, spec);
            if (formatted is null) return null;
            sb.Append((PyStr)formatted);
        }
        return sb.ToPyStr();
    }

    private static void AppendRange(PyStrBuilder sb, PyStr s, int start, int end)
    {
        if (end > start) sb.Append(s, start, end);
    }

    private static PyStr? Fail(ThreadState ts, string message)
    {
        ts.SetError(PyExc.ValueError, message);
        return null;
    }

    /// <summary>get_integer: the decimal value of s[start:end] (any Unicode decimal digits), -1 if not a number; -2 on overflow (error set).</summary>
    private static long ParseIndex(ThreadState ts, PyStr s, int start, int end)
    {
        if (start >= end) return -1;
        long value = 0;
        for (int i = start; i < end; i++)
        {
            int d = UnicodeDatabase.DecimalValue(s[i]);
            if (d < 0) return -1;
            if (value > (long.MaxValue - d) / 10)
            {
                ts.SetError(PyExc.ValueError, "Too many decimal digits in format string");
                return -2;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static PyObject? GetField(ThreadState ts, PyStr s, int start, int end, PyTuple? args, PyObject? kwargs, AutoNumber auto)
    {
        // The first part, up to '.' or '['.
        int i = start;
        while (i < end && s[i] != '.' && s[i] != '[') i++;
        long index = ParseIndex(ts, s, start, i);
        if (index == -2) return null;
        bool empty = i == start;
        if (empty || index != -1)
        {
            if (auto.State == 0) auto.State = empty ? 1 : 2;
            if (auto.State == 2 && empty) return Fail(ts, "cannot switch from manual field specification to automatic field numbering");
            if (auto.State == 1 && !empty) return Fail(ts, "cannot switch from automatic field numbering to manual field specification");
            if (empty) index = auto.Next++;
        }
        PyObject? obj;
        if (index == -1)
        {
            var key = s.Substring(start, i);
            if (kwargs is null) return ts.KeyError(key);
            obj = Protocols.GetItem(ts, kwargs, key);
        }
        else
        {
            if (args is null) return Fail(ts, "Format string contains positional fields");
            if (index >= args.Length) return ts.IndexError($"Replacement index {index} out of range for positional args tuple");
            obj = args.Items[index];
        }
        if (obj is null) return null;

        // The rest: .name and [key] lookups.
        while (i < end)
        {
            int c = s[i++];
            int partStart = i;
            PyObject? next;
            if (c == '.')
            {
                while (i < end && s[i] != '.' && s[i] != '[') i++;
                if (i == partStart) return Fail(ts, "Empty attribute in format string");
                next = Protocols.GetAttr(ts, obj, s.Substring(partStart, i));
            }
            else if (c == '[')
            {
                while (i < end && s[i] != ']') i++;
                if (i >= end) return Fail(ts, "Missing ']' in format string");
                int partEnd = i++;
                long key = ParseIndex(ts, s, partStart, partEnd);
                if (key == -2) return null;
                if (partEnd == partStart) return Fail(ts, "Empty attribute in format string");
                next = Protocols.GetItem(ts, obj, key == -1 ? s.Substring(partStart, partEnd) : PyInt.Create(key));
            }
            else return Fail(ts, "Only '.' or '[' may follow ']' in format field specifier");
            if (next is null) return null;
            obj = next;
        }
        return obj;
    }

    /// <summary>str.__format__: an empty spec is str(self); otherwise fill, align, width and precision.</summary>
    public static PyObject? FormatStr(ThreadState ts, PyStr self, PyStr spec)
    {
        // An empty spec formats a subclass instance as str() does (its own __str__ included).
        if (spec.Length == 0) return self.Type == BuiltinTypes.Str ? self : Protocols.Str(ts, self);
        var result = Formatting.StringFormatter.Format(self.Chars, spec.Chars);
        if (result.IsError) return RaiseFormatError(ts, result.Error);
        return PyStr.Create(result.Value);
    }

    /// <summary>Raises a Formatting library error as the Python exception it names.</summary>
    internal static PyObject? RaiseFormatError(ThreadState ts, Formatting.PyError error)
    {
        var type = error.Kind switch
        {
            Formatting.PyErrorKind.ValueError => PyExc.ValueError,
            Formatting.PyErrorKind.OverflowError => PyExc.OverflowError,
            Formatting.PyErrorKind.TypeError => PyExc.TypeError,
            Formatting.PyErrorKind.KeyError => PyExc.KeyError,
            Formatting.PyErrorKind.IndexError => PyExc.IndexError,
            Formatting.PyErrorKind.AttributeError => PyExc.AttributeError,
            _ => PyExc.MemoryError,
        };
        if (type == PyExc.MemoryError) return ts.MemoryError();
        return ts.Raise(type, error.Message);
    }
}
