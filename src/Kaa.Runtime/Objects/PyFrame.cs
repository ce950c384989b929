namespace Kaa.Runtime;

/// <summary>
/// <c>frame</c>: one activation of a code object. Holds the fast locals, cells and free variables
/// followed by the value stack in one array (CPython's localsplus layout), the instruction position,
/// and the namespaces. The VM runs frames without recursing on the .NET stack for Python-to-Python calls.
/// </summary>
public sealed class PyFrame : PyObject
{
    public readonly PyCode Code;
    public readonly PyDict Globals;
    public readonly PyDict Builtins;
    /// <summary>The locals mapping of module and class bodies (and exec/eval); null for function frames.</summary>
    public PyObject? Locals;
    public readonly PyFunction? Function;

    /// <summary>Locals, cells, free variables, then the value stack.</summary>
    public readonly PyObject?[] Fast;
    /// <summary>Index into <see cref="Fast"/> of the next free stack slot.</summary>
    public int StackTop;
    /// <summary>Index (in code units) of the next instruction to run.</summary>
    public int NextInstr;
    /// <summary>Index (in code units) of the instruction running or last run (f_lasti is twice this).</summary>
    public int LastInstr = -1;

    /// <summary>The calling frame (f_back) while this frame runs.</summary>
    public PyFrame? Back;

    /// <summary>The generator, coroutine or async generator that owns this frame, if any.</summary>
    public PyObject? Generator;

    /// <summary>f_trace, for sys.settrace (room left for tracing; not called yet).</summary>
    public PyObject? Trace;

    /// <summary>When true the VM returns to its .NET caller when this frame returns (a frame entered from C#).</summary>
    public bool IsEntry;

    public PyFrame(PyCode code, PyDict globals, PyDict builtins, PyObject? locals, PyFunction? function) : base(BuiltinTypes.Frame)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        Function = function;
        Fast = new PyObject?[code.FrameSize];
        StackTop = code.NLocalsPlus;
    }

    public int LineNumber => Code.LineForOffset(LastInstr < 0 ? -1 : LastInstr * 2);

    internal static void Install(PyType type) => FrameSlots.Install(type);
}
