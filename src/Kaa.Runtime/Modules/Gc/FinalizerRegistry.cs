using System.Runtime.CompilerServices;

namespace Kaa.Runtime;

/// <summary>
/// <c>__del__</c> on the .NET GC (PEP 442 semantics): every instance of a class with <c>__del__</c> gets a
/// tracker in a <see cref="ConditionalWeakTable{TKey, TValue}"/>; when the instance becomes garbage the
/// tracker is finalized, and hands the instance (resurrected for the purpose) to the interpreter, which
/// calls <c>__del__</c> once at its next check point or in <c>gc.collect()</c>. Exceptions are reported as
/// "Exception ignored in: ...". At exit, the objects still alive get their <c>__del__</c> as CPython's
/// module teardown gives it to them.
/// </summary>
internal sealed class FinalizerRegistry
{
    private readonly ConditionalWeakTable<PyObject, Tracker> _trackers = new();
    private readonly ConditionalWeakTable<PyObject, object> _finalized = new();

    /// <summary>Objects found dead since the counter was last read (gc.collect's return value).</summary>
    public int Deaths;

    /// <summary>Some object was tracked (the exit does work only then).</summary>
    public bool Used;

    /// <summary>Called when an instance of a type with <c>__del__</c> is created.</summary>
    public static void Track(ThreadState ts, PyObject obj)
    {
        var registry = ts.Interp.GetModuleState<FinalizerRegistry>();
        registry.Used = true;
        // Both object.__new__ and type.__call__ track: a second tracker must not be left to the GC, as
        // its finalizer would hand the (live) object to __del__.
        if (registry._trackers.TryGetValue(obj, out _)) return;
        var tracker = new Tracker(ts.Interp, registry, obj);
        if (!registry._trackers.TryAdd(obj, tracker)) GC.SuppressFinalize(tracker);
    }

    /// <summary>gc.is_finalized: <c>__del__</c> already ran for <paramref name="obj"/>.</summary>
    public bool IsFinalized(PyObject obj) => _finalized.TryGetValue(obj, out _);

    /// <summary>Calls <c>__del__</c> of <paramref name="obj"/> (once).</summary>
    internal void RunDel(ThreadState ts, PyObject obj)
    {
        if (!_finalized.TryAdd(obj, this)) return;
        if (obj.Type.Finalize is not { } del) return;
        var saved = ts.FetchError();
        if (del(ts, obj) is null)
        {
            // CPython names the __del__ function itself in the report.
            var func = obj.Type.Lookup(PyStr.Intern("__del__"));
            Unraisable.Write(ts, null, func ?? obj);
        }
        ts.CurrentException = saved;
    }

    /// <summary>At exit: <c>__del__</c> of every tracked object still alive, in creation order.</summary>
    public void FinalizeAll(ThreadState ts)
    {
        var alive = new List<PyObject>();
        foreach (var pair in _trackers)
        {
            alive.Add(pair.Key);
            GC.SuppressFinalize(pair.Value);
        }
        _trackers.Clear();
        foreach (var obj in alive) RunDel(ts, obj);
    }

    private sealed class Tracker
    {
        private readonly Interpreter _interp;
        private readonly FinalizerRegistry _registry;
        private readonly PyObject _target;

        public Tracker(Interpreter interp, FinalizerRegistry registry, PyObject target)
        {
            _interp = interp;
            _registry = registry;
            _target = target;
        }

        ~Tracker()
        {
            // _target is garbage too, kept reachable by this finalizer: give it to the interpreter.
            Interlocked.Increment(ref _registry.Deaths);
            var registry = _registry;
            var target = _target;
            _interp.AddPendingCall(ts =>
            {
                registry.RunDel(ts, target);
                return true;
            });
        }
    }
}

internal static partial class GcModule
{
    /// <summary>
    /// The end of the interpreter (after the threads and atexit): what is garbage gets its callbacks and
    /// <c>__del__</c>, then the objects still alive get <c>__del__</c>, as CPython's module teardown gives it.
    /// </summary>
    internal static void FinalizeAtExit(ThreadState ts)
    {
        ts.Interp.GetModuleState<AsyncGenHooksState>().Finalizing = true;
        var registry = ts.Interp.GetModuleState<FinalizerRegistry>();
        // Nothing to do (and no collection to pay for) in programs that never used __del__ or weakrefs.
        if (!registry.Used && !ts.Interp.GetModuleState<WeakrefRegistry>().Used) return;
        // Objects with __del__ that died before the exit are finalized before the live ones (as on CPython,
        // where they went at their death): a full collection finds them. Otherwise only the young
        // generations are searched, for weakref callbacks of referents that died lately: the program's
        // (the old generation holds the modules' long-lived objects, and a full marking of it would cost
        // more than the rest of a short program's run).
        FullCollect(ts, compacting: false, generation: registry.Used ? GC.MaxGeneration : 1);
        registry.FinalizeAll(ts);
        if (!ts.Interp.RunPendingCallsNow(ts)) Unraisable.Write(ts, null, null);
    }
}
