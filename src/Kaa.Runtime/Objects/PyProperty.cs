namespace Kaa.Runtime;

/// <summary><c>property</c>: a data descriptor calling fget/fset/fdel.</summary>
public class PyProperty : PyObject
{
    public PyObject? Get, Set, Delete, Doc;
    /// <summary>The attribute name given by <c>__set_name__</c> (for 3.11's "property 'x' of 'A' object has no setter").</summary>
    public PyObject? Name;
    /// <summary>The docstring came from fget (so copies made by setter/deleter take fget's again).</summary>
    public bool GetterDoc;

    public PyProperty(PyType type) : base(type) { }

    /// <summary>Instances of Python subclasses of property: a __dict__ and __slots__ storage.</summary>
    internal sealed class Derived : PyProperty
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }

    internal static void Install(PyType type) => DescriptorSlots.InstallProperty(type);
}
