namespace Kaa.Runtime;

/// <summary>
/// Substring search over str's two forms. BMP-form strings search their chars with .NET's vectorised
/// ordinal span search (one char per code point, so indices are code-point indices); a wide string
/// searches its code points. A needle with an astral code point never occurs in a BMP-form string.
/// </summary>
internal static class StrSearch
{
    /// <summary>The first (or last) index of <paramref name="needle"/> in hay[start:end] (already adjusted), or -1.</summary>
    public static int Find(PyStr hay, PyStr needle, int start, int end, bool reverse)
    {
        int n = needle.Length;
        if (end - start < n) return -1;
        if (n == 0) return reverse ? end : start;
        if (!hay.IsWide)
        {
            if (needle.IsWide) return -1;
            var span = hay.Bmp[start..end];
            int i = n == 1
                ? (reverse ? span.LastIndexOf(needle.Bmp[0]) : span.IndexOf(needle.Bmp[0]))
                : (reverse ? span.LastIndexOf(needle.Bmp) : span.IndexOf(needle.Bmp));
            return i < 0 ? -1 : i + start;
        }
        var wide = hay.Wide[start..end];
        ReadOnlySpan<int> sub = needle.IsWide ? needle.Wide : Widen(needle, n <= 64 ? stackalloc int[n] : new int[n]);
        int k = reverse ? wide.LastIndexOf(sub) : wide.IndexOf(sub);
        return k < 0 ? -1 : k + start;
    }

    /// <summary>Non-overlapping occurrences of <paramref name="needle"/> in hay[start:end], at most <paramref name="max"/>.</summary>
    public static long Count(PyStr hay, PyStr needle, int start, int end, long max = long.MaxValue)
    {
        int n = needle.Length;
        if (end - start < n) return 0;
        if (n == 0) return Math.Min(end - start + 1L, max);
        if (!hay.IsWide)
        {
            if (needle.IsWide) return 0;
            var span = hay.Bmp[start..end];
            if (n == 1 && max == long.MaxValue) return span.Count(needle.Bmp[0]);
            return CountIn(span, needle.Bmp, max);
        }
        ReadOnlySpan<int> sub = needle.IsWide ? needle.Wide : Widen(needle, n <= 64 ? stackalloc int[n] : new int[n]);
        return CountIn(hay.Wide[start..end], sub, max);
    }

    private static long CountIn<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> sub, long max) where T : IEquatable<T>
    {
        long count = 0;
        while (count < max)
        {
            int i = span.IndexOf(sub);
            if (i < 0) break;
            count++;
            span = span[(i + sub.Length)..];
        }
        return count;
    }

    /// <summary>Whether hay[at:at+len(needle)] equals <paramref name="needle"/> (the caller checks the bounds).</summary>
    public static bool MatchAt(PyStr hay, PyStr needle, int at)
    {
        int n = needle.Length;
        if (!hay.IsWide)
        {
            if (needle.IsWide) return false;
            return hay.Bmp.Slice(at, n).SequenceEqual(needle.Bmp);
        }
        if (needle.IsWide) return hay.Wide.Slice(at, n).SequenceEqual(needle.Wide);
        var w = hay.Wide.Slice(at, n);
        var b = needle.Bmp;
        for (int i = 0; i < n; i++)
            if (w[i] != b[i]) return false;
        return true;
    }

    /// <summary>The code points of a BMP-form string written into <paramref name="dest"/>.</summary>
    public static Span<int> Widen(PyStr s, Span<int> dest)
    {
        var chars = s.Bmp;
        for (int i = 0; i < chars.Length; i++) dest[i] = chars[i];
        return dest[..chars.Length];
    }

    /// <summary>ADJUST_INDICES: clamp start/end to [0, len] the way str's search methods do.</summary>
    public static void AdjustIndices(ref long start, ref long end, int length)
    {
        if (end > length) end = length;
        else if (end < 0)
        {
            end += length;
            if (end < 0) end = 0;
        }
        if (start < 0)
        {
            start += length;
            if (start < 0) start = 0;
        }
    }
}
