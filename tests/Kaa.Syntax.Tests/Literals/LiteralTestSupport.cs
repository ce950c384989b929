using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Tests.Literals;

/// <summary>
/// Runs the literal code without the tokenizer and the grammar: a parser over a snippet, with
/// the STRING/NUMBER tokens given by position (from the oracle's tokenize module).
/// </summary>
internal static class LiteralTestSupport
{
    /// <summary>The token a literal error is located at (the parser's last fetched token) in these tests.</summary>
    public static readonly Token ErrorToken = new(TokenKind.Newline, 0, 0, 99, 7, 99, 8);

    public static Kaa.Syntax.Parser.Parser NewParser(string source)
    {
        var text = SourceText.FromString(source, "<test>");
        return new Kaa.Syntax.Parser.Parser(new Tokenizer(text), Kaa.Syntax.Parser.ParseMode.Eval)
        {
            LastFetchedToken = ErrorToken,
        };
    }
}
