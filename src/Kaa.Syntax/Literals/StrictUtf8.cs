using System.Text.Unicode;

namespace Kaa.Syntax.Literals;

/// <summary>
/// CPython's strict UTF-8 decoding of literal text, for the one message that matters here: the
/// tokenizer lets undecodable bytes through inside string literals, and the string parser then
/// fails with "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start
/// byte", positions counted from the start of the text being decoded.
/// </summary>
internal static class StrictUtf8
{
    /// <summary>Throws CPython's SyntaxError if <paramref name="bytes"/> is not well-formed UTF-8.</summary>
    public static void Check(Parser.Parser p, ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes)) return;
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }
            int need;
            byte lo = 0x80, hi = 0xBF; // the allowed range of the second byte
            if (b >= 0xC2 && b <= 0xDF) need = 1;
            else if (b >= 0xE0 && b <= 0xEF)
            {
                need = 2;
                if (b == 0xE0) lo = 0xA0;
                else if (b == 0xED) hi = 0x9F;
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                need = 3;
                if (b == 0xF0) lo = 0x90;
                else if (b == 0xF4) hi = 0x8F;
            }
            else throw Error(p, bytes, i, i + 1, "invalid start byte");
            for (int k = 1; k <= need; k++)
            {
                if (i + k >= bytes.Length) throw Error(p, bytes, i, bytes.Length, "unexpected end of data");
                byte c = bytes[i + k];
                bool ok = k == 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xBF;
                if (!ok) throw Error(p, bytes, i, i + k, "invalid continuation byte");
            }
            i += need + 1;
        }
    }

    private static Errors.SyntaxErrorException Error(Parser.Parser p, ReadOnlySpan<byte> bytes, int start, int end,
        string reason)
    {
        string detail = end - start == 1
            ? $"'utf-8' codec can't decode byte 0x{bytes[start]:x2} in position {start}: {reason}"
            : $"'utf-8' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        return p.RaiseSyntaxError("(unicode error) " + detail);
    }
}
