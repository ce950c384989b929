namespace Kaa.Runtime;

/// <summary><c>frozenset</c>: an immutable, hashable <see cref="PyAnySet"/>; its hash is computed once.</summary>
public partial class PyFrozenSet : PyAnySet
{
    /// <summary>frozenset_hash's cache (-1: not computed yet).</summary>
    internal long CachedHash = -1;

    /// <summary>Items of a code constant whose table is built on first use (see <see cref="FromConstantItems"/>).</summary>

    internal PyFrozenSet(PyType type) : base(type) { }

    /// <summary>
    /// A frozenset code constant, from its items in source order (hashable and distinct: the compiler folded
    /// them). CPython builds such a constant, then rebuilds it from its own iteration order when merging
    /// constants and once more when it holds identifier-like strings (which get interned); each rebuild can
    /// move colliding items, so the table is made by the same builds, with this process's hashes. Code
    /// objects are converted without a thread state and some hashes need one (None's is its id), so that
    /// happens the first time the set is used.
    /// </summary>
    public static PyFrozenSet FromConstantItems(PyObject[] sourceItems)
    {
        var s = new PyFrozenSet(BuiltinTypes.FrozenSet);
        if (sourceItems.Length > 0) s._pending = sourceItems;
        return s;
    }

    internal bool HasPendingConstants => _pending is not null;

    internal int PendingCount => _pending!.Length;

    internal SetTable BuildPending(ThreadState ts)
    {
        var items = _pending!;
        _pending = null;
        var table = BuildConstantTable(ts, items);
        table = BuildConstantTable(ts, TableOrder(table));
        bool internable = false;
        foreach (var item in items) internable |= IsIdentifierLike(item);
        if (internable) table = BuildConstantTable(ts, TableOrder(table));
        _table = table;
        return table;
    }

    private static SetTable BuildConstantTable(ThreadState ts, PyObject[] items)
    {
        var table = new SetTable();
        foreach (var item in items)
        {
            long hash = Protocols.Hash(ts, item);
            if (hash == -1 && ts.HasError) ts.ClearError(); // constants are hashable; never expected
            table.Add(ts, item, hash);
        }
        return table;
    }

    private static PyObject[] TableOrder(SetTable table)
    {
        var items = new PyObject[table.Used];
        int pos = 0, n = 0;
        while (table.Next(ref pos, out var key, out _)) items[n++] = key;
        return items;
    }

    /// <summary>all_name_chars: a non-empty str of ASCII letters, digits and underscores (CPython interns those constants).</summary>
    private static bool IsIdentifierLike(PyObject item)
    {
        if (item is not PyStr s || item.Type != BuiltinTypes.Str || s.Length == 0) return false;
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (!(c < 128 && (char.IsAsciiLetterOrDigit((char)c) || c == '_'))) return false;
        }
        return true;
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
        public override Span<PyObject?> SlotValues => _slots;
    }

    internal static void Install(PyType type) => SetSlots.InstallFrozenSet(type);
}
