namespace Kaa.Runtime;

/// <summary>The slots and members of <c>slice</c>.</summary>
internal static partial class SliceSlots
{
    internal static void Install(PyType type)
    {
    }
}
