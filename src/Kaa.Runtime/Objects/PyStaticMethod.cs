namespace Kaa.Runtime;

/// <summary><c>staticmethod</c>: a callable that the class does not bind.</summary>
public sealed class PyStaticMethod : PyObject
{
    public PyObject? Callable;
    private PyDict? _dict;

    public PyStaticMethod(PyObject callable) : this(BuiltinTypes.StaticMethod, callable) { }

    public PyStaticMethod(PyType type, PyObject? callable) : base(type) => Callable = callable;

    public override PyDict? Dict { get => _dict ??= new PyDict(); set => _dict = value; }

    internal static void Install(PyType type) => DescriptorSlots.InstallStaticMethod(type);
}
