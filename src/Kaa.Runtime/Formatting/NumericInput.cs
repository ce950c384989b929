using System.Text;
using Kaa.Syntax.Text;

namespace Kaa.Runtime.Formatting;

/// <summary>What int(str) and float(str) share: the ASCII view of the input and the repr in error messages.</summary>
internal static class NumericInput
{
    /// <summary>
    /// _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode white space becomes ' ', Unicode decimal
    /// digits become ASCII digits, and the text ends at the first other non-ASCII character, which
    /// becomes '?' (so that parsing fails there).
    /// </summary>
    public static string ToAscii(string s)
    {
        bool ascii = true;
        foreach (char c in s)
        {
            if (c >= 127)
            {
                ascii = false;
                break;
            }
        }
        if (ascii) return s;
        var sb = new StringBuilder(s.Length);
        foreach (int cp in CodePoints.Of(s))
        {
            if (cp < 127) sb.Append((char)cp);
            else if (UnicodeDatabase.Has(cp, UnicodeFlags.Space)) sb.Append(' ');
            else
            {
                int digit = UnicodeDatabase.DecimalValue(cp);
                if (digit < 0)
                {
                    sb.Append('?');
                    break;
                }
                sb.Append((char)('0' + digit));
            }
        }
        return sb.ToString();
    }

    /// <summary>C's isspace in the C locale (Py_ISSPACE).</summary>
    public static bool IsAsciiSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';

    /// <summary>repr(s), cut to <paramref name="maxLength"/> code points when given (the "%.200R" of CPython's messages).</summary>
    public static string Repr(string s, int maxLength = int.MaxValue)
    {
        var sb = new StringBuilder(s.Length + 2);
        PyRepr.AppendStr(sb, s);
        string repr = sb.ToString();
        if (maxLength == int.MaxValue || CodePoints.Count(repr) <= maxLength) return repr;
        return repr[..CodePoints.Utf16Offset(repr, maxLength)];
    }
}
