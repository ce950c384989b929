using System.Text;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Literals;

/// <summary>
/// String, bytes and f-string literals: CPython's <c>_PyPegen_concatenate_strings</c> and
/// Parser/string_parser.c. Turns the run of adjacent STRING tokens the grammar's <c>strings</c>
/// rule matched into one <c>Constant</c> or <c>JoinedStr</c>, with CPython's positions and errors.
/// Errors point where CPython's do: at the last token the parser fetched.
/// </summary>
internal static class StringLiterals
{
    public static Expr Concatenate(Parser.Parser p, ReadOnlySpan<Token> tokens)
    {
        Token first = tokens[0], last = tokens[^1];
        byte[] src = p.Source.Utf8;
        if (tokens.Length == 1 && TrySimpleStr(src, first) is string simple)
            return MakeConstant(simple, p, first, last);

        bool bytesMode = false;
        List<byte>? bytes = null;
        var state = new FStringState(p, first, last);
        for (int i = 0; i < tokens.Length; i++)
        {
            Token t = tokens[i];
            var lit = StringToken.Read(src, t);
            if (lit.IsF)
            {
                if (i != 0 && bytesMode) throw p.RaiseSyntaxError("cannot mix bytes and nonbytes literals");
                bytesMode = false;
                FStringParser.ParseTopLevel(state, lit, t);
                continue;
            }
            ReadOnlySpan<byte> body = lit.Body;
            bool raw = lit.IsRaw || body.IndexOf((byte)'\\') < 0;
            if (lit.IsBytes)
            {
                foreach (byte b in lit.Text[lit.BodyStart..]) // CPython scans to the end of the token
                    if (b >= 0x80) throw p.RaiseSyntaxError("bytes can only contain ASCII literal characters");
                if (i != 0 && !bytesMode) throw p.RaiseSyntaxError("cannot mix bytes and nonbytes literals");
                bytesMode = true;
                bytes ??= new List<byte>(body.Length);
                if (raw) bytes.AddRange(body);
                else EscapeDecoder.DecodeBytes(p, body, bytes);
            }
            else
            {
                var value = new PyStrBuilder();
                if (raw)
                {
                    StrictUtf8.Check(p, body);
                    value.AppendUtf8(body);
                }
                else EscapeDecoder.DecodeStr(p, body, value);
                if (i != 0 && bytesMode) throw p.RaiseSyntaxError("cannot mix bytes and nonbytes literals");
                bytesMode = false;
                state.AppendLiteral(value);
            }
        }
        if (bytesMode)
        {
            var c = new Constant { Value = bytes!.ToArray() };
            c.SetLocation(first.Lineno, first.ColOffset, last.EndLineno, last.EndColOffset);
            return c;
        }
        return state.Finish(first, last);
    }

    /// <summary>The common case without allocation beyond the value: one plain str token without escapes or CRs.</summary>
    private static string? TrySimpleStr(byte[] src, Token t)
    {
        int i = t.Start;
        while (src[i] != '\'' && src[i] != '"')
        {
            byte b = (byte)(src[i] | 0x20);
            if (b != 'u' && b != 'r') return null;
            i++;
        }
        byte quote = src[i];
        int q = t.End - 1 - i >= 5 && src[i + 1] == quote && src[i + 2] == quote ? 3 : 1;
        var body = src.AsSpan(i + q, t.End - i - 2 * q);
        if (body.IndexOfAny((byte)'\\', (byte)'\r') >= 0 || !System.Text.Unicode.Utf8.IsValid(body)) return null;
        return Encoding.UTF8.GetString(body);
    }

    public static Constant MakeConstant(object value, Parser.Parser p, Token first, Token last)
    {
        var c = new Constant
        {
            Value = value,
            Kind = p.Source.Utf8[first.Start] == 'u' ? "u" : null,
        };
        c.SetLocation(first.Lineno, first.ColOffset, last.EndLineno, last.EndColOffset);
        return c;
    }
}

/// <summary>
/// One STRING token split into prefix flags and body. <see cref="Text"/> is the token's text with
/// line ends already "\n" (CPython's tokenizer translates them before the parser sees a token).
/// </summary>
internal readonly ref struct StringToken
{
    public readonly ReadOnlySpan<byte> Text;
    public readonly int BodyStart, BodyEnd;
    public readonly bool IsBytes, IsRaw, IsF;

    private StringToken(ReadOnlySpan<byte> text, int bodyStart, int bodyEnd, bool isBytes, bool isRaw, bool isF)
    {
        Text = text;
        BodyStart = bodyStart;
        BodyEnd = bodyEnd;
        IsBytes = isBytes;
        IsRaw = isRaw;
        IsF = isF;
    }

    public ReadOnlySpan<byte> Body => Text[BodyStart..BodyEnd];

    public static StringToken Read(byte[] src, Token t)
    {
        ReadOnlySpan<byte> text = src.AsSpan(t.Start, t.Length);
        if (text.IndexOf((byte)'\r') >= 0) text = TranslateNewlines(text);
        bool isBytes = false, isRaw = false, isF = false;
        int i = 0;
        while (text[i] != '\'' && text[i] != '"')
        {
            switch (text[i] | 0x20)
            {
                case 'b': isBytes = true; break;
                case 'r': isRaw = true; break;
                case 'f': isF = true; break;
            }
            i++;
        }
        byte quote = text[i];
        int q = text.Length - i >= 6 && text[i + 1] == quote && text[i + 2] == quote ? 3 : 1;
        return new StringToken(text, i + q, text.Length - q, isBytes, isRaw, isF);
    }

    private static byte[] TranslateNewlines(ReadOnlySpan<byte> text)
    {
        var result = new List<byte>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                result.Add((byte)'\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else result.Add(text[i]);
        }
        return result.ToArray();
    }
}
