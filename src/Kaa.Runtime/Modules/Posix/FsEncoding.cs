namespace Kaa.Runtime;

/// <summary>
/// The file-system encoding of CPython on Linux under a UTF-8 locale: UTF-8 with the
/// <c>surrogateescape</c> error handler (PEP 383). Undecodable bytes become lone surrogates
/// U+DC80..U+DCFF and encode back to the same bytes, so every path round-trips through str.
/// </summary>
internal static class FsEncoding
{
    /// <summary>os.fsdecode: bytes → str.</summary>
    public static PyStr Decode(ReadOnlySpan<byte> data)
    {
        // Fast path: ASCII.
        bool ascii = true;
        foreach (var b in data) if (b >= 0x80) { ascii = false; break; }
        if (ascii) return PyStr.FromChars(System.Text.Encoding.ASCII.GetString(data));
        var cps = new List<int>(data.Length);
        int i = 0;
        while (i < data.Length)
        {
            int n = DecodeOne(data, i, out int cp);
            if (n == 0) { cps.Add(0xDC00 | data[i]); i++; }
            else { cps.Add(cp); i += n; }
        }
        return PyStr.FromCodePoints(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cps));
    }

    /// <summary>One well-formed UTF-8 sequence at <paramref name="i"/>: its length, or 0 when invalid
    /// (overlong forms, surrogates and values above U+10FFFF are invalid as in CPython's decoder).</summary>
    private static int DecodeOne(ReadOnlySpan<byte> d, int i, out int cp)
    {
        cp = 0;
        byte b0 = d[i];
        if (b0 < 0x80) { cp = b0; return 1; }
        int need; int min;
        if (b0 >= 0xC2 && b0 <= 0xDF) { need = 1; cp = b0 & 0x1F; min = 0x80; }
        else if (b0 >= 0xE0 && b0 <= 0xEF) { need = 2; cp = b0 & 0x0F; min = 0x800; }
        else if (b0 >= 0xF0 && b0 <= 0xF4) { need = 3; cp = b0 & 0x07; min = 0x10000; }
        else return 0;
        for (int k = 1; k <= need; k++)
        {
            if (i + k >= d.Length) return 0;
            byte b = d[i + k];
            if ((b & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
        return need + 1;
    }

    /// <summary>os.fsencode: str → bytes; null with UnicodeEncodeError set for a surrogate that does not
    /// stand for a byte.</summary>
    public static byte[]? Encode(ThreadState ts, PyStr s)
    {
        int n = s.Length;
        var chars = s.IsWide ? null : s.Chars;
        bool ascii = chars is not null;
        if (chars is not null) foreach (var c in chars) if (c >= 0x80) { ascii = false; break; }
        if (ascii) return System.Text.Encoding.ASCII.GetBytes(chars!);
        var output = new List<byte>(n * 2);
        for (int i = 0; i < n; i++)
        {
            int cp = s[i];
            if (cp < 0x80) output.Add((byte)cp);
            else if (cp < 0x800) { output.Add((byte)(0xC0 | (cp >> 6))); output.Add((byte)(0x80 | (cp & 0x3F))); }
            else if (cp >= 0xD800 && cp <= 0xDFFF)
            {
                if (cp >= 0xDC80 && cp <= 0xDCFF) { output.Add((byte)(cp & 0xFF)); continue; }
                int end = i + 1;
                while (end < n && s[end] >= 0xD800 && s[end] <= 0xDFFF && !(s[end] >= 0xDC80 && s[end] <= 0xDCFF)) end++;
                RaiseEncodeError(ts, s, i, end);
                return null;
            }
            else if (cp < 0x10000)
            {
                output.Add((byte)(0xE0 | (cp >> 12))); output.Add((byte)(0x80 | ((cp >> 6) & 0x3F))); output.Add((byte)(0x80 | (cp & 0x3F)));
            }
            else
            {
                output.Add((byte)(0xF0 | (cp >> 18))); output.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
                output.Add((byte)(0x80 | ((cp >> 6) & 0x3F))); output.Add((byte)(0x80 | (cp & 0x3F)));
            }
        }
        return output.ToArray();
    }

    /// <summary>UnicodeEncodeError('utf-8', s, start, end, 'surrogates not allowed').</summary>
    private static void RaiseEncodeError(ThreadState ts, PyStr s, int start, int end)
    {
        var exc = Protocols.Call(ts, PyExc.UnicodeEncodeError,
            [PyStr.Intern("utf-8"), s, PyInt.Create(start), PyInt.Create(end), PyStr.Intern("surrogates not allowed")], null);
        if (exc is PyBaseException e) ts.SetError(e);
    }
}
