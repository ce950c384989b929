namespace Kaa.Syntax.Tokens;

/// <summary>
/// The operator and delimiter tokens of Python 3.11 (Grammar/Tokens): which one-, two- and
/// three-character sequences are tokens. <see cref="TokenKind.Op"/> means "not a token of that
/// length"; a lone character with no kind of its own ('$', '?', '!', '`') is an OP token.
/// </summary>
internal static class Operators
{
    public static TokenKind OneChar(int c) => c switch
    {
        '%' => TokenKind.Percent,
        '&' => TokenKind.Amper,
        '(' => TokenKind.Lpar,
        ')' => TokenKind.Rpar,
        '*' => TokenKind.Star,
        '+' => TokenKind.Plus,
        ',' => TokenKind.Comma,
        '-' => TokenKind.Minus,
        '.' => TokenKind.Dot,
        '/' => TokenKind.Slash,
        ':' => TokenKind.Colon,
        ';' => TokenKind.Semi,
        '<' => TokenKind.Less,
        '=' => TokenKind.Equal,
        '>' => TokenKind.Greater,
        '@' => TokenKind.At,
        '[' => TokenKind.Lsqb,
        ']' => TokenKind.Rsqb,
        '^' => TokenKind.Circumflex,
        '{' => TokenKind.Lbrace,
        '|' => TokenKind.Vbar,
        '}' => TokenKind.Rbrace,
        '~' => TokenKind.Tilde,
        _ => TokenKind.Op,
    };

    public static TokenKind TwoChars(int c1, int c2) => (c1, c2) switch
    {
        ('!', '=') => TokenKind.Notequal,
        ('%', '=') => TokenKind.Percentequal,
        ('&', '=') => TokenKind.Amperequal,
        ('*', '*') => TokenKind.Doublestar,
        ('*', '=') => TokenKind.Starequal,
        ('+', '=') => TokenKind.Plusequal,
        ('-', '=') => TokenKind.Minequal,
        ('-', '>') => TokenKind.Rarrow,
        ('/', '/') => TokenKind.Doubleslash,
        ('/', '=') => TokenKind.Slashequal,
        (':', '=') => TokenKind.Colonequal,
        ('<', '<') => TokenKind.Leftshift,
        ('<', '=') => TokenKind.Lessequal,
        ('<', '>') => TokenKind.Notequal, // PEP 401; the parser rejects it unless barry_as_FLUFL
        ('=', '=') => TokenKind.Eqequal,
        ('>', '=') => TokenKind.Greaterequal,
        ('>', '>') => TokenKind.Rightshift,
        ('@', '=') => TokenKind.Atequal,
        ('^', '=') => TokenKind.Circumflexequal,
        ('|', '=') => TokenKind.Vbarequal,
        _ => TokenKind.Op,
    };

    public static TokenKind ThreeChars(int c1, int c2, int c3) => (c1, c2, c3) switch
    {
        ('*', '*', '=') => TokenKind.Doublestarequal,
        ('.', '.', '.') => TokenKind.Ellipsis,
        ('/', '/', '=') => TokenKind.Doubleslashequal,
        ('<', '<', '=') => TokenKind.Leftshiftequal,
        ('>', '>', '=') => TokenKind.Rightshiftequal,
        _ => TokenKind.Op,
    };
}
