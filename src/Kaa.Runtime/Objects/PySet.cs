namespace Kaa.Runtime;

/// <summary><c>set</c>: a mutable <see cref="PyAnySet"/> (CPython's set table, so iteration order matches).</summary>
public partial class PySet : PyAnySet
{
    internal PySet(PyType type) : base(type) { }

    public static PySet Create() => new(BuiltinTypes.Set);

    /// <summary>s.add(item) (BUILD_SET, SET_ADD): false on error.</summary>
    public bool Add(ThreadState ts, PyObject item) => AddKey(ts, item);

    /// <summary>s.update(iterable) (SET_UPDATE): false on error.</summary>
    public bool Update(ThreadState ts, PyObject iterable) => UpdateInternal(ts, iterable);

    /// <summary>set_pop: removes the first active slot at or after the finger.</summary>
    internal PyObject? Pop(ThreadState ts)
    {
        var t = _table;
        if (t.Used == 0)
        {
            ts.SetError(PyExc.KeyError, "pop from an empty set");
            return null;
        }
        int mask = t.Mask;
        int i = _finger & mask;
        while (t.KeyAt(i) is null)
        {
            i++;
            if (i > mask) i = 0;
        }
        var key = t.KeyAt(i)!;
        t.RemoveAt(i);
        _finger = i + 1;
        return key;
    }

    /// <summary>Instances of Python subclasses of set.</summary>
    internal sealed class Derived : PySet
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

    internal static void Install(PyType type) => SetSlots.InstallSet(type);
}
