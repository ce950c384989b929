using System.Runtime.CompilerServices;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Errors;

namespace Kaa.Compiler.Symbols;

/// <summary>
/// The symbol tables of one module: CPython 3.11's symtable.c. The first pass (this class) walks
/// the tree recording what each block does with each name; the second (<see cref="ScopeAnalyzer"/>)
/// decides local / global / free / cell. Errors are SyntaxErrors at CPython's positions (byte
/// columns + 1, as the symbol table reports them).
/// </summary>
public sealed partial class SymbolTable
{
    private const string ImportStarNotAtModuleLevel = "import * only allowed at module level";

    private readonly string _filename;
    private readonly bool _futureAnnotations;
    private readonly Dictionary<Node, SymbolTableEntry> _blocks = new(ReferenceEqualityComparer.Instance);
    private readonly List<SymbolTableEntry> _stack = [];
    private SymbolTableEntry _current = null!;
    private SymbolTableEntry _top = null!;
    private string? _private; // the enclosing class's name, for mangling
    private int _depth;
    private readonly int _depthLimit;

    private SymbolTable(string filename, bool futureAnnotations, int depthLimit)
    {
        _filename = filename;
        _futureAnnotations = futureAnnotations;
        _depthLimit = depthLimit;
    }

    public SymbolTableEntry Top => _top;

    /// <summary>The entry of the block that <paramref name="node"/> opens.</summary>
    public SymbolTableEntry Lookup(Node node) => _blocks[node];

    public bool TryLookup(Node node, out SymbolTableEntry entry) => _blocks.TryGetValue(node, out entry!);

    /// <summary>
    /// Builds and analyses the tables. <paramref name="depthLimit"/> is CPython's
    /// recursion limit scaled by 3 (1000 × 3 by default).
    /// </summary>
    public static SymbolTable Build(Mod module, string filename, bool futureAnnotations, int depthLimit = 3000)
    {
        var st = new SymbolTable(filename, futureAnnotations, depthLimit);
        st.EnterBlock("top", BlockType.Module, module, 0, 0, 0, 0);
        st._top = st._current;
        switch (module)
        {
            case Module m: foreach (var s in m.Body) st.VisitStmt(s); break;
            case Interactive i: foreach (var s in i.Body) st.VisitStmt(s); break;
            case Expression e: st.VisitExpr(e.Body); break;
            default: throw new InvalidOperationException("this compiler does not handle FunctionTypes");
        }
        st.ExitBlock();
        new ScopeAnalyzer(st._filename).Analyze(st._top);
        return st;
    }

    // ---- blocks ----

    private void EnterBlock(string name, BlockType type, Node node, int lineno, int col, int endLineno, int endCol)
    {
        var entry = new SymbolTableEntry(name, type, node, lineno, col, endLineno, endCol);
        var prev = _stack.Count > 0 ? _current : null;
        if (prev is not null && (prev.Nested || prev.Type == BlockType.Function))
            entry.Nested = true;
        // bpo-37757: no assignment expression anywhere in a comprehension's outermost iterable.
        if (prev is not null) entry.CompIterExpr = prev.CompIterExpr;
        _blocks[node] = entry;
        _stack.Add(entry);
        _current = entry;
        // Annotation blocks (future annotations) exist only to reject yield/await/walrus in
        // annotations; they are not children, so they never affect scoping.
        if (type != BlockType.Annotation && prev is not null)
            prev.Children.Add(entry);
    }

    private void EnterBlock(string name, BlockType type, LocatedNode node)
        => EnterBlock(name, type, node, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);

    private void ExitBlock()
    {
        _stack.RemoveAt(_stack.Count - 1);
        if (_stack.Count > 0) _current = _stack[^1];
    }

    // ---- definitions ----

    private SymbolFlags LookupFlags(string name) => _current.GetFlags(Mangling.Mangle(_private, name));

    private void AddDef(string name, SymbolFlags flag, LocatedNode at)
        => AddDef(name, flag, _current, at.Lineno, at.ColOffset, at.EndLineno, at.EndColOffset);

    private void AddDef(string name, SymbolFlags flag, SymbolTableEntry entry, int lineno, int col, int endLineno, int endCol)
    {
        string mangled = Mangling.Mangle(_private, name);
        SymbolFlags value;
        // One hash lookup: the index found is where the flags are written back.
        int index = entry.Symbols.IndexOf(mangled);
        if (index >= 0)
        {
            var existing = entry.Symbols.GetAt(index).Value;
            if ((flag & SymbolFlags.DefParam) != 0 && (existing & SymbolFlags.DefParam) != 0)
                throw Error($"duplicate argument '{name}' in function definition", lineno, col, endLineno, endCol);
            value = existing | flag;
        }
        else value = flag;

        if (entry.CompIterTarget)
        {
            // A comprehension's iteration variable: it may not be a walrus target of an inner scope.
            if ((value & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0)
                throw Error($"comprehension inner loop cannot rebind assignment expression target '{name}'",
                    lineno, col, endLineno, endCol);
            value |= SymbolFlags.DefCompIter;
        }
        if (index >= 0) entry.Symbols.SetAt(index, value);
        else entry.Symbols.Add(mangled, value);

        if ((flag & SymbolFlags.DefParam) != 0)
        {
            entry.Varnames.Add(mangled);
        }
        else if ((flag & SymbolFlags.DefGlobal) != 0)
        {
            // Record the global in the module's table too.
            var globals = _top.Symbols;
            globals[mangled] = globals.TryGetValue(mangled, out var g) ? g | flag : flag;
        }
    }

    private void RecordDirective(string name, LocatedNode at)
    {
        _current.Directives ??= [];
        _current.Directives.Add((Mangling.Mangle(_private, name), at.Lineno, at.ColOffset, at.EndLineno, at.EndColOffset));
    }

    // ---- errors ----

    internal SyntaxErrorException Error(string msg, int lineno, int col, int endLineno, int endCol)
        => new("SyntaxError", msg, lineno, col + 1, endLineno, endCol + 1, filename: _filename);

    private SyntaxErrorException Error(string msg, LocatedNode at)
        => Error(msg, at.Lineno, at.ColOffset, at.EndLineno, at.EndColOffset);

    private void Enter()
    {
        // The stack is checked every 8 levels (the check is a runtime call; its margin covers 8 frames).
        if (++_depth > _depthLimit || ((_depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
            throw new SyntaxErrorException("RecursionError", "maximum recursion depth exceeded during compilation");
    }
}
