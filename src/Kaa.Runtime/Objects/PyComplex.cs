namespace Kaa.Runtime;

/// <summary><c>complex</c>.</summary>
public partial class PyComplex : PyObject
{
    public readonly double Real, Imag;

    protected PyComplex(PyType type, double real, double imag) : base(type)
    {
        Real = real;
        Imag = imag;
    }

    public static PyComplex Create(double real, double imag) => new(BuiltinTypes.Complex, real, imag);
}

public partial class PyComplex
{
    internal static void Install(PyType type) => ComplexSlots.Install(type);
}

/// <summary>The slots and members of <c>complex</c>.</summary>
internal static partial class ComplexSlots
{
    internal static void Install(PyType type)
    {
    }
}
