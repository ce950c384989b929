namespace Kaa.Runtime;

/// <summary>
/// The _zoneinfo module's per-interpreter state: ZoneInfo's caches (the weak cache of every zone made
/// by the constructor, the strong LRU cache of the last 8, both for the base class only; subclasses keep
/// a weak cache in their <c>_weak_cache</c> attribute), the timedeltas of offsets already seen, and the
/// Python functions the loader calls (zoneinfo._tzpath.find_tzfile, io.open, zoneinfo._common).
/// </summary>
internal sealed class ZoneinfoState
{
    public const int StrongCacheSize = 8;

    public PyObject? WeakCache;
    /// <summary>Most recently used first.</summary>
    public readonly List<(PyObject Key, PyObject Zone)> StrongCache = [];
    private readonly Dictionary<long, PyObject> _deltas = [];
    private PyObject? _findTzfile, _open, _common;

    /// <summary>load_timedelta: one timedelta object per number of seconds.</summary>
    public PyObject? Delta(ThreadState ts, long seconds)
    {
        if (_deltas.TryGetValue(seconds, out var d)) return d;
        var made = PyTimedelta.New(ts, 0L, seconds, 0L);
        if (made is null) return null;
        _deltas[seconds] = made;
        return made;
    }

    /// <summary>
    /// Resolves the Python helpers. CPython does this when the module runs; here the module is made in
    /// one step, so when zoneinfo itself is not imported yet (`import _zoneinfo` first, whose import of
    /// zoneinfo would import this module again) they are resolved on first use instead.
    /// </summary>
    public bool Resolve(ThreadState ts)
    {
        if (_common is not null) return true;
        var tzpath = PickleModule.ImportModule(ts, "zoneinfo._tzpath");
        if (tzpath is null) return false;
        _findTzfile = Protocols.GetAttr(ts, tzpath, "find_tzfile");
        if (_findTzfile is null) return false;
        var io = PickleModule.ImportModule(ts, "io");
        if (io is null) return false;
        _open = Protocols.GetAttr(ts, io, "open");
        if (_open is null) return false;
        _common = PickleModule.ImportModule(ts, "zoneinfo._common");
        return _common is not null;
    }

    public PyObject? Common(ThreadState ts) => Resolve(ts) ? _common : null;

    public PyObject? FindTzfile(ThreadState ts, PyObject key) => Resolve(ts) ? Protocols.Call(ts, _findTzfile!, [key], null) : null;

    public PyObject? Open(ThreadState ts, PyObject path) => Resolve(ts) ? Protocols.Call(ts, _open!, [path, PyStr.Create("rb")], null) : null;
}

/// <summary>The <c>_zoneinfo</c> module (CPython's Modules/_zoneinfo.c): the C ZoneInfo class zoneinfo prefers.</summary>
internal static class ZoneinfoModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_zoneinfo", "C implementation of the zoneinfo module");
        m.Set("ZoneInfo", PyZoneInfo.TypeObject);
        var state = ts.Interp.GetModuleState<ZoneinfoState>();
        if (state.WeakCache is null)
        {
            var weakref = PickleModule.ImportModule(ts, "weakref");
            if (weakref is null) return null;
            state.WeakCache = Protocols.CallMethod(ts, weakref, "WeakValueDictionary", []);
            if (state.WeakCache is null) return null;
        }
        var modules = ts.Interp.Sys.Namespace.GetStr("modules") as PyDict ?? ts.Interp.Modules;
        if (modules.GetStr("zoneinfo._tzpath") is not null && modules.GetStr("zoneinfo._common") is not null && !state.Resolve(ts))
            return null;
        return m;
    }

    /// <summary>
    /// vgetargskeywords for a format without a function name (messages say "function"):
    /// <paramref name="posOnly"/> leading positional-only parameters, <paramref name="min"/> required ones
    /// (the '|'), <paramref name="maxPositional"/> that may be given by position (the '$').
    /// </summary>
    internal static bool ParseArgs(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string[] names,
        int posOnly, int min, int maxPositional, Span<PyObject?> slots)
    {
        int nkw = kwnames?.Length ?? 0, nargs = args.Length - nkw, len = names.Length;
        slots[..len].Clear();
        if (nargs + nkw > len)
            return Fail(ts, $"function takes at most {len} {(nargs == 0 ? "keyword " : "")}argument{(len == 1 ? "" : "s")} ({nargs + nkw} given)");
        int left = nkw;
        bool skip = false;
        int i;
        for (i = 0; i < len; i++)
        {
            if (i == maxPositional)
            {
                if (skip) break;
                if (maxPositional < nargs)
                    return Fail(ts, maxPositional == 0 ? "function takes no positional arguments"
                        : $"function takes {(min <= i ? "at most" : "exactly")} {maxPositional} positional argument{(maxPositional == 1 ? "" : "s")} ({nargs} given)");
            }
            if (skip) continue;
            PyObject? current = null;
            if (i < nargs) current = args[i];
            else if (left > 0 && i >= posOnly && Keyword(args, kwnames!, nargs, names[i]) is { } k)
            {
                current = k;
                left--;
            }
            if (current is not null)
            {
                slots[i] = current;
                continue;
            }
            if (i < min)
            {
                if (i < posOnly) skip = true;
                else return Fail(ts, $"function missing required argument '{names[i]}' (pos {i + 1})");
            }
            if (left == 0 && !skip) return true;
        }
        if (skip)
        {
            int m = Math.Min(posOnly, min);
            return Fail(ts, $"function takes {(m < i ? "at least" : "exactly")} {m} positional argument{(m == 1 ? "" : "s")} ({nargs} given)");
        }
        if (left > 0)
        {
            for (int j = posOnly; j < nargs; j++)
                if (Keyword(args, kwnames!, nargs, names[j]) is not null)
                    return Fail(ts, $"argument for function given by name ('{names[j]}') and position ({j + 1})");
            foreach (var key in kwnames!.Items)
            {
                string name = key.ToString()!;
                if (Array.IndexOf(names, name, posOnly) < 0)
                    return Fail(ts, $"'{name}' is an invalid keyword argument for this function");
            }
        }
        return true;
    }

    private static PyObject? Keyword(ReadOnlySpan<PyObject> args, PyTuple kwnames, int nargs, string name)
    {
        for (int k = 0; k < kwnames.Length; k++)
            if (kwnames.Items[k].ToString() == name) return args[nargs + k];
        return null;
    }

    private static bool Fail(ThreadState ts, string message)
    {
        ts.SetError(PyExc.TypeError, message);
        return false;
    }
}
