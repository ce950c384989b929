using Kaa.Syntax.Ast;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Parser;

/// <summary>
/// The PEG parser: one instance per parse (and one per f-string expression, as in CPython).
/// This file holds the state and the services other parts use; the grammar rules live in the
/// other partial files of this class, one per area of python.gram.
/// </summary>
internal sealed partial class Parser
{
    public Parser(Tokenizer tokenizer, ParseMode mode)
    {
        Tokenizer = tokenizer;
        Mode = mode;
    }

    public Tokenizer Tokenizer { get; }

    public ParseMode Mode { get; }

    public SourceText Source => Tokenizer.Source;

    /// <summary>For an f-string expression's parser: CPython's <c>starting_lineno</c>.</summary>
    public int StartingLineno { get; init; }

    /// <summary>For an f-string expression's parser: CPython's <c>starting_col_offset</c>.</summary>
    public int StartingColOffset { get; init; }

    /// <summary>
    /// Builds the SyntaxError (or subclass) for a known location, as CPython's
    /// <c>RAISE_ERROR_KNOWN_LOCATION</c>: <paramref name="colOffset"/> and
    /// <paramref name="endColOffset"/> are 0-based UTF-8 byte columns; the exception carries
    /// 1-based character offsets. The caller throws it.
    /// </summary>
    public SyntaxErrorException ErrorKnownLocation(string pythonType, int lineno, int colOffset,
        int endLineno, int endColOffset, string msg)
    {
        return new SyntaxErrorException(pythonType, msg, lineno, colOffset + 1, endLineno, endColOffset + 1,
            filename: Source.Filename);
    }

    /// <summary>
    /// CPython's <c>RAISE_SYNTAX_ERROR</c>: a SyntaxError located at the last token the parser has
    /// fetched (<c>p->tokens[p->fill-1]</c>), which is where the string-literal code's errors point.
    /// The caller throws it.
    /// </summary>
    public SyntaxErrorException RaiseSyntaxError(string msg)
    {
        Token t = LastFetchedToken;
        return ErrorKnownLocation("SyntaxError", t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset, msg);
    }

    /// <summary>
    /// The last token fetched from the tokenizer. Provisional (set by hand in literal tests): the
    /// parser's token buffer provides it.
    /// </summary>
    public Token LastFetchedToken { get; set; }

    /// <summary>
    /// Parses the expression of an f-string replacement field, as CPython's
    /// <c>fstring_compile_expr</c> does after it wrapped the text in parentheses: a new parser with
    /// the <c>fstring</c> start rule over <paramref name="parenthesizedUtf8"/>, whose tokenizer
    /// starts counting lines at <paramref name="tokenizerFirstLineno"/>, and whose tokens on
    /// <paramref name="startingLineno"/> are shifted right by <paramref name="startingColOffset"/>.
    /// </summary>
    public Expr ParseFStringExpression(byte[] parenthesizedUtf8, int tokenizerFirstLineno,
        int startingLineno, int startingColOffset)
    {
        throw ErrorKnownLocation("SyntaxError", startingLineno, startingColOffset, startingLineno,
            startingColOffset, "f-string: not implemented yet");
    }
}
