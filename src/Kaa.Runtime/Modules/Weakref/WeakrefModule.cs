namespace Kaa.Runtime;

/// <summary>The <c>_weakref</c> module: weak references, proxies, and the introspection functions.</summary>
internal static class WeakrefModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_weakref", "Weak-reference support module.");
        m.Set("ref", PyWeakReference.RefType);
        m.Set("ReferenceType", PyWeakReference.RefType);
        m.Set("ProxyType", PyWeakProxy.ProxyType);
        m.Set("CallableProxyType", PyWeakProxy.CallableProxyType);
        m.AddFunction("getweakrefcount", static (ts, self, obj) =>
        {
            if ((obj.Type.Flags & TypeFlags.HasWeakrefs) == 0) return PyInt.Zero;
            return PyInt.Create(ts.Interp.GetModuleState<WeakrefRegistry>().Find(obj)?.Count ?? 0);
        }, "Return the number of weak references to 'object'.");
        m.AddFunction("getweakrefs", static (ts, self, obj) =>
        {
            var list = new PyList();
            if ((obj.Type.Flags & TypeFlags.HasWeakrefs) == 0) return list;
            if (ts.Interp.GetModuleState<WeakrefRegistry>().Find(obj) is { } refs)
                foreach (var r in refs.Live()) list.Append(r);
            return list;
        }, "getweakrefs(object) -- return a list of all weak reference objects\nthat point to 'object'.");
        m.AddFunction("proxy", static (ts, self, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("proxy() takes no keyword arguments");
            if (args.Length < 1 || args.Length > 2)
                return ts.TypeError(args.Length < 1 ? $"proxy expected at least 1 argument, got {args.Length}" : $"proxy expected at most 2 arguments, got {args.Length}");
            return PyWeakProxy.NewProxy(ts, args[0], args.Length > 1 ? args[1] : null);
        }, "proxy(object[, callback]) -- create a proxy object that weakly\nreferences 'object'.  'callback', if given, is called with a\nreference to the proxy when 'object' is about to be finalized.");
        m.AddFunction("_remove_dead_weakref", static (ts, self, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("_remove_dead_weakref() takes no keyword arguments");
            if (args.Length != 2) return ts.TypeError($"_remove_dead_weakref expected 2 arguments, got {args.Length}");
            if (args[0] is not PyDict d)
                return ts.TypeError($"_remove_dead_weakref() argument 1 must be dict, not {args[0].Type.Name}");
            // Deletes d[key] when it is a dead weak reference; a missing key is fine.
            int found = d.TryGetItem(ts, args[1], out var value);
            if (found < 0) return null;
            if (found > 0 && value is PyWeakReference r && r.Target is null && d.DelItem(ts, args[1]) < 0) return null;
            return PyNone.Instance;
        }, "Atomically remove key from dict if it points to a dead weakref.");
        return m;
    }

    /// <summary>The <c>__weakref__</c> attribute of an instance: its first weak reference, or None.</summary>
    internal static PyObject FirstWeakref(ThreadState ts, PyObject obj)
    {
        var refs = ts.Interp.GetModuleState<WeakrefRegistry>().Find(obj)?.Live();
        return refs is { Count: > 0 } ? refs[0] : PyNone.Instance;
    }
}
