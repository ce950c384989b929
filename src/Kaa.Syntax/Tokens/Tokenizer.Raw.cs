using Kaa.Syntax.Errors;

namespace Kaa.Syntax.Tokens;

/// <summary>
/// One step of the tokenizer as CPython's <c>_PyTokenizer_Get</c> returns it, for <c>_tokenize.TokenizerIter</c>:
/// the kind (keywords stay NAME), the token's bytes (<c>-1</c> when CPython's start or end pointer is NULL),
/// its positions as Python-tokenize.c computes them, and the bytes of <c>tok->buf</c>..<c>tok->inp</c>
/// (the current line, or every line of a multi-line token).
/// </summary>
public readonly record struct RawToken(TokenKind Kind, int Start, int End, int Lineno, int EndLineno,
    int ColOffset, int EndColOffset, int LineStart, int LineEnd);

public sealed partial class Tokenizer
{
    /// <summary>The source bytes the tokenizer reads (with the final newline added to exec input).</summary>
    public ReadOnlySpan<byte> Buffer => _buf;

    /// <summary>
    /// The next raw token. An error token comes back as kind <see cref="TokenKind.Errortoken"/> with
    /// <paramref name="error"/> set when CPython's tokenizer would have raised (its <c>syntaxerror</c> and
    /// decoding errors), null when it only stops (end of input inside brackets, bad dedent, ...).
    /// </summary>
    public RawToken NextRaw(out SyntaxErrorException? error)
    {
        error = null;
        var kind = GetToken(out int start, out int end);
        if (kind == TokenKind.Errortoken)
        {
            if (_raised is not null) error = _raised;
            else if (_done == Status.Decode) error = new SyntaxErrorException("SyntaxError", "(unicode error) " + _decodeError);
        }
        bool isString = kind == TokenKind.String;
        int lineStart = isString ? _multiLineStart : _lineStart;
        int lineno = isString ? _firstLineno : _lineno;
        int col = start >= 0 && start >= lineStart ? start - lineStart : -1;
        int endCol = end >= 0 && end >= _lineStart ? end - _lineStart : -1;
        return new RawToken(kind, start, end, lineno, _lineno, col, endCol, _bufStart, _inp);
    }
}
