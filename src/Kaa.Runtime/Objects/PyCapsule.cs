namespace Kaa.Runtime;

/// <summary>
/// <c>PyCapsule</c>: in CPython an opaque pointer that a C module exports for other C modules (the C API
/// tables <c>_socket.CAPI</c>, <c>pyexpat.expat_CAPI</c>, <c>datetime.datetime_CAPI</c>,
/// <c>unicodedata._ucnhash_CAPI</c>). Kaa has no C extensions, so a capsule only stands for one: one
/// type for all of them, as in CPython, with the capsule's name in its repr.
/// </summary>
internal sealed class PyCapsule : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("PyCapsule", (PyType?)null, TypeFlags.NoNew, static type =>
    {
        type.Repr = static (ts, self) => PyStr.Create($"<capsule object \"{((PyCapsule)self).Name}\" at 0x{ts.Interp.IdOf(self):x}>");
    });

    /// <summary>The name given to PyCapsule_New (by convention "module.attribute").</summary>
    public readonly string Name;

    public PyCapsule(string name) : base(TypeObject) => Name = name;
}
