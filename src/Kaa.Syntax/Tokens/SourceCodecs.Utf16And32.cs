using System.Text;

namespace Kaa.Syntax.Tokens;

/// <summary>
/// UTF-16 and UTF-32 sources, decoded as CPython's codecs decode them, with their error messages
/// and positions: "truncated data", "unexpected end of data", "illegal encoding", "illegal UTF-16
/// surrogate", "code point not in range(0x110000)", "code point in surrogate code point range(...)".
/// A BOM picks the byte order for "utf-16"/"utf-32"; without one they are little-endian, and the
/// errors then name the codec "utf-16-le"/"utf-32-le", as Python's do.
/// </summary>
internal static partial class SourceCodecs
{
    private static byte[]? DecodeUtf16Or32(Codec codec, ReadOnlySpan<byte> input, out string? error)
    {
        error = null;
        bool utf16 = codec.Kind == CodecKind.Utf16;
        int start = 0;
        bool bigEndian = codec.DotNetName == "be";
        if (codec.DotNetName.Length == 0)
        {
            if (utf16 && input.Length >= 2)
            {
                if (input[0] == 0xFF && input[1] == 0xFE) start = 2;
                else if (input[0] == 0xFE && input[1] == 0xFF) { start = 2; bigEndian = true; }
            }
            else if (!utf16 && input.Length >= 4)
            {
                if (input[..4].SequenceEqual(new byte[] { 0xFF, 0xFE, 0, 0 })) start = 4;
                else if (input[..4].SequenceEqual(new byte[] { 0, 0, 0xFE, 0xFF })) { start = 4; bigEndian = true; }
            }
        }
        string name = (utf16 ? "utf-16-" : "utf-32-") + (bigEndian ? "be" : "le");
        var text = new StringBuilder(input.Length / 2);
        int q = start;
        if (utf16)
        {
            while (q < input.Length)
            {
                if (input.Length - q < 2)
                    return Fail(out error, name, input, q, input.Length, "truncated data");
                int ch = Unit16(input, q, bigEndian);
                q += 2;
                if (ch is < 0xD800 or > 0xDFFF)
                {
                    text.Append((char)ch);
                    continue;
                }
                if (ch >= 0xDC00)
                    return Fail(out error, name, input, q - 2, q, "illegal encoding");
                if (input.Length - q < 2)
                    return Fail(out error, name, input, q - 2, input.Length, "unexpected end of data");
                int ch2 = Unit16(input, q, bigEndian);
                q += 2;
                if (ch2 is < 0xDC00 or > 0xDFFF)
                    return Fail(out error, name, input, q - 4, q - 2, "illegal UTF-16 surrogate");
                text.Append((char)ch).Append((char)ch2);
            }
        }
        else
        {
            while (q < input.Length)
            {
                if (input.Length - q < 4)
                    return Fail(out error, name, input, q, input.Length, "truncated data");
                uint ch = bigEndian
                    ? (uint)(input[q] << 24 | input[q + 1] << 16 | input[q + 2] << 8 | input[q + 3])
                    : (uint)(input[q + 3] << 24 | input[q + 2] << 16 | input[q + 1] << 8 | input[q]);
                if (ch is >= 0xD800 and <= 0xDFFF)
                    return Fail(out error, name, input, q, q + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                if (ch >= 0x110000)
                    return Fail(out error, name, input, q, q + 4, "code point not in range(0x110000)");
                text.Append(char.ConvertFromUtf32((int)ch));
                q += 4;
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static int Unit16(ReadOnlySpan<byte> input, int q, bool bigEndian)
        => bigEndian ? input[q] << 8 | input[q + 1] : input[q + 1] << 8 | input[q];

    private static byte[]? Fail(out string? error, string codec, ReadOnlySpan<byte> input, int start, int end, string reason)
    {
        error = PyUtf8.DecodeErrorMessage(codec, input, start, end, reason);
        return null;
    }
}
