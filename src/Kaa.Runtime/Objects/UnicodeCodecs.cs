using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// The codecs str needs before the codec registry exists: UTF-8, Latin-1, ASCII, UTF-16 and UTF-32 (with
/// and without a byte order), for str.encode, bytes.decode and str(bytes, encoding, errors), with the
/// builtin error handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace,
/// surrogateescape, surrogatepass) and CPython's UnicodeEncodeError/UnicodeDecodeError ranges and reasons.
/// </summary>
public static class UnicodeCodecs
{
    public enum Codec
    {
        Utf8, Latin1, Ascii, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE,
    }

    private enum Handler
    {
        Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, NameReplace, SurrogateEscape, SurrogatePass, Unknown,
    }

    /// <summary>The codec for an encoding name (after Python's normalisation and aliases), or null.</summary>
    public static Codec? Lookup(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool punct = false;
        foreach (char c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (punct && sb.Length > 0) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
                punct = false;
            }
            else punct = true;
        }
        return sb.ToString() switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "utf8_ucs2" or "utf8_ucs4" or "cp65001" => Codec.Utf8,
            "latin_1" or "latin1" or "latin" or "l1" or "iso8859_1" or "iso_8859_1" or "8859" or "cp819" or "iso_ir_100"
                or "iso_8859_1_1987" or "csisolatin1" or "ibm819" => Codec.Latin1,
            "ascii" or "us_ascii" or "646" or "us" or "ansi_x3.4_1968" or "ansi_x3_4_1968" or "ansi_x3.4_1986" or "cp367"
                or "csascii" or "ibm367" or "iso646_us" or "iso_646.irv_1991" or "iso_ir_6" => Codec.Ascii,
            "utf_16" or "utf16" or "u16" => Codec.Utf16,
            "utf_16_le" or "utf_16le" or "utf16le" or "unicodelittleunmarked" => Codec.Utf16LE,
            "utf_16_be" or "utf_16be" or "utf16be" or "unicodebigunmarked" => Codec.Utf16BE,
            "utf_32" or "utf32" or "u32" => Codec.Utf32,
            "utf_32_le" or "utf_32le" or "utf32le" => Codec.Utf32LE,
            "utf_32_be" or "utf_32be" or "utf32be" => Codec.Utf32BE,
            _ => null,
        };
    }

    /// <summary>The codec's name in error messages.</summary>
    private static string NameOf(Codec c) => c switch
    {
        Codec.Utf8 => "utf-8",
        Codec.Latin1 => "latin-1",
        Codec.Ascii => "ascii",
        Codec.Utf16 => "utf-16",
        Codec.Utf16LE => "utf-16-le",
        Codec.Utf16BE => "utf-16-be",
        Codec.Utf32 => "utf-32",
        Codec.Utf32LE => "utf-32-le",
        _ => "utf-32-be",
    };

    private static Handler HandlerOf(string? errors) => errors switch
    {
        null or "strict" => Handler.Strict,
        "ignore" => Handler.Ignore,
        "replace" => Handler.Replace,
        "backslashreplace" => Handler.BackslashReplace,
        "xmlcharrefreplace" => Handler.XmlCharRefReplace,
        "namereplace" => Handler.NameReplace,
        "surrogateescape" => Handler.SurrogateEscape,
        "surrogatepass" => Handler.SurrogatePass,
        _ => Handler.Unknown,
    };

    // ---- encoding ----------------------------------------------------------------------------------

    /// <summary>str.encode(encoding, errors).</summary>
    public static PyObject? Encode(ThreadState ts, PyStr s, PyStr? encoding, PyStr? errors)
    {
        string name = encoding?.ToString() ?? "utf-8";
        var codec = Lookup(name);
        if (codec is null) return EncodeThroughRegistry(ts, s, name, errors);
        var bytes = Encode(ts, s, codec.Value, errors?.ToString());
        return bytes is null ? null : PyBytes.Create(bytes);
    }

    /// <summary>_PyCodec_EncodeText: any other codec, found by the codec registry (the encodings package).</summary>
    private static PyObject? EncodeThroughRegistry(ThreadState ts, PyStr s, string name, PyStr? errors)
    {
        var info = CodecRegistry.LookupTextEncoding(ts, name, "codecs.encode()");
        if (info is null) return null;
        var encoder = Protocols.GetItem(ts, info, PyInt.Create(0));
        if (encoder is null) return null;
        var r = errors is null ? Protocols.Call1(ts, encoder, s) : Protocols.Call2(ts, encoder, s, errors);
        if (r is null) return null;
        if (r is not PyTuple { Length: 2 } t)
            return ts.TypeError("encoder must return a tuple (object, integer)");
        var v = t.Items[0];
        if (v is not PyBytes)
        {
            if (v.Type.Name == "bytearray" && IoSupport.BytesOf(ts, v) is { } copy) return PyBytes.Create(copy);
            return ts.TypeError($"'{name}' encoder returned '{v.Type.Name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
        }
        return v;
    }

    /// <summary>_PyCodec_DecodeText through the codec registry.</summary>
    private static PyStr? DecodeThroughRegistry(ThreadState ts, PyObject data, string name, string? errors)
    {
        var info = CodecRegistry.LookupTextEncoding(ts, name, "codecs.decode()");
        if (info is null) return null;
        var decoder = Protocols.GetItem(ts, info, PyInt.Create(1));
        if (decoder is null) return null;
        var r = errors is null ? Protocols.Call1(ts, decoder, data) : Protocols.Call2(ts, decoder, data, PyStr.Create(errors));
        if (r is null) return null;
        if (r is not PyTuple { Length: 2 } t)
        {
            ts.TypeError("decoder must return a tuple (object,integer)");
            return null;
        }
        if (t.Items[0] is not PyStr str)
        {
            ts.TypeError($"'{name}' decoder returned '{t.Items[0].Type.Name}' instead of 'str'; use codecs.decode() to decode to arbitrary types");
            return null;
        }
        return str;
    }

    /// <summary>The encoded bytes, or null with UnicodeEncodeError (or LookupError for an unknown handler) set.</summary>
    public static byte[]? Encode(ThreadState ts, PyStr s, Codec codec, string? errors)
    {
        // The common case first: UTF-8 of text without surrogates is .NET's encoder.
        if (codec == Codec.Utf8 && !s.IsWide && !s.Bmp.ContainsAnyInRange('\uD800', '\uDFFF'))
            return Encoding.UTF8.GetBytes(s.Chars);
        var handler = HandlerOf(errors);
        var output = new List<byte>(s.Length + 8);
        if (codec == Codec.Utf16) { output.Add(0xFF); output.Add(0xFE); }
        else if (codec == Codec.Utf32) { output.Add(0xFF); output.Add(0xFE); output.Add(0); output.Add(0); }
        int n = s.Length;
        for (int i = 0; i < n;)
        {
            int c = s[i];
            if (CanEncode(codec, c))
            {
                Write(output, codec, c);
                i++;
                continue;
            }
            // A run of characters this codec cannot encode (one at a time for UTF-16/32, as CPython reports).
            int end = i + 1;
            if (codec is Codec.Utf8 or Codec.Ascii or Codec.Latin1)
                while (end < n && !CanEncode(codec, s[end])) end++;
            if (handler == Handler.Unknown)
            {
                // A handler registered with codecs.register_error.
                var custom = CodecErrors.Lookup(ts, errors!);
                if (custom is null) return null;
                string reason = codec switch
                {
                    Codec.Ascii => "ordinal not in range(128)",
                    Codec.Latin1 => "ordinal not in range(256)",
                    _ => "surrogates not allowed",
                };
                if (!CodecErrors.CallEncodeHandler(ts, custom, NameOf(codec), s, i, end, reason, out var replacement, out int newPos)) return null;
                if (replacement is PyBytes rb) output.AddRange(rb.Value);
                else
                {
                    var rs = (PyStr)replacement;
                    for (int k = 0; k < rs.Length; k++)
                    {
                        if (!CanEncode(codec, rs[k])) { RaiseEncode(ts, s, codec, i, end); return null; }
                        Write(output, codec, rs[k]);
                    }
                }
                i = newPos;
                continue;
            }
            if (!EncodeError(ts, s, codec, handler, i, end, output)) return null;
            i = end;
        }
        return output.ToArray();
    }

    private static bool CanEncode(Codec codec, int c) => codec switch
    {
        Codec.Ascii => c < 0x80,
        Codec.Latin1 => c < 0x100,
        _ => c is < 0xD800 or > 0xDFFF,
    };

    private static void Write(List<byte> output, Codec codec, int c)
    {
        switch (codec)
        {
            case Codec.Ascii:
            case Codec.Latin1:
                output.Add((byte)c);
                break;
            case Codec.Utf8:
                if (c < 0x80) output.Add((byte)c);
                else if (c < 0x800) { output.Add((byte)(0xC0 | c >> 6)); output.Add((byte)(0x80 | c & 0x3F)); }
                else if (c < 0x10000)
                {
                    output.Add((byte)(0xE0 | c >> 12)); output.Add((byte)(0x80 | c >> 6 & 0x3F)); output.Add((byte)(0x80 | c & 0x3F));
                }
                else
                {
                    output.Add((byte)(0xF0 | c >> 18)); output.Add((byte)(0x80 | c >> 12 & 0x3F));
                    output.Add((byte)(0x80 | c >> 6 & 0x3F)); output.Add((byte)(0x80 | c & 0x3F));
                }
                break;
            case Codec.Utf16:
            case Codec.Utf16LE:
            case Codec.Utf16BE:
                if (c >= 0x10000)
                {
                    c -= 0x10000;
                    WriteUnit16(output, codec, 0xD800 | c >> 10);
                    WriteUnit16(output, codec, 0xDC00 | c & 0x3FF);
                }
                else WriteUnit16(output, codec, c);
                break;
            default:
                if (codec == Codec.Utf32BE)
                {
                    output.Add((byte)(c >> 24)); output.Add((byte)(c >> 16)); output.Add((byte)(c >> 8)); output.Add((byte)c);
                }
                else
                {
                    output.Add((byte)c); output.Add((byte)(c >> 8)); output.Add((byte)(c >> 16)); output.Add((byte)(c >> 24));
                }
                break;
        }
    }

    private static void WriteUnit16(List<byte> output, Codec codec, int unit)
    {
        if (codec == Codec.Utf16BE) { output.Add((byte)(unit >> 8)); output.Add((byte)unit); }
        else { output.Add((byte)unit); output.Add((byte)(unit >> 8)); }
    }

    private static bool EncodeError(ThreadState ts, PyStr s, Codec codec, Handler handler, int start, int end, List<byte> output)
    {
        switch (handler)
        {
            case Handler.Ignore:
                return true;
            case Handler.Replace:
                for (int i = start; i < end; i++)
                {
                    if (codec is Codec.Utf8 or Codec.Ascii or Codec.Latin1) output.Add((byte)'?');
                    else Write(output, codec, '?');
                }
                return true;
            case Handler.BackslashReplace:
            case Handler.XmlCharRefReplace:
            case Handler.NameReplace:
                for (int i = start; i < end; i++)
                {
                    string text = handler == Handler.XmlCharRefReplace ? $"&#{s[i]};" : Escape(s[i], handler == Handler.NameReplace);
                    foreach (char ch in text) Write(output, codec is Codec.Utf8 or Codec.Ascii or Codec.Latin1 ? Codec.Ascii : codec, ch);
                }
                return true;
            case Handler.SurrogateEscape:
                // The escaped bytes are single bytes: UTF-16/32 reject them as not a whole code unit.
                if (codec is not (Codec.Utf8 or Codec.Ascii or Codec.Latin1)) return RaiseEncode(ts, s, codec, start, end);
                for (int i = start; i < end; i++)
                {
                    int c = s[i];
                    if (c is < 0xDC80 or > 0xDCFF) return RaiseEncode(ts, s, codec, start, end);
                }
                for (int i = start; i < end; i++) output.Add((byte)(s[i] - 0xDC00));
                return true;
            case Handler.SurrogatePass:
                if (codec is Codec.Ascii or Codec.Latin1) return RaiseEncode(ts, s, codec, start, end);
                for (int i = start; i < end; i++)
                {
                    int c = s[i];
                    if (codec == Codec.Utf8)
                    {
                        output.Add((byte)(0xE0 | c >> 12)); output.Add((byte)(0x80 | c >> 6 & 0x3F)); output.Add((byte)(0x80 | c & 0x3F));
                    }
                    else if (codec is Codec.Utf16 or Codec.Utf16LE or Codec.Utf16BE) WriteUnit16(output, codec, c);
                    else Write(output, codec, c);
                }
                return true;
            default:
                return RaiseEncode(ts, s, codec, start, end);
        }
    }

    private static string Escape(int c, bool byName)
    {
        if (byName && Kaa.Syntax.Text.UnicodeNames.Name(c) is { } name) return $"\\N{{{name}}}";
        if (c < 0x100) return $"\\x{c:x2}";
        if (c < 0x10000) return $"\\u{c:x4}";
        return $"\\U{c:x8}";
    }

    private static bool RaiseEncode(ThreadState ts, PyStr s, Codec codec, int start, int end)
    {
        string reason = codec switch
        {
            Codec.Ascii => "ordinal not in range(128)",
            Codec.Latin1 => "ordinal not in range(256)",
            _ => "surrogates not allowed",
        };
        ts.SetError(PyExc.UnicodeEncodeError, PyTuple.Create([
            PyStr.Create(NameOf(codec)), StrSlots.Exact(s), PyInt.Create(start), PyInt.Create(end), PyStr.Create(reason)]));
        return false;
    }

    // ---- decoding ----------------------------------------------------------------------------------

    /// <summary>How many bytes at the end start a sequence that is not complete yet.</summary>
    public static int IncompleteTail(UnicodeCodecs.Codec codec, ReadOnlySpan<byte> data)
    {
        switch (codec)
        {
            case UnicodeCodecs.Codec.Utf16:
                if (data.Length < 2) return data.Length;
                return IncompleteTail(data[0] == 0xFE && data[1] == 0xFF ? Codec.Utf16BE : Codec.Utf16LE, data);
            case UnicodeCodecs.Codec.Utf32:
                return data.Length < 4 ? data.Length : data.Length % 4;
            case UnicodeCodecs.Codec.Utf8:
                for (int back = 1; back <= 3 && back <= data.Length; back++)
                {
                    byte b = data[^back];
                    if (b < 0x80) return 0;
                    if (b >= 0xC0)
                    {
                        int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                        return need > back ? back : 0;
                    }
                }
                return 0;
            case UnicodeCodecs.Codec.Utf16LE:
            case UnicodeCodecs.Codec.Utf16BE:
            {
                int odd = data.Length % 2;
                int whole = data.Length - odd;
                if (whole >= 2)
                {
                    int u = codec == UnicodeCodecs.Codec.Utf16BE ? data[whole - 2] << 8 | data[whole - 1] : data[whole - 2] | data[whole - 1] << 8;
                    if (u is >= 0xD800 and <= 0xDBFF) return odd + 2;
                }
                return odd;
            }
            case UnicodeCodecs.Codec.Utf32LE:
            case UnicodeCodecs.Codec.Utf32BE:
                return data.Length % 4;
            default:
                return 0;
        }
    }


    /// <summary>str(obj, encoding, errors): decodes a bytes-like object.</summary>
    public static PyStr? DecodeObject(ThreadState ts, PyObject obj, PyStr? encoding, PyStr? errors)
    {
        if (obj is PyStr) { ts.SetError(PyExc.TypeError, "decoding str is not supported"); return null; }
        if (!Protocols.HasBuffer(obj))
        {
            ts.SetError(PyExc.TypeError, $"decoding to str: need a bytes-like object, {obj.Type.Name} found");
            return null;
        }
        string name = encoding?.ToString() ?? "utf-8";
        if (Lookup(name) is null) return DecodeThroughRegistry(ts, obj, name, errors?.ToString());
        if (!Protocols.GetBuffer(ts, obj, false, out var view)) return null;
        var result = Decode(ts, view.Span, name, errors?.ToString());
        Protocols.ReleaseBuffer(ref view);
        return result;
    }

    /// <summary>bytes.decode(encoding, errors).</summary>
    public static PyStr? Decode(ThreadState ts, ReadOnlySpan<byte> data, string encoding, string? errors)
    {
        var codec = Lookup(encoding);
        if (codec is null) return DecodeThroughRegistry(ts, PyBytes.Create(data.ToArray()), encoding, errors);
        return Decode(ts, data, codec.Value, errors);
    }

    public static PyStr? Decode(ThreadState ts, ReadOnlySpan<byte> data, Codec codec, string? errors)
    {
        switch (codec)
        {
            case Codec.Latin1:
                return PyStr.FromChars(Encoding.Latin1.GetString(data));
            case Codec.Ascii when !data.ContainsAnyExceptInRange((byte)0, (byte)0x7F):
            case Codec.Utf8 when System.Text.Unicode.Utf8.IsValid(data):
                return PyStr.Create(Encoding.UTF8.GetString(data));
        }
        var handler = HandlerOf(errors);
        var sb = new PyStrBuilder();
        var original = data;
        int pos = 0;
        string name = NameOf(codec);
        if (codec == Codec.Utf16)
        {
            codec = Codec.Utf16LE;
            if (data.Length >= 2 && data[0] == 0xFE && data[1] == 0xFF) { codec = Codec.Utf16BE; pos = 2; }
            else if (data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE) pos = 2;
            name = NameOf(codec);
        }
        else if (codec == Codec.Utf32)
        {
            codec = Codec.Utf32LE;
            if (data.Length >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) { codec = Codec.Utf32BE; pos = 4; }
            else if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) pos = 4;
            name = NameOf(codec);
        }
        while (pos < data.Length)
        {
            int cp, length;
            string? reason = codec switch
            {
                Codec.Ascii => DecodeAscii(data, pos, out cp, out length),
                Codec.Utf8 => DecodeUtf8(data, pos, handler == Handler.SurrogatePass, out cp, out length),
                Codec.Utf16LE or Codec.Utf16BE => DecodeUtf16(data, pos, codec == Codec.Utf16BE, handler == Handler.SurrogatePass, out cp, out length),
                _ => DecodeUtf32(data, pos, codec == Codec.Utf32BE, handler == Handler.SurrogatePass, out cp, out length),
            };
            if (reason is null)
            {
                sb.AppendCodePoint(cp);
                pos += length;
                continue;
            }
            int end = pos + length;
            switch (handler)
            {
                case Handler.Ignore:
                    break;
                case Handler.Replace:
                    sb.AppendCodePoint(0xFFFD);
                    break;
                case Handler.BackslashReplace:
                    for (int i = pos; i < end; i++) sb.Append($"\\x{data[i]:x2}");
                    break;
                case Handler.SurrogateEscape:
                    bool escapable = true;
                    for (int i = pos; i < end; i++) escapable &= data[i] >= 0x80;
                    if (!escapable) return RaiseDecode(ts, original, name, pos, end, reason);
                    for (int i = pos; i < end; i++) sb.AppendCodePoint(0xDC00 + data[i]);
                    break;
                case Handler.Unknown:
                {
                    var custom = CodecErrors.Lookup(ts, errors!);
                    if (custom is null) return null;
                    if (!CodecErrors.CallDecodeHandler(ts, custom, name, original, pos, end, reason, out var replacement, out int newPos)) return null;
                    sb.Append(replacement);
                    pos = newPos;
                    continue;
                }
                default:
                    return RaiseDecode(ts, original, name, pos, end, reason);
            }
            pos = end;
        }
        return sb.ToPyStr();
    }

    private static PyStr? RaiseDecode(ThreadState ts, ReadOnlySpan<byte> data, string name, int start, int end, string reason)
    {
        ts.SetError(PyExc.UnicodeDecodeError, PyTuple.Create([
            PyStr.Create(name), PyBytes.Create(data.ToArray()), PyInt.Create(start), PyInt.Create(end), PyStr.Create(reason)]));
        return null;
    }

    private static string? DecodeAscii(ReadOnlySpan<byte> data, int pos, out int cp, out int length)
    {
        cp = data[pos];
        length = 1;
        return cp < 0x80 ? null : "ordinal not in range(128)";
    }

    /// <summary>One UTF-8 sequence; on error, the reason and the length of the maximal invalid subpart.</summary>
    private static string? DecodeUtf8(ReadOnlySpan<byte> data, int pos, bool surrogatePass, out int cp, out int length)
    {
        int b0 = data[pos];
        cp = b0;
        length = 1;
        if (b0 < 0x80) return null;
        int need;
        int lo = 0x80, hi = 0xBF;
        if (b0 is >= 0xC2 and <= 0xDF) { need = 1; cp = b0 & 0x1F; }
        else if (b0 is >= 0xE0 and <= 0xEF)
        {
            need = 2;
            cp = b0 & 0x0F;
            if (b0 == 0xE0) lo = 0xA0;
            else if (b0 == 0xED && !surrogatePass) hi = 0x9F;
        }
        else if (b0 is >= 0xF0 and <= 0xF4)
        {
            need = 3;
            cp = b0 & 0x07;
            if (b0 == 0xF0) lo = 0x90;
            else if (b0 == 0xF4) hi = 0x8F;
        }
        else return "invalid start byte";
        for (int k = 1; k <= need; k++)
        {
            if (pos + k >= data.Length)
            {
                length = k;
                return "unexpected end of data";
            }
            int b = data[pos + k];
            if (k == 1 ? b < lo || b > hi : b is < 0x80 or > 0xBF)
            {
                length = k;
                return "invalid continuation byte";
            }
            cp = cp << 6 | b & 0x3F;
        }
        length = need + 1;
        return null;
    }

    private static string? DecodeUtf16(ReadOnlySpan<byte> data, int pos, bool bigEndian, bool surrogatePass, out int cp, out int length)
    {
        cp = 0;
        if (pos + 1 >= data.Length) { length = data.Length - pos; return "truncated data"; }
        int u = bigEndian ? data[pos] << 8 | data[pos + 1] : data[pos] | data[pos + 1] << 8;
        length = 2;
        cp = u;
        if (u is < 0xD800 or > 0xDFFF) return null;
        if (u >= 0xDC00) return surrogatePass ? null : "illegal encoding";
        if (pos + 3 >= data.Length)
        {
            if (surrogatePass) return null;
            length = data.Length - pos;
            return "unexpected end of data";
        }
        int u2 = bigEndian ? data[pos + 2] << 8 | data[pos + 3] : data[pos + 2] | data[pos + 3] << 8;
        if (u2 is < 0xDC00 or > 0xDFFF) return surrogatePass ? null : "illegal UTF-16 surrogate";
        cp = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
        length = 4;
        return null;
    }

    private static string? DecodeUtf32(ReadOnlySpan<byte> data, int pos, bool bigEndian, bool surrogatePass, out int cp, out int length)
    {
        cp = 0;
        if (pos + 3 >= data.Length) { length = data.Length - pos; return "truncated data"; }
        length = 4;
        uint v = bigEndian
            ? (uint)(data[pos] << 24 | data[pos + 1] << 16 | data[pos + 2] << 8 | data[pos + 3])
            : (uint)(data[pos] | data[pos + 1] << 8 | data[pos + 2] << 16 | data[pos + 3] << 24);
        if (v > 0x10FFFF) return "code point not in range(0x110000)";
        cp = (int)v;
        if (cp is >= 0xD800 and <= 0xDFFF && !surrogatePass) return "code point in surrogate code point range(0xd800, 0xe000)";
        return null;
    }
}
