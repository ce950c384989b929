using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// The weak references to one object (CPython's tp_weaklist), in CPython's order: the basic ref (no
/// callback, exact type) first, then the basic proxy, then the others, newest first. It is the value of a
/// <see cref="ConditionalWeakTable{TKey, TValue}"/> entry keyed by the referent, so it becomes garbage
/// exactly when the referent does; its finalizer then hands the callbacks of the weak references still
/// alive to the interpreter, which runs them at its next check point (or in <c>gc.collect()</c>).
/// <para>The weak references themselves are held through weak GC handles (structs, not finalizable
/// objects), so that a weak reference dropped by the program is not kept alive by its referent, and its
/// callback is not called, as in CPython.</para>
/// </summary>
internal sealed class WeakrefList
{
    private readonly Interpreter _interp;
    private readonly WeakrefRegistry _registry;
    private readonly List<GCHandle> _refs = [];

    public WeakrefList(Interpreter interp, WeakrefRegistry registry)
    {
        _interp = interp;
        _registry = registry;
    }

    /// <summary>The live weak references, in list order.</summary>
    public List<PyWeakReference> Live()
    {
        var result = new List<PyWeakReference>();
        lock (_refs)
        {
            foreach (var h in _refs)
                if (h.Target is PyWeakReference r) result.Add(r);
        }
        return result;
    }

    public int Count
    {
        get
        {
            int n = 0;
            lock (_refs)
            {
                foreach (var h in _refs)
                    if (h.Target is not null) n++;
            }
            return n;
        }
    }

    /// <summary>get_basic_refs: the reusable ref and proxy without callback (null when absent).</summary>
    public void BasicRefs(out PyWeakReference? basicRef, out PyWeakReference? basicProxy)
    {
        basicRef = null;
        basicProxy = null;
        lock (_refs)
        {
            Prune();
            int i = 0;
            if (i < _refs.Count && _refs[i].Target is PyWeakReference head && head.Callback is null)
            {
                if (head.Type == PyWeakReference.RefType)
                {
                    basicRef = head;
                    i++;
                }
                if (i < _refs.Count && _refs[i].Target is PyWeakReference next && next.Callback is null && next is PyWeakProxy)
                    basicProxy = next;
            }
        }
    }

    /// <summary>Adds <paramref name="r"/>: at the head when it is the basic ref (or the basic proxy and there
    /// is no basic ref), else right after the basic ones.</summary>
    public void Add(PyWeakReference r, bool isBasic)
    {
        BasicRefs(out var basicRef, out var basicProxy);
        lock (_refs)
        {
            int index;
            if (isBasic && r is not PyWeakProxy) index = 0;
            else if (isBasic) index = basicRef is null ? 0 : 1;
            else index = (basicRef is null ? 0 : 1) + (basicProxy is null ? 0 : 1);
            _refs.Insert(index, GCHandle.Alloc(r, GCHandleType.Weak));
        }
    }

    /// <summary>Forgets the entries of weak references that were collected.</summary>
    private void Prune()
    {
        for (int i = _refs.Count - 1; i >= 0; i--)
        {
            if (_refs[i].Target is null)
            {
                _refs[i].Free();
                _refs.RemoveAt(i);
            }
        }
    }

    ~WeakrefList()
    {
        // The referent is dead. The weak references still alive get their callbacks called (in list
        // order) on the interpreter's thread; the rest are gone with it.
        List<(PyWeakReference Ref, PyObject Callback)>? calls = null;
        Interlocked.Increment(ref _registry.Deaths);
        lock (_refs)
        {
            foreach (var h in _refs)
            {
                if (h.Target is PyWeakReference r && r.Callback is { } cb)
                {
                    r.Callback = null;
                    (calls ??= []).Add((r, cb));
                }
                h.Free();
            }
            _refs.Clear();
        }
        if (calls is not null) _interp.AddPendingCall(ts => RunCallbacks(ts, calls));
    }

    private static bool RunCallbacks(ThreadState ts, List<(PyWeakReference Ref, PyObject Callback)> calls)
    {
        foreach (var (r, cb) in calls)
        {
            if (Protocols.Call(ts, cb, [r], null) is null) Unraisable.Write(ts, null, cb);
        }
        return true;
    }
}

/// <summary>Per-interpreter weak reference bookkeeping: the list of each referenced object.</summary>
internal sealed class WeakrefRegistry
{
    private readonly ConditionalWeakTable<PyObject, WeakrefList> _lists = new();

    /// <summary>Referents found dead since the counter was last read (part of gc.collect's result).</summary>
    public int Deaths;

    /// <summary>A weak reference with a callback was made since start-up ended: the exit then collects,
    /// so that callbacks of referents that died before it run (on CPython they run at the death). The
    /// start-up's own (importlib's module locks, abc's registries) do nothing observable, and neither do
    /// the stdlib's bookkeeping ones (see <see cref="NoteCallback"/>).</summary>
    public bool Used;

    /// <summary>Records that a weak reference with <paramref name="callback"/> was made.</summary>
    public void NoteCallback(PyObject callback)
    {
        if (!Used && !IsStdlibBookkeeping(callback)) Used = true;
    }

    /// <summary>
    /// The callbacks by which WeakSet, WeakValueDictionary, WeakKeyDictionary, the import system's table
    /// of module locks (importlib._bootstrap._module_locks) and logging's list of handlers (read only by
    /// its atexit hook) drop a dead entry. The exit collection would only let them edit containers that
    /// nothing reads any more (atexit has run; a program with <c>__del__</c> methods collects anyway), and
    /// a collection of a short program's whole young heap costs tens of milliseconds (a third of
    /// `import asyncio`), so they alone do not make the exit collect. Any other callback (a user's
    /// function, weakref.finalize) does.
    /// </summary>
    private static bool IsStdlibBookkeeping(PyObject callback)
    {
        if (callback is not PyFunction { Code: var code }) return false;
        string qualName = code.Code.QualName, file = code.Code.Filename;
        return qualName switch
        {
            "WeakSet.__init__.<locals>._remove" => file.EndsWith("/_weakrefset.py", StringComparison.Ordinal),
            "WeakValueDictionary.__init__.<locals>.remove" or "WeakKeyDictionary.__init__.<locals>.remove"
                => file.EndsWith("/weakref.py", StringComparison.Ordinal),
            "_get_module_lock.<locals>.cb" => file == "<frozen importlib._bootstrap>",
            "_removeHandlerRef" => file.EndsWith("/logging/__init__.py", StringComparison.Ordinal),
            _ => false,
        };
    }

    public WeakrefList? Find(PyObject obj) => _lists.TryGetValue(obj, out var l) ? l : null;

    public WeakrefList GetOrCreate(Interpreter interp, PyObject obj)
    {
        if (_lists.TryGetValue(obj, out var l)) return l;
        lock (_lists)
        {
            if (_lists.TryGetValue(obj, out l)) return l;
            l = new WeakrefList(interp, this);
            _lists.Add(obj, l);
            return l;
        }
    }
}
