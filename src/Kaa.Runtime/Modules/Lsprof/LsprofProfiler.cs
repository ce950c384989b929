using System.Diagnostics;

namespace Kaa.Runtime;

/// <summary>
/// <c>_lsprof.Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)</c>: while enabled it is
/// the thread's <see cref="ThreadState.ProfileHook"/> and keeps, per called code object (or builtin), the
/// call count, recursive call count, total time and inline time, and with subcalls the same per caller.
/// Times are integer ticks (nanoseconds from the performance counter, or the timer's results) scaled to
/// seconds by getstats(), as in CPython.
/// </summary>
internal class LsprofProfiler : PyObject, IProfileHook
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_lsprof.Profiler", (PyType?)null, TypeFlags.BaseType, Install);

    /// <summary>Statistics of one callee, or of one callee under one caller.</summary>
    private sealed class Stats
    {
        public long CallCount, RecursiveCallCount, TotalTime, InlineTime;
        public int RecursionLevel;
    }

    private sealed class Entry
    {
        public required PyObject Key;
        /// <summary>What getstats reports as its code (made once: cProfile matches callers by identity).</summary>
        public PyObject? Label;
        public readonly Stats Own = new();
        /// <summary>Per callee called from this entry (subcalls).</summary>
        public Dictionary<Entry, Stats>? Calls;
    }

    /// <summary>A running call: its start, the time spent in its callees, its caller's context.</summary>
    private sealed class Context
    {
        public long Start, SubTime;
        public Entry? Entry;
        public Context? Previous;
    }

    /// <summary>Keyed by code object, or by a builtin's MethodDef (every bound copy of a method is one entry).</summary>
    private readonly Dictionary<object, Entry> _entries = new(ReferenceEqualityComparer.Instance);
    private Context? _current;
    private bool _subcalls = true, _builtins = true;
    private PyObject? _timer;
    private double _timeUnit;

    private LsprofProfiler(PyType type) : base(type) { }

    /// <summary>Instances of Python subclasses (cProfile.Profile): a __dict__ and slots.</summary>
    private sealed class Derived : LsprofProfiler
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }

    private static readonly ArgSpec InitSpec = new("Profiler", ["timer", "timeunit", "subcalls", "builtins"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec EnableSpec = new("enable", ["subcalls", "builtins"], required: 0, positionalOnly: 0);

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create("Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n    Builds a profiler object using the specified timer function.\n    The default timer is a fast built-in one based on real time.\n    For custom timer functions returning integers, timeunit can\n    be a float specifying a scale (i.e. how long each integer unit\n    is, in seconds).\n"));
        type.New = static (ts, t, args, kw) => t == TypeObject ? new LsprofProfiler(t) : new Derived(t);
        type.Init = Init;
        type.AddMethod("enable", Enable, "enable(subcalls=True, builtins=True)\n\nStart collecting profiling information.\nIf 'subcalls' is True, also records for each function\nstatistics separated according to its current caller.\nIf 'builtins' is True, records the time spent in\nbuilt-in functions separately from their caller.\n");
        type.AddMethod("disable", static (ts, self) =>
        {
            var p = (LsprofProfiler)self;
            // The VM reported the call of disable() itself (c_call); profiling stops inside it, so that call
            // never returns (every profile holds it, as in CPython).
            if (ts.ProfileHook == p) ts.ProfileHook = null;
            p.FlushUnmatched(ts);
            return PyNone.Instance;
        }, "disable()\n\nStop collecting profiling information.\n");
        type.AddMethod("clear", static (ts, self) =>
        {
            var p = (LsprofProfiler)self;
            p._entries.Clear();
            p._current = null;
            return PyNone.Instance;
        }, "clear()\n\nClear all profiling information collected so far.\n");
        type.AddMethod("getstats", static (ts, self, args, kw) =>
            args.Length > 0 ? ts.TypeError("getstats() takes no arguments") : ((LsprofProfiler)self).GetStats(ts), "getstats() -> list of profiler_entry objects\n\nReturn all information collected by the profiler.\nEach profiler_entry is a tuple-like object with the\nfollowing attributes:\n\n    code          code object\n    callcount     how many times this was called\n    reccallcount  how many times called recursively\n    totaltime     total time in this entry\n    inlinetime    inline time in this entry (not in subcalls)\n    calls         details of the calls\n\nThe calls attribute is either None or a list of\nprofiler_subentry objects:\n\n    code          called code object\n    callcount     how many times this is called\n    reccallcount  how many times this is called recursively\n    totaltime     total time spent in this call\n    inlinetime    inline time (not in further subcalls)");
    }

    private static int Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (JsonModule.TooManyPositional(ts, "Profiler", 4, args, kwnames)) return -1;
        var a = new ArgBuffer();
        if (!InitSpec.Parse(ts, args, kwnames, a)) return -1;
        var p = (LsprofProfiler)self;
        double unit = 0.0;
        if (a[1] is { } u && !FloatSlots.AsDouble(ts, u, "must be real number, not {0}", out unit)) return -1;
        if (!Flag(ts, a[2], ref p._subcalls) || !Flag(ts, a[3], ref p._builtins)) return -1;
        p._timeUnit = unit;
        p._timer = a[0];
        return 0;
    }

    /// <summary>An "i" argument: an int (not a float) whose truth sets the flag; absent leaves it.</summary>
    private static bool Flag(ThreadState ts, PyObject? arg, ref bool flag)
    {
        if (arg is null) return true;
        if (arg is PyFloat)
        {
            ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            return false;
        }
        if (!Protocols.AsIndex(ts, arg, out long v, PyExc.OverflowError)) return false;
        // setSubcalls/setBuiltins: -1 (the default of enable) leaves the flag, as does an absent argument.
        if (v >= 0) flag = v != 0;
        return true;
    }

    private static PyObject? Enable(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (JsonModule.TooManyPositional(ts, "enable", 2, args, kwnames)) return null;
        var a = new ArgBuffer();
        if (!EnableSpec.Parse(ts, args, kwnames, a)) return null;
        var p = (LsprofProfiler)self;
        if (!Flag(ts, a[0], ref p._subcalls) || !Flag(ts, a[1], ref p._builtins)) return null;
        ts.ProfileHook = p;
        return PyNone.Instance;
    }

    /// <summary>Now, in the profiler's ticks: the performance counter in nanoseconds, or the timer's result
    /// (seconds as a float when no timeunit was given, integer units otherwise).</summary>
    private long Now(ThreadState ts)
    {
        if (_timer is null) return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
        var saved = ts.FetchError();
        var o = Protocols.Call0(ts, _timer);
        long result = 0;
        if (o is not null)
        {
            if (_timeUnit > 0.0)
            {
                if (Protocols.AsIndex(ts, o, out long v, PyExc.OverflowError)) result = v;
            }
            else if (FloatSlots.AsDouble(ts, o, "must be real number, not {0}", out double seconds)) result = (long)Math.Floor(seconds * 1e9);
        }
        // CPython reports a failing timer as unraisable and counts 0.
        if (ts.HasError) ts.FetchError();
        if (saved is not null) ts.SetError(saved);
        return result;
    }

    public void Call(ThreadState ts, PyObject code)
    {
        if (!_builtins && code is PyBuiltinFunction) return;
        var entry = GetEntry(code);
        var context = new Context { Previous = _current, Entry = entry };
        _current = context;
        entry.Own.RecursionLevel++;
        if (_subcalls && context.Previous?.Entry is { } caller)
        {
            caller.Calls ??= new Dictionary<Entry, Stats>(ReferenceEqualityComparer.Instance);
            if (!caller.Calls.TryGetValue(entry, out var sub)) caller.Calls[entry] = sub = new Stats();
            sub.RecursionLevel++;
        }
        context.Start = Now(ts);
    }

    public void Return(ThreadState ts, PyObject code)
    {
        if (!_builtins && code is PyBuiltinFunction) return;
        if (_current is { Entry: { } entry } context
            && (ReferenceEquals(entry.Key, code) || (code is PyBuiltinFunction f && entry.Key is PyBuiltinFunction g && f.Def == g.Def)))
            Stop(ts, context);
    }

    private Entry GetEntry(PyObject code)
    {
        object key = code is PyBuiltinFunction f ? f.Def : code;
        if (!_entries.TryGetValue(key, out var e)) _entries[key] = e = new Entry { Key = code };
        return e;
    }

    /// <summary>Ends the innermost call: its times go to its entry and, with subcalls, to its caller's record.</summary>
    private void Stop(ThreadState ts, Context context)
    {
        long tt = Now(ts) - context.Start, it = tt - context.SubTime;
        _current = context.Previous;
        if (_current is not null) _current.SubTime += tt;
        var entry = context.Entry!;
        Account(entry.Own, tt, it);
        if (_subcalls && _current?.Entry is { Calls: { } calls } && calls.TryGetValue(entry, out var sub)) Account(sub, tt, it);
    }

    private static void Account(Stats s, long tt, long it)
    {
        if (--s.RecursionLevel == 0) s.TotalTime += tt;
        else s.RecursiveCallCount++;
        s.InlineTime += it;
        s.CallCount++;
    }

    private void FlushUnmatched(ThreadState ts)
    {
        while (_current is { } c)
        {
            if (c.Entry is not null) Stop(ts, c);
            else _current = c.Previous;
        }
    }

    private PyObject? GetStats(ThreadState ts)
    {
        double factor = _timer is null || _timeUnit == 0.0 ? 1e-9 : _timeUnit;
        var list = new PyList();
        foreach (var entry in _entries.Values)
        {
            if (entry.Own.CallCount == 0) continue;
            var label = entry.Label ??= Label(ts, entry.Key);
            if (label is null) return null;
            PyObject calls = PyNone.Instance;
            if (entry.Calls is { } subs)
            {
                var subList = new PyList();
                foreach (var (callee, s) in subs)
                {
                    var calleeLabel = callee.Label ??= Label(ts, callee.Key);
                    if (calleeLabel is null) return null;
                    subList.Append(PyStructSequence.Create(LsprofModule.SubentryType, LsprofModule.SubentryLayout,
                        [calleeLabel, PyInt.Create(s.CallCount), PyInt.Create(s.RecursiveCallCount), PyFloat.Create(factor * s.TotalTime), PyFloat.Create(factor * s.InlineTime)]));
                }
                calls = subList;
            }
            var own = entry.Own;
            list.Append(PyStructSequence.Create(LsprofModule.EntryType, LsprofModule.EntryLayout,
                [label, PyInt.Create(own.CallCount), PyInt.Create(own.RecursiveCallCount), PyFloat.Create(factor * own.TotalTime), PyFloat.Create(factor * own.InlineTime), calls]));
        }
        return list;
    }

    /// <summary>normalizeUserObj: a code object as itself; a builtin as a descriptive string — the repr of
    /// the method found on its self's type, else "&lt;built-in method module.name&gt;".</summary>
    private static PyObject? Label(ThreadState ts, PyObject key)
    {
        if (key is not PyBuiltinFunction f) return key;
        string name = f.Def.Name;
        if (f.Self is null)
        {
            string? module = f.Def.ModuleName;
            return PyStr.Create(module is not null && module != "builtins" ? $"<{module}.{name}>" : $"<{name}>");
        }
        if (f.Self is not PyModule && f.Self.Type.Lookup(name) is { } method)
        {
            var repr = Protocols.Repr(ts, method);
            if (repr is not null) return repr;
            ts.FetchError();
        }
        string moduleName = f.Def.ModuleName ?? (f.Self is PyModule m && m.NameObject is PyStr s ? s.ToString() : "builtins");
        return PyStr.Create($"<built-in method {moduleName}.{name}>");
    }
}
