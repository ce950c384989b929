namespace Kaa.Runtime;

/// <summary><c>classmethod</c>: a callable bound to the class rather than the instance.</summary>
public class PyClassMethod : PyObject
{
    public PyObject? Callable;
    private PyDict? _dict;

    public PyClassMethod(PyType type, PyObject? callable) : base(type) => Callable = callable;

    public override PyDict? Dict { get => _dict ??= new PyDict(); set => _dict = value; }

    /// <summary>Instances of Python subclasses of classmethod (__slots__ storage; the dict is the base's).</summary>
    internal sealed class Derived : PyClassMethod
    {
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type, null)
        {
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override Span<PyObject?> SlotValues => _slots;
    }

    internal static void Install(PyType type) => DescriptorSlots.InstallClassMethod(type);
}
