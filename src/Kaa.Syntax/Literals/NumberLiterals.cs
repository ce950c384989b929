using Kaa.Syntax.Ast;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Literals;

/// <summary>
/// Number literals: CPython's <c>_PyPegen_number_token</c>. The value is a <see cref="long"/>, or a
/// <see cref="System.Numerics.BigInteger"/> beyond 64 bits, a <see cref="double"/>, or a
/// <see cref="System.Numerics.Complex"/> for an imaginary literal.
/// </summary>
internal static class NumberLiterals
{
    public static Constant NumberToken(Parser.Parser p, Token t)
    {
        throw p.ErrorKnownLocation("SyntaxError", t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset,
            "number literals not implemented yet");
    }
}
