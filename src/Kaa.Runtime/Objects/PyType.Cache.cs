namespace Kaa.Runtime;

/// <summary>
/// The attribute cache of classes (CPython's type method cache): <see cref="PyType.Lookup(PyStr)"/> results,
/// keyed by name and valid while <see cref="PyType.VersionTag"/> is unchanged (setting an attribute on a
/// class bumps its tag and its subclasses' tags). Only heap types cache: builtin types are shared by
/// every interpreter of the process and never change, and their MROs are short.
/// </summary>
public sealed partial class PyType
{
    private Dictionary<PyStr, CacheEntry>? _lookupCache;

    private readonly struct CacheEntry(uint version, PyObject? value)
    {
        public readonly uint Version = version;
        public readonly PyObject? Value = value;
    }

    private PyObject? CachedLookup(PyStr name)
    {
        var cache = _lookupCache ??= new Dictionary<PyStr, CacheEntry>(ReferenceEqualityComparer.Instance as IEqualityComparer<PyStr>);
        if (cache.TryGetValue(name, out var e) && e.Version == VersionTag) return e.Value;
        var value = WalkMro(name);
        if (cache.Count > 4096) cache.Clear();
        cache[name] = new CacheEntry(VersionTag, value);
        return value;
    }

    private PyObject? WalkMro(PyStr name)
    {
        foreach (var t in Mro)
            if (t.Namespace.TryGetStr(name, out var value)) return value;
        return null;
    }
}
