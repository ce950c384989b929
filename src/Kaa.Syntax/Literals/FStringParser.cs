using System.Text;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Literals;

/// <summary>
/// The body of an f-string token, read as CPython 3.11 reads it (Parser/string_parser.c): literal
/// text with doubled braces, replacement fields <c>{expr=!c:spec}</c> whose expression a
/// sub-parser parses, and format specs that nest one level. The scanning only has to find where
/// each expression ends; the sub-parser reports errors inside it.
/// </summary>
internal static class FStringParser
{
    private const int MaxParenDepth = 200; // CPython's MAXLEVEL

    public static void ParseTopLevel(FStringState state, StringToken lit, Token t)
    {
        int pos = lit.BodyStart;
        Concat(state, lit.Text, ref pos, lit.BodyEnd, lit.IsRaw, 0, t);
    }

    /// <summary>Reads literal parts and fields into <paramref name="state"/> until the end or a '}' (nested).</summary>
    private static void Concat(FStringState state, ReadOnlySpan<byte> text, ref int pos, int end, bool raw,
        int level, Token t)
    {
        state.IsFString = true;
        while (true)
        {
            bool more = FindLiteral(state, text, ref pos, end, raw, level, out PyStrBuilder? literal);
            if (literal is not null) state.AppendLiteral(literal);
            if (more) continue; // a doubled brace: keep reading literal text
            if (pos >= end || text[pos] == '}') break;
            Expr field = FindExpression(state, text, ref pos, end, raw, level, t, out PyStrBuilder? debugText);
            if (debugText is not null) state.AppendLiteral(debugText);
            state.AppendExpression(field);
        }
        if (level == 0 && pos < end - 1) throw Error(state, "f-string: unexpected end of string");
        if (level != 0 && text[pos] != '}') throw Error(state, "f-string: expecting '}'");
    }

    /// <summary>
    /// Literal text up to an undoubled '{' (or '}' ending a nested spec) or the end. Returns true
    /// when it stopped after the first of a doubled brace, which then belongs to the literal.
    /// </summary>
    private static bool FindLiteral(FStringState state, ReadOnlySpan<byte> text, ref int pos, int end, bool raw,
        int level, out PyStrBuilder? literal)
    {
        int s = pos, start = pos;
        bool more = false;
        while (s < end)
        {
            byte ch = text[s++];
            if (!raw && ch == '\\' && s < end)
            {
                ch = text[s++];
                if (ch == 'N')
                {
                    // \N{NAME}: its braces are not fields.
                    if (s < end && text[s++] == '{')
                        while (s < end && text[s++] != '}') { }
                    continue;
                }
                // "\{" only warns; the brace then counts as a brace.
            }
            if (ch == '{' || ch == '}')
            {
                if (level == 0)
                {
                    if (s < end && text[s] == ch)
                    {
                        pos = s + 1;
                        more = true;
                        goto done;
                    }
                    if (ch == '}')
                    {
                        pos = s - 1;
                        throw Error(state, "f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        pos = s;
    done:
        literal = null;
        if (start != s)
        {
            literal = new PyStrBuilder();
            if (raw)
            {
                StrictUtf8.Check(state.P, text[start..s]);
                literal.AppendUtf8(text[start..s]);
            }
            else EscapeDecoder.DecodeStr(state.P, text[start..s], literal);
        }
        return more;
    }

    /// <summary>A replacement field starting at the '{' at <paramref name="pos"/>: a FormattedValue.</summary>
    private static Expr FindExpression(FStringState state, ReadOnlySpan<byte> text, ref int pos, int end, bool raw,
        int level, Token t, out PyStrBuilder? debugText)
    {
        debugText = null;
        if (level >= 2) throw Error(state, "f-string: expressions nested too deeply");
        pos++;
        int exprStart = pos;
        byte quote = 0;
        int stringType = 0; // 1: inside '...', 3: inside '''...'''
        int depth = 0;
        Span<byte> parens = stackalloc byte[MaxParenDepth];
        for (; pos < end; pos++)
        {
            byte ch = text[pos];
            if (ch == '\\') throw Error(state, "f-string expression part cannot include a backslash");
            if (quote != 0)
            {
                if (ch == quote)
                {
                    if (stringType == 3)
                    {
                        if (pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch)
                        {
                            pos += 2;
                            stringType = 0;
                            quote = 0;
                        }
                    }
                    else
                    {
                        stringType = 0;
                        quote = 0;
                    }
                }
            }
            else if (ch == '\'' || ch == '"')
            {
                if (pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch)
                {
                    stringType = 3;
                    pos += 2;
                }
                else stringType = 1;
                quote = ch;
            }
            else if (ch == '[' || ch == '{' || ch == '(')
            {
                if (depth >= MaxParenDepth) throw Error(state, "f-string: too many nested parenthesis");
                parens[depth++] = ch;
            }
            else if (ch == '#')
            {
                throw Error(state, "f-string expression part cannot include '#'");
            }
            else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<'))
            {
                // "!=", "==", "<=", ">=" are operators, not the end of the expression.
                if (pos + 1 < end && text[pos + 1] == '=' && ch != ':' && ch != '}')
                {
                    pos++;
                    continue;
                }
                if (ch == '>' || ch == '<') continue;
                break;
            }
            else if (ch == ']' || ch == '}' || ch == ')')
            {
                if (depth == 0) throw Error(state, $"f-string: unmatched '{(char)ch}'");
                byte opening = parens[--depth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}')))
                    throw Error(state, $"f-string: closing parenthesis '{(char)ch}' does not match opening parenthesis '{(char)opening}'");
            }
        }
        int exprEnd = pos;
        if (quote != 0) throw Error(state, "f-string: unterminated string");
        if (depth != 0) throw Error(state, $"f-string: unmatched '{(char)parens[depth - 1]}'");
        if (pos >= end) throw ExpectingBrace(state);

        Expr expression = CompileExpression(state, text, exprStart, exprEnd, t);

        if (text[pos] == '=')
        {
            pos++;
            while (IsAsciiSpace(text[pos])) pos++;
            if (pos >= end) throw ExpectingBrace(state);
            StrictUtf8.Check(state.P, text[exprStart..pos]);
            debugText = new PyStrBuilder();
            debugText.AppendUtf8(text[exprStart..pos]);
        }

        int conversion = -1;
        if (text[pos] == '!')
        {
            pos++;
            if (pos >= end) throw ExpectingBrace(state);
            conversion = text[pos++];
            if (conversion != 's' && conversion != 'r' && conversion != 'a')
                throw Error(state, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }

        if (pos >= end) throw ExpectingBrace(state);
        Expr? formatSpec = null;
        if (text[pos] == ':')
        {
            pos++;
            if (pos >= end) throw ExpectingBrace(state);
            var nested = new FStringState(state.P, state.First, state.Last);
            Concat(nested, text, ref pos, end, raw, level + 1, t);
            formatSpec = nested.Finish(t, t); // CPython locates a spec's JoinedStr at its own token
        }

        if (pos >= end || text[pos] != '}') throw ExpectingBrace(state);
        pos++;

        if (debugText is not null && formatSpec is null && conversion == -1) conversion = 'r';
        var value = new FormattedValue { Value = expression, Conversion = conversion, FormatSpec = formatSpec };
        value.SetLocation(state.First.Lineno, state.First.ColOffset, state.Last.EndLineno, state.Last.EndColOffset);
        return value;
    }

    /// <summary>
    /// Parses the expression text between <paramref name="start"/> and <paramref name="end"/>,
    /// wrapped in parentheses, with a sub-parser whose positions CPython 3.11 derives from where
    /// the '{' sits in the token (<c>fstring_find_expr_location</c>).
    /// </summary>
    private static Expr CompileExpression(FStringState state, ReadOnlySpan<byte> text, int start, int end, Token t)
    {
        int k = start;
        while (k < end && text[k] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f') k++;
        if (k == end)
        {
            byte terminator = text[end];
            if (terminator is (byte)'!' or (byte)':' or (byte)'=')
                throw Error(state, $"f-string: expression required before '{(char)terminator}'");
            throw Error(state, "f-string: empty expression not allowed");
        }

        int brace = start - 1;
        // Whitespace then a newline (or '}') right after the brace: the column shift is 0.
        bool newlineAfterBrace = true;
        for (k = brace + 1; k < text.Length && text[k] != '}' && text[k] != '\n'; k++)
        {
            if (text[k] is not ((byte)' ' or (byte)'\t' or (byte)'\f'))
            {
                newlineAfterBrace = false;
                break;
            }
        }
        int cols = 0;
        if (!newlineAfterBrace)
        {
            k = brace;
            while (k > 0 && text[k] != '\n') k--;
            cols = brace - k;
            if (text[k] == '\n') cols--;
        }
        int lines = text[..brace].Count((byte)'\n');

        var buffer = new byte[end - start + 2];
        buffer[0] = (byte)'(';
        text[start..end].CopyTo(buffer.AsSpan(1));
        buffer[^1] = (byte)')';
        return state.P.ParseFStringExpression(buffer, t.Lineno + lines - 1, t.Lineno + lines,
            lines != 0 ? cols : t.ColOffset + cols);
    }

    private static bool IsAsciiSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C;

    private static SyntaxErrorException ExpectingBrace(FStringState state) => Error(state, "f-string: expecting '}'");

    private static SyntaxErrorException Error(FStringState state, string msg) => state.P.RaiseSyntaxError(msg);
}
