using Kaa.Syntax.Text;

namespace Kaa.Syntax.Tokens;

/// <summary>Identifiers (with PEP 3131 checks) and string literals (prefix, quotes, body).</summary>
public sealed partial class Tokenizer
{
    /// <summary>
    /// A name, or a string literal with a prefix (r, u, b, br, rb, f, fr, rf in any case).
    /// <paramref name="c"/> is the first byte, already read.
    /// </summary>
    private TokenKind IdentifierOrString(int c, out int pStart, out int pEnd)
    {
        pStart = pEnd = -1;
        bool sawB = false, sawR = false, sawU = false, sawF = false;
        while (true)
        {
            if (!(sawB || sawU || sawF) && c is 'b' or 'B') sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && c is 'u' or 'U') sawU = true; // no ur"" or ru""
            else if (!(sawR || sawU) && c is 'r' or 'R') sawR = true;
            else if (!(sawF || sawB || sawU) && c is 'f' or 'F') sawF = true;
            else break;
            c = NextChar();
            if (c == '"' || c == '\'') return StringLiteral(c, out pStart, out pEnd);
        }

        int seen = 0; // the IdentifierBytes classes met: 2 when a byte is non-ASCII
        var classes = IdentifierBytes;
        while (IsPotentialIdentifierChar(c))
        {
            if (c >= 128) seen = 2;
            // The rest of the name on this line, straight from the buffer: what NextChar would
            // return byte by byte until the end of the line's data.
            var buf = _buf;
            int i = _cur, inp = _inp;
            while (i < inp)
            {
                int k = classes[buf[i]];
                if (k == 0) break;
                seen |= k;
                i++;
            }
            _cur = i;
            c = NextChar();
        }
        Backup(c);
        if (seen >= 2 && !VerifyIdentifier()) return TokenKind.Errortoken;
        pStart = _start;
        pEnd = _cur;
        return TokenKind.Name;
    }

    /// <summary>
    /// <see cref="IsPotentialIdentifierChar"/> as a table: 0 for a byte that ends a name, 1 for an
    /// ASCII letter, digit or '_', 2 for a non-ASCII byte (checked afterwards by
    /// <see cref="VerifyIdentifier"/>).
    /// </summary>
    private static ReadOnlySpan<byte> IdentifierBytes =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    ];

    /// <summary>
    /// <c>verify_identifier</c>: a name with non-ASCII bytes must be valid UTF-8 and consist of an
    /// XID_Start (or '_') character followed by XID_Continue characters. (NFKC normalisation comes
    /// later, when the parser makes the name.)
    /// </summary>
    private bool VerifyIdentifier()
    {
        var bytes = _buf.AsSpan(_start, _cur - _start);
        string? decodeError = PyUtf8.FindDecodeError(bytes);
        if (decodeError is not null)
        {
            _decodeError = decodeError;
            _done = Status.Decode;
            return false;
        }
        Span<int> codePoints = bytes.Length <= 256 ? stackalloc int[bytes.Length] : new int[bytes.Length];
        int count = PyUtf8.DecodeValid(bytes, codePoints);
        int invalid = UnicodeInfo.IsIdentifierStart(codePoints[0]) ? 1 : 0;
        if (invalid == 1)
            while (invalid < count && UnicodeInfo.IsIdentifierContinue(codePoints[invalid])) invalid++;
        if (invalid == count) return true;

        int ch = codePoints[invalid];
        if (invalid + 1 < count)
        {
            // Point the error just past the bad character.
            int length = 0;
            for (int i = 0; i <= invalid; i++) length += PyUtf8.EncodedLength(codePoints[i]);
            _cur = _start + length;
        }
        string hex = ch.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        if (UnicodeInfo.IsPrintable(ch)) SyntaxError($"invalid character '{char.ConvertFromUtf32(ch)}' (U+{hex})");
        else SyntaxError($"invalid non-printable character U+{hex}");
        return false;
    }

    /// <summary>
    /// A string literal whose opening quote <paramref name="quote"/> was just read; the token
    /// covers the prefix, the quotes and the body. A string spanning lines keeps the line and
    /// column where it started.
    /// </summary>
    private TokenKind StringLiteral(int quote, out int pStart, out int pEnd)
    {
        pStart = pEnd = -1;
        _firstLineno = _lineno;
        _multiLineStart = _lineStart;

        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = NextChar();
        if (c == quote)
        {
            c = NextChar();
            if (c == quote) quoteSize = 3;
            else endQuoteSize = 1; // the empty string
        }
        if (c != quote) Backup(c);

        while (endQuoteSize != quoteSize)
        {
            if (endQuoteSize == 0 && _cur < _inp)
            {
                // Skip the body bytes that cannot end the string or need a look: the same as
                // reading them one by one.
                int skip = _buf.AsSpan(_cur, _inp - _cur).IndexOfAny((byte)quote, (byte)'\\', (byte)'\n');
                _cur = skip < 0 ? _inp : _cur + skip;
            }
            c = NextChar();
            if (c == EOF || (quoteSize == 1 && c == '\n'))
            {
                // Report the error at the start of the literal.
                _cur = _start + 1;
                _lineStart = _multiLineStart;
                int detectedAt = _lineno;
                _lineno = _firstLineno;
                return SyntaxError(quoteSize == 3
                    ? $"unterminated triple-quoted string literal (detected at line {detectedAt})"
                    : $"unterminated string literal (detected at line {detectedAt})");
            }
            if (c == quote)
            {
                endQuoteSize++;
            }
            else
            {
                endQuoteSize = 0;
                if (c == '\\') NextChar(); // the escaped byte cannot end the string
            }
        }
        pStart = _start;
        pEnd = _cur;
        return TokenKind.String;
    }
}
