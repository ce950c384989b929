namespace Kaa.Runtime;

/// <summary>UTF-7 (RFC 2152) as CPython writes it: sets D, O and white space direct, everything else in
/// modified-base64 runs of UTF-16 units opened by "+" and closed by "-" when needed.</summary>
internal static class Utf7Codec
{
    private const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    // 0 direct, 1 optional direct (set O), 2 white space, 3 special.
    private static ReadOnlySpan<byte> Category =>
    [
        3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
        2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3,
    ];

    private static bool IsBase64(int c) => c < 128 && Base64.IndexOf((char)c) >= 0;
    private static int FromBase64(int c) => Base64.IndexOf((char)c);
    private static bool EncodeDirect(int c) => c is > 0 and < 128 && Category[c] != 3;

    internal static void Install(PyModule m)
    {
        m.AddFunction("utf_7_encode", static (ts, self, args, kw) =>
        {
            if (!CodecsModule.Positional(ts, "utf_7_encode", args, kw, 1, 2)) return null;
            if (!CodecsModule.StrArg(ts, "utf_7_encode", args[0], out var s)) return null;
            if (!CodecsModule.ErrorsArg(ts, "utf_7_encode", args.Length > 1 ? args[1] : null, 2, out _)) return null;
            return PyTuple.Create(PyBytes.Create(Encode(s)), PyInt.Create(s.Length));
        });
        m.AddFunction("utf_7_decode", static (ts, self, args, kw) =>
        {
            if (!CodecsModule.Positional(ts, "utf_7_decode", args, kw, 1, 3)) return null;
            if (!CodecsModule.ErrorsArg(ts, "utf_7_decode", args.Length > 1 ? args[1] : null, 2, out var errors)) return null;
            if (!CodecsModule.FinalArg(ts, args.Length > 2 ? args[2] : null, false, out bool final)) return null;
            var data = IoSupport.BytesOf(ts, args[0]);
            if (data is null) return null;
            var r = Decode(ts, data, errors, final, out int consumed);
            return r is null ? null : PyTuple.Create(r, PyInt.Create(consumed));
        });
    }

    private static byte[] Encode(PyStr s)
    {
        var output = new List<byte>(s.Length);
        bool inShift = false;
        int bits = 0;
        long buffer = 0;
        void Put(int unit)
        {
            bits += 16;
            buffer = buffer << 16 | (uint)unit;
            while (bits >= 6)
            {
                output.Add((byte)Base64[(int)(buffer >> (bits - 6)) & 0x3F]);
                bits -= 6;
            }
            buffer &= (1L << bits) - 1;
        }
        for (int i = 0; i < s.Length; i++)
        {
            int ch = s[i];
            if (inShift && EncodeDirect(ch))
            {
                if (bits > 0)
                {
                    output.Add((byte)Base64[(int)(buffer << (6 - bits)) & 0x3F]);
                    buffer = 0;
                    bits = 0;
                }
                inShift = false;
                if (IsBase64(ch) || ch == '-') output.Add((byte)'-');
                output.Add((byte)ch);
                continue;
            }
            if (!inShift)
            {
                if (ch == '+') { output.Add((byte)'+'); output.Add((byte)'-'); continue; }
                if (EncodeDirect(ch)) { output.Add((byte)ch); continue; }
                output.Add((byte)'+');
                inShift = true;
            }
            if (ch >= 0x10000)
            {
                Put(0xD800 | (ch - 0x10000) >> 10);
                Put(0xDC00 | (ch - 0x10000) & 0x3FF);
            }
            else Put(ch);
        }
        if (bits > 0) output.Add((byte)Base64[(int)(buffer << (6 - bits)) & 0x3F]);
        if (inShift) output.Add((byte)'-');
        return output.ToArray();
    }

    private static PyStr? Decode(ThreadState ts, byte[] data, string? errors, bool final, out int consumed)
    {
        var sb = new PyStrBuilder();
        bool inShift = false;
        int bits = 0;
        long buffer = 0;
        int surrogate = 0;
        int startInPos = 0, shiftOutStart = 0;
        int s = 0, e = data.Length;
        consumed = 0;
        while (true)
        {
            while (s < e)
            {
                int ch = data[s];
                string? error = null;
                if (inShift)
                {
                    if (IsBase64(ch))
                    {
                        buffer = buffer << 6 | (uint)FromBase64(ch);
                        bits += 6;
                        s++;
                        if (bits >= 16)
                        {
                            int outCh = (int)(buffer >> (bits - 16)) & 0xFFFF;
                            bits -= 16;
                            buffer &= (1L << bits) - 1;
                            if (surrogate != 0)
                            {
                                if (outCh is >= 0xDC00 and <= 0xDFFF)
                                {
                                    sb.AppendCodePoint(0x10000 + ((surrogate - 0xD800) << 10) + (outCh - 0xDC00));
                                    surrogate = 0;
                                    continue;
                                }
                                sb.AppendCodePoint(surrogate);
                                surrogate = 0;
                            }
                            if (outCh is >= 0xD800 and <= 0xDBFF) surrogate = outCh;
                            else sb.AppendCodePoint(outCh);
                        }
                        continue;
                    }
                    inShift = false;
                    if (bits > 0)
                    {
                        if (bits >= 6) { s++; error = "partial character in shift sequence"; }
                        else if (buffer != 0) { s++; error = "non-zero padding bits in shift sequence"; }
                    }
                    if (error is null)
                    {
                        if (surrogate != 0 && ch <= 127 && ch != '+') sb.AppendCodePoint(surrogate);
                        surrogate = 0;
                        if (ch == '-') s++;
                        continue;
                    }
                }
                else if (ch == '+')
                {
                    startInPos = s;
                    s++;
                    if (s < e && data[s] == '-') { s++; sb.AppendCodePoint('+'); continue; }
                    if (s < e && !IsBase64(data[s])) { s++; error = "ill-formed sequence"; }
                    else
                    {
                        inShift = true;
                        surrogate = 0;
                        shiftOutStart = sb.Length;
                        bits = 0;
                        buffer = 0;
                        continue;
                    }
                }
                else if (ch <= 127)
                {
                    s++;
                    sb.AppendCodePoint(ch);
                    continue;
                }
                else
                {
                    startInPos = s;
                    s++;
                    error = "unexpected special character";
                }
                if (!DecodeErrors.Handle(ts, errors, "utf7", data, startInPos, s, error, sb, out int resume)) return null;
                s = resume;
            }
            if (inShift && final)
            {
                inShift = false;
                if (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0))
                {
                    if (!DecodeErrors.Handle(ts, errors, "utf7", data, startInPos, e, "unterminated shift sequence", sb, out int resume)) return null;
                    s = resume;
                    if (s < e) continue;
                }
            }
            break;
        }
        if (!final && inShift)
        {
            consumed = startInPos;
            var all = sb.ToPyStr();
            return all.Substring(0, Math.Min(shiftOutStart, all.Length));
        }
        consumed = final ? e : s;
        return sb.ToPyStr();
    }
}
