namespace Kaa.Runtime;

/// <summary>The slots and members of <c>frame</c>.</summary>
internal static partial class FrameSlots
{
    internal static void Install(PyType type)
    {
    }
}
