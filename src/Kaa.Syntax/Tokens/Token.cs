namespace Kaa.Syntax.Tokens;

/// <summary>
/// One token. <see cref="Start"/>/<see cref="End"/> are byte offsets into the UTF-8 source buffer
/// (<see cref="SourceText.Utf8"/>); the positions are CPython's: 1-based lines, columns as UTF-8 byte
/// offsets from the start of the line. For a string spanning lines, <see cref="Lineno"/> and
/// <see cref="ColOffset"/> are where it starts. INDENT, DEDENT and ENDMARKER have column -1, CPython's
/// "no start position".
/// Settable so that the tokenizer writes a token straight into the parser's buffer field by field
/// (<see cref="Tokenizer.Next(ref Token)"/>): a token built whole and copied was read back before
/// its stores had landed (a store-forwarding stall at every token).
/// </summary>
public record struct Token(
    TokenKind Kind,
    int Start,
    int End,
    int Lineno,
    int ColOffset,
    int EndLineno,
    int EndColOffset)
{
    public readonly int Length => End - Start;

    public readonly bool IsKeyword => Kind >= TokenKind.KwFalse;
}
