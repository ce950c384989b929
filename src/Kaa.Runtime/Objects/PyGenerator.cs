using Kaa.Compiler.Code;

namespace Kaa.Runtime;

/// <summary>How a resumed generator stopped.</summary>
public enum GenStatus
{
    Yielded,
    Returned,
    Error,
}

/// <summary>
/// <c>generator</c>, <c>coroutine</c> and <c>async_generator</c> objects: a suspended frame. The frame is
/// made by the call and handed over by RETURN_GENERATOR; each resume runs it in the VM until it yields,
/// returns or raises. The generator keeps its own "exception being handled" state (gi_exc_state).
/// </summary>
public sealed partial class PyGenerator : PyObject
{
    public readonly PyFrame Frame;
    public bool Finished;
    public bool Running;
    public PyObject Name;
    public PyObject QualName;
    /// <summary>The exception being handled inside the generator while it is suspended.</summary>
    public PyBaseException? ExcState;
    /// <summary>Async generators: an asend/athrow awaitable is driving it (ag_running_async).</summary>
    public bool RunningAsync;
    /// <summary>Async generators: aclose() was called or it finished (ag_closed).</summary>
    public bool Closed;
    /// <summary>Coroutines: cr_origin, the (filename, lineno, function) of the frames that created it when
    /// sys.set_coroutine_origin_tracking_depth asked for them; null otherwise.</summary>
    public PyObject? Origin;
    /// <summary>While a consumer drives the generator through <see cref="Protocols.NextInto"/>: where the
    /// frame's yields go without leaving the VM (see <see cref="ItemSink"/>).</summary>
    internal ItemSink? Sink;

    private PyGenerator(PyType type, PyFrame frame, PyObject name, PyObject qualname) : base(type)
    {
        Frame = frame;
        Name = name;
        QualName = qualname;
    }

    public bool IsCoroutine => Type == BuiltinTypes.Coroutine;
    public bool IsAsyncGenerator => Type == BuiltinTypes.AsyncGenerator;

    /// <summary>RETURN_GENERATOR: the object for a generator function's new frame.</summary>
    internal static PyGenerator Create(ThreadState ts, PyFrame frame)
    {
        var flags = frame.Code.Flags;
        var type = (flags & CodeFlags.Coroutine) != 0 ? BuiltinTypes.Coroutine
            : (flags & CodeFlags.AsyncGenerator) != 0 ? BuiltinTypes.AsyncGenerator
            : BuiltinTypes.Generator;
        var func = frame.Function;
        var gen = new PyGenerator(type, frame, func?.Name ?? frame.Code.Name, func?.QualName ?? frame.Code.QualName);
        frame.Generator = gen;
        if (ts.CoroutineOriginTrackingDepth > 0 && type == BuiltinTypes.Coroutine)
            gen.Origin = CoroutineOrigin(frame.Back, ts.CoroutineOriginTrackingDepth);
        return gen;
    }

    /// <summary>compute_cr_origin: up to <paramref name="depth"/> frames from the creating one outwards.</summary>
    private static PyTuple CoroutineOrigin(PyFrame? creator, int depth)
    {
        var entries = new List<PyObject>();
        for (var f = creator; f is not null && entries.Count < depth; f = f.Back)
            entries.Add(PyTuple.Create([f.Code.Filename, PyInt.Create(f.LineNumber), f.Code.Name]));
        return PyTuple.Create([.. entries]);
    }

    /// <summary>True before the first resume (the frame still stands just after RETURN_GENERATOR).</summary>
    public bool JustStarted => !Finished && IsAtStart();

    internal bool IsAtStart()
    {
        // RETURN_GENERATOR is the instruction before the resume point on the first run only.
        int prev = Frame.NextInstr - 1;
        return prev >= 0 && (Frame.Code.Instructions[prev] & 0xff) == (int)Kaa.Compiler.Bytecode.OpCode.ReturnGenerator;
    }

    /// <summary>
    /// gen_send_ex2: resumes with <paramref name="value"/> sent in, or with the thread's current exception
    /// raised at the suspension point when <paramref name="throwing"/>.
    /// </summary>
    public GenStatus Resume(ThreadState ts, PyObject value, bool throwing, out PyObject? result)
    {
        result = null;
        if (Running)
        {
            ts.SetError(PyExc.ValueError, IsCoroutine ? "coroutine already executing" : IsAsyncGenerator ? "async generator already executing" : "generator already executing");
            return GenStatus.Error;
        }
        if (Finished)
        {
            if (IsCoroutine && !throwing)
            {
                ts.SetError(PyExc.RuntimeError, "cannot reuse already awaited coroutine");
                return GenStatus.Error;
            }
            if (throwing) return GenStatus.Error; // the thrown exception propagates as is
            result = PyNone.Instance;
            return GenStatus.Returned;
        }
        if (!throwing)
        {
            if (value is not PyNone && IsAtStart())
            {
                ts.SetError(PyExc.TypeError, $"can't send non-None value to a just-started {(IsCoroutine ? "coroutine" : IsAsyncGenerator ? "async generator" : "generator")}");
                return GenStatus.Error;
            }
            Frame.Fast[Frame.StackTop++].Value = value;
        }
        EnterRun(ts);
        // An exception thrown in is chained to the one the generator was handling when it suspended
        // (_PyErr_ChainStackItem): its __context__, as if raised there.
        if (throwing && ExcState is not null && ts.CurrentException is { } thrown) ts.Raise(thrown);
        result = Eval.Run(ts, Frame, throwing);
        LeaveRun(ts);
        if (result is not null) return Finished ? GenStatus.Returned : GenStatus.Yielded;
        Finished = true;
        ConvertStopIteration(ts);
        return GenStatus.Error;
    }

    /// <summary>While it runs: the thread's <see cref="ThreadState.HandledException"/> and
    /// <see cref="ThreadState.OuterHandled"/> from before (restored when it stops).</summary>
    private PyBaseException? _outerHandled, _outerOuter;

    /// <summary>
    /// Before the frame runs: the generator's own "exception being handled" (gi_exc_state) becomes the
    /// thread's innermost entry, and what was handled outside it stays visible below (CPython links the
    /// generator's entry onto the thread's chain: sys.exc_info() and a bare raise look through entries that
    /// hold nothing, but an except block inside the generator saves and restores only the generator's own).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void EnterRun(ThreadState ts)
    {
        // Usually no exception is being handled inside or outside: then nothing is stored (each reference store
        // is a write barrier, and a generator resumes once per item).
        var outer = ts.HandledException;
        var outerOuter = ts.OuterHandled;
        if (outer is not null || outerOuter is not null || ExcState is not null)
        {
            _outerHandled = outer;
            _outerOuter = outerOuter;
            ts.OuterHandled = outer ?? outerOuter;
            ts.HandledException = ExcState;
        }
        Running = true;
    }

    /// <summary>After the frame stopped (yield, return or exception): the thread's state is given back.
    /// The VM calls it itself when it ran the frame in its loop (FOR_ITER) and the frame yielded or returned.</summary>
    internal void LeaveRun(ThreadState ts)
    {
        Running = false;
        var innerHandled = ts.HandledException;
        if (innerHandled is null && ExcState is null && _outerHandled is null && _outerOuter is null)
            return; // EnterRun's common case: nothing was swapped
        ExcState = innerHandled;
        ts.HandledException = _outerHandled;
        ts.OuterHandled = _outerOuter;
        _outerHandled = null;
        _outerOuter = null;
    }

    /// <summary>The frame, resumed in the VM's loop by FOR_ITER, raised (it is finished).</summary>
    internal void RaisedInLoop(ThreadState ts)
    {
        LeaveRun(ts);
        Finished = true;
        ConvertStopIteration(ts);
    }

    /// <summary>PEP 479: a StopIteration (or, in an async generator, StopAsyncIteration) escaping the body
    /// becomes RuntimeError.</summary>
    private void ConvertStopIteration(ThreadState ts)
    {
        if (ts.CurrentException is { } e && e.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            ts.FetchError();
            string what = IsCoroutine ? "coroutine" : IsAsyncGenerator ? "async generator" : "generator";
            ts.SetError(PyExc.RuntimeError, $"{what} raised StopIteration");
            if (ts.CurrentException is { } re)
            {
                re.Cause = e;
                re.Context = e;
                re.SuppressContext = true;
            }
        }
        else if (IsAsyncGenerator && ts.CurrentException is { } e2 && e2.Type.IsSubtypeOf(PyExc.StopAsyncIteration))
        {
            ts.FetchError();
            ts.SetError(PyExc.RuntimeError, "async generator raised StopAsyncIteration");
            if (ts.CurrentException is { } re)
            {
                re.Cause = e2;
                re.Context = e2;
                re.SuppressContext = true;
            }
        }
    }

    internal static void Install(PyType type) => GeneratorSlots.Install(type);
}
