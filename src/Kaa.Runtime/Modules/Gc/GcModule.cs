namespace Kaa.Runtime;

/// <summary>Per-interpreter state of the <c>gc</c> module (what CPython keeps in its GC state).</summary>
internal sealed class GcState
{
    public bool Enabled = true;
    public int Threshold0 = 700, Threshold1 = 10, Threshold2 = 10;
    public int Debug;
    public readonly long[] Collections = new long[3];
    public readonly long[] Collected = new long[3];
    public bool Collecting;
}

/// <summary>
/// The <c>gc</c> module over the .NET garbage collector. <c>collect()</c> runs a full .NET collection, waits
/// for the finalizers, and runs what they queued (weakref callbacks, <c>__del__</c>) before returning; it
/// returns how many dead objects with weak references or <c>__del__</c> it saw (others are invisible to it).
/// The generation counts and thresholds are kept for the API only. <c>get_objects</c>/<c>get_referrers</c>
/// see what is reachable from <c>sys.modules</c> and the running frames: a partial view.
/// </summary>
internal static partial class GcModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("gc", "This module provides access to the garbage collector for reference cycles.\n\nenable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\nisenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\nget_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\nset_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\nget_threshold() -- Return the current the collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\nis_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\nget_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\nfreeze() -- Freeze all tracked objects and ignore them for future collections.\nunfreeze() -- Unfreeze all objects in the permanent generation.\nget_freeze_count() -- Return the number of objects in the permanent generation.\n");
        m.Set("garbage", new PyList());
        m.Set("callbacks", new PyList());
        m.Set("DEBUG_STATS", PyInt.Create(1));
        m.Set("DEBUG_COLLECTABLE", PyInt.Create(2));
        m.Set("DEBUG_UNCOLLECTABLE", PyInt.Create(4));
        m.Set("DEBUG_SAVEALL", PyInt.Create(32));
        m.Set("DEBUG_LEAK", PyInt.Create(38));
        m.AddFunction("enable", static (ts, self) => { State(ts).Enabled = true; return PyNone.Instance; }, "Enable automatic garbage collection.");
        m.AddFunction("disable", static (ts, self) => { State(ts).Enabled = false; return PyNone.Instance; }, "Disable automatic garbage collection.");
        m.AddFunction("isenabled", static (ts, self) => PyBool.From(State(ts).Enabled), "Returns true if automatic garbage collection is enabled.");
        m.AddFunction("collect", Collect, "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.");
        m.AddFunction("get_count", static (ts, self) => PyTuple.Create([PyInt.Zero, PyInt.Zero, PyInt.Zero]), "Return a three-tuple of the current collection counts.");
        m.AddFunction("get_threshold", static (ts, self) =>
        {
            var s = State(ts);
            return PyTuple.Create([PyInt.Create(s.Threshold0), PyInt.Create(s.Threshold1), PyInt.Create(s.Threshold2)]);
        }, "Return the current collection thresholds.");
        m.AddFunction("set_threshold", SetThreshold, "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n");
        m.AddFunction("get_debug", static (ts, self) => PyInt.Create(State(ts).Debug), "Get the garbage collection debugging flags.");
        m.AddFunction("set_debug", static (ts, self, arg) =>
        {
            if (arg is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
            if (!Protocols.AsIndex(ts, arg, out long flags, PyExc.OverflowError)) return null;
            State(ts).Debug = (int)flags;
            return PyNone.Instance;
        }, "Set the garbage collection debugging flags.\n\n  flags\n    An integer that can have the following bits turned on:\n      DEBUG_STATS - Print statistics during collection.\n      DEBUG_COLLECTABLE - Print collectable objects found.\n      DEBUG_UNCOLLECTABLE - Print unreachable but uncollectable objects\n        found.\n      DEBUG_SAVEALL - Save objects to gc.garbage rather than freeing them.\n      DEBUG_LEAK - Debug leaking programs (everything but STATS).\n\nDebugging information is written to sys.stderr.");
        m.AddFunction("get_stats", static (ts, self) =>
        {
            var s = State(ts);
            var list = new PyList();
            for (int g = 0; g < 3; g++)
            {
                var d = new PyDict();
                d.SetStr("collections", PyInt.Create(s.Collections[g]));
                d.SetStr("collected", PyInt.Create(s.Collected[g]));
                d.SetStr("uncollectable", PyInt.Zero);
                list.Append(d);
            }
            return list;
        }, "Return a list of dictionaries containing per-generation statistics.");
        m.AddFunction("get_objects", GetObjects, "Return a list of objects tracked by the collector (excluding the list returned).\n\n  generation\n    Generation to extract the objects from.\n\nIf generation is not None, return only the objects tracked by the collector\nthat are in that generation.");
        m.AddFunction("get_referrers", GetReferrers, "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs.");
        m.AddFunction("get_referents", GetReferents, "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs.");
        m.AddFunction("is_tracked", static (ts, self, obj) => PyBool.From(IsTracked(obj)), "Returns true if the object is tracked by the garbage collector.\n\nSimple atomic objects will return false.");
        m.AddFunction("is_finalized", static (ts, self, obj) => PyBool.From(ts.Interp.GetModuleState<FinalizerRegistry>().IsFinalized(obj)), "Returns true if the object has been already finalized by the GC.");
        m.AddFunction("freeze", static (ts, self) => PyNone.Instance, "Freeze all current tracked objects and ignore them for future collections.\n\nThis can be used before a POSIX fork() call to make the gc copy-on-write friendly.\nNote: collection before a POSIX fork() call may free pages for future allocation\nwhich can cause copy-on-write.");
        m.AddFunction("unfreeze", static (ts, self) => PyNone.Instance, "Unfreeze all objects in the permanent generation.\n\nPut all objects in the permanent generation back into oldest generation.");
        m.AddFunction("get_freeze_count", static (ts, self) => PyInt.Zero, "Return the number of objects in the permanent generation.");
        return m;
    }

    private static GcState State(ThreadState ts) => ts.Interp.GetModuleState<GcState>();

    private static readonly ArgSpec s_collect = new("collect", ["generation"], required: 0, positionalOnly: 0);

    private static PyObject? Collect(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_collect.Parse(ts, args, kwnames, a)) return null;
        long generation = 2;
        if (a[0] is { } g)
        {
            if (g is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
            if (!Protocols.AsIndex(ts, g, out generation, PyExc.OverflowError)) return null;
        }
        if (generation < 0 || generation > 2) return ts.ValueError("invalid generation");
        var state = State(ts);
        if (state.Collecting) return PyInt.Zero;
        state.Collecting = true;
        try
        {
            var module = ts.Interp.Modules.GetStr("gc") as PyModule;
            if (!InvokeCallbacks(ts, module, "start", (int)generation, 0)) return null;
            long found = FullCollect(ts);
            state.Collections[generation]++;
            state.Collected[generation] += found;
            if (!InvokeCallbacks(ts, module, "stop", (int)generation, found)) return null;
            return PyInt.Create(found);
        }
        finally { state.Collecting = false; }
    }

    /// <summary>
    /// A full collection: .NET GC, finalizers, then the callbacks and <c>__del__</c> calls they queued, run
    /// here; repeated while that frees more. Returns the number of dead tracked objects seen.
    /// </summary>
    /// <param name="compacting">False at exit: the heap is about to go, so the collection only finds
    /// the dead (the compaction is most of a full collection's cost).</param>
    /// <param name="generation">The oldest generation collected (the exit's may spare the oldest).</param>
    internal static long FullCollect(ThreadState ts, bool compacting = true, int generation = -1)
    {
        if (generation < 0) generation = GC.MaxGeneration;
        var finalizers = ts.Interp.GetModuleState<FinalizerRegistry>();
        var weakrefs = ts.Interp.GetModuleState<WeakrefRegistry>();
        long total = 0;
        for (int round = 0; round < 4; round++)
        {
            using (ts.ReleaseGil())
            {
                GC.Collect(generation, GCCollectionMode.Forced, blocking: true, compacting);
                ForkedProcess.WaitForPendingFinalizers();
            }
            int found = Interlocked.Exchange(ref finalizers.Deaths, 0) + Interlocked.Exchange(ref weakrefs.Deaths, 0);
            total += found;
            // What the finalizers queued runs now (on the main thread, where pending calls run).
            if (!ts.Interp.RunPendingCallsNow(ts)) Unraisable.Write(ts, null, null);
            if (found == 0) break;
        }
        return total;
    }

    private static bool InvokeCallbacks(ThreadState ts, PyModule? module, string phase, int generation, long collected)
    {
        if (module?.Namespace.GetStr("callbacks") is not PyList callbacks || callbacks.Count == 0) return true;
        var info = new PyDict();
        info.SetStr("generation", PyInt.Create(generation));
        info.SetStr("collected", PyInt.Create(collected));
        info.SetStr("uncollectable", PyInt.Zero);
        var phaseStr = PyStr.Create(phase);
        foreach (var cb in callbacks.AsSpan().ToArray())
        {
            if (Protocols.Call(ts, cb, [phaseStr, info], null) is null) Unraisable.Write(ts, null, cb);
        }
        return true;
    }

    private static PyObject? SetThreshold(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Length > 0) return ts.TypeError("set_threshold() takes no keyword arguments");
        if (args.Length < 1) return ts.TypeError($"set_threshold() takes at least 1 argument ({args.Length} given)");
        if (args.Length > 3) return ts.TypeError($"set_threshold() takes at most 3 arguments ({args.Length} given)");
        var values = new int[3];
        var s = State(ts);
        values[1] = s.Threshold1;
        values[2] = s.Threshold2;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
            if (!Protocols.AsIndex(ts, args[i], out long v, PyExc.OverflowError)) return null;
            if (v > int.MaxValue) return ts.OverflowError("signed integer is greater than maximum");
            if (v < int.MinValue) return ts.OverflowError("signed integer is less than minimum");
            values[i] = (int)v;
        }
        s.Threshold0 = values[0];
        s.Threshold1 = values[1];
        s.Threshold2 = values[2];
        return PyNone.Instance;
    }
}
