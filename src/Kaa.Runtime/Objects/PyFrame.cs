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

    /// <summary>Locals, cells, free variables, then the value stack. A struct array, so that stores need
    /// no covariance check (a third of the time of a call-heavy loop otherwise).</summary>
    public readonly ValueSlot[] Fast;
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
        Fast = new ValueSlot[code.FrameSize];
        StackTop = code.NLocalsPlus;
    }

    /// <summary>The value of local slot <paramref name="index"/> (null when unbound).</summary>
    public PyObject? GetLocal(int index) => Fast[index].Value;

    public int LineNumber => Code.LineForOffset(LastInstr < 0 ? -1 : LastInstr * 2);

    internal static void Install(PyType type) => FrameSlots.Install(type);
}

/// <summary>One slot of a frame's locals and value stack.</summary>
public struct ValueSlot
{
    public PyObject? Value;

    /// <summary>Slots seen as objects (the layouts are the same: one reference), for passing call arguments without copying.</summary>
    public static ReadOnlySpan<PyObject> AsObjects(ValueSlot[] slots, int start, int length)
    {
        if ((uint)start > (uint)slots.Length || (uint)length > (uint)(slots.Length - start))
            throw new ArgumentOutOfRangeException(nameof(start));
        if (length == 0) return [];
        return System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(
            ref System.Runtime.CompilerServices.Unsafe.As<ValueSlot, PyObject>(ref slots[start]), length);
    }
}
