namespace Kaa.Syntax.Tokens;

/// <summary>Numeric literals: every form CPython 3.11 accepts, and its exact errors.</summary>
public sealed partial class Tokenizer
{
    private enum NumberEntry
    {
        Start,    // at the first digit
        Fraction, // after a leading '.', at the first digit of the fraction
    }

    private static bool IsHexDigit(int c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    /// <summary>A number starting with <paramref name="c"/> (already read).</summary>
    private TokenKind Number(int c, NumberEntry entry, out int pStart, out int pEnd)
    {
        pStart = pEnd = -1;
        if (entry == NumberEntry.Fraction) goto Fraction;

        if (c == '0')
        {
            c = NextChar();
            if (c is 'x' or 'X')
            {
                c = NextChar();
                do
                {
                    if (c == '_') c = NextChar();
                    if (!IsHexDigit(c))
                    {
                        Backup(c);
                        return SyntaxError("invalid hexadecimal literal");
                    }
                    do c = NextChar(); while (IsHexDigit(c));
                } while (c == '_');
                if (!VerifyEndOfNumber(c, "hexadecimal")) return TokenKind.Errortoken;
                goto Done;
            }
            if (c is 'o' or 'O')
            {
                c = NextChar();
                do
                {
                    if (c == '_') c = NextChar();
                    if (c < '0' || c >= '8')
                    {
                        if (IsDigit(c)) return SyntaxError($"invalid digit '{(char)c}' in octal literal");
                        Backup(c);
                        return SyntaxError("invalid octal literal");
                    }
                    do c = NextChar(); while (c >= '0' && c < '8');
                } while (c == '_');
                if (IsDigit(c)) return SyntaxError($"invalid digit '{(char)c}' in octal literal");
                if (!VerifyEndOfNumber(c, "octal")) return TokenKind.Errortoken;
                goto Done;
            }
            if (c is 'b' or 'B')
            {
                c = NextChar();
                do
                {
                    if (c == '_') c = NextChar();
                    if (c != '0' && c != '1')
                    {
                        if (IsDigit(c)) return SyntaxError($"invalid digit '{(char)c}' in binary literal");
                        Backup(c);
                        return SyntaxError("invalid binary literal");
                    }
                    do c = NextChar(); while (c == '0' || c == '1');
                } while (c == '_');
                if (IsDigit(c)) return SyntaxError($"invalid digit '{(char)c}' in binary literal");
                if (!VerifyEndOfNumber(c, "binary")) return TokenKind.Errortoken;
                goto Done;
            }

            // "0", "00", "0_0", or the start of a float or imaginary; "0777" is an error.
            bool nonzero = false;
            while (true)
            {
                if (c == '_')
                {
                    c = NextChar();
                    if (!IsDigit(c))
                    {
                        Backup(c);
                        return SyntaxError("invalid decimal literal");
                    }
                }
                if (c != '0') break;
                c = NextChar();
            }
            int zerosEnd = _cur;
            if (IsDigit(c))
            {
                nonzero = true;
                c = DecimalTail();
                if (c == 0) return TokenKind.Errortoken;
            }
            if (c == '.')
            {
                c = NextChar();
                goto Fraction;
            }
            if (c is 'e' or 'E') goto Exponent;
            if (c is 'j' or 'J') goto Imaginary;
            if (nonzero)
            {
                Backup(c);
                return SyntaxErrorKnownRange(_start + 1 - _lineStart, zerosEnd - _lineStart,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
            }
            if (!VerifyEndOfNumber(c, "decimal")) return TokenKind.Errortoken;
            goto Done;
        }

        c = DecimalTail();
        if (c == 0) return TokenKind.Errortoken;
        if (c == '.')
        {
            c = NextChar();
            goto Fraction;
        }
        goto AfterFraction;

    Fraction:
        if (IsDigit(c))
        {
            c = DecimalTail();
            if (c == 0) return TokenKind.Errortoken;
        }
    AfterFraction:
        if (c is 'e' or 'E') goto Exponent;
        if (c is 'j' or 'J') goto Imaginary;
        if (!VerifyEndOfNumber(c, "decimal")) return TokenKind.Errortoken;
        goto Done;

    Exponent:
        {
            int e = c;
            c = NextChar();
            if (c is '+' or '-')
            {
                c = NextChar();
                if (!IsDigit(c))
                {
                    Backup(c);
                    return SyntaxError("invalid decimal literal");
                }
            }
            else if (!IsDigit(c))
            {
                // "1e" followed by a name: the number ends before the 'e' ("1else" is 1 else).
                Backup(c);
                if (!VerifyEndOfNumber(e, "decimal")) return TokenKind.Errortoken;
                Backup(e);
                pStart = _start;
                pEnd = _cur;
                return TokenKind.Number;
            }
            c = DecimalTail();
            if (c == 0) return TokenKind.Errortoken;
            if (c is 'j' or 'J') goto Imaginary;
            if (!VerifyEndOfNumber(c, "decimal")) return TokenKind.Errortoken;
            goto Done;
        }

    Imaginary:
        c = NextChar();
        if (!VerifyEndOfNumber(c, "imaginary")) return TokenKind.Errortoken;

    Done:
        Backup(c);
        pStart = _start;
        pEnd = _cur;
        return TokenKind.Number;
    }

    /// <summary>
    /// <c>tok_decimal_tail</c>: digits with single underscores between them. Returns the byte after
    /// them, or 0 after raising "invalid decimal literal".
    /// </summary>
    private int DecimalTail()
    {
        int c;
        while (true)
        {
            do c = NextChar(); while (IsDigit(c));
            if (c != '_') break;
            c = NextChar();
            if (!IsDigit(c))
            {
                Backup(c);
                SyntaxError("invalid decimal literal");
                return 0;
            }
        }
        return c;
    }

    /// <summary>
    /// <c>verify_end_of_number</c>: a number may be followed directly by the keywords that can follow
    /// it in valid code (and, else, for, if, in, is, not, or — CPython only warns), but not by any
    /// other identifier character. <paramref name="c"/> is the byte after the number, already read.
    /// </summary>
    private bool VerifyEndOfNumber(int c, string kind)
    {
        bool keywordFollows = c switch
        {
            'a' => LookaheadKeyword("nd"u8),
            'e' => LookaheadKeyword("lse"u8),
            'f' => LookaheadKeyword("or"u8),
            'i' => PeekIsAnyOf('f', 'n', 's'),
            'o' => LookaheadKeyword("r"u8),
            'n' => LookaheadKeyword("ot"u8),
            _ => false,
        };
        if (keywordFollows) return true; // CPython emits a DeprecationWarning here
        if (IsPotentialIdentifierChar(c))
        {
            Backup(c);
            SyntaxError($"invalid {kind} literal");
            return false;
        }
        return true;
    }

    /// <summary><c>lookahead</c>: whether the next bytes are <paramref name="rest"/> followed by a
    /// non-identifier character. Reads nothing.</summary>
    private bool LookaheadKeyword(ReadOnlySpan<byte> rest)
    {
        int p = _cur;
        foreach (byte b in rest)
        {
            if (p >= _inp || _buf[p] != b) return false;
            p++;
        }
        // The byte after the word; at the end of the data CPython reads EOF, which is not an
        // identifier character.
        return p >= _inp || !IsPotentialIdentifierChar(_buf[p]);
    }

    private bool PeekIsAnyOf(char a, char b, char c)
    {
        if (_cur >= _inp) return false;
        int next = _buf[_cur];
        return next == a || next == b || next == c;
    }
}
