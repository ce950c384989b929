namespace Kaa.Syntax.Tokens;

/// <summary>
/// Recognises the hard keywords of Python 3.11 (<c>keyword.kwlist</c>) in a NAME token's bytes, as
/// pegen's <c>_get_keyword_or_name_type</c> does. Soft keywords (match, case, _) stay names.
/// </summary>
internal static class Keywords
{
    /// <summary>The keyword kind of <paramref name="name"/>, or <see cref="TokenKind.Name"/>.</summary>
    public static TokenKind Classify(ReadOnlySpan<byte> name)
    {
        // Keywords are 2..8 ASCII bytes starting with a letter in [FNTa-y]; switch on length and
        // first byte so a typical identifier costs one or two comparisons.
        if (name.Length < 2 || name.Length > 8) return TokenKind.Name;
        switch (name[0])
        {
            case (byte)'F': return Is(name, "False"u8, TokenKind.KwFalse);
            case (byte)'N': return Is(name, "None"u8, TokenKind.KwNone);
            case (byte)'T': return Is(name, "True"u8, TokenKind.KwTrue);
            case (byte)'a':
                return name.Length switch
                {
                    2 => Is(name, "as"u8, TokenKind.KwAs),
                    3 => Is(name, "and"u8, TokenKind.KwAnd),
                    5 => name[1] == 's' ? Is(name, "async"u8, TokenKind.KwAsync) : Is(name, "await"u8, TokenKind.KwAwait),
                    6 => Is(name, "assert"u8, TokenKind.KwAssert),
                    _ => TokenKind.Name,
                };
            case (byte)'b': return Is(name, "break"u8, TokenKind.KwBreak);
            case (byte)'c':
                return name.Length == 5 ? Is(name, "class"u8, TokenKind.KwClass) : Is(name, "continue"u8, TokenKind.KwContinue);
            case (byte)'d':
                return name.Length == 3
                    ? (name[2] == 'f' ? Is(name, "def"u8, TokenKind.KwDef) : Is(name, "del"u8, TokenKind.KwDel))
                    : TokenKind.Name;
            case (byte)'e':
                return name.Length switch
                {
                    4 => name[2] == 'i' ? Is(name, "elif"u8, TokenKind.KwElif) : Is(name, "else"u8, TokenKind.KwElse),
                    6 => Is(name, "except"u8, TokenKind.KwExcept),
                    _ => TokenKind.Name,
                };
            case (byte)'f':
                return name.Length switch
                {
                    3 => Is(name, "for"u8, TokenKind.KwFor),
                    4 => Is(name, "from"u8, TokenKind.KwFrom),
                    7 => Is(name, "finally"u8, TokenKind.KwFinally),
                    _ => TokenKind.Name,
                };
            case (byte)'g': return Is(name, "global"u8, TokenKind.KwGlobal);
            case (byte)'i':
                if (name.Length == 2)
                    return name[1] switch
                    {
                        (byte)'f' => TokenKind.KwIf,
                        (byte)'n' => TokenKind.KwIn,
                        (byte)'s' => TokenKind.KwIs,
                        _ => TokenKind.Name,
                    };
                return Is(name, "import"u8, TokenKind.KwImport);
            case (byte)'l': return Is(name, "lambda"u8, TokenKind.KwLambda);
            case (byte)'n':
                return name.Length == 3 ? Is(name, "not"u8, TokenKind.KwNot) : Is(name, "nonlocal"u8, TokenKind.KwNonlocal);
            case (byte)'o': return Is(name, "or"u8, TokenKind.KwOr);
            case (byte)'p': return Is(name, "pass"u8, TokenKind.KwPass);
            case (byte)'r':
                return name.Length == 5 ? Is(name, "raise"u8, TokenKind.KwRaise) : Is(name, "return"u8, TokenKind.KwReturn);
            case (byte)'t': return Is(name, "try"u8, TokenKind.KwTry);
            case (byte)'w':
                return name.Length == 5 ? Is(name, "while"u8, TokenKind.KwWhile) : Is(name, "with"u8, TokenKind.KwWith);
            case (byte)'y': return Is(name, "yield"u8, TokenKind.KwYield);
            default: return TokenKind.Name;
        }
    }

    private static TokenKind Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> keyword, TokenKind kind)
        => name.SequenceEqual(keyword) ? kind : TokenKind.Name;
}
