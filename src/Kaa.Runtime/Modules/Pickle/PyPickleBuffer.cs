namespace Kaa.Runtime;

/// <summary>
/// <c>pickle.PickleBuffer</c> (CPython's Objects/picklebufobject.c): holds a buffer view of a bytes-like
/// object so that protocol 5 can pickle it out of band. Its own buffer is the original object's (a
/// memoryview of a PickleBuffer sees the original's format and shape); <c>raw()</c> is a flat byte view.
/// </summary>
internal sealed class PyPickleBuffer : PyObject, IBufferExporter
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("pickle.PickleBuffer", (PyType?)null, TypeFlags.HasWeakrefs, Install);

    private PyBuffer _view;
    private bool _released;

    /// <summary>False when the original is a memoryview that is neither C- nor Fortran-contiguous (then
    /// it cannot be pickled nor give a raw view).</summary>
    internal readonly bool IsContiguous;

    private PyPickleBuffer(PyBuffer view, bool contiguous) : base(TypeObject)
    {
        _view = view;
        IsContiguous = contiguous;
    }

    /// <summary>The view of the original's memory (valid until released).</summary>
    internal ref readonly PyBuffer View => ref _view;

    /// <summary>PyPickleBuffer_GetBuffer's check: ValueError once released.</summary>
    internal bool CheckNotReleased(ThreadState ts)
    {
        if (!_released) return true;
        ts.SetError(PyExc.ValueError, "operation forbidden on released PickleBuffer object");
        return false;
    }

    public bool GetBuffer(ThreadState ts, bool writable, out PyBuffer view)
    {
        view = default;
        if (!CheckNotReleased(ts)) return false;
        return Protocols.GetBuffer(ts, _view.Owner, writable, out view);
    }

    /// <summary>CPython releases the view when the last reference goes; here when the collector finalizes
    /// an unreleased PickleBuffer (so that a bytearray it viewed can resize again).</summary>
    ~PyPickleBuffer()
    {
        if (!_released) Protocols.ReleaseBuffer(ref _view);
    }

    // The buffers handed out are the original object's: it releases them.
    public void ReleaseBuffer(ref PyBuffer view) { }

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create("Wrapper for potentially out-of-band buffers"));
        type.New = static (ts, t, args, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            int total = args.Length;
            if (total > 1) return ts.TypeError($"PickleBuffer() takes at most 1 argument ({total} given)");
            if (nkw > 0 || total == 0) return ts.TypeError($"PickleBuffer() takes exactly 1 positional argument ({total - nkw} given)");
            var obj = args[0];
            if (!Protocols.GetBuffer(ts, obj, false, out var view)) return null;
            bool contiguous = obj is not PyMemoryView m || m.IsCContiguous || m.IsFContiguous;
            return new PyPickleBuffer(view, contiguous);
        };
        type.AddMethod("raw", static (ts, self) =>
        {
            var p = (PyPickleBuffer)self;
            if (!p.CheckNotReleased(ts)) return null;
            if (!p.IsContiguous)
            {
                ts.SetError(PyExc.BufferError, "cannot extract raw buffer from non-contiguous buffer");
                return null;
            }
            var m = PyMemoryView.FromObject(ts, p);
            if (m is null) return null;
            // A flat view of unsigned bytes over the same memory.
            var raw = new PyMemoryView(m.Managed, m.Offset, "B", 1, [m.NBytes], [1], m.ReadOnly);
            m.Release(ts);
            return raw;
        }, "Return a memoryview of the raw memory underlying this buffer.\nWill raise BufferError is the buffer isn't contiguous.");
        type.AddMethod("release", static (ts, self) =>
        {
            var p = (PyPickleBuffer)self;
            if (!p._released)
            {
                p._released = true;
                Protocols.ReleaseBuffer(ref p._view);
            }
            return PyNone.Instance;
        }, "Release the underlying buffer exposed by the PickleBuffer object.");
    }
}
