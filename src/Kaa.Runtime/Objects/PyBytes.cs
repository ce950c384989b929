namespace Kaa.Runtime;

/// <summary><c>bytes</c>: an immutable byte string.</summary>
public partial class PyBytes : PyObject, IBufferExporter
{
    public readonly byte[] Value;

    protected PyBytes(PyType type, byte[] value) : base(type) => Value = value;

    /// <summary>Takes ownership of <paramref name="value"/>.</summary>
    public static PyBytes Create(byte[] value) => new(BuiltinTypes.Bytes, value);

    public bool GetBuffer(ThreadState ts, bool writable, out PyBuffer view)
    {
        view = PyBuffer.OfBytes(this, Value, readOnly: true);
        if (!writable) return true;
        ts.SetError(PyExc.BufferError, "Object is not writable.");
        return false;
    }

    public void ReleaseBuffer(ref PyBuffer view) { }
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
