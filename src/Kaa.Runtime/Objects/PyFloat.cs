namespace Kaa.Runtime;

/// <summary><c>float</c>: an IEEE 754 double.</summary>
public partial class PyFloat : PyObject
{
    public readonly double Value;

    protected PyFloat(PyType type, double value) : base(type) => Value = value;

    public static PyFloat Create(double value) => new(BuiltinTypes.Float, value);

    public override string ToString() => Kaa.Syntax.Text.PyRepr.FloatRepr(Value);

    /// <summary>Instances of Python subclasses of float.</summary>
    internal sealed class Derived : PyFloat
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, double value) : base(type, value)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }

    internal static void Install(PyType type) => FloatSlots.Install(type);
}
