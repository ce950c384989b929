using Kaa.Compiler.Bytecode;
using System.Numerics;
using Kaa.Compiler.Code;
using Kaa.Syntax.Text;

namespace Kaa.Runtime;

/// <summary>
/// <c>code</c>: a compiled <see cref="CodeObject"/> made ready to run: constants as objects, names as
/// interned strings, the instructions as 16-bit code units, the exception table decoded. Python sees
/// the canonical <c>co_code</c>; the VM may rewrite <see cref="Instructions"/> (quickening) freely.
/// </summary>
public sealed class PyCode : PyObject
{
    public readonly CodeObject Code;
    public readonly PyObject[] Consts;
    public readonly PyStr[] Names;
    public readonly PyStr[] LocalsPlusNames;
    public readonly byte[] LocalsPlusKinds;
    /// <summary>The instructions: each unit is <c>opcode | oparg &lt;&lt; 8</c>, CACHE entries included,
    /// verified, numbered for the inline caches and quickened. Made by <see cref="EnsurePrepared"/> when the
    /// first frame of this code is made (null until then: most code objects a program imports never run, and
    /// preparing all of them cost a tenth of start-up); every reader holds a frame of this code.</summary>
    public ushort[] Instructions => _instructions!;
    private ushort[]? _instructions;
    /// <summary>The decoded exception table; made with <see cref="Instructions"/>.</summary>
    public ExceptionTableEntry[] ExceptionTable { get; private set; } = null!;
    /// <summary>co_filename (replaced by <c>_imp._fix_co_filename</c> when a cached module moved).</summary>
    public PyStr Filename { get; internal set; }
    public readonly PyStr Name, QualName;
    public readonly int NLocalsPlus, NLocals, NCells, NFrees;
    /// <summary>Slots a frame needs: locals, cells, free variables, then the value stack.</summary>
    public readonly int FrameSize;

    public PyCode(CodeObject code) : this(code, ConstantsOf(code), null, null) { }

    /// <summary>A code object whose constants already exist as objects (read by marshal): <paramref name="consts"/>
    /// are co_consts, <paramref name="code"/>'s own constants their compile-time form.</summary>
    internal PyCode(CodeObject code, PyObject[] consts, PyStr? filename, PyStr? qualName)
        : this(code, consts, Array.ConvertAll(code.Names, PyStr.Intern), Array.ConvertAll(code.LocalsPlusNames, PyStr.Intern),
            PyStr.Intern(code.Name), filename, qualName) { }

    /// <summary>A code object whose names also exist as objects already (read by marshal): <paramref name="names"/>
    /// and <paramref name="localsPlusNames"/> are interned strings equal to <paramref name="code"/>'s.</summary>
    internal PyCode(CodeObject code, PyObject[] consts, PyStr[] names, PyStr[] localsPlusNames, PyStr name,
        PyStr? filename, PyStr? qualName) : base(BuiltinTypes.Code)
    {
        Code = code;
        Consts = consts;
        Names = names;
        LocalsPlusNames = localsPlusNames;
        LocalsPlusKinds = code.LocalsPlusKinds;
        Filename = filename ?? PyStr.Create(code.Filename);
        Name = name;
        QualName = qualName ?? PyStr.Create(code.QualName);
        NLocalsPlus = localsPlusNames.Length;
        foreach (byte k in code.LocalsPlusKinds)
        {
            if ((k & (byte)LocalKind.Local) != 0) NLocals++;
            else if ((k & (byte)LocalKind.Cell) != 0) NCells++;
            if ((k & (byte)LocalKind.Free) != 0) NFrees++;
        }
        FrameSize = NLocalsPlus + code.StackSize;
        bool plain = (code.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0 && code.KwOnlyArgCount == 0;
        ExactPositionalArity = plain ? code.ArgCount : -1;
    }

    /// <summary>Why the bytecode failed <see cref="BytecodeVerifier"/> (it then only raises SystemError); null
    /// for sound code.</summary>
    internal string? InvalidReason
    {
        get
        {
            EnsurePrepared();
            return _invalidReason;
        }
    }

    private string? _invalidReason;

    /// <summary>For the BUILD_STRINGs (by instruction index) that format an int piece with a spec: each piece's
    /// constant spec, or null (<see cref="Eval.MarkDeferredFormats"/>). Null in most code.</summary>
    internal Dictionary<int, PyStr?[]>? DeferredFormatSpecs;

    /// <summary>Makes <see cref="Instructions"/> and <see cref="ExceptionTable"/> once: decodes, verifies,
    /// numbers the inline caches and quickens. Called by every frame constructor; idempotent, and the
    /// instructions are published last, so a thread that sees them sees the rest.</summary>
    internal void EnsurePrepared()
    {
        if (_instructions is not null) return;
        var units = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ushort>(Code.Code).ToArray();
        if (!BitConverter.IsLittleEndian)
            for (int i = 0; i < units.Length; i++) units[i] = System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(units[i]);
        var table = ExceptionTableEntry.Decode(Code.ExceptionTable);
        _invalidReason = BytecodeVerifier.Verify(units, LocalsPlusNames.Length, Consts.Length, Names.Length,
            Code.StackSize, table);
        if (_invalidReason is not null) units = [(ushort)BytecodeVerifier.RaiseInvalidCode];
        _cacheCount = NumberInlineCaches(units);
        CreateCaches();
        Eval.MarkDeferredFormats(this, units);
        Quicken(units);
        BodyStart = units.Length > 1 && units[0] == (ushort)Kaa.Compiler.Bytecode.OpCode.Resume ? 1 : 0;
        ExceptionTable = table;
        System.Threading.Volatile.Write(ref _instructions, units);
    }

    /// <summary>Where a call of this code may start when nothing is pending: past the RESUME that opens a plain
    /// function's code (RESUME 0 only checks the eval breaker, which the VM's call checks instead); 0 for code
    /// that starts otherwise (cells, free variables, generators).</summary>
    internal int BodyStart;

    /// <summary>For a function whose parameters are all plain positional ones (no *args, **kwargs or
    /// keyword-only parameters): their number, so that a call passing exactly that many positional
    /// arguments binds them by copying; -1 for any other signature.</summary>
    internal readonly int ExactPositionalArity;

    public CodeFlags Flags => Code.Flags;

    /// <summary>
    /// <see cref="Instructions"/> with every instruction's opcode replaced by <see cref="Eval.TraceHook"/> and its
    /// argument kept, made when a frame of this code first runs traced. CACHE units stay as they are, and so
    /// does the instruction after an EXTENDED_ARG (which reads it whole, as the untraced loop does).
    /// </summary>
    internal ushort[] TracedInstructions => _tracedInstructions ??= MakeTraced(Instructions);

    private ushort[]? _tracedInstructions;

    private static ushort[] MakeTraced(ushort[] instrs)
    {
        var traced = (ushort[])instrs.Clone();
        var cacheEntries = Kaa.Compiler.Bytecode.OpCodeInfo.CacheEntries;
        bool afterExtendedArg = false;
        for (int i = 0; i < instrs.Length; i++)
        {
            int op = instrs[i] & 0xff;
            if (!afterExtendedArg) traced[i] = (ushort)((instrs[i] & 0xff00) | (int)Eval.TraceHook);
            afterExtendedArg = op == (int)Kaa.Compiler.Bytecode.OpCode.ExtendedArg;
            // A superinstruction's own number has no CACHE count: its first instruction's has.
            i += cacheEntries[(int)Superinstructions.FirstOf((Kaa.Compiler.Bytecode.OpCode)op)];
        }
        return traced;
    }

    /// <summary>For tracing (Interpreter/Tracing.cs), made when this code is first traced: the line of each
    /// code unit (-1 for none), and the index of the first RESUME (instructions before it are not traced).</summary>
    internal int[]? TraceLineArray;
    internal int FirstTraceable;

    /// <summary>Finished frames of this code kept for later calls (<see cref="PyFrame.ForCall"/>), a stack of
    /// at most <see cref="PyFrame.MaxSpareFrames"/>, so that a recursive function that returns and descends
    /// again (fib, tree walks) finds a frame at every depth. (An array rather than a list linked through the
    /// frames: taking one stores no reference, and so pays no write barrier.)</summary>
    internal PyFrame?[]? SpareFrames;
    internal int SpareFrameCount;

    /// <summary>The frame this code keeps for its calls (<see cref="PyFrame.ForCall"/>): it stays here while
    /// it runs, marked busy, so that taking it and giving it back store no reference. A recursive call,
    /// which finds it busy, uses the spare list.</summary>
    internal PyFrame? ResidentFrame;
    /// <summary>True while <see cref="ResidentFrame"/> runs a call (kept here rather than on the frame: a call
    /// tests it without first loading the frame).</summary>
    internal bool ResidentBusy;

    /// <summary>Function code (fast locals, no locals mapping) that makes no generator: its finished frames
    /// can serve later calls.</summary>
    internal bool FramesReusable => (Code.Flags & (CodeFlags.Optimized | CodeFlags.Generator | CodeFlags.Coroutine
        | CodeFlags.AsyncGenerator | CodeFlags.IterableCoroutine)) == CodeFlags.Optimized;

    // ---- inline caches (Interpreter/InlineCache.cs) --------------------------------------------------

    /// <summary>The most inline caches one code object gets; later sites share a disabled entry.</summary>
    private const int MaxInlineCaches = ushort.MaxValue;

    private int _cacheCount;
    private InlineCache[]? _caches;

    /// <summary>The <c>__doc__</c> of a function made from this code: its first constant when that is a str
    /// (the compiler puts None first when the body starts with no docstring: CPython 3.11's rule), else None.
    /// Worked out once: a closure is made from the same code many times.</summary>
    internal PyObject Docstring => _docstring ??= Consts.Length > 0 && Consts[0] is PyStr doc
        && (Code.Flags & Kaa.Compiler.Code.CodeFlags.Optimized) != 0 ? doc : PyNone.Instance;

    private PyObject? _docstring;

    /// <summary>The inline caches of this code's sites, made with the instructions (<see cref="EnsurePrepared"/>,
    /// when a frame first runs the code: most code objects never run), so that the VM reads them with no
    /// test and no call on its hot paths.</summary>
    internal InlineCache[] Caches => _caches!;

    private void CreateCaches()
    {
        var caches = new InlineCache[_cacheCount + 1];
        caches[_cacheCount].Kind = InlineCacheKind.Disabled;
        _caches = caches;
    }

    /// <summary>Gives each cached site an inline cache: its index goes into the site's first CACHE unit.
    /// Returns the number of caches.</summary>
    private static int NumberInlineCaches(ushort[] instrs)
    {
        var cacheEntries = Kaa.Compiler.Bytecode.OpCodeInfo.CacheEntries;
        int n = 0;
        for (int i = 0; i < instrs.Length; i++)
        {
            int op = instrs[i] & 0xff;
            int entries = cacheEntries[op];
            if (entries > 0 && IsCachedSite((Kaa.Compiler.Bytecode.OpCode)op))
                instrs[i + 1] = (ushort)(n < MaxInlineCaches ? n++ : MaxInlineCaches);
            i += entries;
        }
        return n;
    }

    /// <summary>
    /// Rewrites common instruction sequences into the VM's superinstructions (<see cref="Superinstructions"/>):
    /// the first instruction takes the fused opcode and keeps its argument; the rest stay as they were, so a
    /// jump into the sequence still runs them alone. Only <see cref="Instructions"/> changes; co_code is
    /// <see cref="Code"/>'s.
    /// </summary>
    private static void Quicken(ushort[] instrs)
    {
        var cacheEntries = Kaa.Compiler.Bytecode.OpCodeInfo.CacheEntries;
        for (int i = 0; i < instrs.Length - 1; i++)
        {
            var op = (OpCode)(instrs[i] & 0xff);
            var fused = Superinstructions.Choose(instrs, i);
            if (fused != op) instrs[i] = (ushort)((instrs[i] & 0xff00) | (int)fused);
            i += cacheEntries[(int)op];
        }
    }

    private static bool IsCachedSite(Kaa.Compiler.Bytecode.OpCode op) => op is Kaa.Compiler.Bytecode.OpCode.LoadAttr
        or Kaa.Compiler.Bytecode.OpCode.StoreAttr or Kaa.Compiler.Bytecode.OpCode.LoadMethod or Kaa.Compiler.Bytecode.OpCode.LoadGlobal;

    private static PyObject[] ConstantsOf(CodeObject code)
    {
        var consts = new PyObject[code.Consts.Length];
        for (int i = 0; i < consts.Length; i++) consts[i] = FromConstant(code.Consts[i]);
        return consts;
    }

    /// <summary>A compile-time constant as a runtime object (strings that look like identifiers are interned, as CPython interns them).</summary>
    public static PyObject FromConstant(object? value) => value switch
    {
        null => PyNone.Instance,
        bool b => PyBool.From(b),
        long l => PyInt.Create(l),
        BigInteger b => PyInt.Create(b),
        double d => PyFloat.Create(d),
        Complex c => PyComplex.Create(c.Real, c.Imaginary),
        string s => IsIdentifierLike(s) ? PyStr.Intern(s) : PyStr.Create(s),
        CodePointString s => PyStr.FromCodePoints(s.CodePoints),
        byte[] b => PyBytes.Create(b),
        EllipsisValue => PyEllipsis.Instance,
        ConstTuple t => PyTuple.Create(t.Items.Select(FromConstant).ToArray()),
        ConstFrozenSet f => PyFrozenSet.FromConstantItems(f.SourceItems.Select(FromConstant).ToArray()),
        CodeObject c => new PyCode(c),
        _ => throw new ArgumentException($"not a constant: {value.GetType().Name}"),
    };

    /// <summary>all_name_chars: CPython interns constant strings made only of ASCII letters, digits and '_'.</summary>
    private static bool IsIdentifierLike(string s)
    {
        foreach (char c in s)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        return true;
    }

    // ---- locations -----------------------------------------------------------------------------------

    /// <summary>The source line of the instruction at byte offset <paramref name="offset"/> (-1 when none; PyCode_Addr2Line).</summary>
    public int LineForOffset(int offset)
    {
        if (offset < 0) return Code.FirstLineno;
        return LocationFor(offset / 2).Line;
    }

    /// <summary>The full position (lines and columns) of the code unit at <paramref name="index"/>.</summary>
    public SourceLocation LocationFor(int index)
    {
        var table = Code.LineTable;
        int line = Code.FirstLineno;
        int unit = 0;
        int p = 0;
        while (p < table.Length)
        {
            byte first = table[p++];
            int code = (first >> 3) & 15;
            int length = (first & 7) + 1;
            SourceLocation loc;
            switch (code)
            {
                case 15:
                    loc = new SourceLocation(-1, -1, -1, -1);
                    break;
                case 14:
                {
                    line += ReadSignedVarint(table, ref p);
                    int endLine = line + ReadVarint(table, ref p);
                    int col = ReadVarint(table, ref p) - 1;
                    int endCol = ReadVarint(table, ref p) - 1;
                    loc = new SourceLocation(line, endLine, col, endCol);
                    break;
                }
                case 13:
                    line += ReadSignedVarint(table, ref p);
                    loc = new SourceLocation(line, line, -1, -1);
                    break;
                case 10:
                case 11:
                case 12:
                {
                    line += code - 10;
                    int col = table[p++];
                    int endCol = table[p++];
                    loc = new SourceLocation(line, line, col, endCol);
                    break;
                }
                default:
                {
                    byte second = table[p++];
                    int col = code * 8 + (second >> 4);
                    loc = new SourceLocation(line, line, col, col + (second & 15));
                    break;
                }
            }
            if (index < unit + length) return loc;
            unit += length;
        }
        return new SourceLocation(-1, -1, -1, -1);
    }

    private static int ReadVarint(byte[] t, ref int p)
    {
        int b = t[p++];
        int value = b & 63;
        int shift = 0;
        while ((b & 64) != 0)
        {
            b = t[p++];
            shift += 6;
            value |= (b & 63) << shift;
        }
        return value;
    }

    private static int ReadSignedVarint(byte[] t, ref int p)
    {
        int v = ReadVarint(t, ref p);
        return (v & 1) != 0 ? -(v >> 1) : v >> 1;
    }

    internal static void Install(PyType type) => CodeSlots.Install(type);

    public override string ToString() => Code.ToString();
}

/// <summary>A source position: lines 1-based, columns 0-based UTF-8 byte offsets; -1 when unknown.</summary>
public readonly record struct SourceLocation(int Line, int EndLine, int Column, int EndColumn);

/// <summary>One row of the 3.11 exception table, in code units: instructions in [Start, End) jump to Target.</summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool PushLastInstr)
{
    public static ExceptionTableEntry[] Decode(byte[] table)
    {
        var list = new List<ExceptionTableEntry>();
        int p = 0;
        while (p < table.Length)
        {
            int start = Read(table, ref p);
            int length = Read(table, ref p);
            int target = Read(table, ref p);
            int depthLasti = Read(table, ref p);
            list.Add(new ExceptionTableEntry(start, start + length, target, depthLasti >> 1, (depthLasti & 1) != 0));
        }
        return list.ToArray();
    }

    private static int Read(byte[] t, ref int p)
    {
        int b = t[p++];
        int value = b & 63;
        while ((b & 64) != 0)
        {
            b = t[p++];
            value = (value << 6) | (b & 63);
        }
        return value;
    }

    /// <summary>The handler covering the instruction at <paramref name="index"/>, if any.</summary>
    public static bool TryFind(ExceptionTableEntry[] table, int index, out ExceptionTableEntry entry)
    {
        int lo = 0, hi = table.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var e = table[mid];
            if (index < e.Start) hi = mid - 1;
            else if (index >= e.End) lo = mid + 1;
            else
            {
                entry = e;
                return true;
            }
        }
        entry = default;
        return false;
    }
}
