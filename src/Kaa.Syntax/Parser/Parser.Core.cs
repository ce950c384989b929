using System.Runtime.CompilerServices;
using System.Text;
using Kaa.Syntax.Ast;
using Attribute = Kaa.Syntax.Ast.Attribute;
using Tuple = Kaa.Syntax.Ast.Tuple;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Parser;

/// <summary>
/// The parser's machinery, as pegen.c provides it to the generated C parser: the token buffer
/// filled on demand, mark/reset, the memo, keyword and soft-keyword matching, positions.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>CPython's MAXSTACK: the rule nesting at which the parser gives up with MemoryError.</summary>
    private const int MaxStack = 6000;

    /// <summary>A token read, with what the parser keeps about it.</summary>
    internal struct TokenSlot
    {
        public Token Token;
        public int Level;       // the tokenizer's bracket depth after the token (CPython's token->level)
        public int MemoHead;    // the first memo entry at the token, or -1
        public Name? Name;      // the Name node of a NAME token, once made (nodes are not mutated)
        public string? Id;      // the identifier of a NAME token, once looked up (paths that backtrack ask again)
    }

    // Tokens live in chunks small enough to stay off the large object heap and are never copied
    // as the buffer grows (most of the parser's garbage collection cost came from large arrays).
    private const int TokenChunkBits = 10;
    private const int TokenChunkSize = 1 << TokenChunkBits;
    private TokenSlot[][] _tokenChunks;
    private Token[] _stringTokens = new Token[4]; // scratch for the tokens of one 'strings' run

    /// <summary>Token <paramref name="i"/> (already read).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Token Tok(int i) => ref _tokenChunks[i >> TokenChunkBits][i & (TokenChunkSize - 1)].Token;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref TokenSlot Slot(int i) => ref _tokenChunks[i >> TokenChunkBits][i & (TokenChunkSize - 1)];

    // Memo entries live in chunks small enough to stay off the large object heap, and are never
    // copied as the memo grows.
    private const int MemoChunkBits = 11;
    private const int MemoChunkSize = 1 << MemoChunkBits;
    private MemoEntry[][] _memoChunks;
    private IdentifierTable _identifiers;
    private int _memoCount;
    private int _fill;
    private int _mark;
    private int _level;
    private bool _callInvalidRules;

    /// <summary>True during the second pass (even where expression_without_invalid turns the
    /// invalid rules off for a while).</summary>
    private bool _secondPass;

    /// <summary>Set when the tokenizer raised, so the error is not overridden later.</summary>
    private bool _tokenizerFailed;

    /// <summary>pegen's <c>parsing_started</c> ('single' input).</summary>
    private bool _parsingStarted;

    internal struct MemoEntry
    {
        public int Rule;
        public int End;
        public object? Node;
        public int Next;
    }

    // ---------------------------------------------------------------- tokens

    private void FillToken()
    {
        ref TokenSlot slot = ref ChunkItem(ref _tokenChunks, _fill, TokenChunkBits, 16);
        // The tokenizer writes the token into its slot; the slot is not counted (_fill) until it is
        // complete, so a token that fails leaves the buffer as it was.
        ref Token t = ref slot.Token;
        try
        {
            Tokenizer.Next(ref t);
        }
        catch (SyntaxErrorException)
        {
            _tokenizerFailed = true;
            throw;
        }
        if (Mode == ParseMode.Interactive && !IsFString)
        {
            // pegen's fill_token for 'single' input: the end of input is first read as a NEWLINE
            // that closes the statement, with its pending dedents.
            if (t.Kind == TokenKind.Endmarker && _parsingStarted)
            {
                t.Kind = TokenKind.Newline;
                _parsingStarted = false;
                Tokenizer.DedentAllPending();
            }
            else _parsingStarted = true;
        }
        if (t.Kind == TokenKind.KwAsync) t.Kind = TokenKind.Async;
        else if (t.Kind == TokenKind.KwAwait) t.Kind = TokenKind.Await;
        if (StartingLineno != 0 && t.EndLineno == StartingLineno)
        {
            t.ColOffset += StartingColOffset;
            t.EndColOffset += StartingColOffset;
        }
        slot.Level = TokenizerParenLevel();
        slot.MemoHead = -1;
        slot.Name = null;
        slot.Id = null;
        _fill++;
    }

    /// <summary>
    /// Item <paramref name="n"/> of chunked storage (chunks of 2^<paramref name="bits"/> items),
    /// making room for it: the token buffer and the memo. The first chunk starts at
    /// <paramref name="firstLength"/> items and doubles (a parser per f-string expression is
    /// common); the others are made whole.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref T ChunkItem<T>(ref T[][] chunks, int n, int bits, int firstLength) where T : struct
    {
        int chunk = n >> bits;
        int index = n & ((1 << bits) - 1);
        if (chunk == chunks.Length) Array.Resize(ref chunks, chunk * 2);
        var items = chunks[chunk];
        if (items is null || index == items.Length) items = GrowChunk(chunks, chunk, bits, firstLength);
        return ref items[index];
    }

    private static T[] GrowChunk<T>(T[][] chunks, int chunk, int bits, int firstLength) where T : struct
    {
        var items = chunks[chunk];
        int size = chunk == 0 ? Math.Min(1 << bits, Math.Max(firstLength, (items?.Length ?? 0) * 2)) : 1 << bits;
        Array.Resize(ref items, size);
        chunks[chunk] = items;
        return items;
    }

    /// <summary>Tokens <paramref name="start"/> to <paramref name="end"/> (excluded), contiguous.</summary>
    private ReadOnlySpan<Token> TokenRange(int start, int end)
    {
        int n = end - start;
        if (_stringTokens.Length < n) _stringTokens = new Token[Math.Max(n, _stringTokens.Length * 2)];
        for (int i = 0; i < n; i++) _stringTokens[i] = Tok(start + i);
        return _stringTokens.AsSpan(0, n);
    }

    /// <summary>The kind of the token at the mark (reading it if needed).</summary>
    private TokenKind Kind
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_mark == _fill) FillToken();
            return Tok(_mark).Kind;
        }
    }

    /// <summary>The kind of the token <paramref name="ahead"/> places after the mark.</summary>
    private TokenKind KindAt(int ahead)
    {
        while (_mark + ahead >= _fill) FillToken();
        return Tok(_mark + ahead).Kind;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Expect(TokenKind kind)
    {
        if (_mark == _fill) FillToken();
        if (Tok(_mark).Kind != kind) return false;
        _mark++;
        return true;
    }

    /// <summary>Like <see cref="Expect"/>, returning the token's index, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ExpectIndex(TokenKind kind)
    {
        if (_mark == _fill) FillToken();
        if (Tok(_mark).Kind != kind) return -1;
        return _mark++;
    }

    /// <summary>True if the next token is <paramref name="kind"/> (a lookahead; nothing consumed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool At(TokenKind kind)
    {
        if (_mark == _fill) FillToken();
        return Tok(_mark).Kind == kind;
    }

    /// <summary>CPython's <c>&amp;&amp;'x'</c>: the token must be there, else "expected 'x'".</summary>
    private void ExpectForced(TokenKind kind, string text)
    {
        if (_mark == _fill) FillToken();
        ref Token t = ref Tok(_mark);
        if (t.Kind != kind)
            throw RaiseKnownLocation("SyntaxError", t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset,
                $"expected '{text}'");
        _mark++;
    }

    private bool TokenTextIs(int index, string ascii)
    {
        ref Token t = ref Tok(index);
        if (t.Length != ascii.Length) return false;
        var bytes = Source.Utf8.AsSpan(t.Start, t.Length);
        for (int i = 0; i < bytes.Length; i++)
            if (bytes[i] != ascii[i]) return false;
        return true;
    }

    /// <summary>A soft keyword ("match", "case", "_"): a NAME token with that text.</summary>
    private Name? ExpectSoftKeyword(string keyword)
    {
        if (_mark == _fill) FillToken();
        if (Tok(_mark).Kind != TokenKind.Name || !TokenTextIs(_mark, keyword)) return null;
        return NameToken();
    }

    private bool AtSoftKeyword(string keyword)
    {
        if (_mark == _fill) FillToken();
        return Tok(_mark).Kind == TokenKind.Name && TokenTextIs(_mark, keyword);
    }

    /// <summary>
    /// CPython's SOFT_KEYWORD token (<c>_PyPegen_soft_keyword_token</c>): a NAME that one of the soft
    /// keywords starts with. CPython compares only the NAME's length of bytes, so "c", "ca", "ma",
    /// ... count as soft keywords too; that matters to invalid_expression's lookahead.
    /// </summary>
    private bool AtAnySoftKeyword()
    {
        if (_mark == _fill) FillToken();
        ref Token t = ref Tok(_mark);
        if (t.Kind != TokenKind.Name) return false;
        var text = Source.Utf8.AsSpan(t.Start, t.Length);
        return "_"u8.StartsWith(text) || "case"u8.StartsWith(text) || "match"u8.StartsWith(text);
    }

    /// <summary>CPython's NAME: a Name node for the NAME token at the mark, or null.</summary>
    private Name? NameToken()
    {
        if (_mark == _fill) FillToken();
        ref Token t = ref Tok(_mark);
        if (t.Kind != TokenKind.Name) return null;
        ref TokenSlot slot = ref Slot(_mark++);
        return slot.Name ??= new Name
        {
            Id = slot.Id ??= Identifier(t), Ctx = ExprContext.Load,
            Lineno = t.Lineno, ColOffset = t.ColOffset, EndLineno = t.EndLineno, EndColOffset = t.EndColOffset,
        };
    }

    /// <summary>
    /// NAME where only its identifier is kept (an attribute's name, a parameter's): the same as
    /// <see cref="NameToken"/>'s <c>Id</c>, without making a Name node nobody keeps (attribute
    /// names alone are a fifth of a module's NAME tokens). A node made for the token before, or
    /// after on another path, is unaffected.
    /// </summary>
    private string? NameTokenId()
    {
        if (_mark == _fill) FillToken();
        ref Token t = ref Tok(_mark);
        if (t.Kind != TokenKind.Name) return null;
        ref TokenSlot slot = ref Slot(_mark++);
        return slot.Id ??= Identifier(t);
    }

    /// <summary>The identifier a NAME token spells: CPython's <c>_PyPegen_new_identifier</c>.</summary>
    private string Identifier(in Token t)
    {
        var bytes = Source.Utf8.AsSpan(t.Start, t.Length);
        bool ascii = true;
        foreach (byte b in bytes)
            if (b >= 0x80) { ascii = false; break; }
        if (ascii) return _identifiers.GetOrAdd(bytes);
        return Text.UnicodeNormalization.Nfkc(Encoding.UTF8.GetString(bytes));
    }

    /// <summary>The text of a token, decoded.</summary>
    private string TokenText(int index)
    {
        ref Token t = ref Tok(index);
        return Encoding.UTF8.GetString(Source.Utf8, t.Start, t.Length);
    }

    // ---------------------------------------------------------------- positions

    /// <summary>CPython's <c>_PyPegen_get_last_nonnwhitespace_token</c>: the last token consumed
    /// that is not NEWLINE, INDENT, DEDENT or ENDMARKER.</summary>
    private int LastNonWhitespaceToken()
    {
        int m = _mark - 1;
        for (; m >= 0; m--)
        {
            var k = Tok(m).Kind;
            if (k != TokenKind.Endmarker && (k < TokenKind.Newline || k > TokenKind.Dedent)) break;
        }
        return m < 0 ? 0 : m;
    }

    /// <summary>Sets CPython's EXTRA on <paramref name="node"/>: from the token at
    /// <paramref name="startMark"/> to the last one consumed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T Extra<T>(T node, int startMark) where T : LocatedNode
    {
        ref Token s = ref Tok(startMark);
        ref Token e = ref Tok(LastNonWhitespaceToken());
        node.Lineno = s.Lineno;
        node.ColOffset = s.ColOffset;
        node.EndLineno = e.EndLineno;
        node.EndColOffset = e.EndColOffset;
        return node;
    }

    /// <summary>Makes sure the token at the mark is read (EXTRA reads the start token first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int StartMark()
    {
        if (_mark == _fill) FillToken();
        return _mark;
    }

    private static T Span<T>(T node, LocatedNode first, LocatedNode last) where T : LocatedNode
    {
        node.Lineno = first.Lineno;
        node.ColOffset = first.ColOffset;
        node.EndLineno = last.EndLineno;
        node.EndColOffset = last.EndColOffset;
        return node;
    }

    // ---------------------------------------------------------------- memo

    private enum Rule
    {
        SimpleStmt, Block, Expression, StarExpression, Disjunction, Conjunction, Inversion, Factor,
        AwaitPrimary, Strings, Arguments, StarTarget, TargetWithStarAtom, DelTarget, ClosedPattern,
        StarPattern, InvalidNamedExpression, BitwiseOr, BitwiseXor, BitwiseAnd, ShiftExpr, Sum, Term,
        Primary, TPrimary, DottedName,
    }

    /// <summary>If <paramref name="rule"/> was memoized at the mark: moves the mark to its end.</summary>
    private bool IsMemoized(Rule rule, out object? node)
    {
        if (_mark == _fill) FillToken();
        for (int i = Slot(_mark).MemoHead; i >= 0;)
        {
            ref MemoEntry e = ref _memoChunks[i >> MemoChunkBits][i & (MemoChunkSize - 1)];
            if (e.Rule == (int)rule)
            {
                _mark = e.End;
                node = e.Node;
                return true;
            }
            i = e.Next;
        }
        node = null;
        return false;
    }

    /// <summary>
    /// <see cref="IsMemoized"/> for the rules whose memo only pays in the second pass: in the first
    /// pass their results are almost never asked for twice (the rules above them are memoized), so
    /// the memo would only cost; in the second pass, all of CPython's memos are kept, so the
    /// invalid_* rules see exactly the memo CPython's do.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsMemoizedSecondPass(Rule rule, out object? node)
    {
        node = null;
        return _secondPass && IsMemoized(rule, out node);
    }

    /// <summary><see cref="Memoize"/> for the rules of <see cref="IsMemoizedSecondPass"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void MemoizeSecondPass(int start, Rule rule, object? node)
    {
        if (_secondPass) Memoize(start, rule, node);
    }

    /// <summary>Records the result of <paramref name="rule"/> at <paramref name="start"/>, ending at the mark.</summary>
    private void Memoize(int start, Rule rule, object? node)
    {
        ref MemoEntry e = ref ChunkItem(ref _memoChunks, _memoCount, MemoChunkBits, 32);
        e.Rule = (int)rule;
        e.End = _mark;
        e.Node = node;
        ref int head = ref Slot(start).MemoHead;
        e.Next = head;
        head = _memoCount++;
    }

    /// <summary>
    /// Hands the token buffer and memo back to <paramref name="buffers"/> for the next parse, first
    /// dropping the references they hold (so this parse's tree is not kept alive by them).
    /// </summary>
    internal void ReturnBuffers(ParseBuffers buffers)
    {
        for (int c = 0; c < _tokenChunks.Length && _tokenChunks[c] is { } slots; c++)
        {
            int used = Math.Min(slots.Length, _fill - c * TokenChunkSize);
            if (used <= 0) break;
            for (int i = 0; i < used; i++)
            {
                slots[i].Name = null;
                slots[i].Id = null;
            }
        }
        for (int c = 0; c < _memoChunks.Length && _memoChunks[c] is { } entries; c++)
        {
            int used = Math.Min(entries.Length, _memoCount - c * MemoChunkSize);
            if (used <= 0) break;
            Array.Clear(entries, 0, used);
        }
        buffers.TokenChunks = _tokenChunks;
        buffers.MemoChunks = _memoChunks;
        buffers.Identifiers = _identifiers;
    }

    /// <summary>Forgets all memoized results (for the second pass), keeping the storage.</summary>
    private void ClearMemo()
    {
        _reusable = ReusableResult.None;
        for (int i = 0; i < _fill; i++) Slot(i).MemoHead = -1;
        for (int c = 0; c < _memoChunks.Length && _memoChunks[c] is { } entries; c++)
            Array.Clear(entries);
        _memoCount = 0;
    }

    // ---------------------------------------------------------------- nesting

    /// <summary>Enters a rule: counts the nesting as CPython's <c>p->level</c> does and makes sure
    /// the .NET stack has room.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter()
    {
        if (++_level >= MaxStack) AtDepthLimit();
        // Every 32 levels: the runtime call guarantees 128 KB of stack, far more than 32 rule frames.
        if ((_level & 31) == 0 && !StackHasRoom()) throw new InsufficientStackException();
    }

    /// <summary>
    /// The lowest stack address known to leave room (the runtime said so at most
    /// <see cref="StackFloorMargin"/> above it). A parser runs on one thread from start to end, so
    /// the stack's addresses stay comparable; the runtime is asked again only below the floor.
    /// </summary>
    private nuint _stackFloor = nuint.MaxValue;

    /// <summary>Half the 128 KB the runtime guarantees when it answers yes.</summary>
    private const int StackFloorMargin = 64 * 1024;

    /// <summary>
    /// RuntimeHelpers.TryEnsureSufficientExecutionStack, asked only when the stack is deeper than
    /// where it last said yes (asking every time was half a per cent of compiling the stdlib).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe bool StackHasRoom()
    {
        byte probe;
        nuint here = (nuint)(&probe);
        return here >= _stackFloor || StackHasRoomSlow(here);
    }

    private bool StackHasRoomSlow(nuint here)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return false;
        _stackFloor = here - StackFloorMargin;
        return true;
    }

    /// <summary>The nesting reached the limit: past it, MemoryError; at it, a parse that
    /// ran one level deeper would fail, so results may no longer be reused at another depth.</summary>
    private void AtDepthLimit()
    {
        if (_level > MaxStack) ThrowTooDeep();
        _depthLimitReached = true;
    }

    /// <summary>Set once a rule was entered at the nesting limit (see <see cref="AtDepthLimit"/>).</summary>
    private bool _depthLimitReached;

    /// <summary>Accounts for <paramref name="levels"/> helper rules CPython's generated code calls
    /// between two of its rules (loops, groups), so the depth limit falls where CPython's does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter(int levels)
    {
        _level += levels - 1;
        Enter();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave() => _level--;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave(int levels) => _level -= levels;

    private static void ThrowTooDeep() => throw new SyntaxErrorException("MemoryError", "");
}

/// <summary>The .NET stack ran low: the parse is restarted on a thread with a larger stack.</summary>
internal sealed class InsufficientStackException : Exception
{
}
