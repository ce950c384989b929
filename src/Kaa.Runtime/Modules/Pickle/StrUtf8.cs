using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// str to UTF-8 with the "surrogatepass" rule (a lone surrogate is encoded as any other code point), in two
/// steps — the length, then the bytes into a caller's span — so the pickler writes text straight into its
/// buffer without an intermediate array.
/// </summary>
internal static class StrUtf8
{
    /// <summary>The encoded length in bytes.</summary>
    public static int Length(PyStr s)
    {
        if (s.IsWide)
        {
            int n = 0;
            foreach (int cp in s.Wide) n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            return n;
        }
        var bmp = s.Bmp;
        if (!bmp.ContainsAnyInRange('\uD800', '\uDFFF')) return Encoding.UTF8.GetByteCount(bmp);
        int total = 0;
        foreach (char c in bmp) total += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        return total;
    }

    /// <summary>Writes the bytes (<paramref name="target"/> is exactly <see cref="Length"/> long).</summary>
    public static void Encode(PyStr s, Span<byte> target)
    {
        if (!s.IsWide)
        {
            var bmp = s.Bmp;
            if (!bmp.ContainsAnyInRange('\uD800', '\uDFFF'))
            {
                Encoding.UTF8.GetBytes(bmp, target);
                return;
            }
            int at = 0;
            foreach (char c in bmp) at = Put(target, at, c);
            return;
        }
        int pos = 0;
        foreach (int cp in s.Wide) pos = Put(target, pos, cp);
    }

    private static int Put(Span<byte> t, int at, int cp)
    {
        if (cp < 0x80) t[at++] = (byte)cp;
        else if (cp < 0x800)
        {
            t[at++] = (byte)(0xC0 | (cp >> 6));
            t[at++] = (byte)(0x80 | (cp & 0x3F));
        }
        else if (cp < 0x10000)
        {
            t[at++] = (byte)(0xE0 | (cp >> 12));
            t[at++] = (byte)(0x80 | ((cp >> 6) & 0x3F));
            t[at++] = (byte)(0x80 | (cp & 0x3F));
        }
        else
        {
            t[at++] = (byte)(0xF0 | (cp >> 18));
            t[at++] = (byte)(0x80 | ((cp >> 12) & 0x3F));
            t[at++] = (byte)(0x80 | ((cp >> 6) & 0x3F));
            t[at++] = (byte)(0x80 | (cp & 0x3F));
        }
        return at;
    }
}
