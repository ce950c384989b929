using System.Text;

namespace Kaa.Runtime.Formatting;

/// <summary>
/// Python str values in this folder are .NET strings read as code points: a surrogate pair is one
/// astral code point, a lone surrogate is a code point of its own. Widths and precisions count code
/// points, as Python's len() does.
/// </summary>
public static class CodePoints
{
    public static int[] Of(string s)
    {
        var result = new int[Count(s)];
        Decode(s, result);
        return result;
    }

    /// <summary>Writes the code points of <paramref name="s"/> (at most s.Length) into <paramref name="destination"/>; returns how many.</summary>
    public static int Decode(string s, Span<int> destination)
    {
        int k = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                destination[k++] = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            else destination[k++] = c;
        }
        return k;
    }

    /// <summary>The number of code points (Python's len()).</summary>
    public static int Count(string s)
    {
        int n = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }
        return n;
    }

    /// <summary>The UTF-16 index where code point number <paramref name="count"/> starts.</summary>
    public static int Utf16Offset(string s, int count)
    {
        int i = 0;
        for (int k = 0; k < count && i < s.Length; k++)
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        return i;
    }

    public static StringBuilder AppendCodePoint(this StringBuilder sb, int cp)
    {
        if (cp < 0x10000) return sb.Append((char)cp);
        return sb.Append(char.ConvertFromUtf32(cp));
    }

    public static StringBuilder AppendRepeated(this StringBuilder sb, int cp, long count)
    {
        if (count <= 0) return sb;
        if (cp < 0x10000) return sb.Append((char)cp, checked((int)count));
        string pair = char.ConvertFromUtf32(cp);
        for (long i = 0; i < count; i++) sb.Append(pair);
        return sb;
    }
}
