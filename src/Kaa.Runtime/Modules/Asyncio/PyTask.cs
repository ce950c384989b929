namespace Kaa.Runtime;

/// <summary>
/// <c>_asyncio.Task</c>: a coroutine driven by the event loop, itself a future for the coroutine's outcome.
/// Each step (<see cref="Step"/>) resumes the coroutine once — a native coroutine straight through the VM's
/// generator resume, anything else through send/throw — and then looks at what it yielded: a future to
/// wait for (the task's wakeup is added to its callbacks), None (step again soon), or something it reports
/// as an error. The step logic follows CPython's task_step_impl, messages included.
/// <para>Not done for Task itself: CPython's tp_finalize reports "Task was destroyed but it is pending!" when
/// the last reference to a pending task goes; without reference counts that would mean tracking every task
/// for the .NET GC (and reporting at a later, GC-chosen moment). Instances of Python subclasses are tracked
/// (as every class with a finalizer is) and do report; an exact Task is tracked only when its loop is in debug
/// mode or when it ends with an exception (the "never retrieved" report).</para>
/// </summary>
public sealed class PyTask : PyFuture
{
    internal static new readonly PyType TypeObject = PyType.CreateStatic("_asyncio.Task", PyFuture.TypeObject,
        TypeFlags.BaseType | TypeFlags.HasInstanceDict | TypeFlags.HasWeakrefs, Install);

    /// <summary>task_wakeup, bound to the task as the done callback of the future it waits for.</summary>
    private static readonly MethodDef WakeupDef = new("task_wakeup", static (ts, self, fut) => ((PyTask)self).Wakeup(ts, fut));

    internal PyObject? FutWaiter;
    internal PyObject? Coro;
    internal PyObject? Name;
    internal PyObject? Context;
    internal bool MustCancel;
    internal bool LogDestroyPending;
    internal int NumCancelsRequested;
    private readonly PyObject?[]? _slots;
    private PyObject? _hashedLoop;
    private long _loopHash;

    private PyTask(PyType type) : base(type)
    {
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
    }

    public override Span<PyObject?> SlotValues => _slots;

    private static readonly ArgSpec InitSpec = new("Task", ["coro", "loop", "name", "context"], required: 1, positionalOnly: 0, maxPositional: 1);
    private static readonly ArgSpec StackSpec = new("get_stack", ["limit"], required: 0, positionalOnly: 0, maxPositional: 0);
    private static readonly ArgSpec PrintStackSpec = new("print_stack", ["limit", "file"], required: 0, positionalOnly: 0, maxPositional: 0);

    /// <summary>is_coroutine: a native coroutine, a type asyncio.iscoroutine() accepted before, or asyncio.iscoroutine(coro).</summary>
    private static int IsCoroutine(ThreadState ts, AsyncioState state, PyObject coro)
    {
        if (coro.Type == BuiltinTypes.Coroutine || state.CoroutineTypes.Contains(coro.Type)) return 1;
        var res = Protocols.Call1(ts, state.IsCoroutine, coro);
        if (res is null) return -1;
        int t = Protocols.IsTrue(ts, res);
        if (t <= 0) return t;
        if (state.CoroutineTypes.Count < 100) state.CoroutineTypes.Add(coro.Type);
        return 1;
    }

    private int InitTask(ThreadState ts, PyObject coro, PyObject loop, PyObject name, PyObject context)
    {
        if (!InitFuture(ts, loop)) return -1;
        var state = Asyncio!;
        int isCoro = IsCoroutine(ts, state, coro);
        if (isCoro < 0) return -1;
        if (isCoro == 0)
        {
            LogDestroyPending = false;
            var r = Protocols.Repr(ts, coro);
            if (r is null) return -1;
            ts.SetError(PyExc.TypeError, $"a coroutine was expected, got {r}");
            return -1;
        }
        Context = context == PyNone.Instance ? new PyContext(PyContext.Current(ts).Entries) : context;
        FutWaiter = null;
        MustCancel = false;
        LogDestroyPending = true;
        NumCancelsRequested = 0;
        Coro = coro;
        if (name == PyNone.Instance) Name = PyStr.Create("Task-" + (++state.TaskNameCounter).ToString(System.Globalization.CultureInfo.InvariantCulture));
        else if (name.Type == BuiltinTypes.Str) Name = name;
        else
        {
            var s = Protocols.Str(ts, name);
            if (s is null) return -1;
            Name = s;
        }
        if (!CallStepSoon(ts, null)) return -1;
        // In debug mode (the loop gave a source traceback) every task is tracked for the destroyed-while-pending report.
        if (SourceTb is not null && !Type.IsHeapType) FinalizerRegistry.Track(ts, this);
        return Protocols.CallMethod(ts, state.AllTasks, "add", [this]) is null ? -1 : 0;
    }

    private bool CallStepSoon(ThreadState ts, PyObject? exc)
        => CallSoon(ts, Loop!, new PyTaskStepMethWrapper(this, exc), null, Context);

    /// <summary>task_set_error_soon: the next step throws <paramref name="type"/>(<paramref name="message"/>) into the coroutine.</summary>
    private PyObject? SetErrorSoon(ThreadState ts, PyType type, string message)
    {
        var e = Protocols.Call1(ts, type, PyStr.Create(message));
        if (e is null) return null;
        return CallStepSoon(ts, e) ? PyNone.Instance : null;
    }

    private static string? ReprOf(ThreadState ts, PyObject o) => Protocols.Repr(ts, o)?.ToString();

    // ---- stepping ---------------------------------------------------------------------------------------

    /// <summary>enter_task: records the task as the one running on <paramref name="loop"/>.</summary>
    internal static bool EnterTask(ThreadState ts, AsyncioState state, PyObject loop, PyObject task)
    {
        long hash = Protocols.Hash(ts, loop);
        if (hash == -1 && ts.HasError) return false;
        return EnterTask(ts, state, loop, hash, task);
    }

    private static bool EnterTask(ThreadState ts, AsyncioState state, PyObject loop, long hash, PyObject task)
    {
        int r = state.CurrentTasks.TryGetItem(ts, loop, hash, out var current);
        if (r < 0) return false;
        if (r > 0)
        {
            var tr = ReprOf(ts, task);
            if (tr is null) return false;
            var cr = ReprOf(ts, current!);
            if (cr is null) return false;
            ts.SetError(PyExc.RuntimeError, $"Cannot enter into task {tr} while another task {cr} is being executed.");
            return false;
        }
        return state.CurrentTasks.SetItem(ts, loop, hash, task);
    }

    /// <summary>leave_task: the task must be the one recorded as running on <paramref name="loop"/>.</summary>
    internal static bool LeaveTask(ThreadState ts, AsyncioState state, PyObject loop, PyObject task)
    {
        long hash = Protocols.Hash(ts, loop);
        if (hash == -1 && ts.HasError) return false;
        return LeaveTask(ts, state, loop, hash, task);
    }

    private static bool LeaveTask(ThreadState ts, AsyncioState state, PyObject loop, long hash, PyObject task)
    {
        int r = state.CurrentTasks.TryGetItem(ts, loop, hash, out var current);
        if (r < 0) return false;
        if (r == 0 || !ReferenceEquals(current, task))
        {
            var tr = ReprOf(ts, task);
            if (tr is null) return false;
            var cr = ReprOf(ts, r == 0 ? PyNone.Instance : current!);
            if (cr is null) return false;
            ts.SetError(PyExc.RuntimeError, $"Leaving task {tr} does not match the current task {cr}.");
            return false;
        }
        return state.CurrentTasks.DelItem(ts, loop, hash) >= 0;
    }

    /// <summary>task_step: one step between entering and leaving the task on its loop.</summary>
    internal PyObject? Step(ThreadState ts, PyObject? exc)
    {
        if (Loop is null) return ts.RuntimeError("uninitialized Task object");
        var state = ModuleState(ts);
        var loop = Loop;
        // The loop's hash, taken once per task: a dict key's hash must not change anyway.
        if (!ReferenceEquals(_hashedLoop, loop))
        {
            long h = Protocols.Hash(ts, loop);
            if (h == -1 && ts.HasError) return null;
            _loopHash = h;
            _hashedLoop = loop;
        }
        long hash = _loopHash;
        if (!EnterTask(ts, state, loop, hash, this)) return null;
        var res = StepImpl(ts, state, exc);
        if (res is null)
        {
            var pending = ts.FetchError();
            if (!LeaveTask(ts, state, loop, hash, this))
            {
                // The failure to leave is raised, with the step's own error as its context.
                if (pending is not null && ts.CurrentException is { } leaveError && leaveError.Context is null) leaveError.Context = pending;
                return null;
            }
            ts.CurrentException = pending;
            return null;
        }
        return LeaveTask(ts, state, loop, hash, this) ? res : null;
    }

    /// <summary>Resumes the coroutine: sends None in, or throws <paramref name="exc"/> in.</summary>
    private GenStatus Resume(ThreadState ts, PyObject coro, PyObject? exc, out PyObject? result)
    {
        if (exc is null)
        {
            if (coro is PyGenerator gen && coro.Type == BuiltinTypes.Coroutine)
                return gen.Resume(ts, PyNone.Instance, false, out result);
            result = coro.Type.IterNext is { } next ? next(ts, coro) : Protocols.CallMethod(ts, coro, "send", [PyNone.Instance]);
        }
        else if (coro is PyGenerator gen && coro.Type == BuiltinTypes.Coroutine && exc is PyBaseException be)
            result = GeneratorSlots.ThrowException(ts, gen, be, closeOnGenExit: true);
        else
            result = Protocols.CallMethod(ts, coro, "throw", [exc]);
        if (result is not null) return GenStatus.Yielded;
        // _PyGen_FetchStopIterationValue: StopIteration (or nothing) is a return.
        if (ts.CurrentException is null)
        {
            result = PyNone.Instance;
            return GenStatus.Returned;
        }
        if (ts.CurrentException.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            result = GeneratorSlots.StopIterationValue(ts.FetchError()!);
            return GenStatus.Returned;
        }
        return GenStatus.Error;
    }

    /// <summary>task_step_impl.</summary>
    private PyObject? StepImpl(ThreadState ts, AsyncioState state, PyObject? exc)
    {
        if (State != FutureState.Pending)
        {
            var tr = ReprOf(ts, this);
            if (tr is null) return null;
            var er = ReprOf(ts, exc ?? PyNone.Instance);
            if (er is null) return null;
            return ts.Raise(state.InvalidStateError, $"_step(): already done: {tr} {er}");
        }
        if (MustCancel)
        {
            if (exc is not null)
            {
                int isCancel = Protocols.IsInstance(ts, exc, state.CancelledError);
                if (isCancel < 0) return null;
                if (isCancel == 0) exc = null;
            }
            if (exc is null)
            {
                exc = MakeCancelledError(ts);
                if (exc is null) return null;
            }
            MustCancel = false;
        }
        FutWaiter = null;
        var coro = Coro;
        if (coro is null) return ts.RuntimeError("uninitialized Task object");

        var status = Resume(ts, coro, exc, out var result);
        if (status == GenStatus.Returned)
        {
            if (MustCancel)
            {
                // Cancelled right before the coroutine returned.
                MustCancel = false;
                return Cancel(ts, CancelMsg) is null ? null : PyNone.Instance;
            }
            return SetResult(ts, result!) is null ? null : PyNone.Instance;
        }
        if (status == GenStatus.Error)
        {
            var error = ts.FetchError()!;
            if (error.Type.IsSubtypeOf(state.CancelledError))
            {
                CancelledExc = error;
                return Cancel(ts, null);
            }
            if (SetException(ts, error) is null) return null;
            if (error.Type.IsSubtypeOf(PyExc.KeyboardInterrupt) || error.Type.IsSubtypeOf(PyExc.SystemExit))
            {
                ts.SetError(error);
                return null;
            }
            return PyNone.Instance;
        }

        // The coroutine yielded.
        if (ReferenceEquals(result, this))
            return SetErrorSoon(ts, PyExc.RuntimeError, $"Task cannot await on itself: {ReprOf(ts, this)}");
        if (result is PyFuture fut && IsExactFuture(result))
        {
            if (!ReferenceEquals(fut.Loop, Loop)) return DifferentLoop(ts, result);
            if (!fut.Blocking) return YieldInsteadOfYieldFrom(ts, result);
            fut.Blocking = false;
            if (fut.AddDoneCallback(ts, new PyBuiltinFunction(WakeupDef, this), Context!) is null) return null;
            return WaitFor(ts, result);
        }
        if (result is PyNone)
        {
            // A bare yield gives up the loop for one iteration.
            return CallStepSoon(ts, null) ? PyNone.Instance : null;
        }
        var blockingAttr = Protocols.LookupAttr(ts, result!, "_asyncio_future_blocking");
        if (blockingAttr is null && ts.HasError) return null;
        if (blockingAttr is not null && blockingAttr != PyNone.Instance)
        {
            // A Future-compatible object.
            int blocking = Protocols.IsTrue(ts, blockingAttr);
            if (blocking < 0) return null;
            var otherLoop = GetFutureLoop(ts, result!);
            if (otherLoop is null) return null;
            if (!ReferenceEquals(otherLoop, Loop)) return DifferentLoop(ts, result!);
            if (blocking == 0) return YieldInsteadOfYieldFrom(ts, result!);
            if (Protocols.SetAttr(ts, result!, PyStr.Intern("_asyncio_future_blocking"), PyBool.False) < 0) return null;
            var addCallback = Protocols.GetAttr(ts, result!, "add_done_callback");
            if (addCallback is null) return null;
            if (Protocols.Call(ts, addCallback, [new PyBuiltinFunction(WakeupDef, this), Context!], ContextKwnames) is null) return null;
            return WaitFor(ts, result!);
        }
        if (result is PyGenerator g && g.Type.IsSubtypeOf(BuiltinTypes.Generator))
            return SetErrorSoon(ts, PyExc.RuntimeError, $"yield was used instead of yield from for generator in task {ReprOf(ts, this)} with {ReprOf(ts, result)}");
        return SetErrorSoon(ts, PyExc.RuntimeError, $"Task got bad yield: {ReprOf(ts, result!)}");
    }

    private static readonly PyTuple ContextKwnames = PyTuple.Create(PyStr.Intern("context"));

    /// <summary>task._fut_waiter = result; a cancellation already asked for goes on to it.</summary>
    private PyObject? WaitFor(ThreadState ts, PyObject waiter)
    {
        FutWaiter = waiter;
        if (MustCancel)
        {
            var r = Protocols.CallMethod(ts, waiter, "cancel", [CancelMsg ?? PyNone.Instance]);
            if (r is null) return null;
            int t = Protocols.IsTrue(ts, r);
            if (t < 0) return null;
            if (t > 0) MustCancel = false;
        }
        return PyNone.Instance;
    }

    private PyObject? DifferentLoop(ThreadState ts, PyObject result)
        => SetErrorSoon(ts, PyExc.RuntimeError, $"Task {ReprOf(ts, this)} got Future {ReprOf(ts, result)} attached to a different loop");

    private PyObject? YieldInsteadOfYieldFrom(ThreadState ts, PyObject result)
        => SetErrorSoon(ts, PyExc.RuntimeError, $"yield was used instead of yield from in task {ReprOf(ts, this)} with {ReprOf(ts, result)}");

    /// <summary>asyncio.futures._get_loop: get_loop() if the object has it, else its _loop.</summary>
    private static PyObject? GetFutureLoop(ThreadState ts, PyObject fut)
    {
        if (IsExactFuture(fut)) return ((PyFuture)fut).Loop;
        var getLoop = Protocols.LookupAttr(ts, fut, "get_loop");
        if (getLoop is not null) return Protocols.Call0(ts, getLoop);
        if (ts.HasError) return null;
        return Protocols.GetAttr(ts, fut, "_loop");
    }

    /// <summary>task_wakeup: the awaited future is done; step with its exception thrown in, if it has one.</summary>
    private PyObject? Wakeup(ThreadState ts, PyObject o)
    {
        if (IsExactFuture(o))
        {
            int r = ((PyFuture)o).GetResult(ts, out var value);
            if (r == 0) return Step(ts, null);
            if (r > 0) return Step(ts, value);
        }
        else
        {
            var res = Protocols.CallMethod(ts, o, "result", []);
            if (res is not null) return Step(ts, null);
        }
        var error = ts.FetchError();
        return Step(ts, error);
    }

    // ---- methods ---------------------------------------------------------------------------------------

    private PyObject? CancelTask(ThreadState ts, PyObject msg)
    {
        LogTb = false;
        if (State != FutureState.Pending) return PyBool.False;
        NumCancelsRequested++;
        if (FutWaiter is { } waiter)
        {
            var res = Protocols.CallMethod(ts, waiter, "cancel", [msg]);
            if (res is null) return null;
            int t = Protocols.IsTrue(ts, res);
            if (t < 0) return null;
            if (t > 0) return PyBool.True;
        }
        MustCancel = true;
        CancelMsg = msg;
        return PyBool.True;
    }

    /// <summary>TaskObj_finalize's report (without the automatic call: see the class comment).</summary>
    private PyObject? FinalizeTask(ThreadState ts)
    {
        if (State == FutureState.Pending && LogDestroyPending && Loop is not null)
        {
            var saved = ts.FetchError();
            var context = new PyDict();
            context.SetStr("message", PyStr.Create("Task was destroyed but it is pending!"));
            context.SetStr("task", this);
            if (SourceTb is not null) context.SetStr("source_traceback", SourceTb);
            ReportToLoop(ts, context);
            ts.CurrentException = saved;
        }
        return Finalize(ts);
    }

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => new PyTask(t);
        type.Init = static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!InitSpec.Parse(ts, args, kw, a)) return -1;
            return ((PyTask)self).InitTask(ts, a[0]!, a[1] ?? PyNone.Instance, a[2] ?? PyNone.Instance, a[3] ?? PyNone.Instance);
        };
        type.Repr = static (ts, self) => Protocols.Call1(ts, ((PyTask)self).ModuleState(ts).TaskRepr, self);
        type.Finalize = static (ts, self) => ((PyTask)self).FinalizeTask(ts);
        InstallCommon(type);
        type.AddMethod("__del__", static (ts, self) => ((PyTask)self).FinalizeTask(ts));
        type.AddMethod("set_result", static (ts, self, result) => ts.RuntimeError("Task does not support set_result operation"));
        type.AddMethod("set_exception", static (ts, self, exc) => ts.RuntimeError("Task does not support set_exception operation"));
        type.AddMethod("cancel", static (ts, self, args, kw) =>
        {
            var msg = ParseCancelMsg(ts, args, kw);
            return msg is null ? null : ((PyTask)self).CancelTask(ts, msg);
        }, "Request that this task cancel itself.\n\nThis arranges for a CancelledError to be thrown into the\nwrapped coroutine on the next cycle through the event loop.\nThe coroutine then has a chance to clean up or even deny\nthe request using try/except/finally.\n\nUnlike Future.cancel, this does not guarantee that the\ntask will be cancelled: the exception might be caught and\nacted upon, delaying cancellation of the task or preventing\ncancellation completely.  The task may also return a value or\nraise a different exception.\n\nImmediately after this method is called, Task.cancelled() will\nnot return True (unless the task was already cancelled).  A\ntask will be marked as cancelled when the wrapped coroutine\nterminates with a CancelledError exception (even if cancel()\nwas not called).\n\nThis also increases the task's count of cancellation requests.");
        type.AddMethod("cancelling", static (ts, self) => PyInt.Create(((PyTask)self).NumCancelsRequested),
            "Return the count of the task's cancellation requests.\n\nThis count is incremented when .cancel() is called\nand may be decremented using .uncancel().");
        type.AddMethod("uncancel", static (ts, self) =>
        {
            var t = (PyTask)self;
            if (t.NumCancelsRequested > 0) t.NumCancelsRequested--;
            return PyInt.Create(t.NumCancelsRequested);
        }, "Decrement the task's count of cancellation requests.\n\nThis should be used by tasks that catch CancelledError\nand wish to continue indefinitely until they are cancelled again.\n\nReturns the remaining number of cancellation requests.");
        type.AddMethod("get_stack", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!StackSpec.Parse(ts, args, kw, a)) return null;
            return Protocols.Call2(ts, ((PyTask)self).ModuleState(ts).TaskGetStack, self, a[0] ?? PyNone.Instance);
        }, "Return the list of stack frames for this task's coroutine.\n\nIf the coroutine is not done, this returns the stack where it is\nsuspended.  If the coroutine has completed successfully or was\ncancelled, this returns an empty list.  If the coroutine was\nterminated by an exception, this returns the list of traceback\nframes.\n\nThe frames are always ordered from oldest to newest.\n\nThe optional limit gives the maximum number of frames to\nreturn; by default all available frames are returned.  Its\nmeaning differs depending on whether a stack or a traceback is\nreturned: the newest frames of a stack are returned, but the\noldest frames of a traceback are returned.  (This matches the\nbehavior of the traceback module.)\n\nFor reasons beyond our control, only one stack frame is\nreturned for a suspended coroutine.");
        type.AddMethod("print_stack", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PrintStackSpec.Parse(ts, args, kw, a)) return null;
            return Protocols.Call(ts, ((PyTask)self).ModuleState(ts).TaskPrintStack, [self, a[0] ?? PyNone.Instance, a[1] ?? PyNone.Instance], null);
        }, "Print the stack or traceback for this task's coroutine.\n\nThis produces output similar to that of the traceback module,\nfor the frames retrieved by get_stack().  The limit argument\nis passed to get_stack().  The file argument is an I/O stream\nto which the output is written; by default output is written\nto sys.stderr.");
        type.AddMethod("_make_cancelled_error", static (ts, self) => ((PyTask)self).MakeCancelledError(ts),
            "Create the CancelledError to raise if the Task is cancelled.\n\nThis should only be called once when handling a cancellation since\nit erases the context exception value.");
        type.AddMethod("get_name", static (ts, self) => ((PyTask)self).Name ?? PyNone.Instance);
        type.AddMethod("set_name", static (ts, self, value) =>
        {
            PyObject? name = value.Type == BuiltinTypes.Str ? value : Protocols.Str(ts, value);
            if (name is null) return null;
            ((PyTask)self).Name = name;
            return PyNone.Instance;
        });
        type.AddMethod("get_coro", static (ts, self) => ((PyTask)self).Coro ?? PyNone.Instance);
        type.AddGetSet("_log_destroy_pending", static (ts, self) => PyBool.From(((PyTask)self).LogDestroyPending),
            static (ts, self, v) =>
            {
                if (v is null) { ts.SetError(PyExc.AttributeError, "cannot delete attribute"); return -1; }
                int t = Protocols.IsTrue(ts, v);
                if (t < 0) return -1;
                ((PyTask)self).LogDestroyPending = t > 0;
                return 0;
            });
        type.AddGetSet("_must_cancel", static (ts, self) => PyBool.From(((PyTask)self).MustCancel));
        type.AddGetSet("_coro", static (ts, self) => ((PyTask)self).Coro ?? PyNone.Instance);
        type.AddGetSet("_fut_waiter", static (ts, self) => ((PyTask)self).FutWaiter ?? PyNone.Instance);
        type.AddAttribute("__doc__", PyStr.Create("A coroutine wrapped in a Future."));
    }
}
