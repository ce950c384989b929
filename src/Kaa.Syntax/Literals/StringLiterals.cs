using Kaa.Syntax.Ast;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Literals;

/// <summary>
/// String, bytes and f-string literals: CPython's <c>_PyPegen_concatenate_strings</c> and
/// Parser/string_parser.c. Turns the run of adjacent STRING tokens the grammar's <c>strings</c>
/// rule matched into one <c>Constant</c> or <c>JoinedStr</c>, with CPython's positions and errors.
/// </summary>
internal static class StringLiterals
{
    public static Expr Concatenate(Parser.Parser p, ReadOnlySpan<Token> tokens)
    {
        throw p.ErrorKnownLocation("SyntaxError", tokens[0].Lineno, tokens[0].ColOffset, tokens[0].EndLineno,
            tokens[0].EndColOffset, "string literals not implemented yet");
    }
}
