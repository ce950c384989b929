using Kaa.Compiler.Code;
using Kaa.Compiler.Flow;
using Kaa.Compiler.Symbols;

namespace Kaa.Compiler.CodeGen;

/// <summary>What kind of scope a unit compiles (compile.c's COMPILER_SCOPE_*).</summary>
public enum ScopeType
{
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// <summary>The kinds of frame blocks that break/continue/return must unwind (compile.c's fblocktype).</summary>
public enum FrameBlockType
{
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

/// <summary>
/// One entry of the frame-block stack (compile.c's fblockinfo). <see cref="Block"/> is null for the
/// handler blocks the runtime pushes; <see cref="Datum"/> is what unwinding needs: the finally body,
/// the with statement, or the bound exception name.
/// </summary>
public sealed record FrameBlock(FrameBlockType Type, BasicBlock? Block, BasicBlock? Exit, object? Datum);

/// <summary>
/// The state of compiling one code object (compile.c's <c>compiler_unit</c>): its symbol table
/// entry, the tables that opargs index (consts, names, varnames, cellvars, freevars, each in
/// first-use order), its blocks, the frame-block stack and the current source location.
/// </summary>
public sealed class CompilerUnit
{
    public CompilerUnit(SymbolTableEntry ste, string name, ScopeType scopeType, int firstLineno)
    {
        Ste = ste;
        Name = name;
        ScopeType = scopeType;
        FirstLineno = firstLineno;
    }

    public SymbolTableEntry Ste { get; }
    public string Name { get; }
    public string? QualName { get; set; }
    public ScopeType ScopeType { get; }

    /// <summary>co_consts in order: keys compared by <see cref="ConstantComparer"/> (type and value).</summary>
    public readonly IndexedSet<object?> Consts = new(ConstantComparer.Instance);
    public readonly IndexedSet<string> Names = new(StringComparer.Ordinal);
    public readonly IndexedSet<string> VarNames = new(StringComparer.Ordinal);
    public readonly IndexedSet<string> CellVars = new(StringComparer.Ordinal);
    public readonly IndexedSet<string> FreeVars = new(StringComparer.Ordinal);

    /// <summary>The class name for private-name mangling, or null outside a class.</summary>
    public string? Private { get; set; }

    public int ArgCount { get; set; }
    public int PosOnlyArgCount { get; set; }
    public int KwOnlyArgCount { get; set; }

    /// <summary>Where the unit's blocks take their instruction storage from (shared by the units of a compilation).</summary>
    public InstructionArrayPool? InstructionPool { get; init; }

    /// <summary>Every block of the unit, in creation order.</summary>
    public readonly List<BasicBlock> Blocks = [];

    /// <summary>The first block (the entry).</summary>
    public BasicBlock? Entry;

    public BasicBlock CurrentBlock = null!;

    public readonly List<FrameBlock> FrameBlocks = [];

    public int FirstLineno { get; set; }

    /// <summary>The location of the statement/expression being compiled (u_lineno, ...).</summary>
    public Location Loc;

    /// <summary>u_need_new_implicit_block: the last instruction ended a block.</summary>
    public bool NeedNewImplicitBlock;
}

/// <summary>
/// An insertion-ordered set whose items are numbered by first insertion (CPython's dicts mapping
/// an object to its index in co_consts/co_names/...). Most code objects have only a few names and
/// constants: up to <see cref="LinearLimit"/> items a scan finds them with no hashing and no
/// dictionary at all (five of these sets per code object); past that a dictionary takes over.
/// </summary>
public sealed class IndexedSet<T>
{
    private const int LinearLimit = 8;

    private readonly IEqualityComparer<T> _comparer;
    private List<T>? _items; // made by the first Add: most code objects have no cells, many no free variables
    private Dictionary<Box, int>? _index;

    public IndexedSet(IEqualityComparer<T> comparer) => _comparer = comparer;

    public int Count => _items?.Count ?? 0;

    public IReadOnlyList<T> Items => (IReadOnlyList<T>?)_items ?? Array.Empty<T>();

    public T this[int index] => (_items ?? throw new ArgumentOutOfRangeException(nameof(index)))[index];

    /// <summary>The item's index, adding it at the end when new.</summary>
    public int Add(T item)
    {
        if (TryGetIndex(item, out int i)) return i;
        _items ??= [];
        i = _items.Count;
        _items.Add(item);
        if (_index is not null) _index[new Box(item)] = i;
        else if (_items.Count > LinearLimit)
        {
            _index = new Dictionary<Box, int>(_items.Count * 2, new BoxComparer(_comparer));
            for (int k = 0; k < _items.Count; k++) _index[new Box(_items[k])] = k;
        }
        return i;
    }

    public bool TryGetIndex(T item, out int index)
    {
        if (_index is not null) return _index.TryGetValue(new Box(item), out index);
        var items = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_items); // empty for null
        for (int k = 0; k < items.Length; k++)
        {
            if (_comparer.Equals(items[k], item))
            {
                index = k;
                return true;
            }
        }
        index = 0; // what Dictionary.TryGetValue gives for a missing key
        return false;
    }

    // Null keys (the None constant) need a wrapper: Dictionary rejects null keys.
    private readonly record struct Box(T Value);

    private sealed class BoxComparer(IEqualityComparer<T> inner) : IEqualityComparer<Box>
    {
        public bool Equals(Box a, Box b) => inner.Equals(a.Value, b.Value);

        public int GetHashCode(Box b) => b.Value is null ? 0 : inner.GetHashCode(b.Value);
    }
}
