namespace Kaa.Runtime;

/// <summary><c>bytes</c>: an immutable byte string. The methods shared with bytearray live in
/// <see cref="BytesMethods"/>; the bytes-only slots in <see cref="BytesSlots"/>.</summary>
public partial class PyBytes : PyObject, IBufferExporter
{
    public readonly byte[] Value;

    /// <summary>The cached hash (CPython's ob_shash); -1 until computed.</summary>
    private long _hash = -1;

    protected PyBytes(PyType type, byte[] value) : base(type) => Value = value;

    public static readonly PyBytes Empty = new(BuiltinTypes.Bytes, []);

    /// <summary>Takes ownership of <paramref name="value"/>. The empty and one-byte values are shared
    /// objects, as in CPython (<c>bytes([1]) is bytes([1])</c>).</summary>
    public static PyBytes Create(byte[] value) => value.Length switch
    {
        0 => Empty,
        1 => SingleBytes.Table[value[0]],
        _ => new(BuiltinTypes.Bytes, value),
    };

    public static PyBytes Create(ReadOnlySpan<byte> value) => value.Length switch
    {
        0 => Empty,
        1 => SingleBytes.Table[value[0]],
        _ => new(BuiltinTypes.Bytes, value.ToArray()),
    };

    public int Length => Value.Length;

    /// <summary>PyObject_Bytes: <c>__bytes__</c>, else the bytes of a buffer or an iterable of ints
    /// (TypeError "cannot convert 'str' object to bytes" for str).</summary>
    public static PyBytes? FromObject(ThreadState ts, PyObject obj)
    {
        if (obj.Type == BuiltinTypes.Bytes) return (PyBytes)obj;
        var r = Protocols.CallSpecial(ts, obj, PyStr.Intern("__bytes__"), [], out bool found);
        if (found)
        {
            if (r is null) return null;
            if (r is PyBytes b) return b;
            ts.SetError(PyExc.TypeError, $"__bytes__ returned non-bytes (type {r.Type.Name})");
            return null;
        }
        if (ts.HasError) return null;
        return BytesSlots.FromObject(ts, obj);
    }

    /// <summary>A copy of the bytes of a bytes or bytearray (<paramref name="anyBuffer"/>: of any buffer
    /// exporter); false, with nothing set, for other objects.</summary>
    public static bool TryCopyBytesLike(ThreadState ts, PyObject obj, bool anyBuffer, out byte[] data)
    {
        data = [];
        if (obj is PyBytes b) data = b.Value;
        else if (obj is PyByteArray a) data = a.ToArray();
        else if (!anyBuffer || !Protocols.HasBuffer(obj) || !Protocols.GetBuffer(ts, obj, false, out var view)) return false;
        else
        {
            data = view.Span.ToArray();
            Protocols.ReleaseBuffer(ref view);
        }
        return true;
    }

    public long GetHash()
    {
        if (_hash == -1) _hash = HashSecret.Hasher.HashBytes(Value);
        return _hash;
    }

    public bool GetBuffer(ThreadState ts, bool writable, out PyBuffer view)
    {
        view = PyBuffer.OfBytes(this, Value, readOnly: true);
        if (!writable) return true;
        ts.SetError(PyExc.BufferError, "Object is not writable.");
        return false;
    }

    public void ReleaseBuffer(ref PyBuffer view) { }

    /// <summary>The 256 one-byte values (CPython's characters[] cache), made on first use.</summary>
    private static class SingleBytes
    {
        internal static readonly PyBytes[] Table = Make();

        private static PyBytes[] Make()
        {
            var t = new PyBytes[256];
            for (int i = 0; i < 256; i++) t[i] = new PyBytes(BuiltinTypes.Bytes, [(byte)i]);
            return t;
        }
    }

    /// <summary>Instances of Python subclasses of bytes.</summary>
    internal sealed class Derived : PyBytes
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, byte[] value) : base(type, value)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }

    internal static void Install(PyType type) => BytesSlots.Install(type);
}
