namespace Kaa.Runtime;

/// <summary><c>list</c>: a growable array of objects.</summary>
public partial class PyList : PyObject
{
    private PyObject[] _items;
    private int _count;

    public PyList() : this(BuiltinTypes.List, 0) { }

    protected PyList(PyType type, int capacity) : base(type) => _items = capacity == 0 ? [] : new PyObject[capacity];

    /// <summary>A list that takes ownership of <paramref name="items"/>.</summary>
    public static PyList FromArray(PyObject[] items)
    {
        var list = new PyList(BuiltinTypes.List, 0) { _items = items, _count = items.Length };
        return list;
    }

    public static PyList FromSpan(ReadOnlySpan<PyObject> items) => FromArray(items.ToArray());

    public int Count => _count;

    public PyObject this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    /// <summary>The live items (valid until the list changes size).</summary>
    public ReadOnlySpan<PyObject> AsSpan() => _items.AsSpan(0, _count);

    public void Append(PyObject item)
    {
        if (_count == _items.Length) Grow(_count + 1);
        _items[_count++] = item;
    }

    /// <summary>list_resize's growth pattern (new_allocated = n + n/8 + 6, rounded down to a multiple of 4), so
    /// sys.getsizeof matches CPython's.</summary>
    private void Grow(int needed)
    {
        int newSize = (needed + (needed >> 3) + 6) & ~3;
        if (needed - _count > newSize - needed) newSize = (needed + 3) & ~3;
        Array.Resize(ref _items, newSize);
    }

    public int Capacity => _items.Length;

    /// <summary>Instances of Python subclasses of list.</summary>
    internal sealed class Derived : PyList
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type, 0)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override PyObject?[]? SlotValues => _slots;
    }

    internal static void Install(PyType type) => ListSlots.Install(type);
}
