namespace Kaa.Runtime;

/// <summary>
/// The <c>__map_*</c> attributes of the <c>_codecs_xx</c> modules: in CPython, capsules through which the
/// modules share their mapping tables with each other. Here the tables are shared by name
/// (<see cref="CjkTables.Get"/>), so these only stand for them.
/// </summary>
internal sealed class CjkMapCapsule : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("PyCapsule", (PyType?)null, TypeFlags.NoNew, Install);

    private CjkMapCapsule() : base(TypeObject) { }

    public static readonly CjkMapCapsule Instance = new();

    private static void Install(PyType type)
    {
        type.Repr = static (ts, self) => PyStr.Create($"<capsule object \"multibytecodec.map\" at 0x{ts.Interp.IdOf(self):x}>");
    }
}
