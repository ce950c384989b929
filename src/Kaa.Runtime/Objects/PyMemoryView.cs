namespace Kaa.Runtime;

/// <summary>
/// <c>memoryview</c>: a view of an exporter's memory (CPython's PyMemoryViewObject). Every view made from
/// one exporter — slices, casts, <c>memoryview(m)</c> — shares one <see cref="ManagedBuffer"/>, which holds
/// the exporter's buffer until the last of those views is released. A view is described as CPython's
/// Py_buffer: a start offset into the exporter's memory, the format and item size, and shape and strides
/// (strides may be negative or larger than the item: a non-contiguous slice).
/// </summary>
public sealed class PyMemoryView : PyObject, IBufferExporter
{
    internal readonly ManagedBuffer Managed;
    internal readonly int Offset;
    internal readonly string Format;
    internal readonly int ItemSize;
    internal readonly int[] Shape;
    internal readonly int[] Strides;
    internal readonly bool ReadOnly;

    private bool _released;

    /// <summary>Buffers this memoryview has handed out and not yet got back (CPython's <c>exports</c>).</summary>
    private int _exports;

    /// <summary>The cached hash; -1 until computed.</summary>
    internal long Hash = -1;

    internal PyMemoryView(ManagedBuffer managed, int offset, string format, int itemSize, int[] shape, int[] strides, bool readOnly)
        : base(BuiltinTypes.MemoryView)
    {
        Managed = managed;
        Offset = offset;
        Format = format;
        ItemSize = itemSize;
        Shape = shape;
        Strides = strides;
        ReadOnly = readOnly;
        managed.AddView();
    }

    /// <summary>PyMemoryView_FromObject: a view of all of <paramref name="obj"/>'s buffer (a memoryview
    /// argument shares its managed buffer).</summary>
    public static PyMemoryView? FromObject(ThreadState ts, PyObject obj)
    {
        if (obj is PyMemoryView m)
        {
            if (!m.CheckReleased(ts)) return null;
            return new PyMemoryView(m.Managed, m.Offset, m.Format, m.ItemSize, m.Shape, m.Strides, m.ReadOnly);
        }
        if (!Protocols.HasBuffer(obj))
        {
            ts.SetError(PyExc.TypeError, $"memoryview: a bytes-like object is required, not '{obj.Type.Name}'");
            return null;
        }
        if (!Protocols.GetBuffer(ts, obj, false, out var view)) return null;
        var managed = new ManagedBuffer(view);
        int itemSize = view.ItemSize > 0 ? view.ItemSize : 1;
        int[] shape = view.Shape is { } s ? (int[])s.Clone() : [view.Length / itemSize];
        return new PyMemoryView(managed, 0, view.Format ?? "B", itemSize, shape, ContiguousStrides(shape, itemSize), view.ReadOnly);
    }

    /// <summary>C-order strides for <paramref name="shape"/>.</summary>
    internal static int[] ContiguousStrides(int[] shape, int itemSize)
    {
        var strides = new int[shape.Length];
        int stride = itemSize;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            strides[i] = stride;
            stride *= shape[i];
        }
        return strides;
    }

    public int NDim => Shape.Length;

    /// <summary>The number of bytes the view covers (<c>nbytes</c>, Py_buffer's len).</summary>
    public int NBytes
    {
        get
        {
            int n = ItemSize;
            foreach (int d in Shape) n *= d;
            return n;
        }
    }

    /// <summary>The exporter's whole memory (valid while the managed buffer is held).</summary>
    internal Span<byte> BaseSpan => Managed.View.Memory.Span;

    public bool IsReleased => _released || Managed.Released;

    /// <summary>CHECK_RELEASED: ValueError "operation forbidden on released memoryview object".</summary>
    internal bool CheckReleased(ThreadState ts)
    {
        if (!IsReleased) return true;
        ts.SetError(PyExc.ValueError, "operation forbidden on released memoryview object");
        return false;
    }

    /// <summary>_memory_release: refused while this view has exported buffers.</summary>
    internal bool Release(ThreadState ts)
    {
        if (_released) return true;
        if (_exports > 0)
        {
            ts.SetError(PyExc.BufferError, $"memoryview has {_exports} exported buffer{(_exports == 1 ? "" : "s")}");
            return false;
        }
        _released = true;
        Managed.RemoveView();
        return true;
    }

    public bool IsCContiguous
    {
        get
        {
            int expected = ItemSize;
            for (int i = NDim - 1; i >= 0; i--)
            {
                if (Shape[i] == 0) return true;
                if (Shape[i] > 1 && Strides[i] != expected) return false;
                expected *= Shape[i];
            }
            return true;
        }
    }

    public bool IsFContiguous
    {
        get
        {
            int expected = ItemSize;
            for (int i = 0; i < NDim; i++)
            {
                if (Shape[i] == 0) return true;
                if (Shape[i] > 1 && Strides[i] != expected) return false;
                expected *= Shape[i];
            }
            return true;
        }
    }

    /// <summary>The view's bytes in C order (PyBuffer_ToContiguous), or Fortran order when <paramref name="fortran"/>.</summary>
    internal byte[] ToContiguous(bool fortran = false)
    {
        var result = new byte[NBytes];
        var src = BaseSpan;
        if (IsCContiguous && (!fortran || NDim <= 1 || IsFContiguous))
        {
            src.Slice(Offset, result.Length).CopyTo(result);
            return result;
        }
        if (result.Length == 0) return result;
        var index = new int[NDim];
        int pos = 0;
        while (true)
        {
            int at = Offset;
            for (int d = 0; d < NDim; d++) at += index[d] * Strides[d];
            src.Slice(at, ItemSize).CopyTo(result.AsSpan(pos));
            pos += ItemSize;
            if (!Advance(index, fortran)) break;
        }
        return result;
    }

    /// <summary>The next multi-dimensional index in C (last fastest) or Fortran (first fastest) order; false at the end.</summary>
    private bool Advance(int[] index, bool fortran)
    {
        for (int k = 0; k < NDim; k++)
        {
            int d = fortran ? k : NDim - 1 - k;
            if (++index[d] < Shape[d]) return true;
            index[d] = 0;
        }
        return false;
    }

    /// <summary>The memory of item <paramref name="index"/> of a 1-D view (already bounds-checked).</summary>
    internal Span<byte> Item(long index) => BaseSpan.Slice(Offset + (int)(index * Strides[0]), ItemSize);

    public bool GetBuffer(ThreadState ts, bool writable, out PyBuffer view)
    {
        view = default;
        if (!CheckReleased(ts)) return false;
        if (writable && ReadOnly)
        {
            ts.SetError(PyExc.BufferError, "memoryview: underlying buffer is not writable");
            return false;
        }
        Memory<byte> memory;
        if (IsCContiguous) memory = Managed.View.Memory.Slice(Offset, NBytes);
        else if (!writable) memory = ToContiguous(); // a non-contiguous view is handed out as a C-order copy
        else
        {
            ts.SetError(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous");
            return false;
        }
        view = new PyBuffer
        {
            Owner = this,
            Memory = memory,
            ReadOnly = ReadOnly,
            Format = Format,
            ItemSize = ItemSize,
            Shape = NDim == 1 ? null : (int[])Shape.Clone(),
        };
        _exports++;
        return true;
    }

    public void ReleaseBuffer(ref PyBuffer view) => _exports--;

    internal static void Install(PyType type) => MemoryViewSlots.Install(type);
}

/// <summary>
/// _PyManagedBufferObject: one exporter's buffer, shared by every memoryview derived from it and released
/// when the last of them is. A view the program dropped without releasing (CPython's reference counting
/// frees it at once) is released here by finalization, so that a bytearray can resize again
/// (<see cref="BufferReclaim"/>).
/// </summary>
internal sealed class ManagedBuffer
{
    internal PyBuffer View;
    private int _views;
    private int _released;

    internal ManagedBuffer(PyBuffer view) => View = view;

    internal bool Released => Volatile.Read(ref _released) != 0;

    internal void AddView() => Interlocked.Increment(ref _views);

    internal void RemoveView()
    {
        if (Interlocked.Decrement(ref _views) == 0) Release();
    }

    private void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) Protocols.ReleaseBuffer(ref View);
    }

    ~ManagedBuffer() => Release();
}
