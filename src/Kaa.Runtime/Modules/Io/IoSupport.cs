namespace Kaa.Runtime;

/// <summary>Helpers shared by the <c>_io</c> types: CPython's error texts and the calls they make on each other.</summary>
internal static class IoSupport
{
    public const int DefaultBufferSize = 8192;

    public static readonly PyStr Closed = PyStr.Intern("closed");
    public static readonly PyStr Newline = PyStr.Intern("\n");

    public static PyObject? Unsupported(ThreadState ts, string message) => ts.Raise(IoTypes.UnsupportedOperation, message);

    public static PyObject? ClosedFile(ThreadState ts) => ts.ValueError("I/O operation on closed file.");

    /// <summary>The <c>closed</c> attribute as a truth value: 1, 0, or -1 with the error set.</summary>
    public static int IsClosed(ThreadState ts, PyObject self)
    {
        var c = Protocols.GetAttr(ts, self, Closed);
        return c is null ? -1 : Protocols.IsTrue(ts, c);
    }

    /// <summary>iobase_check_closed: false with ValueError when <c>self.closed</c> is true.</summary>
    public static bool CheckClosed(ThreadState ts, PyObject self)
    {
        int r = IsClosed(ts, self);
        if (r < 0) return false;
        if (r == 1) { ClosedFile(ts); return false; }
        return true;
    }

    /// <summary>A size argument: None or an int (negative meaning "all"), as _Py_convert_optional_to_ssize_t.</summary>
    public static bool OptionalSize(ThreadState ts, PyObject? arg, out long size)
    {
        size = -1;
        if (arg is null || arg is PyNone) return true;
        if (arg.Type.Index is null && arg is not PyInt)
        {
            ts.TypeError($"argument should be integer or None, not '{arg.Type.Name}'");
            return false;
        }
        return Protocols.AsIndex(ts, arg, out size, PyExc.OverflowError);
    }

    /// <summary>An int argument (PyNumber_AsSsize_t with OverflowError).</summary>
    public static bool Size(ThreadState ts, PyObject arg, out long size) => Protocols.AsIndex(ts, arg, out size, PyExc.OverflowError);

    /// <summary>The bytes of a bytes-like argument, copied.</summary>
    public static byte[]? BytesOf(ThreadState ts, PyObject obj)
    {
        if (obj is PyBytes b) return b.Value;
        if (!Protocols.GetBuffer(ts, obj, false, out var view)) return null;
        var copy = view.Span.ToArray();
        Protocols.ReleaseBuffer(ref view);
        return copy;
    }

    /// <summary>A new bytearray of <paramref name="size"/> zero bytes (for readinto calls on Python objects).</summary>
    public static PyObject? NewByteArray(ThreadState ts, long size)
    {
        var ctor = ts.Interp.Builtins.GetStr("bytearray");
        if (ctor is null) return ts.Raise(PyExc.SystemError, "bytearray is not available");
        return Protocols.Call1(ts, ctor, PyInt.Create(size));
    }

    /// <summary>Copies <paramref name="data"/> into a writable buffer argument (readinto of the buffered classes).</summary>
    public static bool WithWritableBuffer(ThreadState ts, PyObject target, out PyBuffer view)
    {
        if (!Protocols.GetBuffer(ts, target, true, out view))
        {
            if (ts.ErrorMatches(PyExc.TypeError) && !Protocols.HasBuffer(target))
            {
                ts.ClearError();
                ts.TypeError($"readinto() argument must be read-write bytes-like object, not {target.Type.Name}");
            }
            return false;
        }
        return true;
    }

    public static PyObject Bytes(ReadOnlySpan<byte> data) => PyBytes.Create(data.ToArray());

    /// <summary>Returns null (leaving the current error) after chaining: the error of a failed close is the
    /// context of a later one, as _PyErr_ChainExceptions.</summary>
    public static void ChainErrors(ThreadState ts, PyBaseException? earlier)
    {
        if (earlier is null) return;
        if (ts.CurrentException is { } now)
        {
            if (now.Context is null && now != earlier) now.Context = earlier;
        }
        else ts.SetError(earlier);
    }
}
