using Kaa.Syntax.Errors;

namespace Kaa.Syntax.Tokens;

/// <summary>
/// CPython 3.11's tokenizer (Parser/tokenizer.c) over a UTF-8 buffer: produces the tokens the
/// parser reads, one at a time, on demand (so that an error is reported when the parser gets to
/// it, as in CPython). Comments and blank lines produce no tokens.
/// </summary>
public sealed class Tokenizer
{
    private readonly SourceText _source;

    /// <param name="source">The text to read.</param>
    /// <param name="firstLineno">The number of the line before the first one (CPython's initial
    /// <c>tok->lineno</c>): 0 for a file; an f-string expression's parser starts elsewhere.</param>
    public Tokenizer(SourceText source, int firstLineno = 0)
    {
        _source = source;
        _ = firstLineno;
    }

    public SourceText Source => _source;

    /// <summary>The next token; throws <see cref="SyntaxErrorException"/> on a lexical error.</summary>
    public Token Next()
    {
        throw new SyntaxErrorException("SyntaxError", "tokenizer not implemented yet", 1, 1, 1, 1);
    }
}
