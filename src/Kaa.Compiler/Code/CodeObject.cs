namespace Kaa.Compiler.Code;

/// <summary>
/// A CPython 3.11 code object as the compiler produces it and marshal reads and writes it: every
/// field of <c>PyCodeObject</c> that is observable from Python. Constants are compile-time values
/// (see <see cref="ConstantValues"/>); the runtime turns them into objects when it loads the code.
/// </summary>
public sealed class CodeObject
{
    public int ArgCount { get; init; }
    public int PosOnlyArgCount { get; init; }
    public int KwOnlyArgCount { get; init; }
    public int StackSize { get; init; }
    public CodeFlags Flags { get; init; }
    public int FirstLineno { get; init; }

    /// <summary>co_code: the instructions with their CACHE entries, 2 bytes per code unit.</summary>
    public byte[] Code { get; init; } = [];

    /// <summary>co_consts: None, bool, long/BigInteger, double, Complex, string/CodePointString,
    /// byte[], EllipsisValue, ConstTuple, ConstFrozenSet, CodeObject.</summary>
    public object?[] Consts
    {
        get => _consts ??= _source!.MakeConsts();
        init => _consts = value;
    }

    public string[] Names
    {
        get => _names ??= _source!.MakeNames();
        init => _names = value;
    }

    /// <summary>co_localsplusnames: locals, then cells, then free variables.</summary>
    public string[] LocalsPlusNames
    {
        get => _localsPlusNames ??= _source!.MakeLocalsPlusNames();
        init => _localsPlusNames = value;
    }

    /// <summary>Set instead of <see cref="Consts"/>, <see cref="Names"/> and <see cref="LocalsPlusNames"/> by a
    /// loader that holds them in another form (marshal reads them as runtime objects): they are made from it
    /// on first use. Code-object equality, <c>code.replace</c> and the co_varnames family are their only
    /// readers, so most loaded code never needs this second copy.</summary>
    public ICodeObjectSource Source
    {
        init
        {
            _consts = null;
            _names = null;
            _localsPlusNames = null;
            _source = value;
        }
    }

    private object?[]? _consts = [];
    private string[]? _names = [];
    private string[]? _localsPlusNames = [];
    private readonly ICodeObjectSource? _source;

    /// <summary>co_localspluskinds: a <see cref="LocalKind"/> per name of <see cref="LocalsPlusNames"/>.</summary>
    public byte[] LocalsPlusKinds { get; init; } = [];

    public string Filename { get; init; } = "";
    public string Name { get; init; } = "";
    public string QualName { get; init; } = "";

    /// <summary>co_linetable: the 3.11 location table (PEP 626/657).</summary>
    public byte[] LineTable { get; init; } = [];

    /// <summary>co_exceptiontable: the 3.11 zero-cost exception table.</summary>
    public byte[] ExceptionTable { get; init; } = [];

    public string[] VarNames => Select(k => (k & LocalKind.Local) != 0);

    public string[] CellVars => Select(k => (k & LocalKind.Cell) != 0);

    public string[] FreeVars => Select(k => (k & LocalKind.Free) != 0);

    public int NLocals => VarNames.Length;

    private string[] Select(Func<LocalKind, bool> predicate)
    {
        var result = new List<string>();
        for (int i = 0; i < LocalsPlusNames.Length; i++)
            if (predicate((LocalKind)LocalsPlusKinds[i])) result.Add(LocalsPlusNames[i]);
        return result.ToArray();
    }

    public override string ToString() => $"<code object {Name}, file \"{Filename}\", line {FirstLineno}>";
}

/// <summary>Makes a <see cref="CodeObject"/>'s constants and names on demand (see <see cref="CodeObject.Source"/>).</summary>
public interface ICodeObjectSource
{
    object?[] MakeConsts();
    string[] MakeNames();
    string[] MakeLocalsPlusNames();
}

/// <summary>co_flags bits (Include/cpython/code.h).</summary>
[Flags]
public enum CodeFlags
{
    None = 0,
    Optimized = 0x1,
    NewLocals = 0x2,
    VarArgs = 0x4,
    VarKeywords = 0x8,
    Nested = 0x10,
    Generator = 0x20,
    NoFree = 0x40,
    Coroutine = 0x80,
    IterableCoroutine = 0x100,
    AsyncGenerator = 0x200,
    FutureDivision = 0x20000,
    FutureAbsoluteImport = 0x40000,
    FutureWithStatement = 0x80000,
    FuturePrintFunction = 0x100000,
    FutureUnicodeLiterals = 0x200000,
    FutureBarryAsBdfl = 0x400000,
    FutureGeneratorStop = 0x800000,
    FutureAnnotations = 0x1000000,
}

/// <summary>The kind bits of co_localspluskinds (Include/internal/pycore_code.h).</summary>
[Flags]
public enum LocalKind : byte
{
    None = 0,
    Local = 0x20,
    Cell = 0x40,
    Free = 0x80,
}
