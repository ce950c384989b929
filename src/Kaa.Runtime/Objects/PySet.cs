namespace Kaa.Runtime;

/// <summary>
/// <c>set</c>. Storage is a <see cref="PyDict"/> of the elements for now (insertion order); CPython's own
/// set table (whose order this must reproduce) replaces it.
/// </summary>
public partial class PySet : PyObject
{
    internal readonly PyDict Table = new();

    protected PySet(PyType type) : base(type) { }

    public static PySet Create() => new(BuiltinTypes.Set);

    public int Count => Table.Count;

    public bool Add(ThreadState ts, PyObject item) => Table.SetItem(ts, item, PyNone.Instance);

    public bool Update(ThreadState ts, PyObject iterable)
    {
        var items = Protocols.ToList(ts, iterable);
        if (items is null) return false;
        foreach (var x in items)
            if (!Add(ts, x)) return false;
        return true;
    }

    internal static void Install(PyType type) => SetSlots.Install(type);
}
