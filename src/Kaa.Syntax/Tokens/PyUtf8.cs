using System.Globalization;
using System.Text;

namespace Kaa.Syntax.Tokens;

/// <summary>
/// UTF-8 decoding with CPython's exact error behaviour: where a sequence is rejected, how many
/// bytes one error covers (which decides both the <c>'replace'</c> result and the message of a
/// <c>UnicodeDecodeError</c>), and the reason text. The tokenizer needs this to count characters
/// the way CPython counts them (error offsets) and to word its decode errors.
/// </summary>
public static class PyUtf8
{
    /// <summary>Result of reading one sequence: a code point, or why it failed.</summary>
    private enum Step
    {
        Ok,
        EndOfData,          // a valid but truncated sequence at the end of the input
        InvalidStart,       // the byte cannot start a sequence; the error covers 1 byte
        InvalidContinuation // the error covers the valid prefix before the bad byte
    }

    private static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;

    /// <summary>
    /// Reads the sequence at <paramref name="pos"/>. <paramref name="length"/> is the bytes consumed
    /// on success, or the bytes one error covers on failure.
    /// </summary>
    private static Step Read(ReadOnlySpan<byte> s, int pos, out int cp, out int length)
    {
        int b = s[pos];
        int avail = s.Length - pos;
        cp = 0;
        if (b < 0x80)
        {
            cp = b;
            length = 1;
            return Step.Ok;
        }
        if (b < 0xC2 || b >= 0xF5)
        {
            length = 1;
            return Step.InvalidStart;
        }
        int need = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        // The second byte has a narrower range after E0, ED, F0 and F4 (no overlongs, surrogates
        // or values past U+10FFFF); CPython reports a bad second byte as an invalid continuation.
        if (avail >= 2)
        {
            int b2 = s[pos + 1];
            bool ok2 = IsContinuation((byte)b2) && b switch
            {
                0xE0 => b2 >= 0xA0,
                0xED => b2 < 0xA0,
                0xF0 => b2 >= 0x90,
                0xF4 => b2 < 0x90,
                _ => true,
            };
            if (!ok2)
            {
                length = 1;
                return Step.InvalidContinuation;
            }
        }
        for (int i = 2; i < need; i++)
        {
            if (i >= avail) break;
            if (!IsContinuation(s[pos + i]))
            {
                length = i;
                return Step.InvalidContinuation;
            }
        }
        if (avail < need)
        {
            length = avail;
            return Step.EndOfData;
        }
        cp = need switch
        {
            2 => ((b & 0x1F) << 6) | (s[pos + 1] & 0x3F),
            3 => ((b & 0x0F) << 12) | ((s[pos + 1] & 0x3F) << 6) | (s[pos + 2] & 0x3F),
            _ => ((b & 0x07) << 18) | ((s[pos + 1] & 0x3F) << 12) | ((s[pos + 2] & 0x3F) << 6) | (s[pos + 3] & 0x3F),
        };
        length = need;
        return Step.Ok;
    }

    /// <summary>The number of code points <c>bytes.decode('utf-8', 'replace')</c> gives.</summary>
    public static int CountCharsReplace(ReadOnlySpan<byte> s)
    {
        int count = 0;
        for (int pos = 0; pos < s.Length;)
        {
            byte b = s[pos];
            if (b < 0x80)
            {
                pos++;
            }
            else
            {
                Read(s, pos, out _, out int length);
                pos += length;
            }
            count++;
        }
        return count;
    }

    /// <summary><c>bytes.decode('utf-8', 'replace')</c>.</summary>
    public static string DecodeReplace(ReadOnlySpan<byte> s)
    {
        var sb = new StringBuilder(s.Length);
        for (int pos = 0; pos < s.Length;)
        {
            var step = Read(s, pos, out int cp, out int length);
            if (step == Step.Ok) sb.Append(char.ConvertFromUtf32(cp));
            else sb.Append('\uFFFD');
            pos += length;
        }
        return sb.ToString();
    }

    /// <summary>
    /// Strict decoding: null when <paramref name="s"/> is valid UTF-8, otherwise the text of the
    /// <c>UnicodeDecodeError</c> CPython raises for it.
    /// </summary>
    public static string? FindDecodeError(ReadOnlySpan<byte> s)
    {
        for (int pos = 0; pos < s.Length;)
        {
            if (s[pos] < 0x80)
            {
                pos++;
                continue;
            }
            var step = Read(s, pos, out _, out int length);
            if (step == Step.Ok)
            {
                pos += length;
                continue;
            }
            string reason = step switch
            {
                Step.EndOfData => "unexpected end of data",
                Step.InvalidStart => "invalid start byte",
                _ => "invalid continuation byte",
            };
            return DecodeErrorMessage("utf-8", s, pos, pos + length, reason);
        }
        return null;
    }

    /// <summary>The <c>str()</c> of a UnicodeDecodeError for bytes [start, end) of the input.</summary>
    public static string DecodeErrorMessage(string codec, ReadOnlySpan<byte> input, int start, int end, string reason)
    {
        var inv = CultureInfo.InvariantCulture;
        return end - start == 1
            ? string.Format(inv, "'{0}' codec can't decode byte 0x{1:x2} in position {2}: {3}", codec, input[start], start, reason)
            : string.Format(inv, "'{0}' codec can't decode bytes in position {1}-{2}: {3}", codec, start, end - 1, reason);
    }

    /// <summary>
    /// Decodes valid UTF-8 to code points into <paramref name="dest"/> (which must be large enough:
    /// one slot per byte is); returns the count.
    /// </summary>
    public static int DecodeValid(ReadOnlySpan<byte> s, Span<int> dest)
    {
        int n = 0;
        for (int pos = 0; pos < s.Length;)
        {
            Read(s, pos, out int cp, out int length);
            dest[n++] = cp;
            pos += length;
        }
        return n;
    }

    /// <summary>The number of UTF-8 bytes of code point <paramref name="cp"/>.</summary>
    public static int EncodedLength(int cp) => cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
