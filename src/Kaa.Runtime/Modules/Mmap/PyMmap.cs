namespace Kaa.Runtime;

/// <summary>
/// <c>mmap.mmap</c>: a memory mapping of a file (or anonymous memory). The mapping's address and size, the
/// file position, the duplicated descriptor and the number of buffer views exported (while any exist the
/// map can be neither closed nor resized).
/// </summary>
internal sealed unsafe class PyMmap : PyObject, IBufferExporter
{
    public const int AccessDefault = 0, AccessRead = 1, AccessWrite = 2, AccessCopy = 3;

    public nint Data;
    public long Size;
    public long Pos;
    public long Offset;
    public int Fd = -1;
    public int Access;
    public int Exports;

    private PyDict? _dict;
    private readonly PyObject?[]? _slots;

    public PyMmap(PyType type) : base(type)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
    }

    public override PyDict? Dict { get => _dict; set => _dict = value; }
    public override Span<PyObject?> SlotValues => _slots;

    public bool IsClosed => Data == 0;

    public Span<byte> Bytes => new((void*)Data, (int)Math.Min(Size, int.MaxValue));

    /// <summary>The byte at <paramref name="index"/> (maps may pass 2 GB: addressed by pointer, not span).</summary>
    public ref byte At(long index) => ref *((byte*)Data + index);

    /// <summary>Bytes [start, start + length) (length below 2 GB).</summary>
    public Span<byte> Range(long start, long length) => new((byte*)Data + start, checked((int)length));

    public bool GetBuffer(ThreadState ts, bool writable, out PyBuffer view)
    {
        view = default;
        if (IsClosed)
        {
            ts.SetError(PyExc.ValueError, "mmap closed or invalid");
            return false;
        }
        if (writable && Access == AccessRead)
        {
            ts.SetError(PyExc.BufferError, "Object is not writable.");
            return false;
        }
        var memory = new MappedMemory(Data, (int)Math.Min(Size, int.MaxValue)).Memory;
        view = PyBuffer.OfBytes(this, memory, Access == AccessRead);
        Exports++;
        return true;
    }

    public void ReleaseBuffer(ref PyBuffer view) => Exports--;

    /// <summary>close(): unmaps and closes the duplicated descriptor.</summary>
    public void Close()
    {
        int fd = Fd;
        nint data = Data;
        Fd = -1;
        Data = 0;
        if (fd >= 0) Libc.close(fd);
        if (data != 0) MmapLibc.munmap(data, (nint)Size);
    }

    // mmap_object_dealloc: an mmap nobody closed is unmapped when it is collected.
    ~PyMmap()
    {
        if (Exports == 0) Close();
    }
}
