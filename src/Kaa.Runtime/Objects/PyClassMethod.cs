namespace Kaa.Runtime;

/// <summary><c>classmethod</c>: a callable bound to the class rather than the instance.</summary>
public sealed class PyClassMethod : PyObject
{
    public PyObject? Callable;
    private PyDict? _dict;

    public PyClassMethod(PyType type, PyObject? callable) : base(type) => Callable = callable;

    public override PyDict? Dict { get => _dict ??= new PyDict(); set => _dict = value; }

    internal static void Install(PyType type) => DescriptorSlots.InstallClassMethod(type);
}
