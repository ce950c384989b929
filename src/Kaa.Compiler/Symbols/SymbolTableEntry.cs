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
    public SymbolMap Symbols { get; } = new();

    /// <summary>The scope decided for each name by the analysis pass, by the name's index in
    /// <see cref="Symbols"/> (symbols are never removed; a second dictionary cost a hash insert per name).</summary>
    private SymbolScope[] _scopes = [];

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

    public SymbolScope GetScope(string name) => ScopeAt(Symbols.IndexOf(name));

    /// <summary>The scope of the symbol at <paramref name="index"/> in <see cref="Symbols"/> (None for -1 or not yet analysed).</summary>
    public SymbolScope ScopeAt(int index) => (uint)index < (uint)_scopes.Length ? _scopes[index] : SymbolScope.None;

    internal void SetScope(int index, SymbolScope scope)
    {
        if (index >= _scopes.Length) Array.Resize(ref _scopes, Math.Max(Symbols.Count, index + 1));
        _scopes[index] = scope;
    }

    public override string ToString() => $"<symtable entry {Name}, line {Lineno}>";
}
