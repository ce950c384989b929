using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// The escape codecs: unicode_escape (Python string-literal escapes over Latin-1), raw_unicode_escape (only
/// \u and \U), and escape_encode/escape_decode (bytes-literal escapes, bytes to bytes).
/// </summary>
internal static class EscapeCodecs
{
    internal static void Install(PyModule m)
    {
        m.AddFunction("unicode_escape_encode", static (ts, self, args, kw) => EncodeStr(ts, args, kw, "unicode_escape_encode", raw: false));
        m.AddFunction("raw_unicode_escape_encode", static (ts, self, args, kw) => EncodeStr(ts, args, kw, "raw_unicode_escape_encode", raw: true));
        m.AddFunction("unicode_escape_decode", static (ts, self, args, kw) => DecodeStr(ts, args, kw, "unicode_escape_decode", raw: false));
        m.AddFunction("raw_unicode_escape_decode", static (ts, self, args, kw) => DecodeStr(ts, args, kw, "raw_unicode_escape_decode", raw: true));
        m.AddFunction("escape_encode", static (ts, self, args, kw) =>
        {
            if (!CodecsModule.Positional(ts, "escape_encode", args, kw, 1, 2)) return null;
            if (args[0] is not PyBytes b) return ts.TypeError($"escape_encode() argument 1 must be bytes, not {args[0].Type.Name}");
            if (!CodecsModule.ErrorsArg(ts, "escape_encode", args.Length > 1 ? args[1] : null, 2, out _)) return null;
            var output = new List<byte>(b.Value.Length);
            foreach (byte c in b.Value)
            {
                switch (c)
                {
                    case (byte)'\\' or (byte)'\'': output.Add((byte)'\\'); output.Add(c); break;
                    case (byte)'\t': output.Add((byte)'\\'); output.Add((byte)'t'); break;
                    case (byte)'\n': output.Add((byte)'\\'); output.Add((byte)'n'); break;
                    case (byte)'\r': output.Add((byte)'\\'); output.Add((byte)'r'); break;
                    default:
                        if (c < 0x20 || c >= 0x7F) output.AddRange(Encoding.ASCII.GetBytes($"\\x{c:x2}"));
                        else output.Add(c);
                        break;
                }
            }
            return PyTuple.Create(PyBytes.Create(output.ToArray()), PyInt.Create(b.Value.Length));
        });
        m.AddFunction("escape_decode", static (ts, self, args, kw) =>
        {
            if (!CodecsModule.Positional(ts, "escape_decode", args, kw, 1, 2)) return null;
            byte[]? data = args[0] is PyStr s ? UnicodeCodecs.Encode(ts, s, UnicodeCodecs.Codec.Utf8, "strict") : IoSupport.BytesOf(ts, args[0]);
            if (data is null) return null;
            if (!CodecsModule.ErrorsArg(ts, "escape_decode", args.Length > 1 ? args[1] : null, 2, out var errors)) return null;
            var r = DecodeBytesEscapes(ts, data, errors);
            return r is null ? null : PyTuple.Create(PyBytes.Create(r), PyInt.Create(data.Length));
        });
    }

    private static PyObject? EncodeStr(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool raw)
    {
        if (!CodecsModule.Positional(ts, name, args, kw, 1, 2)) return null;
        if (!CodecsModule.StrArg(ts, name, args[0], out var s)) return null;
        if (!CodecsModule.ErrorsArg(ts, name, args.Length > 1 ? args[1] : null, 2, out _)) return null;
        var output = new List<byte>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (raw)
            {
                if (c < 0x100) output.Add((byte)c);
                else output.AddRange(Encoding.ASCII.GetBytes(c < 0x10000 ? $"\\u{c:x4}" : $"\\U{c:x8}"));
                continue;
            }
            if (c == '\\') { output.Add((byte)'\\'); output.Add((byte)'\\'); }
            else if (c == '\t') { output.Add((byte)'\\'); output.Add((byte)'t'); }
            else if (c == '\n') { output.Add((byte)'\\'); output.Add((byte)'n'); }
            else if (c == '\r') { output.Add((byte)'\\'); output.Add((byte)'r'); }
            else if (c >= 0x20 && c < 0x7F) output.Add((byte)c);
            else output.AddRange(Encoding.ASCII.GetBytes(c < 0x100 ? $"\\x{c:x2}" : c < 0x10000 ? $"\\u{c:x4}" : $"\\U{c:x8}"));
        }
        return PyTuple.Create(PyBytes.Create(output.ToArray()), PyInt.Create(s.Length));
    }

    private static PyObject? DecodeStr(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool raw)
    {
        if (!CodecsModule.Positional(ts, name, args, kw, 1, 3)) return null;
        byte[]? data = args[0] is PyStr s ? UnicodeCodecs.Encode(ts, s, UnicodeCodecs.Codec.Utf8, "strict") : IoSupport.BytesOf(ts, args[0]);
        if (data is null) return null;
        if (!CodecsModule.ErrorsArg(ts, name, args.Length > 1 ? args[1] : null, 2, out var errors)) return null;
        if (!CodecsModule.FinalArg(ts, args.Length > 2 ? args[2] : null, true, out bool final)) return null;
        var result = raw ? DecodeRaw(ts, data, errors, final, out int consumed) : DecodeUnicodeEscape(ts, data, errors, final, out consumed);
        return result is null ? null : PyTuple.Create(result, PyInt.Create(consumed));
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Reads <paramref name="count"/> hex digits at <paramref name="s"/>: 1 done, 0 data ended, -1 a bad digit (s at it).</summary>
    private static int ReadHex(byte[] data, ref int s, int count, out int value)
    {
        value = 0;
        for (; count > 0; count--, s++)
        {
            if (s >= data.Length) return 0;
            int d = HexValue(data[s]);
            if (d < 0) return -1;
            value = value << 4 | d;
        }
        return 1;
    }

    private static PyStr? DecodeUnicodeEscape(ThreadState ts, byte[] data, string? errors, bool final, out int consumed)
    {
        var sb = new PyStrBuilder();
        consumed = data.Length;
        int s = 0;
        while (s < data.Length)
        {
            byte c = data[s++];
            if (c != '\\') { sb.AppendCodePoint(c); continue; }
            int start = s - 1;
            string message;
            bool incomplete;
            if (s >= data.Length) { message = "\\ at end of string"; incomplete = true; goto problem; }
            c = data[s++];
            switch (c)
            {
                case (byte)'\n': continue;
                case (byte)'\\': sb.AppendCodePoint('\\'); continue;
                case (byte)'\'': sb.AppendCodePoint('\''); continue;
                case (byte)'"': sb.AppendCodePoint('"'); continue;
                case (byte)'b': sb.AppendCodePoint('\b'); continue;
                case (byte)'f': sb.AppendCodePoint('\f'); continue;
                case (byte)'t': sb.AppendCodePoint('\t'); continue;
                case (byte)'n': sb.AppendCodePoint('\n'); continue;
                case (byte)'r': sb.AppendCodePoint('\r'); continue;
                case (byte)'v': sb.AppendCodePoint('\v'); continue;
                case (byte)'a': sb.AppendCodePoint('\a'); continue;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int ch = c - '0';
                    if (s < data.Length && data[s] is >= (byte)'0' and <= (byte)'7')
                    {
                        ch = (ch << 3) + data[s++] - '0';
                        if (s < data.Length && data[s] is >= (byte)'0' and <= (byte)'7') ch = (ch << 3) + data[s++] - '0';
                    }
                    sb.AppendCodePoint(ch);
                    continue;
                }
                case (byte)'x' or (byte)'u' or (byte)'U':
                {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    message = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    int r = ReadHex(data, ref s, count, out int ch);
                    if (r == 0) { incomplete = true; goto problem; }
                    if (r < 0) { incomplete = false; goto problem; }
                    if ((uint)ch > 0x10FFFF) { message = "illegal Unicode character"; incomplete = false; goto problem; }
                    sb.AppendCodePoint(ch);
                    continue;
                }
                case (byte)'N':
                {
                    message = "malformed \\N character escape";
                    if (s >= data.Length) { incomplete = true; goto problem; }
                    incomplete = false;
                    if (data[s] == '{')
                    {
                        int nameStart = ++s;
                        while (s < data.Length && data[s] != '}') s++;
                        if (s >= data.Length) { incomplete = true; goto problem; }
                        int nameLen = s - nameStart;
                        if (nameLen > 0)
                        {
                            s++;
                            string name = Encoding.Latin1.GetString(data, nameStart, nameLen);
                            int cp = Kaa.Syntax.Text.UnicodeNames.Lookup(name, allowAliases: true);
                            if (cp >= 0) { sb.AppendCodePoint(cp); continue; }
                            message = "unknown Unicode character name";
                        }
                    }
                    goto problem;
                }
                default:
                    sb.AppendCodePoint('\\');
                    sb.AppendCodePoint(c);
                    continue;
            }
        problem:
            if (incomplete && !final)
            {
                consumed = start;
                break;
            }
            if (!DecodeErrors.Handle(ts, errors, "unicodeescape", data, start, Math.Min(s, data.Length), message, sb, out int resume)) return null;
            s = resume;
        }
        return sb.ToPyStr();
    }

    private static PyStr? DecodeRaw(ThreadState ts, byte[] data, string? errors, bool final, out int consumed)
    {
        var sb = new PyStrBuilder();
        consumed = data.Length;
        int s = 0;
        while (s < data.Length)
        {
            byte c = data[s++];
            if (c != '\\' || (s >= data.Length && final)) { sb.AppendCodePoint(c); continue; }
            int start = s - 1;
            string message = "\\ at end of string";
            bool incomplete;
            if (s >= data.Length) { incomplete = true; goto problem; }
            c = data[s++];
            if (c != 'u' && c != 'U')
            {
                sb.AppendCodePoint('\\');
                sb.AppendCodePoint(c);
                continue;
            }
            message = c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
            int r = ReadHex(data, ref s, c == 'u' ? 4 : 8, out int ch);
            if (r == 0) { incomplete = true; goto problem; }
            incomplete = false;
            if (r < 0) goto problem;
            if ((uint)ch > 0x10FFFF) { message = "\\Uxxxxxxxx out of range"; goto problem; }
            sb.AppendCodePoint(ch);
            continue;
        problem:
            if (incomplete && !final)
            {
                consumed = start;
                break;
            }
            if (!DecodeErrors.Handle(ts, errors, "rawunicodeescape", data, start, Math.Min(s, data.Length), message, sb, out int resume)) return null;
            s = resume;
        }
        return sb.ToPyStr();
    }

    /// <summary>_PyBytes_DecodeEscape: bytes-literal escapes; a bad \x is ValueError (strict), '?' (replace) or dropped (ignore).</summary>
    private static byte[]? DecodeBytesEscapes(ThreadState ts, byte[] data, string? errors)
    {
        var output = new List<byte>(data.Length);
        int s = 0;
        while (s < data.Length)
        {
            byte c = data[s++];
            if (c != '\\') { output.Add(c); continue; }
            if (s >= data.Length) { ts.ValueError("Trailing \\ in string"); return null; }
            c = data[s++];
            switch (c)
            {
                case (byte)'\n': break;
                case (byte)'\\': output.Add((byte)'\\'); break;
                case (byte)'\'': output.Add((byte)'\''); break;
                case (byte)'"': output.Add((byte)'"'); break;
                case (byte)'b': output.Add((byte)'\b'); break;
                case (byte)'f': output.Add((byte)'\f'); break;
                case (byte)'t': output.Add((byte)'\t'); break;
                case (byte)'n': output.Add((byte)'\n'); break;
                case (byte)'r': output.Add((byte)'\r'); break;
                case (byte)'v': output.Add((byte)'\v'); break;
                case (byte)'a': output.Add((byte)'\a'); break;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int v = c - '0';
                    if (s < data.Length && data[s] is >= (byte)'0' and <= (byte)'7')
                    {
                        v = (v << 3) + data[s++] - '0';
                        if (s < data.Length && data[s] is >= (byte)'0' and <= (byte)'7') v = (v << 3) + data[s++] - '0';
                    }
                    output.Add((byte)v);
                    break;
                }
                case (byte)'x':
                {
                    if (s + 1 < data.Length)
                    {
                        int d1 = HexValue(data[s]), d2 = HexValue(data[s + 1]);
                        if (d1 >= 0 && d2 >= 0)
                        {
                            output.Add((byte)(d1 << 4 | d2));
                            s += 2;
                            break;
                        }
                    }
                    if (errors is null or "strict") { ts.ValueError($"invalid \\x escape at position {s - 2}"); return null; }
                    if (errors == "replace") output.Add((byte)'?');
                    else if (errors != "ignore") { ts.ValueError($"decoding error; unknown error handling code: {errors}"); return null; }
                    if (s < data.Length && HexValue(data[s]) >= 0) s++;
                    break;
                }
                default:
                    output.Add((byte)'\\');
                    s--;
                    break;
            }
        }
        return output.ToArray();
    }
}
