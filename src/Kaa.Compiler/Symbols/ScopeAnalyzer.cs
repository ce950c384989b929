using Kaa.Compiler.Hashing;
using Kaa.Syntax.Errors;

namespace Kaa.Compiler.Symbols;

/// <summary>
/// The second pass of symtable.c: decides for every name of every block whether it is local,
/// global (explicit or implicit), free, or a cell. A block is analysed with the set of names its
/// enclosing functions bind (<c>bound</c>) and the explicit globals visible to it; free variables
/// flow back up from children, and a local that a child uses freely becomes a cell.
/// </summary>
internal sealed class ScopeAnalyzer
{
    private readonly string _filename;

    /// <summary>The free-name set handed to each leaf block in turn (see <see cref="AnalyzeBlock"/>).</summary>
    private PySet? _leafFree;

    public ScopeAnalyzer(string filename) => _filename = filename;

    /// <summary>
    /// Name sets of finished blocks, for the next blocks: each block with children used three sets
    /// and a copy of two for each such child (over the stdlib, 2% of the memory compiling
    /// allocated); only membership is asked of them, so a reused set serves as a new one.
    /// </summary>
    private readonly Stack<HashSet<string>> _spareSets = new();

    private HashSet<string> RentSet() => _spareSets.TryPop(out var set) ? set : new HashSet<string>(StringComparer.Ordinal);

    private HashSet<string> CopySet(HashSet<string> from)
    {
        var set = RentSet();
        set.UnionWith(from);
        return set;
    }

    private void ReturnSet(HashSet<string> set)
    {
        set.Clear();
        _spareSets.Push(set);
    }

    public void Analyze(SymbolTableEntry top)
    {
        var free = NewFreeSet();
        var global = new HashSet<string>(StringComparer.Ordinal);
        AnalyzeBlock(top, bound: null, free, global);
    }

    /// <summary>
    /// Free-name sets are CPython sets (str hashes of PYTHONHASHSEED=0): update_symbols adds the
    /// free names that pass through a block in the set's iteration order, which shows in the order of
    /// the symbols (and so of co_freevars' neighbours).
    /// </summary>
    private static PySet NewFreeSet() => new(PyHash.Seed0);

    private void AnalyzeBlock(SymbolTableEntry ste, HashSet<string>? bound, PySet free, HashSet<string> global)
    {
        if (ste.Children.Count == 0)
        {
            // A leaf (most blocks): no child sees its names and no free name comes back up, so
            // only the names themselves are analysed (the sets below would stay empty).
            AnalyzeLeaf(ste, bound, free, global);
            return;
        }
        var local = RentSet();
        var newGlobal = RentSet();
        var newFree = NewFreeSet();
        var newBound = RentSet();

        // A class's own bindings are invisible to its methods: what the children see is fixed
        // before the class's names are analysed.
        if (ste.Type == BlockType.Class)
        {
            newGlobal.UnionWith(global);
            if (bound is not null) newBound.UnionWith(bound);
        }

        var symbols = ste.Symbols;
        for (int i = 0; i < symbols.Count; i++)
        {
            var (name, flags) = symbols.GetAt(i);
            AnalyzeName(ste, i, name, flags, bound, local, free, global);
        }

        if (ste.Type != BlockType.Class)
        {
            if (ste.Type == BlockType.Function) newBound.UnionWith(local);
            if (bound is not null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else
        {
            newBound.Add("__class__");
        }

        var allFree = NewFreeSet();
        foreach (var child in ste.Children)
        {
            // Each child sees copies: its analysis must not leak into its siblings.
            if (child.Children.Count == 0)
            {
                // newFree is still empty here, so a leaf's copy is an empty set: one scratch set,
                // emptied to a new set's state, serves every leaf (most leaves add nothing to it).
                var leafFree = _leafFree ??= NewFreeSet();
                leafFree.Clear();
                AnalyzeLeaf(child, newBound, leafFree, newGlobal); // reads the sets only
                allFree.UnionWith(leafFree);
            }
            else
            {
                var childFree = newFree.Copy();
                var childBound = CopySet(newBound);
                var childGlobal = CopySet(newGlobal);
                AnalyzeBlock(child, childBound, childFree, childGlobal);
                ReturnSet(childBound);
                ReturnSet(childGlobal);
                allFree.UnionWith(childFree);
            }
            if (child.HasFree || child.ChildHasFree) ste.ChildHasFree = true;
        }
        newFree.UnionWith(allFree);

        if (ste.Type == BlockType.Function) AnalyzeCells(ste, newFree);
        else if (ste.Type == BlockType.Class) DropClassFree(ste, newFree);

        UpdateSymbols(ste, bound, newFree, ste.Type == BlockType.Class);
        free.UnionWith(newFree);
        ReturnSet(local);
        ReturnSet(newGlobal);
        ReturnSet(newBound);
    }

    /// <summary>
    /// A block with no children (most blocks): no child sees its names and no free name comes back
    /// up, so only the names themselves are analysed. <paramref name="bound"/> and
    /// <paramref name="global"/> are only read: the updates a block makes to its copies of them
    /// concern the very name being analysed, which a leaf never looks up again (each symbol is
    /// analysed once), so a leaf can share its parent's sets instead of copies.
    /// </summary>
    private void AnalyzeLeaf(SymbolTableEntry ste, HashSet<string>? bound, PySet free, HashSet<string> global)
    {
        var symbols = ste.Symbols;
        for (int i = 0; i < symbols.Count; i++)
        {
            var (name, flags) = symbols.GetAt(i);
            AnalyzeName(ste, i, name, flags, bound, local: null, free, global, updateSets: false);
        }
    }

    /// <param name="index">The name's index among the block's symbols (where its scope is stored).</param>
    private void AnalyzeName(SymbolTableEntry ste, int index, string name, SymbolFlags flags,
        HashSet<string>? bound, HashSet<string>? local, PySet free, HashSet<string> global, bool updateSets = true)
    {
        if ((flags & SymbolFlags.DefGlobal) != 0)
        {
            if ((flags & SymbolFlags.DefNonlocal) != 0)
                throw ErrorAtDirective(ste, name, $"name '{name}' is nonlocal and global");
            ste.SetScope(index, SymbolScope.GlobalExplicit);
            if (updateSets)
            {
                global.Add(name);
                bound?.Remove(name);
            }
            return;
        }
        if ((flags & SymbolFlags.DefNonlocal) != 0)
        {
            if (bound is null)
                throw ErrorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            if (!bound.Contains(name))
                throw ErrorAtDirective(ste, name, $"no binding for nonlocal '{name}' found");
            ste.SetScope(index, SymbolScope.Free);
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if ((flags & SymbolFlags.DefBound) != 0)
        {
            ste.SetScope(index, SymbolScope.Local);
            local?.Add(name);
            if (updateSets) global.Remove(name);
            return;
        }
        // Bound by an enclosing function: free here. (A non-null bound means the block is nested.)
        if (bound is not null && bound.Contains(name))
        {
            ste.SetScope(index, SymbolScope.Free);
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if (global.Contains(name))
        {
            ste.SetScope(index, SymbolScope.GlobalImplicit);
            return;
        }
        if (ste.Nested) ste.HasFree = true;
        ste.SetScope(index, SymbolScope.GlobalImplicit);
    }

    /// <summary>A local that a nested block uses freely is a cell here, and no longer free above.</summary>
    private static void AnalyzeCells(SymbolTableEntry ste, PySet free)
    {
        if (free.Count == 0) return;
        var symbols = ste.Symbols;
        for (int i = 0; i < symbols.Count; i++)
        {
            if (ste.ScopeAt(i) != SymbolScope.Local) continue;
            string name = symbols.GetAt(i).Key;
            if (!free.Contains(name)) continue;
            ste.SetScope(i, SymbolScope.Cell);
            free.Remove(name);
        }
    }

    private static void DropClassFree(SymbolTableEntry ste, PySet free)
    {
        if (free.Remove("__class__")) ste.NeedsClassClosure = true;
    }

    private static void UpdateSymbols(SymbolTableEntry ste, HashSet<string>? bound, PySet free, bool isClass)
    {
        // Free names from children not yet known here: a free variable that passes through
        // this block on its way to the binding block (unless it is a global).
        foreach (string name in free.Items().Cast<string>())
        {
            if (ste.Symbols.TryGetValue(name, out var flags))
            {
                // A method's free variable that the class body also binds: the class
                // must load it from the cell, not its namespace... flagged for the compiler.
                if (isClass && (flags & (SymbolFlags.DefBound | SymbolFlags.DefGlobal)) != 0)
                    ste.Symbols[name] = flags | SymbolFlags.DefFreeClass;
                continue;
            }
            if (bound is not null && !bound.Contains(name)) continue;
            ste.Symbols.Add(name, SymbolFlags.None);
            ste.SetScope(ste.Symbols.Count - 1, SymbolScope.Free);
        }
    }

    private SyntaxErrorException ErrorAtDirective(SymbolTableEntry ste, string name, string msg)
    {
        foreach (var d in ste.Directives ?? [])
        {
            if (d.Name == name)
                return new SyntaxErrorException("SyntaxError", msg, d.Lineno, d.ColOffset + 1, d.EndLineno,
                    d.EndColOffset + 1, filename: _filename);
        }
        return new SyntaxErrorException("SystemError", "BUG: internal directive bookkeeping broken");
    }
}
