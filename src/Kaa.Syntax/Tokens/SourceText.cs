using System.Text;
using Kaa.Syntax.Errors;

namespace Kaa.Syntax.Tokens;

/// <summary>
/// Source code as the tokenizer reads it: UTF-8 bytes (decoded from the declared encoding when
/// the source came as bytes, per PEP 263) with newlines translated to <c>\n</c> as CPython's
/// <c>translate_newlines</c> does, plus the filename for error messages.
/// </summary>
public sealed class SourceText
{
    private SourceText(byte[] utf8, string filename, string? encoding, byte[]? fileBytes)
    {
        Utf8 = utf8;
        Filename = filename;
        Encoding = encoding;
        FileBytes = fileBytes;
    }

    /// <summary>The source as UTF-8, without a BOM, with <c>\r\n</c> and <c>\r</c> turned into <c>\n</c>.
    /// It is not guaranteed to be valid UTF-8 (CPython only checks identifiers and literals).</summary>
    public byte[] Utf8 { get; }

    public string Filename { get; }

    /// <summary>
    /// CPython's <c>tok->encoding</c>: "utf-8" for a str source or a BOM, the declared (normalised)
    /// name for a PEP 263 declaration, null for bytes with neither. When it is null, the parser's
    /// SyntaxError offsets are byte offsets, not character offsets (CPython skips the conversion).
    /// </summary>
    public string? Encoding { get; }

    /// <summary>
    /// For a source that came as bytes (a file's content): those bytes, newlines translated, BOM
    /// included, not decoded. CPython takes an error's text line from the file itself
    /// (<c>_PyErr_ProgramDecodedTextObject</c>), and that line decides character offsets.
    /// </summary>
    internal byte[]? FileBytes { get; }

    /// <summary>
    /// Source given as bytes, as <c>compile(bytes, ...)</c> and file reads see it: BOM and coding
    /// declaration honoured (<c>decode_str</c> in CPython's tokenizer). Throws
    /// <see cref="SyntaxErrorException"/> for a bad declaration or undecodable source, and a
    /// ValueError one for a null byte.
    /// </summary>
    public static SourceText FromBytes(byte[] raw, string filename)
    {
        RejectNullBytes(raw);
        byte[] text = TranslateNewlines(raw);
        bool bom = text.Length >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF;
        int bodyStart = bom ? 3 : 0;
        string? encoding = bom ? "utf-8" : null;
        var body = text.AsSpan(bodyStart);

        string? declared = CodingDeclaration.Find(body);
        string? decodeWith = null;
        if (declared is not null)
        {
            if (bom)
            {
                if (declared != "utf-8") throw InitError(filename, $"encoding problem: {declared} with BOM");
            }
            else
            {
                encoding = declared;
                if (declared != "utf-8") decodeWith = declared;
            }
        }

        if (decodeWith is null)
            return new SourceText(bom ? body.ToArray() : text, filename, encoding, text);

        var codec = SourceCodecs.Lookup(decodeWith) ?? throw InitError(filename, $"unknown encoding: {decodeWith}");
        // CPython decodes the buffer after translate_newlines appended the final newline; only the
        // position in an error message could tell, and it counts from the start either way.
        byte[] utf8 = SourceCodecs.DecodeToUtf8(codec, body, out string? error)
                      ?? throw InitError(filename, error!);
        return new SourceText(utf8, filename, encoding, text);
    }

    /// <summary>Source given as a str, as <c>compile(str, ...)</c> sees it: no decoding step.</summary>
    public static SourceText FromString(string text, string filename)
    {
        if (text.Contains('\0')) throw NullBytesError();
        return new SourceText(TranslateNewlines(System.Text.Encoding.UTF8.GetBytes(text)), filename, "utf-8", null);
    }

    /// <summary>
    /// UTF-8 bytes tokenized with no declaration to honour and no decoding step: an f-string's
    /// parenthesised expression, which CPython's <c>fstring_compile_expr</c> hands to
    /// <c>_PyTokenizer_FromString</c>. <see cref="Encoding"/> is null, as CPython's
    /// <c>tok->encoding</c> is then, so the parser's errors there keep byte offsets. Tokenize it with
    /// <c>execInput: true</c>, as CPython does.
    /// </summary>
    public static SourceText FromUtf8(byte[] utf8, string filename)
        => new(TranslateNewlines(utf8), filename, null, null);

    private static void RejectNullBytes(byte[] raw)
    {
        if (raw.AsSpan().IndexOf((byte)0) >= 0) throw NullBytesError();
    }

    private static SyntaxErrorException NullBytesError()
        => new("ValueError", "source code string cannot contain null bytes");

    /// <summary>An error while setting up the tokenizer: CPython reports it at (0, -1) with no text
    /// (<c>_PyPegen_raise_tokenizer_init_error</c>).</summary>
    private static SyntaxErrorException InitError(string filename, string msg)
        => new("SyntaxError", msg, 0, -1, null, null, null, filename);

    /// <summary><c>\r\n</c> and lone <c>\r</c> become <c>\n</c>; returns the input itself when it has no <c>\r</c>.</summary>
    private static byte[] TranslateNewlines(byte[] s)
    {
        int first = s.AsSpan().IndexOf((byte)'\r');
        if (first < 0) return s;
        var result = new byte[s.Length];
        s.AsSpan(0, first).CopyTo(result);
        int n = first;
        for (int i = first; i < s.Length; i++)
        {
            byte b = s[i];
            if (b == '\r')
            {
                result[n++] = (byte)'\n';
                if (i + 1 < s.Length && s[i + 1] == '\n') i++;
            }
            else
            {
                result[n++] = b;
            }
        }
        return result.AsSpan(0, n).ToArray();
    }
}
