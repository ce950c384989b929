using System.Text;
using Kaa.Syntax.Text;

namespace Kaa.Compiler.Optimizer;

/// <summary>
/// Python str as code points over the two constant representations: a .NET <see cref="string"/>
/// (astral characters as surrogate pairs, never a lone surrogate) and <see cref="CodePointString"/>
/// (a str with lone surrogates).
/// </summary>
public static class PyStr
{
    /// <summary>len(): the number of code points.</summary>
    public static int Length(string s)
    {
        int n = s.Length;
        foreach (char c in s)
            if (char.IsLowSurrogate(c)) n--;
        return n;
    }

    public static int[] CodePoints(object s)
    {
        if (s is CodePointString cps) return cps.CodePoints;
        string str = (string)s;
        var result = new int[Length(str)];
        int k = 0;
        for (int i = 0; i < str.Length; i++)
        {
            if (char.IsHighSurrogate(str[i]) && i + 1 < str.Length && char.IsLowSurrogate(str[i + 1]))
            {
                result[k++] = char.ConvertToUtf32(str[i], str[i + 1]);
                i++;
            }
            else result[k++] = str[i];
        }
        return result;
    }

    /// <summary>The constant for a code-point sequence: a string unless it holds a surrogate code point.</summary>
    public static object FromCodePoints(int[] codePoints)
    {
        foreach (int cp in codePoints)
            if (cp is >= 0xD800 and <= 0xDFFF) return new CodePointString(codePoints);
        var sb = new StringBuilder(codePoints.Length);
        foreach (int cp in codePoints)
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    /// <summary>s[index] with index a code-point position (already in range).</summary>
    public static string CharAt(string s, int index)
    {
        if (s.Length == Length(s)) return s[index].ToString();
        int k = 0;
        for (int i = 0; i < s.Length; i++)
        {
            bool pair = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
            if (k == index) return pair ? s.Substring(i, 2) : s[i].ToString();
            if (pair) i++;
            k++;
        }
        throw new ArgumentOutOfRangeException(nameof(index));
    }

    /// <summary>True when the constant is a Python str.</summary>
    public static bool IsStr(object? v) => v is string or CodePointString;
}
