using System.Diagnostics.CodeAnalysis;

namespace Kaa.Runtime;

/// <summary>
/// One Python thread of one interpreter (CPython's PyThreadState): the exception being raised, the
/// exception being handled, the frame stack, the recursion depth. Every runtime function takes it first;
/// it is how errors travel without .NET exceptions (see <see cref="PyObject"/>).
/// </summary>
public sealed class ThreadState
{
    public readonly Interpreter Interp;

    /// <summary><c>curexc</c>: the exception being raised, until a handler takes it. Null when none.</summary>
    public PyBaseException? CurrentException;

    /// <summary><c>exc_info</c>: the exception being handled (what <c>sys.exc_info()</c> reports), or null.
    /// The VM saves and restores it around handlers (PUSH_EXC_INFO/POP_EXCEPT) and generators swap it.</summary>
    public PyBaseException? HandledException;

    /// <summary>While generators run: the innermost exception handled outside the running generators (the
    /// rest of CPython's exc_info chain, below the innermost generator's own entry); null otherwise.
    /// <see cref="TopmostHandled"/> is what sys.exc_info() reports.</summary>
    public PyBaseException? OuterHandled;

    /// <summary>_PyErr_GetTopmostException: the exception being handled, looking through running generators
    /// that handle none themselves.</summary>
    public PyBaseException? TopmostHandled => HandledException ?? OuterHandled;

    /// <summary>The innermost running Python frame.</summary>
    public PyFrame? CurrentFrame;

    /// <summary>Python-level call depth (frames), checked against the interpreter's recursion limit.</summary>
    public int RecursionDepth;

    /// <summary>Depth of C# recursion through the runtime (repr of nested containers, native calls back
    /// into Python), guarded so that a .NET stack overflow can never happen.</summary>
    public int NativeDepth;

    /// <summary>An exception another thread asked to raise in this one (PyThreadState_SetAsyncExc).</summary>
    public PyBaseException? AsyncException;

    /// <summary>_thread._set_sentinel's lock: released when this thread ends (threading's join waits on it).</summary>
    public PyObject? ExitSentinel;

    /// <summary>The current contextvars.Context of this thread (null until first needed).</summary>
    public PyObject? Context;

    /// <summary>sys.settrace's function (tstate->c_traceobj): called for 'call' events, and through the
    /// frames' f_trace for the others (Interpreter/Tracing.cs).</summary>
    public PyObject? TraceFunction
    {
        get => _traceFunction;
        set { _traceFunction = value; Tracing.Changed(this); }
    }

    /// <summary>sys.setprofile's function: told of calls and returns of Python frames and builtins.</summary>
    public PyObject? ProfileFunction
    {
        get => _profileFunction;
        set { _profileFunction = value; Tracing.Changed(this); }
    }

    /// <summary>The C-level profiler (_lsprof.Profiler.enable): told of calls and returns when set. It takes
    /// the profile function's place, as PyEval_SetProfile does (sys.getprofile returns it).</summary>
    public IProfileHook? ProfileHook
    {
        get => _profileHook;
        set
        {
            _profileHook = value;
            if (value is not null) _profileFunction = null;
            Tracing.Changed(this);
        }
    }

    private PyObject? _traceFunction, _profileFunction;
    private IProfileHook? _profileHook;

    /// <summary>tstate->tracing: how many trace or profile calls are running on this thread (none of their
    /// own code is traced).</summary>
    internal int TracingDepth;

    /// <summary>tstate->tracing_what: the event whose trace function is running (f_lineno jumps check it).</summary>
    internal int TracingWhat;

    /// <summary>cframe.use_tracing: a trace or profile function is set and none is running. The VM reads it
    /// when a frame starts or resumes and at its check points (Tracing.Changed raises the eval breaker).</summary>
    internal bool UseTracing = Eval.InstructionTrace;

    /// <summary>sys.set_coroutine_origin_tracking_depth: how many frames a new coroutine records in cr_origin.</summary>
    public int CoroutineOriginTrackingDepth;

    public ThreadState(Interpreter interp) => Interp = interp;

    /// <summary>Releases the GIL until the returned value is disposed: <c>using var _ = ts.ReleaseGil();</c>
    /// around anything that blocks (no Python objects may be touched meanwhile).</summary>
    public GilReleased ReleaseGil() => new(this);

    public bool HasError => CurrentException is not null;

    // ---- raising ---------------------------------------------------------------------------------

    /// <summary>Sets <paramref name="type"/>(<paramref name="message"/>) as the current exception; returns null
    /// so that <c>return ts.Raise(...)</c> works in functions returning <c>PyObject?</c>.</summary>
    public PyObject? Raise(PyType type, string message)
    {
        SetError(type, message);
        return null;
    }

    /// <summary>Sets the current exception to <paramref name="type"/> called with one str argument.</summary>
    public void SetError(PyType type, string message) => SetError(type, PyTuple.Create(PyStr.Create(message)));

    /// <summary>Sets the current exception to <paramref name="type"/> called with <paramref name="args"/>.</summary>
    public void SetError(PyType type, PyTuple args)
    {
        var exc = PyBaseException.Create(this, type, args);
        if (exc is not null) Raise(exc); // else the failure to create it is the error now set
    }

    /// <summary>Raises an existing exception instance as-is (no context chaining: for re-raising).</summary>
    public void SetError(PyBaseException exc) => CurrentException = exc;

    /// <summary>
    /// Raises <paramref name="exc"/> the way a <c>raise</c> statement does (_PyErr_SetObject): its
    /// <c>__context__</c> becomes the exception being handled, breaking any cycle that would create.
    /// </summary>
    public void Raise(PyBaseException exc)
    {
        var handled = TopmostHandled;
        if (handled is not null && !ReferenceEquals(handled, exc))
        {
            // Cut exc out of the handled exception's context chain, so the chain stays acyclic. The
            // chain may already hold a cycle (user code can assign __context__): a second walker at
            // half speed meets the first one inside such a cycle, which ends the walk.
            var o = handled;
            var slow = handled;
            bool advanceSlow = false;
            while (o.Context is { } ctx)
            {
                if (ReferenceEquals(ctx, exc))
                {
                    o.Context = null;
                    break;
                }
                o = ctx;
                if (ReferenceEquals(o, slow)) break;
                if (advanceSlow) slow = slow.Context!;
                advanceSlow = !advanceSlow;
            }
            exc.Context = handled;
        }
        CurrentException = exc;
    }

    /// <summary>Sets the current exception with no arguments (<c>raise KeyboardInterrupt</c>).</summary>
    public void SetErrorNoArgs(PyType type) => SetError(type, PyTuple.Empty);

    /// <summary>Takes the current exception, leaving none set.</summary>
    public PyBaseException? FetchError()
    {
        var e = CurrentException;
        CurrentException = null;
        return e;
    }

    public void ClearError() => CurrentException = null;

    /// <summary>PyErr_ExceptionMatches: the current exception is an instance of <paramref name="type"/>.</summary>
    public bool ErrorMatches(PyType type) => CurrentException is { } e && e.Type.IsSubtypeOf(type);

    // ---- shorthands for the common errors, returning null ----------------------------------------

    public PyObject? TypeError(string message) => Raise(PyExc.TypeError, message);
    public PyObject? ValueError(string message) => Raise(PyExc.ValueError, message);
    public PyObject? IndexError(string message) => Raise(PyExc.IndexError, message);
    public PyObject? OverflowError(string message) => Raise(PyExc.OverflowError, message);
    public PyObject? ZeroDivisionError(string message) => Raise(PyExc.ZeroDivisionError, message);
    public PyObject? AttributeError(string message) => Raise(PyExc.AttributeError, message);
    public PyObject? RuntimeError(string message) => Raise(PyExc.RuntimeError, message);
    public PyObject? MemoryError() { SetErrorNoArgs(PyExc.MemoryError); return null; }

    /// <summary>KeyError(key): the key itself is the argument, whatever its type.</summary>
    public PyObject? KeyError(PyObject key)
    {
        SetError(PyExc.KeyError, PyTuple.Create(key));
        return null;
    }

    /// <summary>SystemError for a broken invariant of Kaa itself: never a .NET crash (decisions.md §7).</summary>
    public PyObject? SystemError(string message) => Raise(PyExc.SystemError, message);

    // ---- recursion guards ------------------------------------------------------------------------

    /// <summary>
    /// Enters one level of C# recursion (Py_EnterRecursiveCall): false, with RecursionError set, when the
    /// Python recursion limit is reached or the .NET stack is nearly exhausted. Pair with
    /// <see cref="LeaveNative"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool EnterNative(string where)
    {
        // Inlined into every builtin call; the failure is formatted out of line.
        if (++NativeDepth + RecursionDepth > Interp.RecursionLimit || !HasStackRoom()) return NativeTooDeep(where);
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool NativeTooDeep(string where)
    {
        NativeDepth--;
        SetError(PyExc.RecursionError, "maximum recursion depth exceeded" + where);
        return false;
    }

    public void LeaveNative() => NativeDepth--;

    /// <summary>The range of stack addresses at which this thread state's .NET stack was found to have room
    /// (RuntimeHelpers.TryEnsureSufficientExecutionStack succeeded at the low end), all seen on the managed
    /// thread <see cref="_stackCheckedThread"/>. An address inside it is on that thread's stack (thread stacks
    /// do not overlap) at or above a depth known to have room, so the common check is two compares: no call
    /// into the runtime and no read of the current thread's id (a thread state can be carried to another
    /// thread, whose stack lies elsewhere and starts a new range).</summary>
    private nuint _stackRoomLow = nuint.MaxValue, _stackRoomHigh;
    private int _stackCheckedThread;

    /// <summary>True when the .NET stack has room for another level of recursion.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public unsafe bool HasStackRoom()
    {
        byte here = 0;
        nuint address = (nuint)(&here);
        return (address >= _stackRoomLow && address <= _stackRoomHigh) || CheckStackRoom(address);
    }

    private bool CheckStackRoom(nuint address)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) return false;
        int thread = Environment.CurrentManagedThreadId;
        if (thread == _stackCheckedThread && _stackRoomHigh != 0)
        {
            _stackRoomLow = Math.Min(address, _stackRoomLow);
            _stackRoomHigh = Math.Max(address, _stackRoomHigh);
        }
        else
        {
            _stackRoomLow = _stackRoomHigh = address;
            _stackCheckedThread = thread;
        }
        return true;
    }

    // ---- repr recursion (Py_ReprEnter / Py_ReprLeave) --------------------------------------------

    private readonly List<PyObject> _reprStack = [];

    /// <summary>
    /// Py_ReprEnter: true when <paramref name="obj"/> is already being repr'd on this thread (the caller
    /// prints <c>[...]</c>/<c>{...}</c>); otherwise records it and returns false (pair with <see cref="ReprLeave"/>).
    /// </summary>
    public bool ReprEnter(PyObject obj)
    {
        foreach (var o in _reprStack)
            if (ReferenceEquals(o, obj)) return true;
        _reprStack.Add(obj);
        return false;
    }

    /// <summary>Py_ReprLeave: forgets the innermost record of <paramref name="obj"/>.</summary>
    public void ReprLeave(PyObject obj)
    {
        for (int i = _reprStack.Count - 1; i >= 0; i--)
            if (ReferenceEquals(_reprStack[i], obj)) { _reprStack.RemoveAt(i); return; }
    }

    [DoesNotReturn]
    internal static void Fail(string message) => throw new InvalidOperationException(message);
}
