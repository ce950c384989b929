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

    /// <summary>
    /// Empties an assembled unit (whose code object took copies of its tables) for reuse by another
    /// block, keeping its storage: the tables, the block and frame-block lists and the name
    /// arguments were a tenth of all the memory compiling the stdlib allocated, made anew for each
    /// of its 73,000 code objects. Done at once, not when reused: a spare unit must not keep the
    /// finished code's blocks and constants alive through the next collection.
    /// </summary>
    internal void Release()
    {
        Ste = null!;
        Name = "";
        QualName = null;
        Consts.Clear();
        Names.Clear();
        VarNames.Clear();
        CellVars.Clear();
        FreeVars.Clear();
        NameOpargsCount = -1;
        Private = null;
        ArgCount = PosOnlyArgCount = KwOnlyArgCount = 0;
        Blocks.Clear();
        Entry = null;
        CurrentBlock = null!;
        FrameBlocks.Clear();
        ConstsScratch.Clear();
        Loc = default;
        NeedNewImplicitBlock = false;
    }

    /// <summary>A released unit (see <see cref="Release"/>) made the unit of another block.</summary>
    internal void Reset(SymbolTableEntry ste, string name, ScopeType scopeType, int firstLineno)
    {
        Ste = ste;
        Name = name;
        ScopeType = scopeType;
        FirstLineno = firstLineno;
    }

    public SymbolTableEntry Ste { get; private set; }
    public string Name { get; private set; }
    public string? QualName { get; set; }
    public ScopeType ScopeType { get; private set; }

    /// <summary>co_consts in order: keys compared by <see cref="ConstantComparer"/> (type and value).</summary>
    public readonly IndexedSet<object?, ConstantKeys> Consts = new();
    public readonly IndexedSet<string, NameKeys> Names = new();
    public readonly IndexedSet<string, NameKeys> VarNames = new();
    public readonly IndexedSet<string, NameKeys> CellVars = new();
    public readonly IndexedSet<string, NameKeys> FreeVars = new();

    /// <summary>
    /// By symbol index (in <see cref="Ste"/>'s symbols): 1 + the argument of the unit's LOAD_FAST /
    /// LOAD_GLOBAL / LOAD_NAME family for that symbol (its co_varnames or co_names index), 0 until
    /// first used. A name's instruction family is fixed within a unit, so a name met again skips the
    /// second lookup. Made on first use, for <see cref="NameOpargsCount"/> symbols (a reused unit's
    /// array may be longer: the entries past the count are not this unit's).
    /// </summary>
    private int[]? _nameOpargs;

    public int NameOpargsCount { get; private set; } = -1;

    /// <summary>The unit's name arguments by symbol, made (or a reused unit's zeroed) on first use.</summary>
    public int[] NameOpargs(int symbols)
    {
        if (NameOpargsCount >= 0) return _nameOpargs!;
        var known = _nameOpargs;
        if (known is null || known.Length < symbols) _nameOpargs = known = new int[symbols];
        else Array.Clear(known, 0, symbols);
        NameOpargsCount = symbols;
        return known;
    }

    /// <summary>The assembler's working copy of co_consts (the flow-graph optimiser appends folded constants).</summary>
    internal readonly List<object?> ConstsScratch = [];

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
