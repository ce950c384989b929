namespace Kaa.Runtime;

/// <summary><c>complex</c>: a pair of doubles.</summary>
public partial class PyComplex : PyObject
{
    public readonly double Real, Imag;

    protected PyComplex(PyType type, double real, double imag) : base(type)
    {
        Real = real;
        Imag = imag;
    }

    public static PyComplex Create(double real, double imag) => new(BuiltinTypes.Complex, real, imag);

    /// <summary>An instance of <paramref name="type"/>: a complex, or a Python subclass of it.</summary>
    public static PyComplex Create(PyType type, double real, double imag)
        => type == BuiltinTypes.Complex ? new(type, real, imag) : new Derived(type, real, imag);

    /// <summary>Instances of Python subclasses of complex.</summary>
    private sealed class Derived : PyComplex
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, double real, double imag) : base(type, real, imag)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }

    internal static void Install(PyType type) => ComplexSlots.Install(type);
}
