namespace Kaa.Runtime;

/// <summary>
/// charmap_decode/charmap_encode/charmap_build: the table-driven codecs of the encodings package (cp1252,
/// iso8859_*, mac_*...). A decoding table is a str of 256 characters (U+FFFE: undefined) or a mapping from
/// byte to int/str/None; an encoding table is the dict charmap_build makes, or any mapping from code point
/// to int/bytes/None.
/// </summary>
internal static class CharmapCodec
{
    private const string Undefined = "character maps to <undefined>";

    internal static void Install(PyModule m)
    {
        m.AddFunction("charmap_build", static (ts, self, table) =>
        {
            if (table is not PyStr s) return ts.TypeError($"charmap_build() argument must be str, not {table.Type.Name}");
            var d = new PyDict();
            for (int i = 0; i < s.Length; i++)
                if (!d.SetItem(ts, PyInt.Create(s[i]), PyInt.Create(i))) return null;
            return d;
        });
        m.AddFunction("charmap_decode", static (ts, self, args, kw) =>
        {
            if (!CodecsModule.Positional(ts, "charmap_decode", args, kw, 1, 3)) return null;
            if (!CodecsModule.ErrorsArg(ts, "charmap_decode", args.Length > 1 ? args[1] : null, 2, out var errors)) return null;
            var mapping = args.Length > 2 && args[2] is not PyNone ? args[2] : null;
            if (!Protocols.GetBuffer(ts, args[0], false, out var view)) return null;
            try
            {
                var data = view.Span;
                if (mapping is null)
                {
                    var latin = UnicodeCodecs.Decode(ts, data, UnicodeCodecs.Codec.Latin1, errors);
                    return latin is null ? null : PyTuple.Create(latin, PyInt.Create(data.Length));
                }
                var s = Decode(ts, data, errors, mapping);
                return s is null ? null : PyTuple.Create(s, PyInt.Create(data.Length));
            }
            finally
            {
                Protocols.ReleaseBuffer(ref view);
            }
        });
        m.AddFunction("charmap_encode", static (ts, self, args, kw) =>
        {
            if (!CodecsModule.Positional(ts, "charmap_encode", args, kw, 1, 3)) return null;
            if (!CodecsModule.StrArg(ts, "charmap_encode", args[0], out var s)) return null;
            if (!CodecsModule.ErrorsArg(ts, "charmap_encode", args.Length > 1 ? args[1] : null, 2, out var errors)) return null;
            var mapping = args.Length > 2 && args[2] is not PyNone ? args[2] : null;
            byte[]? bytes = mapping is null
                ? UnicodeCodecs.Encode(ts, s, UnicodeCodecs.Codec.Latin1, errors)
                : Encode(ts, s, errors, mapping);
            return bytes is null ? null : PyTuple.Create(PyBytes.Create(bytes), PyInt.Create(s.Length));
        });
    }

    private static PyStr? Decode(ThreadState ts, ReadOnlySpan<byte> data, string? errors, PyObject mapping)
    {
        var sb = new PyStrBuilder();
        var table = mapping as PyStr;
        for (int pos = 0; pos < data.Length;)
        {
            int b = data[pos];
            if (table is not null)
            {
                if (b < table.Length && table[b] != 0xFFFE)
                {
                    sb.AppendCodePoint(table[b]);
                    pos++;
                    continue;
                }
            }
            else
            {
                var v = Protocols.GetItem(ts, mapping, PyInt.Create(b));
                if (v is null)
                {
                    if (!ts.ErrorMatches(PyExc.LookupError)) return null;
                    ts.ClearError();
                }
                else if (v is PyInt iv)
                {
                    if (!iv.TryGetLong(out long cp) || cp < 0 || cp > 0x10FFFF)
                    {
                        ts.TypeError("character mapping must be in range(0x110000)");
                        return null;
                    }
                    if (cp != 0xFFFE) { sb.AppendCodePoint((int)cp); pos++; continue; }
                }
                else if (v is PyStr sv)
                {
                    if (!(sv.Length == 1 && sv[0] == 0xFFFE)) { sb.Append(sv); pos++; continue; }
                }
                else if (v is not PyNone)
                {
                    ts.TypeError("character mapping must return integer, None or str");
                    return null;
                }
            }
            if (!DecodeErrors.Handle(ts, errors, "charmap", data, pos, pos + 1, Undefined, sb, out int resume)) return null;
            pos = resume;
        }
        return sb.ToPyStr();
    }

    /// <summary>Looks one code point up: 1 found (bytes appended), 0 undefined, -1 error.</summary>
    private static int EncodeOne(ThreadState ts, PyObject mapping, int c, List<byte> output)
    {
        PyObject? v;
        if (mapping is PyDict d)
        {
            if (!d.TryGetItemNoError(PyInt.Create(c), out v)) return 0;
        }
        else
        {
            v = Protocols.GetItem(ts, mapping, PyInt.Create(c));
            if (v is null)
            {
                if (!ts.ErrorMatches(PyExc.LookupError)) return -1;
                ts.ClearError();
                return 0;
            }
        }
        switch (v)
        {
            case PyNone:
                return 0;
            case PyInt i:
                if (!i.TryGetLong(out long b) || b < 0 || b > 255)
                {
                    ts.TypeError("character mapping must be in range(256)");
                    return -1;
                }
                output.Add((byte)b);
                return 1;
            case PyBytes bytes:
                output.AddRange(bytes.Value);
                return 1;
            default:
                ts.TypeError($"character mapping must return integer, bytes or None, not {v.Type.Name}");
                return -1;
        }
    }

    private static byte[]? Encode(ThreadState ts, PyStr s, string? errors, PyObject mapping)
    {
        var output = new List<byte>(s.Length);
        int n = s.Length;
        for (int i = 0; i < n;)
        {
            int r = EncodeOne(ts, mapping, s[i], output);
            if (r < 0) return null;
            if (r == 1) { i++; continue; }
            // A run of unencodable characters.
            int end = i + 1;
            var scratch = new List<byte>();
            while (end < n)
            {
                int rr = EncodeOne(ts, mapping, s[end], scratch);
                if (rr < 0) return null;
                if (rr == 1) break;
                end++;
            }
            if (!HandleEncodeError(ts, errors, s, i, end, mapping, output, out int resume)) return null;
            i = resume;
        }
        return output.ToArray();
    }

    private static bool RaiseEncode(ThreadState ts, PyStr s, int start, int end)
    {
        ts.SetError(PyExc.UnicodeEncodeError, PyTuple.Create([
            PyStr.Intern("charmap"), s, PyInt.Create(start), PyInt.Create(end), PyStr.Create(Undefined)]));
        return false;
    }

    private static bool EncodeText(ThreadState ts, string text, PyObject mapping, List<byte> output, PyStr s, int start, int end)
    {
        foreach (char ch in text)
        {
            int r = EncodeOne(ts, mapping, ch, output);
            if (r < 0) return false;
            if (r == 0) return RaiseEncode(ts, s, start, end);
        }
        return true;
    }

    private static bool HandleEncodeError(ThreadState ts, string? errors, PyStr s, int start, int end, PyObject mapping, List<byte> output, out int resume)
    {
        resume = end;
        switch (errors)
        {
            case null or "strict":
                return RaiseEncode(ts, s, start, end);
            case "ignore":
                return true;
            case "replace":
                for (int i = start; i < end; i++)
                    if (!EncodeText(ts, "?", mapping, output, s, start, end)) return false;
                return true;
            case "xmlcharrefreplace":
                for (int i = start; i < end; i++)
                    if (!EncodeText(ts, $"&#{s[i]};", mapping, output, s, start, end)) return false;
                return true;
            case "backslashreplace":
            case "namereplace":
                for (int i = start; i < end; i++)
                    if (!EncodeText(ts, CodecErrors.Escape(s[i], errors == "namereplace"), mapping, output, s, start, end)) return false;
                return true;
        }
        var handler = CodecErrors.Lookup(ts, errors);
        if (handler is null) return false;
        if (!CodecErrors.CallEncodeHandler(ts, handler, "charmap", s, start, end, Undefined, out var replacement, out resume)) return false;
        if (replacement is PyBytes rb) { output.AddRange(rb.Value); return true; }
        var rs = (PyStr)replacement;
        for (int k = 0; k < rs.Length; k++)
        {
            int r = EncodeOne(ts, mapping, rs[k], output);
            if (r < 0) return false;
            if (r == 0) return RaiseEncode(ts, s, start, end);
        }
        return true;
    }
}
