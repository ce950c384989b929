namespace Kaa.Runtime;

/// <summary>
/// <c>_datetime.datetime_CAPI</c>: in CPython a capsule holding the C API table for extension modules.
/// Kaa has no C extensions, so it only stands for it (its type and repr are a capsule's).
/// </summary>
internal sealed class DatetimeCapsule : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("PyCapsule", (PyType?)null, TypeFlags.NoNew, Install);

    public DatetimeCapsule() : base(TypeObject) { }

    private static void Install(PyType type)
    {
        type.Repr = static (ts, self) => PyStr.Create($"<capsule object \"datetime.datetime_CAPI\" at 0x{ts.Interp.IdOf(self):x}>");
    }
}
