using System.Runtime.CompilerServices;
using Kaa.Syntax.Errors;

namespace Kaa.Syntax.Tokens;

/// <summary>
/// CPython 3.11's tokenizer (Parser/tokenizer.c, string input, parser mode) over a UTF-8 buffer:
/// produces the tokens the parser reads, one at a time, on demand (so that an error is reported
/// when the parser gets to it, as in CPython). Comments and blank lines produce no tokens.
///
/// The state mirrors CPython's <c>tok_state</c> (the field each member stands for is named in its
/// comment) because the parser's error messages depend on it: CPython computes several error
/// positions from the tokenizer's current line, column and buffer. Positions are byte offsets
/// into <see cref="SourceText.Utf8"/>. This file holds the state and the token loop; the numbers,
/// strings, identifiers and errors live in the other partial files.
/// </summary>
public sealed partial class Tokenizer
{
    private const int EOF = -1;
    private const int TabSize = 8;
    private const int AltTabSize = 1;
    private const int MaxIndent = 100;
    private const int MaxLevel = 200;
    private const int InitialStackSize = 8;

    /// <summary>CPython's <c>tok->done</c>: why the tokenizer stopped.</summary>
    private enum Status
    {
        Ok,
        Eof,        // E_EOF: end of input
        Error,      // E_ERROR: the tokenizer raised a SyntaxError itself (see _raised)
        TabSpace,   // E_TABSPACE
        TooDeep,    // E_TOODEEP
        Dedent,     // E_DEDENT
        LineCont,   // E_LINECONT
        Decode,     // E_DECODE
    }

    private readonly SourceText _source;
    private readonly byte[] _buf; // the source, plus the final newline CPython adds to exec input
    private readonly int _end;
    private readonly bool _execInput;

    private int _cur;        // tok->cur: next byte to read
    private int _inp;        // tok->inp: end of the data read so far (the end of the current line)
    private int _lineStart;  // tok->line_start
    private int _bufStart;   // tok->buf: start of the current line, or of the line a multi-line token began on
    private int _start = -1; // tok->start, -1 for NULL
    private int _lineno;     // tok->lineno
    private int _firstLineno;    // tok->first_lineno: where the last string began
    private int _multiLineStart; // tok->multi_line_start
    private bool _atbol = true;  // tok->atbol
    private int _pendin;         // tok->pendin: pending INDENT (>0) or DEDENT (<0) tokens
    private int _indent;         // tok->indent
    // The indentation and bracket stacks start small and grow up to MaxIndent/MaxLevel: a
    // tokenizer per f-string expression is common, and those rarely nest.
    private int[] _indstack = new int[InitialStackSize];
    private int[] _altindstack = new int[InitialStackSize];
    private int _level;          // tok->level
    private byte[] _parenstack = new byte[InitialStackSize];
    private int[] _parenLinenoStack = new int[InitialStackSize];
    private int[] _parenColStack = new int[InitialStackSize];
    private Status _done;

    /// <summary>The error the tokenizer raised itself (CPython's PyErr set by <c>syntaxerror</c>).</summary>
    private SyntaxErrorException? _raised;

    /// <summary>The error <see cref="Next"/> threw; it is thrown again on later calls.</summary>
    private SyntaxErrorException? _failure;

    /// <summary>The UnicodeDecodeError text of an undecodable identifier (E_DECODE).</summary>
    private string? _decodeError;

    private Token _lastToken; // p->tokens[p->fill - 1] when that is an error token (set only then)

    /// <param name="source">The text to read.</param>
    /// <param name="firstLineno">The number of the line before the first one (CPython's initial
    /// <c>tok->lineno</c>): 0 for a file; an f-string expression's parser starts elsewhere.</param>
    /// <param name="execInput">CPython's <c>exec_input</c>: true for file input ('exec' mode) and for
    /// f-string expressions (CPython tokenizes those as exec input too), which get a final newline if
    /// they lack one; false for 'eval' and 'single'. It also tells whether an error's text line comes
    /// from the file (pegen's <c>start_rule == Py_file_input</c>).</param>
    public Tokenizer(SourceText source, int firstLineno = 0, bool execInput = true)
    {
        _source = source;
        _execInput = execInput;
        byte[] utf8 = source.Utf8;
        if (execInput && (utf8.Length == 0 || utf8[^1] != '\n'))
        {
            _buf = new byte[utf8.Length + 1];
            utf8.CopyTo(_buf, 0);
            _buf[^1] = (byte)'\n';
        }
        else
        {
            _buf = utf8;
        }
        _end = _buf.Length;
        _lineno = firstLineno;
        StartingLineno = firstLineno == 0 ? 0 : firstLineno + 1;
    }

    public SourceText Source => _source;

    /// <summary>For the f-string expression parser (pegen's <c>start_rule == Py_fstring_input</c>):
    /// errors built here get the "f-string: " prefix and are shifted by <see cref="StartingColOffset"/>.</summary>
    public bool IsFStringInput { get; init; }

    /// <summary>pegen's <c>p->starting_col_offset</c> (f-string expressions only).</summary>
    public int StartingColOffset { get; init; }

    /// <summary>pegen's <c>p->starting_lineno</c>: 0 for a file, the expression's first line for an f-string.</summary>
    public int StartingLineno { get; }

    /// <summary>CPython's <c>tok->level</c>: how many brackets are open.</summary>
    public int ParenLevel => _level;

    /// <summary>CPython's <c>tok->parenstack[i]</c>: the i-th open bracket ('(', '[' or '{'), 0 = outermost.</summary>
    public char OpenBracket(int i) => (char)_parenstack[i];

    /// <summary>CPython's <c>tok->parenlinenostack[i]</c>: the line of the i-th open bracket.</summary>
    public int OpenBracketLineno(int i) => _parenLinenoStack[i];

    /// <summary>CPython's <c>tok->parencolstack[i]</c>: the byte column of the i-th open bracket.</summary>
    public int OpenBracketColOffset(int i) => _parenColStack[i];

    /// <summary>CPython's <c>tok->done == E_EOF</c>: the tokenizer has read all of the input.</summary>
    public bool ReachedEof => _done == Status.Eof;

    /// <summary>CPython's <c>tok->lineno</c>: the line the tokenizer is on.</summary>
    public int Lineno => _lineno;

    /// <summary>CPython's CURRENT_POS column: <c>tok->cur - tok->line_start</c>, in bytes.</summary>
    public int CurrentColOffset => _cur - _lineStart;

    /// <summary>CPython's <c>tok->indent</c>: the current indentation depth.</summary>
    public int IndentDepth => _indent;

    /// <summary>
    /// For 'single' input at its end (pegen's <c>_PyPegen_fill_token</c>): turns the open indentation
    /// levels into pending DEDENT tokens (<c>tok->pendin = -tok->indent; tok->indent = 0</c>).
    /// </summary>
    public void DedentAllPending()
    {
        if (_indent != 0)
        {
            _pendin = -_indent;
            _indent = 0;
        }
    }

    /// <summary>The next token; throws <see cref="SyntaxErrorException"/> on a lexical error.</summary>
    public Token Next()
    {
        Token token = default;
        Next(ref token);
        return token;
    }

    /// <summary><see cref="Next()"/> written into <paramref name="token"/> (the parser's buffer slot).</summary>
    public void Next(ref Token token)
    {
        if (_failure is not null) throw _failure;
        var kind = GetToken(out int start, out int end);
        MakeToken(kind, start, end, ref token);
        if (kind == TokenKind.Errortoken)
        {
            _lastToken = token; // p->tokens[p->fill - 1]: the error reports read it
            _failure = TokenizerError();
            throw _failure;
        }
    }

    /// <summary>pegen's <c>initialize_token</c>: the positions of a token CPython would record.
    /// A missing start or end (INDENT, DEDENT, ENDMARKER) gives column -1, as in CPython.</summary>
    private void MakeToken(TokenKind kind, int start, int end, ref Token token)
    {
        bool isString = kind == TokenKind.String;
        int lineStart = isString ? _multiLineStart : _lineStart;
        if (kind == TokenKind.Name) kind = Keywords.Classify(_buf.AsSpan(start, end - start));
        token.Kind = kind;
        token.Start = start >= 0 ? start : _cur;
        token.End = end >= 0 ? end : _cur;
        token.Lineno = isString ? _firstLineno : _lineno;
        token.ColOffset = start >= 0 && start >= lineStart ? start - lineStart : -1;
        token.EndLineno = _lineno;
        token.EndColOffset = end >= 0 && end >= _lineStart ? end - _lineStart : -1;
    }

    // ---- reading (tok_nextc / tok_backup) ----

    /// <summary><c>tok_nextc</c>: the next byte, reading the next line when the current one is used up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int NextChar()
    {
        if (_cur != _inp) return _buf[_cur++];
        return NextLine();
    }

    /// <summary>The slow path of <see cref="NextChar"/>: <c>tok_underflow_string</c>.</summary>
    private int NextLine()
    {
        if (_done != Status.Ok) return EOF;
        if (_inp == _end)
        {
            _done = Status.Eof;
            _cur = _inp;
            return EOF;
        }
        int nl = _buf.AsSpan(_inp, _end - _inp).IndexOf((byte)'\n');
        // A token that spans lines keeps tok->buf where it began.
        if (_start < 0) _bufStart = _cur;
        _lineStart = _cur;
        _lineno++;
        _inp = nl < 0 ? _end : _inp + nl + 1;
        return _buf[_cur++];
    }

    /// <summary><c>tok_backup</c>: un-reads <paramref name="c"/> (nothing for EOF).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Backup(int c)
    {
        if (c != EOF) _cur--;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPotentialIdentifierStart(int c)
        => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || c >= 128;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPotentialIdentifierChar(int c)
        => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_' || c >= 128;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    // ---- the token loop (tok_get) ----

    private TokenKind GetToken(out int pStart, out int pEnd)
    {
        pStart = pEnd = -1;
        while (true) // each pass starts a line ("nextline" in CPython)
        {
            _start = -1;
            bool blankline = false;
            if (_atbol && !ReadIndentation(out blankline)) return TokenKind.Errortoken;

            _start = _cur;
            if (_pendin != 0)
            {
                if (_pendin < 0)
                {
                    _pendin++;
                    return TokenKind.Dedent;
                }
                _pendin--;
                return TokenKind.Indent;
            }

            while (true) // after a backslash continuation ("again" in CPython)
            {
                _start = -1;
                int c;
                do c = NextChar(); while (c == ' ' || c == '\t' || c == '\f');
                _start = _cur - 1;

                if (c == '#')
                {
                    // A comment runs to the end of the line; it produces no token.
                    while (c != EOF && c != '\n') c = NextChar();
                }

                if (c == EOF)
                {
                    if (_level > 0) return TokenKind.Errortoken;
                    return _done == Status.Eof ? TokenKind.Endmarker : TokenKind.Errortoken;
                }

                if (IsPotentialIdentifierStart(c))
                    return IdentifierOrString(c, out pStart, out pEnd);

                if (c == '\n')
                {
                    _atbol = true;
                    if (blankline || _level > 0) break; // to the next line
                    pStart = _start;
                    pEnd = _cur - 1; // the token's text leaves the '\n' out
                    return TokenKind.Newline;
                }

                if (c == '.')
                {
                    c = NextChar();
                    if (IsDigit(c)) return Number(c, NumberEntry.Fraction, out pStart, out pEnd);
                    if (c == '.')
                    {
                        c = NextChar();
                        if (c == '.')
                        {
                            pStart = _start;
                            pEnd = _cur;
                            return TokenKind.Ellipsis;
                        }
                        Backup(c);
                        Backup('.');
                    }
                    else
                    {
                        Backup(c);
                    }
                    pStart = _start;
                    pEnd = _cur;
                    return TokenKind.Dot;
                }

                if (IsDigit(c)) return Number(c, NumberEntry.Start, out pStart, out pEnd);

                if (c == '\'' || c == '"') return StringLiteral(c, out pStart, out pEnd);

                if (c == '\\')
                {
                    if (ContinuationLine() < 0) return TokenKind.Errortoken;
                    continue; // read on from the next line
                }

                return Operator(c, out pStart, out pEnd);
            }
        }
    }

    /// <summary>
    /// Measures the indentation of a new line and queues INDENT/DEDENT tokens (CPython's
    /// "Get indentation level" block). Returns false on an error (tok->done says which).
    /// </summary>
    private bool ReadIndentation(out bool blankline)
    {
        blankline = false;
        int col = 0, altcol = 0, contLineCol = 0;
        _atbol = false;
        int c;
        while (true)
        {
            c = NextChar();
            if (c == ' ')
            {
                col++;
                altcol++;
            }
            else if (c == '\t')
            {
                col = (col / TabSize + 1) * TabSize;
                altcol = (altcol / AltTabSize + 1) * AltTabSize;
            }
            else if (c == '\f')
            {
                col = altcol = 0; // a form feed resets the column, as Emacs does
            }
            else if (c == '\\')
            {
                // Indentation cannot be split with backslashes: the first backslash decides the
                // indentation of what follows it.
                contLineCol = contLineCol != 0 ? contLineCol : col;
                if ((c = ContinuationLine()) < 0) return false;
            }
            else
            {
                break;
            }
        }
        Backup(c);

        // Lines with only blanks and a comment do not count for indentation.
        if (c == '#' || c == '\n') blankline = true;

        if (!blankline && _level == 0)
        {
            if (contLineCol != 0)
            {
                col = contLineCol;
                altcol = contLineCol;
            }
            if (col == _indstack[_indent])
            {
                if (altcol != _altindstack[_indent]) return IndentError();
            }
            else if (col > _indstack[_indent])
            {
                if (_indent + 1 >= MaxIndent)
                {
                    _done = Status.TooDeep;
                    _cur = _inp;
                    return false;
                }
                if (altcol <= _altindstack[_indent]) return IndentError();
                _pendin++;
                if (_indent + 1 == _indstack.Length)
                {
                    Array.Resize(ref _indstack, Math.Min(MaxIndent, _indstack.Length * 2));
                    Array.Resize(ref _altindstack, _indstack.Length);
                }
                _indstack[++_indent] = col;
                _altindstack[_indent] = altcol;
            }
            else
            {
                while (_indent > 0 && col < _indstack[_indent])
                {
                    _pendin--;
                    _indent--;
                }
                if (col != _indstack[_indent])
                {
                    _done = Status.Dedent;
                    _cur = _inp;
                    return false;
                }
                if (altcol != _altindstack[_indent]) return IndentError();
            }
        }
        return true;
    }

    /// <summary><c>indenterror</c>: tabs and spaces disagree.</summary>
    private bool IndentError()
    {
        _done = Status.TabSpace;
        _cur = _inp;
        return false;
    }

    /// <summary>
    /// <c>tok_continuation_line</c>: after a backslash, expects the end of the line and a further
    /// line. Returns the first byte of that line (not consumed), or -1 on an error.
    /// </summary>
    private int ContinuationLine()
    {
        int c = NextChar();
        if (c != '\n')
        {
            _done = Status.LineCont;
            return -1;
        }
        c = NextChar();
        if (c == EOF)
        {
            _done = Status.Eof;
            _cur = _inp;
            return -1;
        }
        Backup(c);
        return c;
    }

    /// <summary>Operators and delimiters, with the bracket stack and its errors.</summary>
    private TokenKind Operator(int c, out int pStart, out int pEnd)
    {
        pStart = pEnd = -1;
        int c2 = NextChar();
        var kind2 = Operators.TwoChars(c, c2);
        if (kind2 != TokenKind.Op)
        {
            int c3 = NextChar();
            var kind3 = Operators.ThreeChars(c, c2, c3);
            if (kind3 != TokenKind.Op) kind2 = kind3;
            else Backup(c3);
            pStart = _start;
            pEnd = _cur;
            return kind2;
        }
        Backup(c2);

        switch (c)
        {
            case '(':
            case '[':
            case '{':
                if (_level >= MaxLevel) return SyntaxError("too many nested parentheses");
                if (_level == _parenstack.Length)
                {
                    int size = Math.Min(MaxLevel, _level * 2);
                    Array.Resize(ref _parenstack, size);
                    Array.Resize(ref _parenLinenoStack, size);
                    Array.Resize(ref _parenColStack, size);
                }
                _parenstack[_level] = (byte)c;
                _parenLinenoStack[_level] = _lineno;
                _parenColStack[_level] = _start - _lineStart;
                _level++;
                break;
            case ')':
            case ']':
            case '}':
                if (_level == 0) return SyntaxError($"unmatched '{(char)c}'");
                _level--;
                int opening = _parenstack[_level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}')))
                {
                    return _parenLinenoStack[_level] != _lineno
                        ? SyntaxError($"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)opening}' on line {_parenLinenoStack[_level]}")
                        : SyntaxError($"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)opening}'");
                }
                break;
        }

        if (c < 0x20 || c == 0x7F)
            return SyntaxError($"invalid non-printable character U+{c:X4}");

        pStart = _start;
        pEnd = _cur;
        return Operators.OneChar(c);
    }
}
