using System.Runtime.CompilerServices;

namespace Kaa.Runtime;

/// <summary>
/// The <c>_asyncio</c> module's per-interpreter state (CPython keeps it in static variables filled by
/// module_init): the Python-level helpers it calls back into (reprs, stacks, the event loop policy, the
/// exception classes), the task registries <c>_all_tasks</c> (a WeakSet) and <c>_current_tasks</c> (a dict
/// loop → task), the counter behind the default task names, and each thread's running event loop.
/// </summary>
internal sealed class AsyncioState
{
    public bool Initialized;

    public PyObject GetEventLoopPolicy = PyNone.Instance;
    public PyObject FutureRepr = PyNone.Instance;
    public PyObject TaskRepr = PyNone.Instance;
    public PyObject TaskGetStack = PyNone.Instance;
    public PyObject TaskPrintStack = PyNone.Instance;
    public PyObject IsCoroutine = PyNone.Instance;
    public PyObject ExtractStack = PyNone.Instance;
    public PyType InvalidStateError = PyExc.Exception;
    public PyType CancelledError = PyExc.BaseException;

    /// <summary>_all_tasks: a weakref.WeakSet of every Task not yet collected.</summary>
    public PyObject AllTasks = PyNone.Instance;
    /// <summary>_current_tasks: {loop: the task being stepped on it}.</summary>
    public PyDict CurrentTasks = new();

    /// <summary>Types asyncio.iscoroutine() accepted (is_coroutine's cache, bounded as CPython's at 100).</summary>
    public readonly HashSet<PyType> CoroutineTypes = [];

    /// <summary>The number of the last default task name (Task-N).</summary>
    public ulong TaskNameCounter;

    /// <summary>A thread's running loop and the process it was set in: a forked child has no running loop.</summary>
    private sealed class RunningLoopHolder(PyObject loop, int pid)
    {
        public readonly PyObject Loop = loop;
        public readonly int Pid = pid;
    }

    /// <summary>Each thread's running loop (CPython keeps a holder in the thread state's dict).</summary>
    private readonly ConditionalWeakTable<ThreadState, RunningLoopHolder> _runningLoops = new();
    // The last thread asked and its holder: the loop's own thread asks again and again (CPython's cached_running_holder).
    private ThreadState? _cachedThread;
    private RunningLoopHolder? _cachedHolder;

    /// <summary>The running loop of <paramref name="ts"/>'s thread, or null when none is running.</summary>
    public PyObject? RunningLoop(ThreadState ts)
    {
        RunningLoopHolder? holder;
        if (ReferenceEquals(_cachedThread, ts)) holder = _cachedHolder;
        else
        {
            _runningLoops.TryGetValue(ts, out holder);
            _cachedThread = ts;
            _cachedHolder = holder;
        }
        if (holder is null || holder.Loop == PyNone.Instance || holder.Pid != Libc.getpid()) return null;
        return holder.Loop;
    }

    public void SetRunningLoop(ThreadState ts, PyObject loop)
    {
        var holder = new RunningLoopHolder(loop, Libc.getpid());
        _runningLoops.AddOrUpdate(ts, holder);
        _cachedThread = ts;
        _cachedHolder = holder;
    }

    /// <summary>module_init: imports asyncio and fetches what the C code calls. False with the error set.</summary>
    public bool Initialize(ThreadState ts)
    {
        if (Initialized) return true;
        if (PickleModule.ImportModule(ts, "asyncio") is null) return false;
        var events = PickleModule.ImportModule(ts, "asyncio.events");
        if (events is null || Protocols.GetAttr(ts, events, "get_event_loop_policy") is not { } policy) return false;
        var baseFutures = PickleModule.ImportModule(ts, "asyncio.base_futures");
        if (baseFutures is null || Protocols.GetAttr(ts, baseFutures, "_future_repr") is not { } futureRepr) return false;
        var exceptions = PickleModule.ImportModule(ts, "asyncio.exceptions");
        if (exceptions is null || Protocols.GetAttr(ts, exceptions, "InvalidStateError") is not { } invalid
            || Protocols.GetAttr(ts, exceptions, "CancelledError") is not { } cancelled) return false;
        var baseTasks = PickleModule.ImportModule(ts, "asyncio.base_tasks");
        if (baseTasks is null || Protocols.GetAttr(ts, baseTasks, "_task_repr") is not { } taskRepr
            || Protocols.GetAttr(ts, baseTasks, "_task_get_stack") is not { } getStack
            || Protocols.GetAttr(ts, baseTasks, "_task_print_stack") is not { } printStack) return false;
        var coroutines = PickleModule.ImportModule(ts, "asyncio.coroutines");
        if (coroutines is null || Protocols.GetAttr(ts, coroutines, "iscoroutine") is not { } isCoroutine) return false;
        var traceback = PickleModule.ImportModule(ts, "traceback");
        if (traceback is null || Protocols.GetAttr(ts, traceback, "extract_stack") is not { } extractStack) return false;
        var weakref = PickleModule.ImportModule(ts, "weakref");
        if (weakref is null || Protocols.GetAttr(ts, weakref, "WeakSet") is not { } weakSet) return false;
        if (invalid is not PyType invalidType || cancelled is not PyType cancelledType)
            return ts.TypeError("asyncio's exception classes must be types") is not null;
        var allTasks = Protocols.Call0(ts, weakSet);
        if (allTasks is null) return false;
        // A recursive import (asyncio importing _asyncio while this runs) may have finished first: keep its state.
        if (Initialized) return true;
        GetEventLoopPolicy = policy;
        FutureRepr = futureRepr;
        InvalidStateError = invalidType;
        CancelledError = cancelledType;
        TaskRepr = taskRepr;
        TaskGetStack = getStack;
        TaskPrintStack = printStack;
        IsCoroutine = isCoroutine;
        ExtractStack = extractStack;
        AllTasks = allTasks;
        Initialized = true;
        return true;
    }
}
