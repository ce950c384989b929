using Kaa.Syntax.Ast;

namespace Kaa.Compiler.Symbols;

/// <summary>
/// One block's names: a module, class, function, lambda, comprehension or (under
/// <c>from __future__ import annotations</c>) annotation scope. The scope of each name is stored
/// beside its flags once <see cref="ScopeAnalyzer"/> has run.
/// </summary>
public sealed class SymbolTableEntry
{
    internal SymbolTableEntry(string name, BlockType type, Node node, int lineno, int colOffset,
        int endLineno, int endColOffset)
    {
        Name = name;
        Type = type;
        Node = node;
        Lineno = lineno;
        ColOffset = colOffset;
        EndLineno = endLineno;
        EndColOffset = endColOffset;
    }

    public string Name { get; }
    public BlockType Type { get; }

    /// <summary>The AST node that opened the block (the Module, FunctionDef, Lambda, ListComp, ...).</summary>
    public Node Node { get; }

    public int Lineno { get; }
    public int ColOffset { get; }
    public int EndLineno { get; }
    public int EndColOffset { get; }

    /// <summary>Name → flags, in first-seen order (the compiler's output depends on it).</summary>
    public OrderedDictionary<string, SymbolFlags> Symbols { get; } = new(StringComparer.Ordinal);

    /// <summary>The scope decided for each name, by the analysis pass.</summary>
    public Dictionary<string, SymbolScope> Scopes { get; } = new(StringComparer.Ordinal);

    /// <summary>Parameters, in order.</summary>
    public List<string> Varnames { get; } = [];

    public List<SymbolTableEntry> Children { get; } = [];

    /// <summary>Where each global/nonlocal declaration is, for errors found by the analysis.</summary>
    internal List<(string Name, int Lineno, int ColOffset, int EndLineno, int EndColOffset)>? Directives;

    /// <summary>True inside a function, or nested in one.</summary>
    public bool Nested { get; internal set; }
    public bool HasFree { get; internal set; }
    public bool ChildHasFree { get; internal set; }
    public bool IsGenerator { get; internal set; }
    public bool IsCoroutine { get; internal set; }
    public ComprehensionKind Comprehension { get; internal set; }
    public bool HasVarargs { get; internal set; }
    public bool HasVarKeywords { get; internal set; }
    public bool ReturnsValue { get; internal set; }

    /// <summary>A class whose methods use <c>__class__</c> (or <c>super()</c>) gets a cell for it.</summary>
    public bool NeedsClassClosure { get; internal set; }

    internal bool CompIterTarget;
    internal int CompIterExpr;

    public SymbolFlags GetFlags(string name) => Symbols.TryGetValue(name, out var f) ? f : SymbolFlags.None;

    public SymbolScope GetScope(string name) => Scopes.TryGetValue(name, out var s) ? s : SymbolScope.None;

    public override string ToString() => $"<symtable entry {Name}, line {Lineno}>";
}
