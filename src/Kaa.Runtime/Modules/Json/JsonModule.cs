namespace Kaa.Runtime;

/// <summary>
/// The <c>_json</c> module (CPython's Modules/_json.c): the accelerators <c>json</c> picks up when present —
/// <c>scanstring</c>, the <c>make_scanner</c> (<see cref="JsonScanner"/>) and <c>make_encoder</c>
/// (<see cref="JsonEncoder"/>) types, and the two string escapers.
/// </summary>
internal static class JsonModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_json", "json speedups\n");
        m.AddFunction("encode_basestring_ascii", static (ts, _, s) => s is PyStr str ? EscapeAscii(str) : NotAString(ts, s),
            "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string");
        m.AddFunction("encode_basestring", static (ts, _, s) => s is PyStr str ? Escape(str) : NotAString(ts, s),
            "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string");
        m.AddFunction("scanstring", ScanString,
            "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. End is the index of the\ncharacter in s after the quote that started the JSON string.\nUnescapes all valid JSON string escape sequences and raises ValueError\non attempt to decode an invalid string. If strict is False then literal\ncontrol characters are allowed in the string.\n\nReturns a tuple of the decoded string and the index of the character in s\nafter the end quote.");
        m.Set("make_scanner", JsonScanner.TypeObject);
        m.Set("make_encoder", JsonEncoder.TypeObject);
        return m;
    }

    /// <summary>PyArg_ParseTupleAndKeywords's message for too many positional arguments (ArgSpec words it
    /// "exactly" when all are required).</summary>
    internal static bool TooManyPositional(ThreadState ts, string name, int max, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Length ?? 0);
        if (npos <= max) return false;
        ts.SetError(PyExc.TypeError, $"{name}() takes at most {max} argument{(max == 1 ? "" : "s")} ({npos} given)");
        return true;
    }

    internal static PyObject? NotAString(ThreadState ts, PyObject o) => ts.TypeError($"first argument must be a string, not {o.Type.Name}");

    /// <summary>scanstring(string, end, strict=True), parsed as PyArg_ParseTuple "On|i:scanstring".</summary>
    private static PyObject? ScanString(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Length: > 0 }) return ts.TypeError("scanstring() takes no keyword arguments");
        if (args.Length < 2) return ts.TypeError($"scanstring() takes at least 2 arguments ({args.Length} given)");
        if (args.Length > 3) return ts.TypeError($"scanstring() takes at most 3 arguments ({args.Length} given)");
        if (!Protocols.AsIndex(ts, args[1], out long end, PyExc.OverflowError)) return null;
        bool strict = true;
        if (args.Length == 3)
        {
            if (args[2] is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
            if (!Protocols.AsIndex(ts, args[2], out long s, PyExc.OverflowError)) return null;
            strict = s != 0;
        }
        if (args[0] is not PyStr str) return NotAString(ts, args[0]);
        var r = Unescape(ts, new JsonText(str), end, strict, out int next);
        return r is null ? null : PyTuple.Create(r, PyInt.Create(next));
    }

    /// <summary>
    /// Decodes the JSON string whose body starts at <paramref name="end"/> (just after the opening quote);
    /// <paramref name="next"/> is the index after the closing quote. Errors are JSONDecodeErrors at
    /// CPython's positions.
    /// </summary>
    internal static PyStr? Unescape(ThreadState ts, JsonText text, long end, bool strict, out int next)
    {
        next = -1;
        int len = text.Length;
        if (end < 0 || len < end)
        {
            ts.SetError(PyExc.ValueError, "end is out of bounds");
            return null;
        }
        int begin = (int)end - 1, pos = (int)end;
        PyStrBuilder? builder = null;
        while (true)
        {
            // Find the end of the string or the next escape.
            int c = 0, i;
            for (i = pos; i < len; i++)
            {
                c = text[i];
                if (c == '"' || c == '\\') break;
                if (c <= 0x1f && strict) return DecodeError(ts, "Invalid control character at", text.Str, i);
            }
            // Running off the end means no closing quote.
            if (i >= len) return DecodeError(ts, "Unterminated string starting at", text.Str, begin);
            if (c == '"' && builder is null)
            {
                next = i + 1;
                return text.Str.Substring(pos, i);
            }
            builder ??= new PyStrBuilder();
            if (i != pos) builder.Append(text.Str, pos, i);
            i++;
            if (c == '"')
            {
                next = i;
                return builder.ToPyStr();
            }
            if (i == len) return DecodeError(ts, "Unterminated string starting at", text.Str, begin);
            c = text[i];
            if (c != 'u')
            {
                pos = i + 1;
                c = c switch
                {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\b',
                    'f' => '\f',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => 0,
                };
                if (c == 0) return DecodeError(ts, "Invalid \\escape", text.Str, pos - 2);
            }
            else
            {
                i++;
                pos = i + 4;
                if (pos >= len) return DecodeError(ts, "Invalid \\uXXXX escape", text.Str, i - 1);
                c = HexQuad(text, i);
                if (c < 0) return DecodeError(ts, "Invalid \\uXXXX escape", text.Str, pos - 5);
                i = pos;
                // A high surrogate followed by an escaped low surrogate is one astral character.
                if (c is >= 0xD800 and <= 0xDBFF && pos + 6 < len && text[i] == '\\' && text[i + 1] == 'u')
                {
                    pos += 6;
                    int c2 = HexQuad(text, i + 2);
                    if (c2 < 0) return DecodeError(ts, "Invalid \\uXXXX escape", text.Str, pos - 5);
                    if (c2 is >= 0xDC00 and <= 0xDFFF) c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
                    else pos -= 6;
                }
            }
            builder.AppendCodePoint(c);
        }
    }

    /// <summary>The value of four hex digits at <paramref name="at"/>, or -1.</summary>
    private static int HexQuad(JsonText text, int at)
    {
        int v = 0;
        for (int k = 0; k < 4; k++)
        {
            int d = text[at + k];
            int digit = d switch
            {
                >= '0' and <= '9' => d - '0',
                >= 'a' and <= 'f' => d - 'a' + 10,
                >= 'A' and <= 'F' => d - 'A' + 10,
                _ => -1,
            };
            if (digit < 0) return -1;
            v = (v << 4) | digit;
        }
        return v;
    }

    /// <summary>Raises <c>json.decoder.JSONDecodeError(msg, doc, pos)</c> (raise_errmsg); returns null.</summary>
    internal static PyStr? DecodeError(ThreadState ts, string message, PyStr doc, int pos)
    {
        var modules = ts.Interp.Modules;
        if (!modules.TryGetStr(PyStr.Intern("json.decoder"), out var decoder))
        {
            var imported = Protocols.Call(ts, ts.Interp.Builtins.GetStr("__import__")!, [PyStr.Intern("json.decoder")], null);
            if (imported is null) return null;
            if (!modules.TryGetStr(PyStr.Intern("json.decoder"), out decoder)) return null;
        }
        var type = Protocols.GetAttr(ts, decoder, PyStr.Intern("JSONDecodeError"));
        if (type is null) return null;
        var exc = Protocols.Call(ts, type, [PyStr.Create(message), doc, PyInt.Create(pos)], null);
        if (exc is null) return null;
        if (exc is PyBaseException e) ts.Raise(e);
        else ts.SetError(PyExc.TypeError, "exceptions must derive from BaseException");
        return null;
    }

    private const string HexDigits = "0123456789abcdef";

    private static void AppendUnicodeEscape(PyStrBuilder b, int c)
    {
        b.AppendCodePoint('\\').AppendCodePoint('u');
        b.AppendCodePoint(HexDigits[(c >> 12) & 0xf]).AppendCodePoint(HexDigits[(c >> 8) & 0xf]);
        b.AppendCodePoint(HexDigits[(c >> 4) & 0xf]).AppendCodePoint(HexDigits[c & 0xf]);
    }

    /// <summary>The escape of a character JSON names with a letter, or 0.</summary>
    private static char ShortEscape(int c) => c switch
    {
        '\\' => '\\',
        '"' => '"',
        '\b' => 'b',
        '\f' => 'f',
        '\n' => 'n',
        '\r' => 'r',
        '\t' => 't',
        _ => '\0',
    };

    /// <summary>encode_basestring_ascii: quoted, printable ASCII kept, everything else escaped (astral
    /// characters as a surrogate pair of escapes).</summary>
    internal static PyStr EscapeAscii(PyStr s)
    {
        var text = new JsonText(s);
        var b = new PyStrBuilder();
        b.AppendCodePoint('"');
        for (int i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (c is >= ' ' and <= '~' && c != '\\' && c != '"') b.AppendCodePoint(c);
            else if (ShortEscape(c) is var e and not '\0') b.AppendCodePoint('\\').AppendCodePoint(e);
            else if (c >= 0x10000)
            {
                int v = c - 0x10000;
                AppendUnicodeEscape(b, 0xD800 | (v >> 10));
                AppendUnicodeEscape(b, 0xDC00 | (v & 0x3ff));
            }
            else AppendUnicodeEscape(b, c);
        }
        b.AppendCodePoint('"');
        return b.ToPyStr();
    }

    /// <summary>encode_basestring: quoted, with only the quote, backslash and control characters escaped.</summary>
    internal static PyStr Escape(PyStr s)
    {
        var text = new JsonText(s);
        var b = new PyStrBuilder();
        b.AppendCodePoint('"');
        for (int i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (ShortEscape(c) is var e and not '\0') b.AppendCodePoint('\\').AppendCodePoint(e);
            else if (c <= 0x1f) AppendUnicodeEscape(b, c);
            else b.AppendCodePoint(c);
        }
        b.AppendCodePoint('"');
        return b.ToPyStr();
    }
}
