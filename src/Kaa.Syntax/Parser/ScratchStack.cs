using Kaa.Syntax.Ast;

namespace Kaa.Syntax.Parser;

/// <summary>
/// A stack on which the parser's repetition rules (<c>_loop</c>, <c>_gather</c>) collect their
/// items: a rule notes the height, pushes, and on success copies what it pushed once into an array
/// of that size (the node's <see cref="AstList{T}"/>), dropping back to the height it noted. Rules
/// nest properly (a block's statements hold blocks, a call's arguments hold calls), so one stack
/// per item type serves them all: no list object per list, no growth by copying, no clearing
/// (entries above the height are overwritten by later pushes; the stack lives as long as the
/// parse). Every rule that pushes takes or drops its items before it returns.
/// </summary>
internal sealed class ScratchStack<T>
{
    // Made on the first push: a parser is made per file and per f-string replacement field, and
    // most of its stacks stay unused.
    private T[] _items = System.Array.Empty<T>();

    public int Count;

    public void Push(T item)
    {
        if (Count == _items.Length) System.Array.Resize(ref _items, Math.Max(16, Count * 2));
        _items[Count++] = item;
    }

    /// <summary>The items pushed since <paramref name="start"/> as an exact-size array (null when
    /// none); the stack drops back to <paramref name="start"/>.</summary>
    public T[]? Take(int start)
    {
        int n = Count - start;
        if (n <= 0) { Count = start; return null; }
        var items = new T[n];
        System.Array.Copy(_items, start, items, 0, n);
        Count = start;
        return items;
    }

    public ReadOnlySpan<T> Since(int start) => new(_items, start, Count - start);

    public void Truncate(int start) => Count = start;
}

internal sealed partial class Parser
{
    private readonly ScratchStack<Stmt> _stmtScratch = new();
    private readonly ScratchStack<Expr> _exprScratch = new();
    private readonly ScratchStack<Alias> _aliasScratch = new();
    private readonly ScratchStack<Arg> _argScratch = new();
    private readonly ScratchStack<NameDefault> _nameDefaultScratch = new();
    private readonly ScratchStack<Pattern> _patternScratch = new();
    private readonly ScratchStack<KeyPattern> _keyPatternScratch = new();
    private readonly ScratchStack<KeyValue> _keyValueScratch = new();
    private readonly ScratchStack<KeywordOrStarred> _keywordScratch = new();
    private readonly ScratchStack<Comprehension> _comprehensionScratch = new();
    private readonly ScratchStack<CmpOperator> _cmpOpScratch = new();
    private readonly ScratchStack<string> _nameScratch = new();
}
