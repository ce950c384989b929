namespace Kaa.Runtime;

/// <summary>The states of a future (CPython's fut_state).</summary>
internal enum FutureState : byte
{
    Pending,
    Cancelled,
    Finished,
}

/// <summary>
/// <c>_asyncio.Future</c>: asyncio.Future in C#. A future is "alive" once <c>__init__</c> gave it a loop;
/// done callbacks are kept as CPython keeps them, the first one apart (most futures have exactly one: the
/// awaiting task's wakeup) and the rest in a list of (callback, context) pairs. Callbacks are scheduled
/// through <c>loop.call_soon(callback, future, context=context)</c>.
/// <para>"exception was never retrieved" (CPython's tp_finalize) is reported when the .NET GC finds the future
/// garbage (gc.collect() runs it at once) or at exit, not the moment the last reference goes: Kaa has no
/// reference counts.</para>
/// </summary>
public class PyFuture : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_asyncio.Future", (PyType?)null,
        TypeFlags.BaseType | TypeFlags.HasInstanceDict | TypeFlags.HasWeakrefs, Install);

    /// <summary>The <c>context=</c> keyword of call_soon / add_done_callback calls.</summary>
    private static readonly PyTuple ContextKwnames = PyTuple.Create(PyStr.Intern("context"));

    /// <summary>Null until <c>__init__</c> ran (the future is not "alive").</summary>
    internal PyObject? Loop;
    internal PyObject? Callback0, Context0;
    /// <summary>The second and later callbacks with their contexts; null when there are none.</summary>
    internal List<(PyObject Callback, PyObject Context)>? Callbacks;
    internal PyObject? Result;
    internal PyBaseException? Exception;
    internal PyTraceback? ExceptionTb;
    internal PyObject? SourceTb;
    internal PyObject? CancelMsg;
    /// <summary>The CancelledError a cancelled task's coroutine raised, handed out once by _make_cancelled_error.</summary>
    internal PyBaseException? CancelledExc;
    internal FutureState State;
    internal bool LogTb;
    internal bool Blocking;
    /// <summary>The module state, fetched at __init__ (the hot paths use it without a lookup).</summary>
    internal AsyncioState? Asyncio;
    private PyDict? _dict;

    protected PyFuture(PyType type) : base(type) { }

    public override PyDict? Dict { get => _dict ??= new PyDict(); set => _dict = value; }

    private static PyFuture Make(PyType type) => type == TypeObject ? new PyFuture(type) : new Derived(type);

    internal static AsyncioState StateOf(ThreadState ts) => ts.Interp.GetModuleState<AsyncioState>();

    internal AsyncioState ModuleState(ThreadState ts) => Asyncio ?? StateOf(ts);

    internal bool IsAlive => Loop is not null;

    internal bool EnsureAlive(ThreadState ts)
    {
        if (Loop is not null) return true;
        ts.SetError(PyExc.RuntimeError, "Future object is not initialized.");
        return false;
    }

    internal static bool IsExactFuture(PyObject o) => o.Type == TypeObject || o.Type == PyTask.TypeObject;

    // ---- the loop -----------------------------------------------------------------------------------

    /// <summary>get_event_loop: the running loop, else the policy's get_event_loop().</summary>
    internal static PyObject? GetEventLoop(ThreadState ts, AsyncioState state)
    {
        if (state.RunningLoop(ts) is { } loop) return loop;
        var policy = Protocols.Call0(ts, state.GetEventLoopPolicy);
        if (policy is null) return null;
        return Protocols.CallMethod(ts, policy, "get_event_loop", []);
    }

    /// <summary>call_soon: <c>loop.call_soon(func[, arg][, context=ctx])</c>. False with the error set.</summary>
    internal static bool CallSoon(ThreadState ts, PyObject loop, PyObject func, PyObject? arg, PyObject? ctx)
    {
        PyObject? handle;
        if (ctx is null)
            handle = arg is null ? Protocols.CallMethod(ts, loop, "call_soon", [func]) : Protocols.CallMethod(ts, loop, "call_soon", [func, arg]);
        else
        {
            var callSoon = Protocols.GetAttr(ts, loop, "call_soon");
            if (callSoon is null) return false;
            handle = arg is null ? Protocols.Call(ts, callSoon, [func, ctx], ContextKwnames) : Protocols.Call(ts, callSoon, [func, arg, ctx], ContextKwnames);
        }
        return handle is not null;
    }

    /// <summary>future_init: (re)sets every field and binds the loop (None: the current event loop).</summary>
    internal bool InitFuture(ThreadState ts, PyObject loop)
    {
        Loop = null;
        Callback0 = Context0 = null;
        Callbacks = null;
        Result = null;
        Exception = null;
        ExceptionTb = null;
        SourceTb = null;
        CancelMsg = null;
        CancelledExc = null;
        State = FutureState.Pending;
        LogTb = false;
        Blocking = false;
        var state = Asyncio = StateOf(ts);
        if (loop == PyNone.Instance)
        {
            var found = GetEventLoop(ts, state);
            if (found is null) return false;
            loop = found;
        }
        Loop = loop;
        var debug = Protocols.CallMethod(ts, loop, "get_debug", []);
        if (debug is null) return false;
        int isTrue = Protocols.IsTrue(ts, debug);
        if (isTrue < 0) return false;
        if (isTrue > 0)
        {
            SourceTb = Protocols.Call0(ts, state.ExtractStack);
            if (SourceTb is null) return false;
        }
        return true;
    }

    /// <summary>future_schedule_callbacks: hands every callback to the loop and forgets them.</summary>
    private bool ScheduleCallbacks(ThreadState ts)
    {
        if (Callback0 is { } cb0)
        {
            var ctx0 = Context0;
            Callback0 = Context0 = null;
            if (!CallSoon(ts, Loop!, cb0, this, ctx0))
            {
                Callbacks = null;
                return false;
            }
        }
        var list = Callbacks;
        if (list is null) return true;
        for (int i = 0; i < list.Count; i++)
        {
            var (cb, ctx) = list[i];
            if (!CallSoon(ts, Loop!, cb, this, ctx))
            {
                Callbacks = null;
                return false;
            }
        }
        Callbacks = null;
        return true;
    }

    internal PyObject? SetResult(ThreadState ts, PyObject result)
    {
        if (!EnsureAlive(ts)) return null;
        if (State != FutureState.Pending) return ts.Raise(ModuleState(ts).InvalidStateError, "invalid state");
        Result = result;
        State = FutureState.Finished;
        return ScheduleCallbacks(ts) ? PyNone.Instance : null;
    }

    internal PyObject? SetException(ThreadState ts, PyObject exc)
    {
        var state = ModuleState(ts);
        if (State != FutureState.Pending) return ts.Raise(state.InvalidStateError, "invalid state");
        PyObject value = exc;
        if (exc is PyType t && t.IsSubtypeOf(PyExc.BaseException))
        {
            var made = Protocols.Call0(ts, exc);
            if (made is null) return null;
            if (State != FutureState.Pending) return ts.Raise(state.InvalidStateError, "invalid state");
            value = made;
        }
        if (value is not PyBaseException e) return ts.TypeError("invalid exception object");
        if (e.Type == PyExc.StopIteration)
            return ts.TypeError("StopIteration interacts badly with generators and cannot be raised into a Future");
        Exception = e;
        ExceptionTb = e.Traceback;
        State = FutureState.Finished;
        if (!ScheduleCallbacks(ts)) return null;
        LogTb = true;
        // The report of an exception nobody retrieves runs when the future becomes garbage: only futures
        // that may need it are tracked (instances of Python subclasses always are, by their type).
        if (!Type.IsHeapType) FinalizerRegistry.Track(ts, this);
        return PyNone.Instance;
    }

    /// <summary>create_cancelled_error: the saved CancelledError (once), else a new one with the cancel message.</summary>
    internal PyObject? MakeCancelledError(ThreadState ts)
    {
        if (CancelledExc is { } saved)
        {
            CancelledExc = null;
            return saved;
        }
        var cls = ModuleState(ts).CancelledError;
        return CancelMsg is null || CancelMsg == PyNone.Instance ? Protocols.Call0(ts, cls) : Protocols.Call1(ts, cls, CancelMsg);
    }

    private void RaiseCancelledError(ThreadState ts)
    {
        var exc = MakeCancelledError(ts);
        if (exc is PyBaseException e) ts.Raise(e);
        else if (exc is not null) ts.TypeError("exceptions must derive from BaseException");
    }

    /// <summary>future_get_result: 0 with the result, 1 with the exception to raise, -1 with an error set.</summary>
    internal int GetResult(ThreadState ts, out PyObject? result)
    {
        result = null;
        if (State == FutureState.Cancelled)
        {
            RaiseCancelledError(ts);
            return -1;
        }
        if (State != FutureState.Finished)
        {
            ts.SetError(ModuleState(ts).InvalidStateError, "Result is not set.");
            return -1;
        }
        LogTb = false;
        if (Exception is { } e)
        {
            // Raising it again starts from the traceback it had when set (not from where it was raised since).
            e.Traceback = ExceptionTb;
            ExceptionTb = null;
            result = e;
            return 1;
        }
        result = Result!;
        return 0;
    }

    /// <summary>future_add_done_callback.</summary>
    internal PyObject? AddDoneCallback(ThreadState ts, PyObject fn, PyObject ctx)
    {
        if (!IsAlive) return ts.RuntimeError("uninitialized Future object");
        if (State != FutureState.Pending)
            return CallSoon(ts, Loop!, fn, this, ctx) ? PyNone.Instance : null;
        if (Callbacks is null && Callback0 is null)
        {
            Callback0 = fn;
            Context0 = ctx;
        }
        else (Callbacks ??= []).Add((fn, ctx));
        return PyNone.Instance;
    }

    /// <summary>future_cancel.</summary>
    internal PyObject? Cancel(ThreadState ts, PyObject? msg)
    {
        LogTb = false;
        if (State != FutureState.Pending) return PyBool.False;
        State = FutureState.Cancelled;
        CancelMsg = msg;
        return ScheduleCallbacks(ts) ? PyBool.True : null;
    }

    private PyObject? RemoveDoneCallback(ThreadState ts, PyObject fn)
    {
        if (!EnsureAlive(ts)) return null;
        int cleared0 = 0;
        if (Callback0 is { } cb0)
        {
            int cmp = Protocols.RichCompareBool(ts, cb0, fn, CompareOp.Eq);
            if (cmp < 0) return null;
            if (cmp > 0)
            {
                Callback0 = Context0 = null;
                cleared0 = 1;
            }
        }
        var list = Callbacks;
        if (list is null) return PyInt.Create(cleared0);
        int len = list.Count;
        // __eq__ may run Python code that changes the callbacks: walk by index, re-reading the list.
        var kept = new List<(PyObject, PyObject)>(len);
        for (int i = 0; Callbacks is not null && i < Callbacks.Count; i++)
        {
            var item = Callbacks[i];
            int cmp = Protocols.RichCompareBool(ts, item.Callback, fn, CompareOp.Eq);
            if (cmp < 0) return null;
            if (cmp == 0) kept.Add(item);
        }
        if (kept.Count == 0 || Callbacks is null)
        {
            Callbacks = null;
            return PyInt.Create(len + cleared0);
        }
        int now = Callbacks.Count;
        if (kept.Count != now)
        {
            Callbacks.Clear();
            Callbacks.AddRange(kept);
        }
        return PyInt.Create(now - kept.Count + cleared0);
    }

    private PyObject? ResultMethod(ThreadState ts)
    {
        if (!IsAlive) return ts.Raise(StateOf(ts).InvalidStateError, "Future object is not initialized.");
        int r = GetResult(ts, out var result);
        if (r < 0) return null;
        if (r == 0) return result;
        ts.Raise((PyBaseException)result!);
        return null;
    }

    private PyObject? ExceptionMethod(ThreadState ts)
    {
        if (!IsAlive) return ts.Raise(StateOf(ts).InvalidStateError, "Future object is not initialized.");
        if (State == FutureState.Cancelled)
        {
            RaiseCancelledError(ts);
            return null;
        }
        if (State != FutureState.Finished) return ts.Raise(ModuleState(ts).InvalidStateError, "Exception is not set.");
        if (Exception is { } e)
        {
            LogTb = false;
            return e;
        }
        return PyNone.Instance;
    }

    /// <summary>The <c>_callbacks</c> attribute: a list of (callback, context) pairs, or None.</summary>
    private PyObject CallbacksList()
    {
        if (Callback0 is null && Callbacks is null) return PyNone.Instance;
        var list = new PyList();
        if (Callback0 is not null) list.Append(PyTuple.Create(Callback0, Context0!));
        if (Callbacks is not null)
            foreach (var (cb, ctx) in Callbacks) list.Append(PyTuple.Create(cb, ctx));
        return list;
    }

    /// <summary>FutureObj_finalize: asks the loop's exception handler to report an exception nobody retrieved.</summary>
    internal PyObject? Finalize(ThreadState ts)
    {
        if (!LogTb || Exception is null) return PyNone.Instance;
        LogTb = false;
        var saved = ts.FetchError();
        var context = new PyDict();
        context.SetStr("message", PyStr.Create($"{(Type.IsHeapType ? Type.Name : Type.QualName)} exception was never retrieved"));
        context.SetStr("exception", Exception);
        context.SetStr("future", this);
        if (SourceTb is not null) context.SetStr("source_traceback", SourceTb);
        ReportToLoop(ts, context);
        ts.CurrentException = saved;
        return PyNone.Instance;
    }

    /// <summary><c>loop.call_exception_handler(context)</c>, an error in it reported as unraisable.</summary>
    internal void ReportToLoop(ThreadState ts, PyDict context)
    {
        if (Loop is null) return;
        var func = Protocols.GetAttr(ts, Loop, "call_exception_handler");
        if (func is null)
        {
            ts.ClearError();
            return;
        }
        if (Protocols.Call1(ts, func, context) is null) Unraisable.Write(ts, null, func);
    }

    // ---- the type -------------------------------------------------------------------------------------

    private static readonly ArgSpec InitSpec = new("Future", ["loop"], required: 0, positionalOnly: 0, maxPositional: 0);
    private static readonly ArgSpec AddDoneCallbackSpec = new("add_done_callback", ["fn", "context"], required: 1, positionalOnly: 1, maxPositional: 1);
    private static readonly ArgSpec CancelSpec = new("cancel", ["msg"], required: 0, positionalOnly: 0);

    internal static PyObject? AddDoneCallbackMethod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!AddDoneCallbackSpec.Parse(ts, args, kwnames, a)) return null;
        var ctx = a[1] ?? new PyContext(PyContext.Current(ts).Entries);
        return ((PyFuture)self).AddDoneCallback(ts, a[0]!, ctx);
    }

    internal static PyObject? ParseCancelMsg(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!CancelSpec.Parse(ts, args, kwnames, a)) return null;
        return a[0] ?? PyNone.Instance;
    }

    /// <summary>The methods and attributes Future and Task share (Task adds and replaces some).</summary>
    internal static void InstallCommon(PyType type)
    {
        type.Iter = static (ts, self) => PyFutureIter.Create(ts, (PyFuture)self);
        type.AddMethod("__await__", static (ts, self) => PyFutureIter.Create(ts, (PyFuture)self), "Return an iterator to be used in await expression.");
        type.AddMethod("result", static (ts, self) => ((PyFuture)self).ResultMethod(ts),
            "Return the result this future represents.\n\nIf the future has been cancelled, raises CancelledError.  If the\nfuture's result isn't yet available, raises InvalidStateError.  If\nthe future is done and has an exception set, this exception is raised.");
        type.AddMethod("exception", static (ts, self) => ((PyFuture)self).ExceptionMethod(ts),
            "Return the exception that was set on this future.\n\nThe exception (or None if no exception was set) is returned only if\nthe future is done.  If the future has been cancelled, raises\nCancelledError.  If the future isn't done yet, raises\nInvalidStateError.");
        type.AddMethod("add_done_callback", AddDoneCallbackMethod,
            "Add a callback to be run when the future becomes done.\n\nThe callback is called with a single argument - the future object. If\nthe future is already done when this is called, the callback is\nscheduled with call_soon.");
        type.AddMethod("remove_done_callback", static (ts, self, fn) => ((PyFuture)self).RemoveDoneCallback(ts, fn),
            "Remove all instances of a callback from the \"call when done\" list.\n\nReturns the number of callbacks removed.");
        type.AddMethod("cancelled", static (ts, self) => PyBool.From(((PyFuture)self).IsAlive && ((PyFuture)self).State == FutureState.Cancelled),
            "Return True if the future was cancelled.");
        type.AddMethod("done", static (ts, self) => PyBool.From(((PyFuture)self).IsAlive && ((PyFuture)self).State != FutureState.Pending),
            "Return True if the future is done.\n\nDone means either that a result / exception are available, or that the\nfuture was cancelled.");
        type.AddClassMethod(new MethodDef("__class_getitem__", static (ts, cls, arg) => PyGenericAlias.Create(cls, arg), "See PEP 585"));
        type.AddMethod("__del__", static (ts, self) => ((PyFuture)self).Finalize(ts));

        type.AddGetSet("_state", static (ts, self) =>
        {
            var f = (PyFuture)self;
            if (!f.EnsureAlive(ts)) return null;
            return PyStr.Intern(f.State switch { FutureState.Pending => "PENDING", FutureState.Cancelled => "CANCELLED", _ => "FINISHED" });
        });
        type.AddGetSet("_asyncio_future_blocking", static (ts, self) => PyBool.From(((PyFuture)self).IsAlive && ((PyFuture)self).Blocking),
            static (ts, self, v) =>
            {
                var f = (PyFuture)self;
                if (!f.EnsureAlive(ts)) return -1;
                if (v is null) { ts.SetError(PyExc.AttributeError, "cannot delete attribute"); return -1; }
                int t = Protocols.IsTrue(ts, v);
                if (t < 0) return -1;
                f.Blocking = t > 0;
                return 0;
            });
        type.AddGetSet("_loop", static (ts, self) => ((PyFuture)self).Loop ?? PyNone.Instance);
        type.AddGetSet("_callbacks", static (ts, self) => ((PyFuture)self).EnsureAlive(ts) ? ((PyFuture)self).CallbacksList() : null);
        type.AddGetSet("_result", static (ts, self) => ((PyFuture)self).EnsureAlive(ts) ? ((PyFuture)self).Result ?? PyNone.Instance : null);
        type.AddGetSet("_exception", static (ts, self) => ((PyFuture)self).EnsureAlive(ts) ? (PyObject?)((PyFuture)self).Exception ?? PyNone.Instance : null);
        type.AddGetSet("_log_traceback", static (ts, self) => ((PyFuture)self).EnsureAlive(ts) ? PyBool.From(((PyFuture)self).LogTb) : null,
            static (ts, self, v) =>
            {
                if (v is null) { ts.SetError(PyExc.AttributeError, "cannot delete attribute"); return -1; }
                int t = Protocols.IsTrue(ts, v);
                if (t < 0) return -1;
                if (t > 0) { ts.SetError(PyExc.ValueError, "_log_traceback can only be set to False"); return -1; }
                ((PyFuture)self).LogTb = false;
                return 0;
            });
        type.AddGetSet("_source_traceback", static (ts, self) => ((PyFuture)self).IsAlive ? ((PyFuture)self).SourceTb ?? PyNone.Instance : PyNone.Instance);
        type.AddGetSet("_cancel_message", static (ts, self) => ((PyFuture)self).CancelMsg ?? PyNone.Instance,
            static (ts, self, v) =>
            {
                if (v is null) { ts.SetError(PyExc.AttributeError, "cannot delete attribute"); return -1; }
                ((PyFuture)self).CancelMsg = v;
                return 0;
            });
    }

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => Make(t);
        type.Init = static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!InitSpec.Parse(ts, args, kw, a)) return -1;
            return ((PyFuture)self).InitFuture(ts, a[0] ?? PyNone.Instance) ? 0 : -1;
        };
        type.Finalize = static (ts, self) => ((PyFuture)self).Finalize(ts);
        type.Repr = static (ts, self) =>
        {
            var f = (PyFuture)self;
            if (!f.EnsureAlive(ts)) return null;
            return Protocols.Call1(ts, f.ModuleState(ts).FutureRepr, f);
        };
        InstallCommon(type);
        type.AddMethod("get_loop", static (ts, self) => ((PyFuture)self).EnsureAlive(ts) ? ((PyFuture)self).Loop : null,
            "Return the event loop the Future is bound to.");
        type.AddMethod("set_result", static (ts, self, result) => ((PyFuture)self).SetResult(ts, result),
            "Mark the future done and set its result.\n\nIf the future is already done when this method is called, raises\nInvalidStateError.");
        type.AddMethod("set_exception", static (ts, self, exc) => ((PyFuture)self).EnsureAlive(ts) ? ((PyFuture)self).SetException(ts, exc) : null,
            "Mark the future done and set an exception.\n\nIf the future is already done when this method is called, raises\nInvalidStateError.");
        type.AddMethod("cancel", static (ts, self, args, kw) =>
        {
            var msg = ParseCancelMsg(ts, args, kw);
            if (msg is null) return null;
            var f = (PyFuture)self;
            return f.EnsureAlive(ts) ? f.Cancel(ts, msg) : null;
        }, "Cancel the future and schedule callbacks.\n\nIf the future is already done or cancelled, return False.  Otherwise,\nchange the future's state to cancelled, schedule the callbacks and\nreturn True.");
        type.AddMethod("_make_cancelled_error", static (ts, self) => ((PyFuture)self).MakeCancelledError(ts),
            "Create the CancelledError to raise if the Future is cancelled.\n\nThis should only be called once when handling a cancellation since\nit erases the context exception value.");
        type.AddAttribute("__doc__", PyStr.Create("This class is *almost* compatible with concurrent.futures.Future.\n\n    Differences:\n\n    - result() and exception() do not take a timeout argument and\n      raise an exception when the future isn't done yet.\n\n    - Callbacks registered with add_done_callback() are always called\n      via the event loop's call_soon_threadsafe().\n\n    - This class is not compatible with the wait() and as_completed()\n      methods in the concurrent.futures package."));
    }

    /// <summary>Instances of Python subclasses (the dict is the base's).</summary>
    private sealed class Derived : PyFuture
    {
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type)
        {
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override Span<PyObject?> SlotValues => _slots;
    }
}
