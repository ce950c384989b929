namespace Kaa.Runtime;

/// <summary>A C <c>Py_complex</c>: the two doubles the <c>cmath</c> algorithms work on.</summary>
internal readonly record struct ComplexValue(double Real, double Imag)
{
    internal ComplexValue Negate() => new(-Real, -Imag);
}
