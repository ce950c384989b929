namespace Kaa.Runtime;

/// <summary>The slots and members of <c>mappingproxy</c>.</summary>
internal static partial class MappingProxySlots
{
    internal static void Install(PyType type)
    {
    }
}
