using Kaa.Syntax.Ast;

namespace Kaa.Syntax.Parser;

/// <summary>
/// Reused buffers in which the parser's repetition rules (<c>_loop</c>, <c>_gather</c>) collect
/// their items: a rule rents one, adds, and on success copies the items once into an array of
/// their number (the node's <see cref="AstList{T}"/>), handing the buffer back. Rules nest (a
/// block's statements hold blocks), so the free buffers are a stack; a buffer a failing path
/// forgets to hand back is only garbage.
/// </summary>
internal sealed class ScratchLists<T>
{
    private List<T>[] _free = new List<T>[8];
    private int _count;

    public List<T> Rent()
    {
        if (_count == 0) return new List<T>(16);
        var list = _free[--_count];
        _free[_count] = null!;
        return list;
    }

    /// <summary>The items as an exact-size array (null when none); the buffer goes back.</summary>
    public T[]? Finish(List<T> list)
    {
        var items = list.Count == 0 ? null : list.ToArray();
        Return(list);
        return items;
    }

    public void Return(List<T> list)
    {
        list.Clear();
        if (_count == _free.Length) System.Array.Resize(ref _free, _count * 2);
        _free[_count++] = list;
    }
}

internal sealed partial class Parser
{
    private readonly ScratchLists<Stmt> _stmtScratch = new();
    private readonly ScratchLists<Expr> _exprScratch = new();
    private readonly ScratchLists<Alias> _aliasScratch = new();
    private readonly ScratchLists<Arg> _argScratch = new();
    private readonly ScratchLists<NameDefault> _nameDefaultScratch = new();
    private readonly ScratchLists<Pattern> _patternScratch = new();
    private readonly ScratchLists<KeyPattern> _keyPatternScratch = new();
    private readonly ScratchLists<KeyValue> _keyValueScratch = new();
    private readonly ScratchLists<KeywordOrStarred> _keywordScratch = new();
    private readonly ScratchLists<Comprehension> _comprehensionScratch = new();
    private readonly ScratchLists<CmpOperator> _cmpOpScratch = new();
    private readonly ScratchLists<string> _nameScratch = new();
}
