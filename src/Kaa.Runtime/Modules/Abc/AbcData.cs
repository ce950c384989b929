namespace Kaa.Runtime;

/// <summary>
/// <c>_abc._abc_data</c>: the per-ABC state kept in <c>cls._abc_impl</c> — the registry of virtual
/// subclasses, the positive and negative caches, and the invalidation counter the negative cache was
/// filled at. Classes are held strongly (CPython uses weak sets; a class normally outlives its ABC checks).
/// </summary>
internal sealed class AbcData : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_abc._abc_data", (PyType?)null, TypeFlags.None, Install);

    internal readonly List<PyObject> Registry = [];
    internal readonly HashSet<PyObject> Cache = new(ReferenceEqualityComparer.Instance);
    internal readonly HashSet<PyObject> NegativeCache = new(ReferenceEqualityComparer.Instance);
    internal long NegativeCacheVersion;

    internal AbcData(long version) : base(TypeObject) => NegativeCacheVersion = version;

    internal bool InRegistry(PyObject cls)
    {
        foreach (var r in Registry)
            if (ReferenceEquals(r, cls)) return true;
        return false;
    }

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => new AbcData(ts.Interp.GetModuleState<AbcState>().InvalidationCounter);
        type.AddAttribute("__doc__", PyStr.Create("Internal state held by ABC machinery."));
    }
}

/// <summary>Per-interpreter state of <c>_abc</c>: the counter <c>register()</c> bumps to invalidate negative caches.</summary>
internal sealed class AbcState
{
    public long InvalidationCounter;
}
