namespace Kaa.Runtime;

/// <summary>
/// <c>bytearray</c>: a mutable byte string. The storage follows CPython's PyByteArray_Resize (its
/// over-allocation, and the logical start that makes deleting from the front cheap), so <c>__alloc__</c>
/// and <c>sys.getsizeof</c> match CPython. While buffers are exported (a memoryview holds it), the size
/// cannot change: <see cref="CanResize"/>.
/// </summary>
public partial class PyByteArray : PyObject, IBufferExporter
{
    /// <summary>ob_bytes; its length is ob_alloc (CPython counts the trailing NUL in it, so do we).</summary>
    private byte[] _bytes = [];

    /// <summary>ob_start - ob_bytes: where the live bytes begin.</summary>
    private int _start;

    private int _count;

    /// <summary>ob_exports: buffers handed out and not yet released (changed by finalizers of abandoned
    /// memoryviews too, hence interlocked).</summary>
    private int _exports;

    public PyByteArray() : base(BuiltinTypes.ByteArray) { }

    protected PyByteArray(PyType type) : base(type) { }

    /// <summary>PyByteArray_FromStringAndSize: a copy of <paramref name="data"/> (allocated exactly).</summary>
    public static PyByteArray Create(ReadOnlySpan<byte> data)
    {
        var a = new PyByteArray();
        a.InitExact(data);
        return a;
    }

    /// <summary>Fills an empty bytearray with exactly size+1 bytes allocated (PyByteArray_FromStringAndSize).</summary>
    internal void InitExact(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0) return;
        _bytes = new byte[data.Length + 1];
        data.CopyTo(_bytes);
        _start = 0;
        _count = data.Length;
    }

    public int Count => _count;

    /// <summary>ob_alloc.</summary>
    public int Allocated => _bytes.Length;

    /// <summary>The live bytes (valid until the next resize).</summary>
    public Span<byte> AsSpan() => _bytes.AsSpan(_start, _count);

    public byte this[int index]
    {
        get => _bytes[_start + index];
        set => _bytes[_start + index] = value;
    }

    public byte[] ToArray() => AsSpan().ToArray();

    public bool GetBuffer(ThreadState ts, bool writable, out PyBuffer view)
    {
        view = PyBuffer.OfBytes(this, _bytes.AsMemory(_start, _count), readOnly: false);
        Interlocked.Increment(ref _exports);
        return true;
    }

    public void ReleaseBuffer(ref PyBuffer view) => Interlocked.Decrement(ref _exports);

    /// <summary>_canresize: BufferError while buffers are exported. Exports held by memoryviews that the
    /// program has dropped (CPython would have freed them by reference counting) are reclaimed first.</summary>
    internal bool CanResize(ThreadState ts)
    {
        if (Volatile.Read(ref _exports) > 0) BufferReclaim.CollectAbandonedViews();
        if (Volatile.Read(ref _exports) <= 0) return true;
        ts.SetError(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
        return false;
    }

    /// <summary>PyByteArray_Resize: sets the size, growing or shrinking the storage as CPython does. New bytes
    /// are zero.</summary>
    internal bool Resize(ThreadState ts, long requested)
    {
        if (requested == _count) return true;
        if (!CanResize(ts)) return false;
        return Reallocate(ts, requested);
    }

    /// <summary>The storage strategy of PyByteArray_Resize for a new size.</summary>
    private bool Reallocate(ThreadState ts, long size)
    {
        long alloc = _bytes.Length;
        if (size + _start + 1 <= alloc)
        {
            if (size < alloc / 2) alloc = size + 1; // major downsize: exact
            else
            {
                if (size > _count) _bytes.AsSpan(_start + _count, (int)size - _count).Clear();
                _count = (int)size;
                return true;
            }
        }
        else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6); // moderate upsize
        else alloc = size + 1; // major upsize: exact
        if (alloc > Array.MaxLength)
        {
            ts.MemoryError();
            return false;
        }
        var fresh = new byte[alloc];
        _bytes.AsSpan(_start, (int)Math.Min(size, _count)).CopyTo(fresh);
        _bytes = fresh;
        _start = 0;
        _count = (int)size;
        return true;
    }

    /// <summary>bytearray_setslice_linear: replaces bytes [lo, hi) (already clamped) with <paramref name="data"/>,
    /// which must not alias this storage.</summary>
    internal bool SetSliceLinear(ThreadState ts, int lo, int hi, ReadOnlySpan<byte> data)
    {
        int avail = hi - lo;
        int growth = data.Length - avail;
        if (growth < 0)
        {
            if (!CanResize(ts)) return false;
            if (lo == 0)
            {
                // Shrink by advancing the logical start; the resize then decides whether to reallocate.
                _start -= growth;
                _count += growth;
                if (!Reallocate(ts, _count)) return false;
            }
            else
            {
                _bytes.AsSpan(_start + hi, _count - hi).CopyTo(_bytes.AsSpan(_start + lo + data.Length));
                if (!Reallocate(ts, _count + growth)) return false;
            }
        }
        else if (growth > 0)
        {
            if ((long)_count + growth > Array.MaxLength)
            {
                ts.MemoryError();
                return false;
            }
            int oldCount = _count;
            if (!Resize(ts, (long)_count + growth)) return false;
            _bytes.AsSpan(_start + hi, oldCount - hi).CopyTo(_bytes.AsSpan(_start + lo + data.Length));
        }
        data.CopyTo(_bytes.AsSpan(_start + lo));
        return true;
    }

    /// <summary>Removes the byte at <paramref name="index"/> (already validated; resizability already checked).</summary>
    internal bool RemoveAt(ThreadState ts, int index)
    {
        var s = _bytes.AsSpan(_start, _count);
        s[(index + 1)..].CopyTo(s[index..]);
        return Resize(ts, _count - 1);
    }

    /// <summary>Instances of Python subclasses of bytearray.</summary>
    internal sealed class Derived : PyByteArray
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }

    internal static void Install(PyType type) => ByteArraySlots.Install(type);
}
