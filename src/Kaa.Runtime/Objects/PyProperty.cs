namespace Kaa.Runtime;

/// <summary><c>property</c>: a data descriptor calling fget/fset/fdel.</summary>
public class PyProperty : PyObject
{
    public PyObject? Get, Set, Delete, Doc;
    /// <summary>The attribute name from __set_name__ (3.11 uses it in error messages? no: 3.12); kept for repr.</summary>
    public PyObject? Name;

    public PyProperty(PyType type) : base(type) { }

    internal static void Install(PyType type) => DescriptorSlots.InstallProperty(type);
}
