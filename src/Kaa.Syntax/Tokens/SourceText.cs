using System.Text;
using Kaa.Syntax.Errors;

namespace Kaa.Syntax.Tokens;

/// <summary>
/// Source code as the tokenizer reads it: UTF-8 bytes (decoded from the declared encoding when
/// the source came as bytes, per PEP 263), plus the filename for error messages.
/// </summary>
public sealed class SourceText
{
    private SourceText(byte[] utf8, string filename)
    {
        Utf8 = utf8;
        Filename = filename;
    }

    /// <summary>The source as UTF-8, without a BOM.</summary>
    public byte[] Utf8 { get; }

    public string Filename { get; }

    /// <summary>
    /// Source given as bytes, as <c>compile(bytes, ...)</c> and file reads see it: BOM and coding
    /// declaration honoured. Throws <see cref="SyntaxErrorException"/> for a bad declaration.
    /// </summary>
    public static SourceText FromBytes(byte[] raw, string filename)
    {
        // Provisional: the tokenizer work replaces this with PEP 263 decoding.
        int start = raw.Length >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF ? 3 : 0;
        return new SourceText(raw[start..], filename);
    }

    /// <summary>Source given as a str, as <c>compile(str, ...)</c> sees it: no decoding step.</summary>
    public static SourceText FromString(string text, string filename)
        => new(Encoding.UTF8.GetBytes(text), filename);

    /// <summary>Source already in UTF-8 (an f-string's expression, a buffer the caller decoded).</summary>
    public static SourceText FromUtf8(byte[] utf8, string filename) => new(utf8, filename);
}
