namespace Kaa.Runtime;

/// <summary><c>bytes</c>: an immutable byte string.</summary>
public partial class PyBytes : PyObject
{
    public readonly byte[] Value;

    protected PyBytes(PyType type, byte[] value) : base(type) => Value = value;

    /// <summary>Takes ownership of <paramref name="value"/>.</summary>
    public static PyBytes Create(byte[] value) => new(BuiltinTypes.Bytes, value);
}

public partial class PyBytes
{
    internal static void Install(PyType type) => BytesSlots.Install(type);
}

/// <summary>The slots and members of <c>bytes</c>.</summary>
internal static partial class BytesSlots
{
    internal static void Install(PyType type)
    {
    }
}
