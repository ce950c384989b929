namespace Kaa.Runtime;

/// <summary><c>mappingproxy</c>: a read-only view of a mapping (a class's <c>__dict__</c>, <c>view.mapping</c>).</summary>
public sealed class PyMappingProxy : PyObject
{
    public readonly PyObject Mapping;

    public PyMappingProxy(PyObject mapping) : base(BuiltinTypes.MappingProxy) => Mapping = mapping;

    internal static void Install(PyType type) => MappingProxySlots.Install(type);
}
