namespace Kaa.Runtime;

/// <summary>
/// <c>_tracemalloc</c> (Modules/_tracemalloc.c). Kaa's objects live on the .NET heap, where no allocation
/// can be attributed to a Python traceback, so tracing never records anything: <c>start()</c> validates
/// its argument, turns tracing on and sets the traceback limit (as CPython; both are per interpreter),
/// and then every query answers as CPython does when no traced block exists — no traces
/// (<c>_get_traces()</c> is []), no traceback for any object, traced memory (0, 0). So
/// <c>tracemalloc.take_snapshot()</c> works while tracing and gives an empty Snapshot, and it raises
/// CPython's RuntimeError when not tracing. <c>get_tracemalloc_memory()</c> (the tracer's own tables) is 0.
/// </summary>
internal static class TracemallocModule
{
    /// <summary>The interpreter's tracing state.</summary>
    private sealed class State
    {
        public bool Tracing;
        /// <summary>The number of frames kept per traceback: 1 until start(n) changes it; stop() keeps it.</summary>
        public int TracebackLimit = 1;
    }

    private const int MaxFrames = 65535;

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_tracemalloc", "Debug module to trace memory blocks allocated by Python.");
        m.AddFunction("is_tracing", static (ts, self) => PyBool.From(ts.Interp.GetModuleState<State>().Tracing),
            "Return True if the tracemalloc module is tracing Python memory allocations.");
        m.AddFunction("clear_traces", static (ts, self) => PyNone.Instance,
            "Clear traces of memory blocks allocated by Python.");
        m.AddFunction("_get_traces", static (ts, self) => new PyList(),
            "Get traces of all memory blocks allocated by Python.\n\nReturn a list of (size: int, traceback: tuple) tuples.\ntraceback is a tuple of (filename: str, lineno: int) tuples.\n\nReturn an empty list if the tracemalloc module is disabled.");
        m.AddFunction("_get_object_traceback", static (ts, self, obj) => PyNone.Instance,
            "Get the traceback where the Python object obj was allocated.\n\nReturn a tuple of (filename: str, lineno: int) tuples.\nReturn None if the tracemalloc module is disabled or did not\ntrace the allocation of the object.");
        m.AddFunction("start", static (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("start() takes no keyword arguments");
            if (args.Length > 1) return ts.TypeError($"start expected at most 1 argument, got {args.Length}");
            long nframe = 1;
            if (args.Length == 1)
            {
                if (args[0] is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
                if (!Protocols.AsIndex(ts, args[0], out nframe, PyExc.OverflowError)) return null;
            }
            if (nframe < 1 || nframe > MaxFrames) return ts.ValueError($"the number of frames must be in range [1; {MaxFrames}]");
            var state = ts.Interp.GetModuleState<State>();
            state.TracebackLimit = (int)nframe;
            state.Tracing = true;
            return PyNone.Instance;
        }, "Start tracing Python memory allocations.\n\nAlso set the maximum number of frames stored in the traceback of a\ntrace to nframe.");
        m.AddFunction("stop", static (ts, self) =>
        {
            ts.Interp.GetModuleState<State>().Tracing = false;
            return PyNone.Instance;
        }, "Stop tracing Python memory allocations.\n\nAlso clear traces of memory blocks allocated by Python.");
        m.AddFunction("get_traceback_limit", static (ts, self) => PyInt.Create(ts.Interp.GetModuleState<State>().TracebackLimit),
            "Get the maximum number of frames stored in the traceback of a trace.\n\nBy default, a trace of an allocated memory block only stores\nthe most recent frame: the limit is 1.");
        m.AddFunction("get_tracemalloc_memory", static (ts, self) => PyInt.Create(0),
            "Get the memory usage in bytes of the tracemalloc module.\n\nThis memory is used internally to trace memory allocations.");
        m.AddFunction("get_traced_memory", static (ts, self) => PyTuple.Create(PyInt.Create(0), PyInt.Create(0)),
            "Get the current size and peak size of memory blocks traced by tracemalloc.\n\nReturns a tuple: (current: int, peak: int).");
        m.AddFunction("reset_peak", static (ts, self) => PyNone.Instance,
            "Set the peak size of memory blocks traced by tracemalloc to the current size.\n\nDo nothing if the tracemalloc module is not tracing memory allocations.");
        return m;
    }
}
