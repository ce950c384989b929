namespace Kaa.Runtime;

/// <summary>
/// The slots and methods of <c>zoneinfo.ZoneInfo</c>: the caching constructor, no_cache, from_file,
/// clear_cache, the tzinfo methods, repr/str and pickling by key.
/// </summary>
internal static class ZoneInfoSlots
{
    private static readonly string[] KeyNames = ["key"];
    private static readonly string[] FromFileNames = ["", "key"];
    private static readonly string[] ClearCacheNames = ["only_keys"];

    internal static void Install(PyType type)
    {
        type.New = New;
        type.GetAttr = ObjectSlots.GenericGetAttrSlot;
        type.Repr = Repr;
        type.Str = static (ts, self) => ((PyZoneInfo)self).Key is { } key && key != PyNone.Instance ? key : Repr(ts, self);
        type.AddClassMethod(new MethodDef("clear_cache", ClearCache, "Clear the ZoneInfo cache."));
        type.AddClassMethod(new MethodDef("no_cache", NoCache, "Get a new instance of ZoneInfo, bypassing the cache."));
        type.AddClassMethod(new MethodDef("from_file", FromFile, "Create a ZoneInfo file from a file object."));
        type.AddMethod("utcoffset", static (ts, self, dt) => ((PyZoneInfo)self).Find(ts, dt)?.UtcOff,
            "Retrieve a timedelta representing the UTC offset in a zone at the given datetime.");
        type.AddMethod("dst", static (ts, self, dt) => ((PyZoneInfo)self).Find(ts, dt)?.DstOff,
            "Retrieve a timedelta representing the amount of DST applied in a zone at the given datetime.");
        type.AddMethod("tzname", static (ts, self, dt) => ((PyZoneInfo)self).Find(ts, dt)?.TzName,
            "Retrieve a string containing the abbreviation for the time zone that applies in a zone at a given datetime.");
        type.AddMethod("fromutc", static (ts, self, dt) => ((PyZoneInfo)self).FromUtc(ts, dt),
            "Given a datetime with local time in UTC, retrieve an adjusted datetime in local time.");
        type.AddMethod("__reduce__", Reduce, "Function for serialization with the pickle protocol.");
        type.AddClassMethod(new MethodDef("_unpickle", Unpickle, "Private method used in unpickling."));
        type.AddClassMethod(new MethodDef("__init_subclass__", InitSubclass, "Function to initialize subclasses."));
        type.AddMember("key", static (ts, self) => ((PyZoneInfo)self).Key ?? ts.AttributeError("key"));
        type.AddAttribute("__doc__", PyNone.Instance);
    }

    private static ZoneinfoState State(ThreadState ts) => ts.Interp.GetModuleState<ZoneinfoState>();

    // ---- construction -----------------------------------------------------------------------------------

    /// <summary>zoneinfo_new_instance: a new zone of <paramref name="type"/> loaded from the file for <paramref name="key"/>
    /// on TZPATH, else from the tzdata package.</summary>
    private static PyZoneInfo? NewInstance(ThreadState ts, PyType type, PyObject key)
    {
        var state = State(ts);
        var path = state.FindTzfile(ts, key);
        if (path is null) return null;
        PyObject? file = null;
        if (path == PyNone.Instance)
        {
            var common = state.Common(ts);
            file = common is null ? null : Protocols.CallMethod(ts, common, "load_tzdata", [key]);
            if (file is null) return null;
        }
        var zone = PyZoneInfo.Make(type);
        file ??= state.Open(ts, path);
        if (file is null) return null;
        bool loaded = zone.Load(ts, state, file);
        // The file is closed whatever happened; an error closing it is chained to the first.
        var pending = loaded ? null : ts.FetchError();
        var closed = Protocols.CallMethod(ts, file, "close", []);
        if (pending is not null)
        {
            if (closed is null && ts.FetchError() is { } closeError)
            {
                closeError.Context = pending;
                ts.SetError(closeError);
            }
            else ts.SetError(pending);
            return null;
        }
        if (closed is null) return null;
        zone.Key = key;
        return zone;
    }

    /// <summary>The weak cache of <paramref name="type"/>: the module's for ZoneInfo, a subclass's <c>_weak_cache</c>.</summary>
    private static PyObject? WeakCache(ThreadState ts, PyType type)
        => type == PyZoneInfo.TypeObject ? State(ts).WeakCache ?? ts.SystemError("_zoneinfo is not initialized") : Protocols.GetAttr(ts, type, "_weak_cache");

    /// <summary>zoneinfo_new: the strong cache, then the weak cache, then a new zone entered in both.</summary>
    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ZoneinfoModule.ParseArgs(ts, args, kwnames, KeyNames, 0, 1, 1, a)) return null;
        var key = a[0]!;
        var state = State(ts);
        bool strong = type == PyZoneInfo.TypeObject;
        if (strong)
        {
            if (!FindStrong(ts, state, key, out var entry)) return null;
            if (entry is { } hit)
            {
                RemoveStrong(state, hit);
                state.StrongCache.Insert(0, hit);
                return hit.Zone;
            }
        }
        var weak = WeakCache(ts, type);
        if (weak is null) return null;
        var instance = Protocols.CallMethod(ts, weak, "get", [key, PyNone.Instance]);
        if (instance is null) return null;
        if (instance == PyNone.Instance)
        {
            var made = NewInstance(ts, type, key);
            if (made is null) return null;
            instance = Protocols.CallMethod(ts, weak, "setdefault", [key, made]);
            if (instance is null) return null;
            if (instance is PyZoneInfo zone) zone.Source = ZoneSource.Cache;
        }
        if (strong)
        {
            state.StrongCache.Insert(0, (key, instance));
            if (state.StrongCache.Count > ZoneinfoState.StrongCacheSize)
                state.StrongCache.RemoveRange(ZoneinfoState.StrongCacheSize, state.StrongCache.Count - ZoneinfoState.StrongCacheSize);
        }
        return instance;
    }

    /// <summary>The strong cache's entry whose key equals <paramref name="key"/> (null if none); false on error.
    /// The keys' __eq__ may run Python code, and another thread with it, so a copy of the cache is searched.</summary>
    private static bool FindStrong(ThreadState ts, ZoneinfoState state, PyObject key, out (PyObject Key, PyObject Zone)? found)
    {
        found = null;
        foreach (var entry in state.StrongCache.ToArray())
        {
            int eq = Protocols.RichCompareBool(ts, key, entry.Key, CompareOp.Eq);
            if (eq < 0) return false;
            if (eq > 0)
            {
                found = entry;
                return true;
            }
        }
        return true;
    }

    /// <summary>Takes an entry found by <see cref="FindStrong"/> out of the cache, if it is still there.</summary>
    private static void RemoveStrong(ZoneinfoState state, (PyObject Key, PyObject Zone) entry)
    {
        int at = state.StrongCache.FindIndex(e => ReferenceEquals(e.Key, entry.Key) && ReferenceEquals(e.Zone, entry.Zone));
        if (at >= 0) state.StrongCache.RemoveAt(at);
    }

    private static PyObject? NoCache(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ZoneinfoModule.ParseArgs(ts, args, kwnames, KeyNames, 0, 1, 1, a)) return null;
        var zone = NewInstance(ts, (PyType)cls, a[0]!);
        if (zone is not null) zone.Source = ZoneSource.NoCache;
        return zone;
    }

    private static PyObject? FromFile(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ZoneinfoModule.ParseArgs(ts, args, kwnames, FromFileNames, 1, 1, 2, a)) return null;
        var file = a[0]!;
        var zone = PyZoneInfo.Make((PyType)cls);
        var repr = Protocols.Repr(ts, file);
        if (repr is null || !zone.Load(ts, State(ts), file)) return null;
        zone.Source = ZoneSource.File;
        zone.FileRepr = repr;
        zone.Key = a[1] ?? PyNone.Instance;
        return zone;
    }

    private static PyObject? ClearCache(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ZoneinfoModule.ParseArgs(ts, args, kwnames, ClearCacheNames, 0, 0, 0, a)) return null;
        var type = (PyType)cls;
        var state = State(ts);
        var weak = WeakCache(ts, type);
        if (weak is null) return null;
        bool strong = type == PyZoneInfo.TypeObject;
        if (a[0] is null || a[0] == PyNone.Instance)
        {
            // The strong cache is cleared even when the weak cache's clear() fails.
            var cleared = Protocols.CallMethod(ts, weak, "clear", []);
            if (strong) state.StrongCache.Clear();
            return cleared is null ? null : PyNone.Instance;
        }
        var it = Protocols.GetIter(ts, a[0]!);
        if (it is null) return null;
        while (Protocols.Next(ts, it) is { } key)
        {
            if (strong)
            {
                if (!FindStrong(ts, state, key, out var entry)) return null;
                if (entry is { } hit) RemoveStrong(state, hit);
            }
            if (Protocols.CallMethod(ts, weak, "pop", [key, PyNone.Instance]) is null) return null;
        }
        return ts.HasError ? null : PyNone.Instance;
    }

    /// <summary>__init_subclass__: each subclass gets its own weak cache (the strong cache is the base class's only).</summary>
    private static PyObject? InitSubclass(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var weakref = PickleModule.ImportModule(ts, "weakref");
        var cache = weakref is null ? null : Protocols.CallMethod(ts, weakref, "WeakValueDictionary", []);
        if (cache is null) return null;
        return Protocols.SetAttr(ts, cls, PyStr.Intern("_weak_cache"), cache) < 0 ? null : PyNone.Instance;
    }

    // ---- representation and pickling --------------------------------------------------------------------

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var zone = (PyZoneInfo)self;
        string typeName = self.Type.Name;
        if (zone.Key is { } key && key != PyNone.Instance)
        {
            var repr = Protocols.Repr(ts, key);
            return repr is null ? null : PyStr.Create($"{typeName}(key={repr})");
        }
        return PyStr.Create($"{typeName}.from_file({zone.FileRepr})");
    }

    /// <summary>Pickled by key: ZoneInfo._unpickle(key, from_cache) hits the cache again when the original did.</summary>
    private static PyObject? Reduce(ThreadState ts, PyObject self)
    {
        var zone = (PyZoneInfo)self;
        if (zone.Source == ZoneSource.File)
        {
            var pickle = PickleModule.ImportModule(ts, "pickle");
            var error = pickle is null ? null : Protocols.GetAttr(ts, pickle, "PicklingError");
            if (error is null) return null;
            if (error is not PyType errorType || !errorType.IsSubtypeOf(PyExc.BaseException))
                return ts.TypeError("exceptions must derive from BaseException");
            return ts.Raise(errorType, "Cannot pickle a ZoneInfo file from a file stream.");
        }
        var constructor = Protocols.GetAttr(ts, self, "_unpickle");
        if (constructor is null) return null;
        return PyTuple.Create(constructor, PyTuple.Create(zone.Key ?? PyNone.Instance, PyInt.Create(zone.Source == ZoneSource.Cache ? 1 : 0)));
    }

    /// <summary>_unpickle(key, from_cache), parsed as PyArg_ParseTuple("OB").</summary>
    private static PyObject? Unpickle(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Length: > 0 }) return ts.TypeError("_unpickle() takes no keyword arguments");
        if (args.Length != 2) return ts.TypeError($"function takes exactly 2 arguments ({args.Length} given)");
        // 'B': an unsigned char, the value masked to 8 bits without overflow checking.
        var index = Protocols.Index(ts, args[1]);
        if (index is null) return null;
        bool fromCache = (byte)(index.Value & 0xFF) != 0;
        var type = (PyType)cls;
        if (fromCache) return New(ts, type, [args[0]], null);
        return NewInstance(ts, type, args[0]);
    }
}
