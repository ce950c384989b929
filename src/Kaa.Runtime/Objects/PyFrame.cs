namespace Kaa.Runtime;

/// <summary>
/// <c>frame</c>: one activation of a code object. Holds the fast locals, cells and free variables
/// followed by the value stack in one array (CPython's localsplus layout), the instruction position,
/// and the namespaces. The VM runs frames without recursing on the .NET stack for Python-to-Python calls.
/// </summary>
public sealed class PyFrame : PyObject
{
    public readonly PyCode Code;
    public PyDict Globals { get; private set; }
    public PyDict Builtins { get; private set; }
    /// <summary>The locals mapping of module and class bodies (and exec/eval); null for function frames.</summary>
    public PyObject? Locals;
    public PyFunction? Function { get; private set; }

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

    /// <summary>KW_NAMES's tuple of keyword names, held for the CALL that follows it (CPython's kwnames local
    /// of the evaluation loop: kept here, a local live across the whole loop would cost every instruction).</summary>
    internal PyTuple? KwNames;

    /// <summary>The generator, coroutine or async generator that owns this frame, if any.</summary>
    public PyObject? Generator;

    /// <summary>While the frame runs traced: the instruction before the current one (CPython's instr_prev of
    /// a line event), kept in step with <see cref="LastInstr"/> by the trace step (Eval.StartTracing).</summary>
    internal int TracePrevInstr = -1;

    /// <summary>f_trace: the local trace function (the value a 'call' event's function returned).</summary>
    public PyObject? Trace;

    /// <summary>f_trace_lines and f_trace_opcodes: which per-instruction events reach <see cref="Trace"/>.</summary>
    public bool TraceLines = true, TraceOpcodes;

    /// <summary>f->f_lineno: the line a trace function sees while it runs (set by f_lineno jumps too); 0 when
    /// the line comes from the instruction position.</summary>
    internal int TraceLineno;

    /// <summary>When true the VM returns to its .NET caller when this frame returns (a frame entered from C#).</summary>
    public bool IsEntry;

    /// <summary>Set once Python code can hold this frame object (a traceback, sys._getframe, f_back, a signal
    /// handler's argument): such a frame is never reused for another call.</summary>
    internal bool Escaped;

    /// <summary>For the frame of an <c>__init__</c> that the VM runs for a class call: the new instance, which
    /// the call evaluates to once <c>__init__</c> has returned None.</summary>
    internal PyObject? InitInstance;

    /// <summary>While a generator this frame iterates runs in the VM's loop (FOR_ITER): where this frame
    /// goes on when that generator is exhausted.</summary>
    internal int GeneratorExit;

    /// <summary>With <see cref="GeneratorExit"/>: the generator was resumed by SEND (yield from), whose return
    /// value then replaces it on this frame's stack; by FOR_ITER it is popped.</summary>
    internal bool SendingInLoop;

    /// <summary><see cref="PyCode.FramesReusable"/> of the frame's code, read once.</summary>
    private readonly bool _reusable;

    public PyFrame(PyCode code, PyDict globals, PyDict builtins, PyObject? locals, PyFunction? function) : base(BuiltinTypes.Frame)
    {
        code.EnsurePrepared();
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        Function = function;
        Fast = new ValueSlot[code.FrameSize];
        StackTop = code.NLocalsPlus;
        _reusable = code.FramesReusable;
    }

    /// <summary>
    /// A frame for a call of <paramref name="func"/>: one its code object kept from an earlier call when
    /// there is one (CPython reuses frame memory in its per-thread data stack; a function's frame object is
    /// made only when Python code asks for it), else a new one. The code's resident frame
    /// (<see cref="PyCode.ResidentFrame"/>) serves first: taking and returning it stores no reference, so
    /// the call pays no write barrier for it; the spare list serves recursion.
    /// </summary>
    internal static PyFrame ForCall(PyFunction func)
    {
        var code = func.Code;
        var frame = code.ResidentFrame;
        if (!code.ResidentBusy && frame is not null)
        {
            code.ResidentBusy = true;
            return Retarget(frame, func);
        }
        int spare = code.SpareFrameCount;
        if (spare > 0)
        {
            // The slot keeps the frame (no store): a recursion gives frames back in the order it took them,
            // so Recycle usually finds the same frame there and stores nothing either. A frame that Python
            // code may still hold is removed from the slots above the count when it ends (ForgetSpare).
            code.SpareFrameCount = --spare;
            return Retarget(code.SpareFrames![spare]!, func);
        }
        frame = new PyFrame(code, func.Globals, func.Builtins, null, func);
        if (code.ResidentFrame is null && frame._reusable)
        {
            code.ResidentFrame = frame;
            code.ResidentBusy = true;
        }
        return frame;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static PyFrame Retarget(PyFrame frame, PyFunction func)
    {
        // A frame usually serves the same function again: compare before storing, a store of a reference
        // costs a write barrier.
        if (!ReferenceEquals(frame.Globals, func.Globals)) frame.Globals = func.Globals;
        if (!ReferenceEquals(frame.Builtins, func.Builtins)) frame.Builtins = func.Builtins;
        frame.Function = func;
        return frame;
    }

    /// <summary>A finished function frame that nothing outside the VM can reach goes back to its code
    /// object for the next call, emptied.</summary>
    internal static void Recycle(PyFrame f)
    {
        var code = f.Code;
        if (f.Escaped || f.Generator is not null || f.Function is null)
        {
            // A resident frame that Python code can now reach is never reused: the code gets another.
            if (ReferenceEquals(code.ResidentFrame, f)) DropResident(code);
            else ForgetSpare(f);
            return;
        }
        // The resident frame is busy while it runs: ending, it is the one that ran.
        bool resident = ReferenceEquals(code.ResidentFrame, f);
        if (!resident && (!f._reusable || code.SpareFrameCount >= MaxSpareFrames)) return;
        // Storing null needs no write barrier; for the few slots of most functions a loop beats the call.
        var fast = f.Fast;
        int used = Math.Max(f.StackTop, code.NLocalsPlus);
        if (used <= 16 && used <= fast.Length)
            for (int i = 0; i < used; i++) fast[i].Value = null;
        else Array.Clear(fast, 0, used);
        f.StackTop = code.NLocalsPlus;
        f.NextInstr = 0;
        f.LastInstr = -1;
        f.Locals = null;
        if (f.Trace is not null || !f.TraceLines || f.TraceOpcodes || f.TraceLineno != 0)
        {
            f.Trace = null;
            f.TraceLines = true;
            f.TraceOpcodes = false;
            f.TraceLineno = 0;
        }
        f.IsEntry = false;
        f.InitInstance = null;
        f.Function = null;
        if (resident)
        {
            code.ResidentBusy = false;
            return;
        }
        // (Read, then store only when it differs: a ref to an element of a reference array costs a type check.)
        var spares = code.SpareFrames ??= new PyFrame?[MaxSpareFrames];
        int n = code.SpareFrameCount++;
        if (!ReferenceEquals(spares[n], f)) spares[n] = f;
    }

    private static void DropResident(PyCode code)
    {
        code.ResidentFrame = null;
        code.ResidentBusy = false;
    }

    /// <summary>A frame taken from its code's spare slots stays in its slot (above the count) while it runs:
    /// one that Python code can reach once it has ended (a traceback, an escaped frame) is removed there, so
    /// that the code does not keep it, with its locals, alive.</summary>
    private static void ForgetSpare(PyFrame f)
    {
        var code = f.Code;
        if (code.SpareFrames is not { } spares) return;
        for (int i = code.SpareFrameCount; i < spares.Length; i++)
            if (ReferenceEquals(spares[i], f)) spares[i] = null;
    }

    /// <summary>A frame an exception ends (its traceback holds it): never reused, and no longer its code's
    /// resident frame, which would keep its locals alive.</summary>
    internal static void Abandon(PyFrame f)
    {
        if (ReferenceEquals(f.Code.ResidentFrame, f)) DropResident(f.Code);
        else ForgetSpare(f);
    }

    /// <summary>How many finished frames one code object keeps (see <see cref="PyCode.SpareFrames"/>).</summary>
    internal const int MaxSpareFrames = 32;

    /// <summary>This frame as Python code will hold it (marked so that it is never reused).</summary>
    internal PyFrame Expose()
    {
        Escaped = true;
        return this;
    }

    /// <summary>The value of local slot <paramref name="index"/> (null when unbound).</summary>
    public PyObject? GetLocal(int index) => Fast[index].Value;

    public int LineNumber => TraceLineno != 0 ? TraceLineno : Code.LineForOffset(LastInstr < 0 ? -1 : LastInstr * 2);

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
