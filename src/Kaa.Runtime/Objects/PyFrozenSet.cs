namespace Kaa.Runtime;

/// <summary><c>frozenset</c>: an immutable, hashable <see cref="PyAnySet"/>; its hash is computed once.</summary>
public partial class PyFrozenSet : PyAnySet
{
    /// <summary>frozenset_hash's cache (-1: not computed yet).</summary>
    internal long CachedHash = -1;

    /// <summary>Items of a code constant whose table is built on first use (see <see cref="FromConstantItems"/>).</summary>
    private PyObject[]? _pending;

    internal PyFrozenSet(PyType type) : base(type) { }

    /// <summary>
    /// A frozenset from constant items (hashable, already distinct: the compiler folded them). Code objects
    /// are converted without a thread state, and some constants' hashes need one (None's is its id), so the
    /// table is built, by the same insertions as <c>frozenset(items)</c>, the first time it is used.
    /// </summary>
    public static PyFrozenSet FromConstantItems(PyObject[] items)
    {
        var s = new PyFrozenSet(BuiltinTypes.FrozenSet);
        if (items.Length > 0) s._pending = items;
        return s;
    }

    internal bool HasPendingConstants => _pending is not null;

    internal int PendingCount => _pending!.Length;

    internal SetTable BuildPending(ThreadState ts)
    {
        var items = _pending!;
        _pending = null;
        foreach (var item in items)
        {
            long hash = Protocols.Hash(ts, item);
            if (hash == -1 && ts.HasError) ts.ClearError(); // constants are hashable; never expected
            _table.Add(ts, item, hash);
        }
        return _table;
    }

    /// <summary>Instances of Python subclasses of frozenset.</summary>
    internal sealed class Derived : PyFrozenSet
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override PyObject?[]? SlotValues => _slots;
    }

    internal static void Install(PyType type) => SetSlots.InstallFrozenSet(type);
}
