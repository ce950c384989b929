using System.Text;

namespace Kaa.Syntax.Tokens;

/// <summary>
/// Finds a PEP 263 encoding declaration the way CPython's tokenizer does (<c>get_coding_spec</c>
/// and <c>check_coding_spec</c>): a comment on line 1, or on line 2 when line 1 holds nothing but
/// whitespace and a comment, containing <c>coding</c> followed by <c>:</c> or <c>=</c>, optional
/// blanks and a name of letters, digits, <c>-_.</c>. Not a regular expression: the first
/// <c>coding[:=]</c> followed by a non-empty name wins.
/// </summary>
internal static class CodingDeclaration
{
    /// <summary>The declared encoding (utf-8 and latin-1 spellings normalised), or null.</summary>
    public static string? Find(ReadOnlySpan<byte> text)
    {
        // CPython looks at the lines as they are after translate_newlines, which guarantees a
        // final newline; line 1 is checked without its newline, line 2 with it.
        int nl1 = text.IndexOf((byte)'\n');
        int line1Len = nl1 < 0 ? text.Length : nl1;
        var line1 = text[..line1Len];
        if (Scan(line1, line1Len, out string? spec)) return spec;
        if (!IsBlankOrComment(line1)) return null;
        if (nl1 < 0) return null;
        var rest = text[(nl1 + 1)..];
        if (rest.IsEmpty) return null;
        int nl2 = rest.IndexOf((byte)'\n');
        // Line 2 with its newline (the one translate_newlines adds when the text ends there).
        int size = nl2 < 0 ? rest.Length + 1 : nl2 + 1;
        Scan(rest, size, out spec);
        return spec;
    }

    /// <summary>
    /// <c>get_coding_spec</c> over a line of <paramref name="size"/> bytes (the span may be shorter
    /// by the implicit final newline). Returns true when the line holds a declaration.
    /// </summary>
    private static bool Scan(ReadOnlySpan<byte> line, int size, out string? spec)
    {
        spec = null;
        int i = 0;
        // The declaration must be in a comment that is the only thing on the line.
        for (; i < size - 6; i++)
        {
            byte c = At(line, i);
            if (c == '#') break;
            if (c != ' ' && c != '\t' && c != '\f') return false;
        }
        for (; i < size - 6; i++)
        {
            if (!Matches(line, i, "coding"u8)) continue;
            int t = i + 6;
            byte sep = At(line, t);
            if (sep != ':' && sep != '=') continue;
            do t++; while (At(line, t) is (byte)' ' or (byte)'\t');
            int begin = t;
            while (At(line, t) is var ch && (char.IsAsciiLetterOrDigit((char)ch) || ch == '-' || ch == '_' || ch == '.'))
                t++;
            if (t > begin)
            {
                spec = NormalName(Encoding.ASCII.GetString(line[begin..t]));
                return true;
            }
        }
        return false;
    }

    private static byte At(ReadOnlySpan<byte> line, int i) => i < line.Length ? line[i] : (byte)'\n';

    private static bool Matches(ReadOnlySpan<byte> line, int i, ReadOnlySpan<byte> word)
        => i + word.Length <= line.Length && line.Slice(i, word.Length).SequenceEqual(word);

    /// <summary>
    /// <c>check_coding_spec</c>'s test for going on to line 2: the line has nothing but
    /// blanks before a comment or its end.
    /// </summary>
    private static bool IsBlankOrComment(ReadOnlySpan<byte> line)
    {
        foreach (byte c in line)
        {
            if (c is (byte)'#' or (byte)'\n' or (byte)'\r') return true;
            if (c != ' ' && c != '\t' && c != '\f') return false;
        }
        return true;
    }

    /// <summary>
    /// <c>get_normal_name</c>: the first 12 characters, lower-cased with '_' as '-', decide whether
    /// the name is a spelling of utf-8 or latin-1; any other name is returned unchanged.
    /// </summary>
    private static string NormalName(string s)
    {
        var sb = new StringBuilder(12);
        for (int i = 0; i < s.Length && i < 12; i++)
            sb.Append(s[i] == '_' ? '-' : char.ToLowerInvariant(s[i]));
        string buf = sb.ToString();
        if (buf == "utf-8" || buf.StartsWith("utf-8-", StringComparison.Ordinal)) return "utf-8";
        if (buf is "latin-1" or "iso-8859-1" or "iso-latin-1" || buf.StartsWith("latin-1-", StringComparison.Ordinal)
            || buf.StartsWith("iso-8859-1-", StringComparison.Ordinal) || buf.StartsWith("iso-latin-1-", StringComparison.Ordinal))
            return "iso-8859-1";
        return s;
    }
}
