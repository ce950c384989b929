namespace Kaa.Runtime;

/// <summary><c>frozenset</c>: an immutable set (CPython's set table, so iteration order matches).</summary>
public partial class PyFrozenSet : PyObject
{
    protected PyFrozenSet(PyType type) : base(type) { }

    /// <summary>A frozenset from constant items (hashable, already distinct: the compiler folded them).</summary>
    public static PyFrozenSet FromConstantItems(PyObject[] items)
    {
        var s = new PyFrozenSet(BuiltinTypes.FrozenSet);
        s.ConstantItems = items;
        return s;
    }

    /// <summary>Placeholder storage until the set table lands.</summary>
    internal PyObject[] ConstantItems = [];

    internal static void Install(PyType type) => SetSlots.Install(type);
}
