namespace Kaa.Runtime;

/// <summary>
/// The table between type slots and their <c>__dunder__</c> names (CPython's slotdefs): for a builtin
/// type, each slot it defines itself appears in its namespace as a wrapper_descriptor (<c>int.__add__</c>);
/// for a class, each dunder it defines or inherits from Python code fills the slot with a function that
/// calls it (<see cref="HeapTypeSlots"/>).
/// </summary>
public static partial class SlotWrappers
{
    /// <summary>add_operators: a wrapper for each slot <paramref name="type"/> defines and whose name is not yet in its namespace.</summary>
    internal static void AddMissing(PyType type)
    {
        // Filled in with the slot table.
    }
}
