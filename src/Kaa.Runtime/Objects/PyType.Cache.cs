namespace Kaa.Runtime;

/// <summary>
/// The attribute cache of classes (CPython's type method cache): <see cref="PyType.Lookup(PyStr)"/> results,
/// keyed by interned name and valid while <see cref="PyType.VersionTag"/> is unchanged (setting an attribute
/// on a class bumps its tag and its subclasses' tags). A small direct-mapped table per class, indexed by the
/// name's str hash (cached in the str) and checked by identity: no hashing, comparer or interface call on a
/// hit. It grows when live entries collide. Only heap types cache: builtin types are shared by every
/// interpreter of the process and never change, and their MROs are short.
/// </summary>
public sealed partial class PyType
{
    private const int LookupCacheInitialSize = 16, LookupCacheMaxSize = 1024;

    private LookupCacheEntry[]? _lookupCache;

    private struct LookupCacheEntry
    {
        public PyStr? Name;
        public PyObject? Value;
        public uint Version;
    }

    private PyObject? CachedLookup(PyStr name)
    {
        var cache = _lookupCache ??= new LookupCacheEntry[LookupCacheInitialSize];
        int hash = (int)name.GetHash();
        ref LookupCacheEntry e = ref cache[hash & (cache.Length - 1)];
        uint version = VersionTag;
        if (ReferenceEquals(e.Name, name) && e.Version == version) return e.Value;
        var value = WalkMro(name);
        if (e.Name is not null && e.Version == version && cache.Length < LookupCacheMaxSize)
        {
            // Two live names share a slot: a larger table (refilled as names are looked up again).
            cache = _lookupCache = new LookupCacheEntry[cache.Length * 4];
            e = ref cache[hash & (cache.Length - 1)];
        }
        e.Name = name;
        e.Value = value;
        e.Version = version;
        return value;
    }

    private PyObject? WalkMro(PyStr name)
    {
        foreach (var t in Mro)
            if (t.Namespace.TryGetStr(name, out var value)) return value;
        return null;
    }
}
