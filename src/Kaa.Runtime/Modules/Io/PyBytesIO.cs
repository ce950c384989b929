namespace Kaa.Runtime;

/// <summary>
/// <c>_io.BytesIO</c>: an in-memory binary stream. It exports its bytes (getbuffer() gives a memoryview of
/// them); while views exist it refuses to be resized or closed, as CPython.
/// </summary>
public sealed class PyBytesIO : PyIOBase, IBufferExporter
{
    internal byte[] Buf = [];
    internal int Length;
    internal long Pos;
    internal bool IsClosed;
    internal int Exports;

    public PyBytesIO(PyType type) : base(type) { }

    public bool GetBuffer(ThreadState ts, bool writable, out PyBuffer view)
    {
        view = PyBuffer.OfBytes(this, Buf.AsMemory(0, Length), readOnly: false);
        Exports++;
        return true;
    }

    public void ReleaseBuffer(ref PyBuffer view)
    {
        if (Exports > 0) Exports--;
    }

    internal bool CheckExports(ThreadState ts)
    {
        if (Exports == 0) return true;
        ts.SetError(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
        return false;
    }

    internal void EnsureCapacity(long size)
    {
        if (size <= Buf.Length) return;
        Array.Resize(ref Buf, (int)Math.Max(size, Math.Max(32, Buf.Length + (Buf.Length >> 3) + 6)));
    }

    /// <summary>Writes at the position, padding with zeros when it is past the end: the count or -1.</summary>
    internal long Write(ThreadState ts, ReadOnlySpan<byte> data)
    {
        if (!CheckExports(ts)) return -1;
        if (data.Length == 0) return 0;
        long end = Pos + data.Length;
        if (end > int.MaxValue) { ts.MemoryError(); return -1; }
        EnsureCapacity(end);
        if (Pos > Length) Array.Clear(Buf, Length, (int)(Pos - Length));
        data.CopyTo(Buf.AsSpan((int)Pos));
        Pos = end;
        if (end > Length) Length = (int)end;
        return data.Length;
    }

    internal ReadOnlySpan<byte> Take(long n)
    {
        long avail = Math.Max(0, Length - Pos);
        if (n < 0 || n > avail) n = avail;
        var span = Buf.AsSpan((int)Math.Min(Pos, Length), (int)n);
        Pos += n;
        return span;
    }

    internal ReadOnlySpan<byte> TakeLine(long limit)
    {
        if (Pos >= Length) return [];
        var rest = Buf.AsSpan((int)Pos, (int)(Length - Pos));
        int n = rest.IndexOf((byte)'\n');
        n = n < 0 ? rest.Length : n + 1;
        if (limit >= 0 && n > limit) n = (int)limit;
        Pos += n;
        return rest[..n];
    }
}
