namespace Kaa.Runtime;

/// <summary>
/// The types of <c>_io</c>: process-wide and immutable after creation, like the core builtin types. The
/// fields are created in order (each base before its subclasses).
/// </summary>
internal static class IoTypes
{
    private const TypeFlags Flags = TypeFlags.BaseType | TypeFlags.HasInstanceDict | TypeFlags.HasWeakrefs;

    public static readonly PyType IOBase = PyType.CreateStatic("_io._IOBase", (PyType?)null, Flags, IOBaseSlots.Install);
    public static readonly PyType RawIOBase = PyType.CreateStatic("_io._RawIOBase", IOBase, Flags, RawIOBaseSlots.Install);
    public static readonly PyType BufferedIOBase = PyType.CreateStatic("_io._BufferedIOBase", IOBase, Flags, BufferedIOBaseSlots.Install);
    public static readonly PyType TextIOBase = PyType.CreateStatic("_io._TextIOBase", IOBase, Flags, TextIOBaseSlots.Install);
    public static readonly PyType FileIO = PyType.CreateStatic("_io.FileIO", RawIOBase, Flags, FileIOSlots.Install);
    public static readonly PyType BufferedReader = PyType.CreateStatic("_io.BufferedReader", BufferedIOBase, Flags, BufferedSlots.InstallReader);
    public static readonly PyType BufferedWriter = PyType.CreateStatic("_io.BufferedWriter", BufferedIOBase, Flags, BufferedSlots.InstallWriter);
    public static readonly PyType BufferedRandom = PyType.CreateStatic("_io.BufferedRandom", BufferedIOBase, Flags, BufferedSlots.InstallRandom);
    public static readonly PyType BufferedRWPair = PyType.CreateStatic("_io.BufferedRWPair", BufferedIOBase, Flags, BufferedRWPairSlots.Install);
    public static readonly PyType TextIOWrapper = PyType.CreateStatic("_io.TextIOWrapper", TextIOBase, Flags, TextIOWrapperSlots.Install);
    public static readonly PyType StringIO = PyType.CreateStatic("_io.StringIO", TextIOBase, Flags, StringIOSlots.Install);
    public static readonly PyType BytesIO = PyType.CreateStatic("_io.BytesIO", BufferedIOBase, Flags, BytesIOSlots.Install);
    public static readonly PyType IncrementalNewlineDecoder = PyType.CreateStatic("_io.IncrementalNewlineDecoder", (PyType?)null,
        TypeFlags.BaseType, NewlineDecoderSlots.Install);

    /// <summary><c>io.UnsupportedOperation</c>: OSError and ValueError at once.</summary>
    public static readonly PyType UnsupportedOperation = PyType.CreateStatic("io.UnsupportedOperation",
        [PyExc.OSError, PyExc.ValueError], TypeFlags.BaseType | TypeFlags.HasInstanceDict | TypeFlags.BaseExceptionSubclass, static _ => { });
}
