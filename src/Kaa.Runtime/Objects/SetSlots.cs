namespace Kaa.Runtime;

/// <summary>The slots and members of <c>set</c> and <c>frozenset</c>.</summary>
internal static partial class SetSlots
{
    internal static void Install(PyType type)
    {
    }
}
