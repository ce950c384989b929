namespace Kaa.Runtime;

/// <summary><c>tuple</c>: an immutable array of objects.</summary>
public partial class PyTuple : PyObject
{
    public readonly PyObject[] Items;

    public static readonly PyTuple Empty = new(BuiltinTypes.Tuple, []);

    protected PyTuple(PyType type, PyObject[] items) : base(type) => Items = items;

    public int Length => Items.Length;

    /// <summary>A tuple that takes ownership of <paramref name="items"/> (the caller must not change it afterwards).</summary>
    public static PyTuple Create(PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(BuiltinTypes.Tuple, items);

    public static PyTuple Create(PyObject item) => new(BuiltinTypes.Tuple, [item]);

    public static PyTuple Create(PyObject a, PyObject b) => new(BuiltinTypes.Tuple, [a, b]);

    public static PyTuple FromSpan(ReadOnlySpan<PyObject> items) => items.Length == 0 ? Empty : new PyTuple(BuiltinTypes.Tuple, items.ToArray());

    /// <summary>Instances of Python subclasses of tuple (namedtuples, ...).</summary>
    internal sealed class Derived : PyTuple
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, PyObject[] items) : base(type, items)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }

    internal static void Install(PyType type) => TupleSlots.Install(type);
}
