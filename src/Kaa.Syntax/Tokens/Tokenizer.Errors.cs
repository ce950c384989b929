using System.Text;
using Kaa.Syntax.Errors;

namespace Kaa.Syntax.Tokens;

/// <summary>
/// Errors, positioned exactly as CPython positions them. Two families exist:
/// the tokenizer's own (<c>syntaxerror</c> in tokenizer.c: 1-based character offsets on the
/// current line), and those pegen builds from the tokenizer's state (<c>_Pypegen_tokenizer_error</c>,
/// <c>_PyPegen_raise_error</c>, <c>_PyPegen_raise_error_known_location</c>), whose byte offsets are
/// turned into character offsets only when the source has an encoding (see
/// <see cref="SourceText.Encoding"/>). The parser uses the public builders for its own errors.
/// </summary>
public sealed partial class Tokenizer
{
    /// <summary>pegen's CURRENT_POS: as a line or column, "where the tokenizer is now".</summary>
    public const int CurrentPos = -5;

    // ---- the tokenizer's own errors (tokenizer.c) ----

    /// <summary><c>syntaxerror</c>: an error at the current position of the current line.</summary>
    private TokenKind SyntaxError(string msg) => SyntaxErrorRange(msg, -1, -1);

    /// <summary><c>syntaxerror_known_range</c>: offsets given (as CPython gives them, 1-based bytes).</summary>
    private TokenKind SyntaxErrorKnownRange(int colOffset, int endColOffset, string msg)
        => SyntaxErrorRange(msg, colOffset, endColOffset);

    private TokenKind SyntaxErrorRange(string msg, int colOffset, int endColOffset)
    {
        if (colOffset == -1) colOffset = PyUtf8.CountCharsReplace(_buf.AsSpan(_lineStart, _cur - _lineStart));
        if (endColOffset == -1) endColOffset = colOffset;
        int lineLength = _buf.AsSpan(_lineStart).IndexOf((byte)'\n');
        if (lineLength < 0) lineLength = _end - _lineStart;
        string text = PyUtf8.DecodeReplace(_buf.AsSpan(_lineStart, lineLength));
        _raised = new SyntaxErrorException("SyntaxError", msg, _lineno, colOffset, _lineno, endColOffset, text,
            _source.Filename);
        _done = Status.Error;
        return TokenKind.Errortoken;
    }

    // ---- errors pegen makes of the tokenizer's state (pegen_errors.c) ----

    /// <summary>
    /// <c>_Pypegen_tokenizer_error</c> (and <c>_Pypegen_raise_decode_error</c>): the exception for the
    /// error token just made, which is <see cref="_lastToken"/>.
    /// </summary>
    private SyntaxErrorException TokenizerError()
    {
        if (_done == Status.Decode)
            return RaiseErrorAt("SyntaxError", _lastToken, "(unicode error) " + _decodeError);
        if (_raised is not null) return _raised;
        switch (_done)
        {
            case Status.Eof:
                return _level > 0
                    ? UnclosedParenthesisError()
                    : RaiseErrorAt("SyntaxError", _lastToken, "unexpected EOF while parsing");
            case Status.Dedent:
                return RaiseErrorAt("IndentationError", _lastToken, "unindent does not match any outer indentation level");
            case Status.TabSpace:
                return RaiseErrorKnownLocation("TabError", _lineno, 0, _lineno, -1,
                    "inconsistent use of tabs and spaces in indentation");
            case Status.TooDeep:
                return RaiseErrorKnownLocation("IndentationError", _lineno, 0, _lineno, -1, "too many levels of indentation");
            case Status.LineCont:
                // Counted from tok->buf, which is an earlier line when the statement was continued.
                return RaiseErrorKnownLocation("SyntaxError", _lineno, Math.Max(0, _cur - _bufStart - 1), _lineno, -1,
                    "unexpected character after line continuation character");
            default:
                return RaiseErrorKnownLocation("SyntaxError", _lineno, 0, _lineno, -1, "unknown parsing error");
        }
    }

    /// <summary><c>raise_unclosed_parentheses_error</c>: "'(' was never closed" at the innermost open bracket.</summary>
    public SyntaxErrorException UnclosedParenthesisError()
    {
        int i = _level - 1;
        return RaiseErrorKnownLocation("SyntaxError", _parenLinenoStack[i], _parenColStack[i], _parenLinenoStack[i], -1,
            $"'{(char)_parenstack[i]}' was never closed");
    }

    /// <summary>
    /// <c>_PyPegen_tokenize_full_source_to_check_for_errors</c>: after the parser failed with a
    /// generic SyntaxError whose token is on <paramref name="errorLineno"/>, reads the rest of the
    /// source; returns the tokenizer error that takes priority over the parser's, or null to keep it.
    /// </summary>
    public SyntaxErrorException? CheckRestOfSourceForErrors(int errorLineno)
    {
        if (_failure is not null) return null;
        while (true)
        {
            var kind = GetToken(out _, out _);
            if (kind == TokenKind.Errortoken)
            {
                if (_raised is not null) return _raised;
                if (_done == Status.Decode)
                {
                    // CPython lets the UnicodeDecodeError itself escape here.
                    return new SyntaxErrorException("UnicodeDecodeError", _decodeError ?? "");
                }
                if (_level != 0 && errorLineno > _parenLinenoStack[_level - 1]) return UnclosedParenthesisError();
                return null;
            }
            if (kind == TokenKind.Endmarker) return null;
        }
    }

    /// <summary>
    /// <c>_PyPegen_raise_error</c>: an error at token <paramref name="token"/> (the last token read, or
    /// the parser's known error token); null means the parser has no token yet (<c>p->fill == 0</c>).
    /// A token without a start column (-1) puts the error at the tokenizer's current position.
    /// </summary>
    public SyntaxErrorException RaiseErrorAt(string pythonType, Token? token, string msg)
    {
        if (token is not { } t) return RaiseErrorKnownLocationRaw(pythonType, 0, 0, 0, -1, msg);
        int col = t.ColOffset == -1 ? (_cur == _bufStart ? 0 : _cur - _lineStart) : t.ColOffset + 1;
        int endCol = t.EndColOffset != -1 ? t.EndColOffset + 1 : -1;
        return RaiseErrorKnownLocationRaw(pythonType, t.Lineno, col, t.EndLineno, endCol, msg);
    }

    /// <summary>
    /// <c>RAISE_ERROR_KNOWN_LOCATION</c>: 0-based byte columns (or <see cref="CurrentPos"/>), made
    /// 1-based here.
    /// </summary>
    public SyntaxErrorException RaiseErrorKnownLocation(string pythonType, int lineno, int colOffset, int endLineno,
        int endColOffset, string msg)
    {
        int col = colOffset == CurrentPos ? CurrentPos : colOffset + 1;
        int endCol = endColOffset == CurrentPos ? CurrentPos : endColOffset + 1;
        return RaiseErrorKnownLocationRaw(pythonType, lineno, col, endLineno, endCol, msg);
    }

    /// <summary>
    /// <c>_PyPegen_raise_error_known_location</c>: 1-based byte columns in, the SyntaxError out
    /// (character offsets when the source has an encoding; the line text as CPython finds it).
    /// </summary>
    public SyntaxErrorException RaiseErrorKnownLocationRaw(string pythonType, int lineno, int colOffset, int endLineno,
        int endColOffset, string msg)
    {
        if (endLineno == CurrentPos) endLineno = _lineno;
        if (endColOffset == CurrentPos) endColOffset = _cur - _lineStart;
        if (IsFStringInput) msg = "f-string: " + msg;

        string errorLine = ErrorLine(lineno);
        if (IsFStringInput)
        {
            colOffset -= StartingColOffset;
            endColOffset -= StartingColOffset;
        }
        int colNumber = colOffset;
        int endColNumber = endColOffset;
        if (_source.Encoding is not null)
        {
            byte[] lineUtf8 = Encoding.UTF8.GetBytes(errorLine);
            colNumber = ByteOffsetToCharacterOffset(lineUtf8, colOffset);
            if (endColNumber > 0) endColNumber = ByteOffsetToCharacterOffset(lineUtf8, endColNumber);
        }
        return new SyntaxErrorException(pythonType, msg, lineno, colNumber, endLineno, endColNumber, errorLine,
            _source.Filename);
    }

    /// <summary>
    /// <c>_PyPegen_byte_offset_to_character_offset</c>: the characters in the first
    /// <paramref name="colOffset"/> bytes of the line; past the end it counts the terminating NUL.
    /// </summary>
    private static int ByteOffsetToCharacterOffset(byte[] lineUtf8, int colOffset)
    {
        if (colOffset < 0) colOffset = 0;
        if (colOffset > lineUtf8.Length) return PyUtf8.CountCharsReplace(lineUtf8) + 1;
        return PyUtf8.CountCharsReplace(lineUtf8.AsSpan(0, colOffset));
    }

    /// <summary>
    /// The text of line <paramref name="lineno"/> as CPython's error builder finds it: from the file
    /// for file input, else the tokenizer's current buffer when the error is on the current line,
    /// else the line of the source.
    /// </summary>
    public string ErrorLine(int lineno)
    {
        if (!IsFStringInput && _execInput)
        {
            string? fromFile = ProgramTextLine(lineno);
            if (fromFile is not null) return fromFile;
        }
        if (_lineno <= lineno && _inp > _bufStart)
            return PyUtf8.DecodeReplace(_buf.AsSpan(_bufStart, _inp - _bufStart));
        return PyUtf8.DecodeReplace(SourceLine(lineno));
    }

    /// <summary>
    /// <c>get_error_line_from_tokenizer_buffers</c>: line <paramref name="lineno"/> of the source
    /// (counted from <see cref="StartingLineno"/> for an f-string expression), without its newline;
    /// the last line read when the source is shorter.
    /// </summary>
    public ReadOnlySpan<byte> SourceLine(int lineno)
    {
        int relative = StartingLineno != 0 ? lineno - StartingLineno + 1 : lineno;
        int lineStart = 0;
        for (int i = 0; i < relative - 1; i++)
        {
            int nl = _buf.AsSpan(lineStart, _end - lineStart).IndexOf((byte)'\n');
            if (nl < 0 || lineStart + nl + 1 > _inp) break;
            lineStart += nl + 1;
        }
        int next = _buf.AsSpan(lineStart, _end - lineStart).IndexOf((byte)'\n');
        return _buf.AsSpan(lineStart, next < 0 ? _end - lineStart : next);
    }

    /// <summary>
    /// <c>_PyErr_ProgramDecodedTextObject</c> for the file the source came from: line
    /// <paramref name="lineno"/> with its newline, read in chunks of 999 bytes as CPython reads it
    /// (a longer line leaves only its last chunk), decoded with the source's encoding (a BOM stays
    /// in line 1); null when there is no such line or, without an encoding, it is not valid UTF-8.
    /// </summary>
    private string? ProgramTextLine(int lineno)
    {
        byte[]? file = _source.FileBytes;
        if (file is null || lineno <= 0) return null;
        // CPython reopens the file by name; we assume it holds the source we were given, except for
        // pseudo-names such as "<string>", which name no file.
        string name = _source.Filename;
        if (name.Length >= 2 && name[0] == '<' && name[^1] == '>') return null;
        int lineStart = 0;
        for (int i = 1; i < lineno; i++)
        {
            int nl = file.AsSpan(lineStart).IndexOf((byte)'\n');
            if (nl < 0) return null;
            lineStart += nl + 1;
        }
        if (lineStart >= file.Length) return null;
        int end = file.AsSpan(lineStart).IndexOf((byte)'\n');
        end = end < 0 ? file.Length : lineStart + end + 1;
        var line = file.AsSpan(lineStart, end - lineStart);
        const int chunk = 999;
        if (line.Length > chunk)
        {
            int lastChunk = line.Length % chunk;
            line = line[(line.Length - (lastChunk == 0 ? chunk : lastChunk))..];
        }
        if (_source.Encoding is null)
            return PyUtf8.FindDecodeError(line) is null ? PyUtf8.DecodeReplace(line) : null;
        return SourceCodecs.DecodeReplace(_source.Encoding, line);
    }
}
