using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Parser;

/// <summary>
/// The PEG parser: one instance per parse (and one per f-string expression, as in CPython).
/// This file holds the state and the services other parts use; the grammar rules live in the
/// other partial files of this class, one per area of python.gram.
/// </summary>
internal sealed partial class Parser
{
    /// <param name="buffers">Storage to borrow (see <see cref="ParseBuffers"/>); the caller hands
    /// it back with <see cref="ReturnBuffers"/> once the parse is over.</param>
    public Parser(Tokenizer tokenizer, ParseMode mode, ParseBuffers? buffers = null)
        : this(tokenizer, mode, buffers, identifiers: null)
    {
    }

    /// <param name="identifiers">The identifier table to share (an f-string expression's parser
    /// shares its parent's), instead of the buffers' or a new one.</param>
    private Parser(Tokenizer tokenizer, ParseMode mode, ParseBuffers? buffers, IdentifierTable? identifiers)
    {
        Tokenizer = tokenizer;
        Mode = mode;
        _tokenChunks = buffers?.TokenChunks ?? new TokenSlot[8][];
        _memoChunks = buffers?.MemoChunks ?? new MemoEntry[4][];
        _identifiers = identifiers ?? buffers?.Identifiers ?? new IdentifierTable();
        if (buffers is not null)
        {
            buffers.TokenChunks = null;
            buffers.MemoChunks = null;
            buffers.Identifiers = null;
        }
    }

    public Tokenizer Tokenizer { get; }

    public ParseMode Mode { get; }

    /// <summary>True for the parser of an f-string replacement field (CPython's <c>fstring</c> start rule).</summary>
    public bool IsFString { get; init; }

    public SourceText Source => Tokenizer.Source;

    /// <summary>For an f-string expression's parser: CPython's <c>starting_lineno</c>.</summary>
    public int StartingLineno { get; init; }

    /// <summary>For an f-string expression's parser: CPython's <c>starting_col_offset</c>.</summary>
    public int StartingColOffset { get; init; }

    /// <summary>
    /// Builds the SyntaxError (or subclass) for a known location, as CPython's
    /// <c>RAISE_ERROR_KNOWN_LOCATION</c>: <paramref name="colOffset"/> and
    /// <paramref name="endColOffset"/> are 0-based UTF-8 byte columns (-1 for none); the exception
    /// carries 1-based offsets, in characters when the source declared its encoding (as CPython
    /// converts them only then). The caller throws it.
    /// </summary>
    public SyntaxErrorException ErrorKnownLocation(string pythonType, int lineno, int colOffset,
        int endLineno, int endColOffset, string msg)
        => RaiseKnownLocation(pythonType, lineno, colOffset, endLineno, endColOffset, msg);

    /// <summary>
    /// CPython's <c>RAISE_SYNTAX_ERROR</c>: a SyntaxError located at the last token the parser has
    /// fetched (<c>p->tokens[p->fill-1]</c>), which is where the string-literal code's errors point.
    /// The caller throws it.
    /// </summary>
    public SyntaxErrorException RaiseSyntaxError(string msg) => RaiseError("SyntaxError", msg);

    /// <summary>
    /// Parses the expression of an f-string replacement field, as CPython's
    /// <c>fstring_compile_expr</c> does after it wrapped the text in parentheses: a new parser with
    /// the <c>fstring</c> start rule over <paramref name="parenthesizedUtf8"/>, whose tokenizer
    /// starts counting lines at <paramref name="tokenizerFirstLineno"/>, and whose tokens on
    /// <paramref name="startingLineno"/> are shifted right by <paramref name="startingColOffset"/>.
    /// </summary>
    public Expr ParseFStringExpression(byte[] parenthesizedUtf8, int tokenizerFirstLineno,
        int startingLineno, int startingColOffset)
    {
        // CPython reads the expression as a byte string (_PyTokenizer_FromString): no declared
        // encoding, so its error offsets stay in bytes.
        var source = SourceText.FromBytes(parenthesizedUtf8, Source.Filename);
        var tokenizer = new Tokenizer(source, tokenizerFirstLineno, execInput: true)
        {
            IsFStringInput = true,
            StartingColOffset = startingColOffset,
        };
        var child = new Parser(tokenizer, ParseMode.Eval, buffers: null, _identifiers)
        {
            IsFString = true,
            StartingLineno = startingLineno,
            StartingColOffset = startingColOffset,
        };
        return (Expr)child.Run();
    }

    // ---------------------------------------------------------------- running

    /// <summary>The start rule of this parser's mode.</summary>
    private object? ParseStart()
    {
        if (IsFString) return FStringRule();
        return Mode switch
        {
            ParseMode.File => FileRule(),
            ParseMode.Interactive => InteractiveRule(),
            ParseMode.Eval => EvalRule(),
            ParseMode.FuncType => FuncTypeRule(),
            _ => throw new ArgumentOutOfRangeException(nameof(Mode)),
        };
    }

    /// <summary>
    /// CPython's <c>_PyPegen_run_parser</c>: a first pass without the invalid_* rules; if it fails,
    /// a second pass with them, for a specific message; failing that, the generic "invalid syntax"
    /// at the last token the first pass read (or the tokenizer's error, if it finds one further on).
    /// </summary>
    public object Run()
    {
        object? res;
        try
        {
            res = ParseStart();
        }
        catch (SyntaxErrorException e) when (e.IsSyntaxError && !_tokenizerFailed)
        {
            // An action raised: CPython makes no real second pass (its error indicator is set)
            // but lets a tokenizer error further on take precedence.
            throw PreferLaterTokenizerError(e);
        }
        if (res is not null)
        {
            if (Mode == ParseMode.Interactive && !IsFString && BadSingleStatement())
                throw RaiseSyntaxError("multiple statements found while compiling a single statement");
            return res;
        }

        int lastToken = _fill - 1;
        ClearMemo();
        _mark = 0;
        _level = 0;
        _callInvalidRules = true;
        _secondPass = true;
        try
        {
            ParseStart();
        }
        catch (SyntaxErrorException e) when (e.IsSyntaxError && !_tokenizerFailed)
        {
            throw PreferLaterTokenizerError(e);
        }
        throw GenericSyntaxError(lastToken);
    }

    /// <summary>CPython's <c>_Pypegen_set_syntax_error</c> when no specific error was raised.</summary>
    private SyntaxErrorException GenericSyntaxError(int lastToken)
    {
        if (_fill == 0) return RaiseSyntaxError("error at start before reading any input");
        ref Token last = ref Tok(lastToken);
        if (last.Kind is TokenKind.Indent or TokenKind.Dedent)
            return RaiseIndentationError(last.Kind == TokenKind.Indent ? "unexpected indent" : "unexpected unindent");
        var error = RaiseKnownLocation("SyntaxError", last.Lineno, last.ColOffset, last.EndLineno, last.EndColOffset,
            "invalid syntax");
        return PreferLaterTokenizerError(error, generic: true);
    }

    /// <summary>
    /// CPython's <c>_PyPegen_tokenize_full_source_to_check_for_errors</c>: reads the rest of the
    /// source; a tokenizer error found there replaces <paramref name="error"/>, and so does an
    /// unclosed bracket opened on an earlier line than the error's.
    /// </summary>
    private SyntaxErrorException PreferLaterTokenizerError(SyntaxErrorException error, bool generic = false)
    {
        // For an error already raised, CPython looks further only while the tokenizer is fine.
        if (!generic && (Tokenizer.ReachedEof || _tokenizerFailed)) return error;
        int currentErrLine = _fill > 0 ? Tok(_fill - 1).Lineno : 0;
        return Tokenizer.CheckRestOfSourceForErrors(currentErrLine) ?? error;
    }

    /// <summary>CPython's <c>bad_single_statement</c>: something other than blanks and comments
    /// after the statement that 'single' mode parsed.</summary>
    private bool BadSingleStatement()
    {
        byte[] src = Source.Utf8;
        int i = _fill > 0 ? Tok(_fill - 1).End : 0;
        while (i < src.Length)
        {
            byte c = src[i];
            if (c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r') { i++; continue; }
            if (c != (byte)'#') return true;
            while (i < src.Length && src[i] != (byte)'\n') i++;
        }
        return false;
    }

    // ---------------------------------------------------------------- tokenizer services

    /// <summary>The tokenizer's bracket depth after the token it produced last (CPython's <c>tok->level</c>).</summary>
    private int TokenizerParenLevel() => Tokenizer.ParenLevel;
}
