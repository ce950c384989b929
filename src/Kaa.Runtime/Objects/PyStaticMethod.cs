namespace Kaa.Runtime;

/// <summary><c>staticmethod</c>: a callable that the class does not bind.</summary>
public class PyStaticMethod : PyObject
{
    public PyObject? Callable;
    private PyDict? _dict;

    public PyStaticMethod(PyObject callable) : this(BuiltinTypes.StaticMethod, callable) { }

    public PyStaticMethod(PyType type, PyObject? callable) : base(type) => Callable = callable;

    public override PyDict? Dict { get => _dict ??= new PyDict(); set => _dict = value; }

    /// <summary>Instances of Python subclasses of staticmethod (__slots__ storage; the dict is the base's).</summary>
    internal sealed class Derived : PyStaticMethod
    {
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type, null)
        {
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override Span<PyObject?> SlotValues => _slots;
    }

    internal static void Install(PyType type) => DescriptorSlots.InstallStaticMethod(type);
}
