namespace Kaa.Runtime;

/// <summary>The slots and members of <c>code</c>.</summary>
internal static partial class CodeSlots
{
    internal static void Install(PyType type)
    {
    }
}
