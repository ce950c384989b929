using System.Globalization;
using System.Text;
using Kaa.Syntax.Text;

namespace Kaa.Syntax.Literals;

/// <summary>
/// Backslash escapes of non-raw str and bytes literals, with CPython's results and error messages.
///
/// For str, CPython first rewrites the literal into pure ASCII (every non-ASCII character becomes
/// <c>\UXXXXXXXX</c>, a backslash before one becomes <c>\u005c</c>) and runs the
/// <c>unicode_escape</c> codec over that; the positions in its error messages
/// ("can't decode bytes in position 10-12") count in the rewritten text. This class does the same
/// two steps so that the positions agree.
/// </summary>
internal static class EscapeDecoder
{
    /// <summary>Decodes a str literal's body (or an f-string's literal part) into <paramref name="output"/>.</summary>
    public static void DecodeStr(Parser.Parser p, ReadOnlySpan<byte> body, PyStrBuilder output)
    {
        byte[] ascii = ToAsciiEscapes(p, body);
        DecodeUnicodeEscape(p, ascii, output);
    }

    private static byte[] ToAsciiEscapes(Parser.Parser p, ReadOnlySpan<byte> s)
    {
        var buf = new List<byte>(s.Length + 16);
        int i = 0;
        while (i < s.Length)
        {
            if (s[i] == '\\')
            {
                buf.Add((byte)'\\');
                i++;
                if (i >= s.Length || s[i] >= 0x80)
                {
                    foreach (char c in "u005c") buf.Add((byte)c);
                    if (i >= s.Length) break;
                }
            }
            if (s[i] >= 0x80)
            {
                int start = i;
                while (i < s.Length && s[i] >= 0x80) i++;
                StrictUtf8.Check(p, s[start..i]);
                string run = Encoding.UTF8.GetString(s[start..i]);
                for (int k = 0; k < run.Length; k++)
                {
                    int cp = char.ConvertToUtf32(run, k);
                    if (cp > 0xFFFF) k++;
                    foreach (char c in "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture)) buf.Add((byte)c);
                }
            }
            else
            {
                buf.Add(s[i++]);
            }
        }
        return buf.ToArray();
    }

    private static void DecodeUnicodeEscape(Parser.Parser p, ReadOnlySpan<byte> s, PyStrBuilder output)
    {
        int i = 0;
        while (i < s.Length)
        {
            byte c = s[i++];
            if (c != '\\')
            {
                output.AppendAscii(c);
                continue;
            }
            int start = i - 1;
            if (i >= s.Length) throw UnicodeError(p, s, start, s.Length, "\\ at end of string");
            c = s[i++];
            switch (c)
            {
                case (byte)'\n': continue;
                case (byte)'\\': output.AppendAscii((byte)'\\'); continue;
                case (byte)'\'': output.AppendAscii((byte)'\''); continue;
                case (byte)'"': output.AppendAscii((byte)'"'); continue;
                case (byte)'b': output.AppendAscii(8); continue;
                case (byte)'f': output.AppendAscii(12); continue;
                case (byte)'t': output.AppendAscii(9); continue;
                case (byte)'n': output.AppendAscii(10); continue;
                case (byte)'r': output.AppendAscii(13); continue;
                case (byte)'v': output.AppendAscii(11); continue;
                case (byte)'a': output.AppendAscii(7); continue;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int value = c - '0';
                    if (i < s.Length && IsOctal(s[i]))
                    {
                        value = (value << 3) + s[i++] - '0';
                        if (i < s.Length && IsOctal(s[i])) value = (value << 3) + s[i++] - '0';
                    }
                    output.AppendCodePoint(value); // up to 0o777; above 0o377 only warns
                    continue;
                }
                case (byte)'x': HexEscape(p, s, ref i, start, 2, "truncated \\xXX escape", output); continue;
                case (byte)'u': HexEscape(p, s, ref i, start, 4, "truncated \\uXXXX escape", output); continue;
                case (byte)'U': HexEscape(p, s, ref i, start, 8, "truncated \\UXXXXXXXX escape", output); continue;
                case (byte)'N':
                    NamedEscape(p, s, ref i, start, output);
                    continue;
                default:
                    // An invalid escape keeps its backslash (and only warns).
                    output.AppendAscii((byte)'\\');
                    output.AppendAscii(c);
                    continue;
            }
        }
    }

    private static void HexEscape(Parser.Parser p, ReadOnlySpan<byte> s, ref int i, int start, int count,
        string message, PyStrBuilder output)
    {
        long value = 0;
        for (; count > 0; count--, i++)
        {
            if (i >= s.Length) throw UnicodeError(p, s, start, s.Length, message);
            int d = HexDigit(s[i]);
            if (d < 0) throw UnicodeError(p, s, start, i, message);
            value = (value << 4) + d;
        }
        if (value > UnicodeDatabase.MaxCodePoint) throw UnicodeError(p, s, start, i, "illegal Unicode character");
        output.AppendCodePoint((int)value);
    }

    private static void NamedEscape(Parser.Parser p, ReadOnlySpan<byte> s, ref int i, int start, PyStrBuilder output)
    {
        const string malformed = "malformed \\N character escape";
        if (i >= s.Length) throw UnicodeError(p, s, start, s.Length, malformed);
        if (s[i] != '{') throw UnicodeError(p, s, start, i, malformed);
        int nameStart = ++i;
        while (i < s.Length && s[i] != '}') i++;
        if (i >= s.Length) throw UnicodeError(p, s, start, s.Length, malformed);
        if (i == nameStart) throw UnicodeError(p, s, start, i, malformed);
        string name = Encoding.ASCII.GetString(s[nameStart..i]);
        i++;
        int cp = UnicodeNames.Lookup(name);
        if (cp < 0) throw UnicodeError(p, s, start, i, "unknown Unicode character name");
        output.AppendCodePoint(cp);
    }

    private static Errors.SyntaxErrorException UnicodeError(Parser.Parser p, ReadOnlySpan<byte> s, int start, int end,
        string message)
    {
        // str(UnicodeDecodeError), as CPython's parser quotes it.
        string detail = end - start == 1
            ? $"'unicodeescape' codec can't decode byte 0x{s[start]:x2} in position {start}: {message}"
            : $"'unicodeescape' codec can't decode bytes in position {start}-{end - 1}: {message}";
        return p.RaiseSyntaxError("(unicode error) " + detail);
    }

    /// <summary>Decodes a non-raw bytes literal's body (ASCII only, already checked).</summary>
    public static void DecodeBytes(Parser.Parser p, ReadOnlySpan<byte> s, List<byte> output)
    {
        int i = 0;
        while (i < s.Length)
        {
            byte c = s[i++];
            if (c != '\\')
            {
                output.Add(c);
                continue;
            }
            if (i >= s.Length) throw p.RaiseSyntaxError("(value error) Trailing \\ in string");
            c = s[i++];
            switch (c)
            {
                case (byte)'\n': break;
                case (byte)'\\': output.Add((byte)'\\'); break;
                case (byte)'\'': output.Add((byte)'\''); break;
                case (byte)'"': output.Add((byte)'"'); break;
                case (byte)'b': output.Add(8); break;
                case (byte)'f': output.Add(12); break;
                case (byte)'t': output.Add(9); break;
                case (byte)'n': output.Add(10); break;
                case (byte)'r': output.Add(13); break;
                case (byte)'v': output.Add(11); break;
                case (byte)'a': output.Add(7); break;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int value = c - '0';
                    if (i < s.Length && IsOctal(s[i]))
                    {
                        value = (value << 3) + s[i++] - '0';
                        if (i < s.Length && IsOctal(s[i])) value = (value << 3) + s[i++] - '0';
                    }
                    output.Add((byte)value); // above 0o377 wraps, as CPython's char store does
                    break;
                }
                case (byte)'x':
                    if (i + 1 < s.Length && HexDigit(s[i]) >= 0 && HexDigit(s[i + 1]) >= 0)
                    {
                        output.Add((byte)((HexDigit(s[i]) << 4) + HexDigit(s[i + 1])));
                        i += 2;
                        break;
                    }
                    throw p.RaiseSyntaxError($"(value error) invalid \\x escape at position {i - 2}");
                default:
                    output.Add((byte)'\\');
                    output.Add(c);
                    break;
            }
        }
    }

    private static bool IsOctal(byte b) => b >= '0' && b <= '7';

    private static int HexDigit(byte b)
    {
        if (b >= '0' && b <= '9') return b - '0';
        if (b >= 'a' && b <= 'f') return b - 'a' + 10;
        if (b >= 'A' && b <= 'F') return b - 'A' + 10;
        return -1;
    }
}
