namespace Kaa.Runtime;

/// <summary>
/// The buffer protocol (PEP 3118, CPython's Py_buffer): an object that exposes its bytes to others
/// (bytes, bytearray, memoryview, array.array, mmap) implements this; consumers (memoryview, _io,
/// _struct, binascii, hashlib, _sre on bytes, ...) go through <see cref="Protocols.GetBuffer"/>.
/// Kaa's exporters hand out contiguous memory; shape and strides describe how a memoryview sees it.
/// </summary>
public interface IBufferExporter
{
    /// <summary>Fills <paramref name="view"/> (bf_getbuffer). False with BufferError set when the request
    /// cannot be met (a writable view of read-only memory). Every success is paired with one
    /// <see cref="ReleaseBuffer"/>: while views exist, an exporter that can resize (bytearray) refuses to.</summary>
    bool GetBuffer(ThreadState ts, bool writable, out PyBuffer view);

    /// <summary>bf_releasebuffer: the view obtained from <see cref="GetBuffer"/> is no longer used.</summary>
    void ReleaseBuffer(ref PyBuffer view);
}

/// <summary>A view of an exporter's memory (Py_buffer).</summary>
public struct PyBuffer
{
    /// <summary>The exporting object (<c>obj</c>).</summary>
    public PyObject Owner;

    /// <summary>The bytes, contiguous (<c>buf</c>, <c>len</c>).</summary>
    public Memory<byte> Memory;

    public bool ReadOnly;

    /// <summary>The struct-module format of one item ("B" for plain bytes).</summary>
    public string Format;

    public int ItemSize;

    /// <summary>Items per dimension (null: one dimension of <c>Length / ItemSize</c> items).</summary>
    public int[]? Shape;

    public readonly Span<byte> Span => Memory.Span;

    public readonly int Length => Memory.Length;

    /// <summary>A view of plain bytes.</summary>
    public static PyBuffer OfBytes(PyObject owner, Memory<byte> memory, bool readOnly)
        => new() { Owner = owner, Memory = memory, ReadOnly = readOnly, Format = "B", ItemSize = 1 };
}

public static partial class Protocols
{
    /// <summary>PyObject_GetBuffer. False with TypeError "a bytes-like object is required, not 'T'" when
    /// <paramref name="obj"/> exports no buffer (callers that word it differently check
    /// <see cref="HasBuffer"/> first).</summary>
    public static bool GetBuffer(ThreadState ts, PyObject obj, bool writable, out PyBuffer view)
    {
        if (obj is IBufferExporter e) return e.GetBuffer(ts, writable, out view);
        view = default;
        ts.SetError(PyExc.TypeError, $"a bytes-like object is required, not '{obj.Type.Name}'");
        return false;
    }

    /// <summary>PyBuffer_Release.</summary>
    public static void ReleaseBuffer(ref PyBuffer view)
    {
        if (view.Owner is IBufferExporter e) e.ReleaseBuffer(ref view);
        view = default;
    }

    /// <summary>PyObject_CheckBuffer.</summary>
    public static bool HasBuffer(PyObject obj) => obj is IBufferExporter;
}

/// <summary>
/// CPython frees a memoryview the moment its last reference goes, releasing its export; here that happens
/// when the garbage collector finalizes its <see cref="ManagedBuffer"/>. An exporter that finds exports
/// outstanding when it must resize (bytearray) asks for that to happen now, before it refuses.
/// </summary>
internal static class BufferReclaim
{
    internal static void CollectAbandonedViews()
    {
        GC.Collect();
        ForkedProcess.WaitForPendingFinalizers();
    }
}
