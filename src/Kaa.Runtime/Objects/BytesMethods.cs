namespace Kaa.Runtime;

/// <summary>
/// The methods <c>bytes</c> and <c>bytearray</c> share (CPython's bytes_methods.c and stringlib), one
/// implementation over spans for both types, installed by family from partial files: searching
/// (BytesMethods.Search.cs), splitting and joining (BytesMethods.Split.cs), edited copies
/// (BytesMethods.Edit.cs), case mappings and predicates (BytesMethods.Case.cs), hex, fromhex and decode
/// (BytesMethods.Hex.cs). A method of a bytearray returns a bytearray.
/// </summary>
internal static partial class BytesMethods
{
    internal static void Install(PyType type)
    {
        InstallSearch(type);
        InstallSplit(type);
        InstallEdit(type);
        InstallCase(type);
        InstallHex(type);
        InstallSequenceDunders(type);
    }

    /// <summary>
    /// The wrappers of the sequence slots (sq_concat, sq_repeat and, for bytearray, the in-place forms):
    /// <c>__add__</c>, <c>__mul__</c>, <c>__rmul__</c>, <c>__iadd__</c>, <c>__imul__</c>, calling the type's own slots.
    /// </summary>
    private static void InstallSequenceDunders(PyType type)
    {
        type.AddMethod("__add__", static (ts, self, other) => self.Type.SeqConcat!(ts, self, other), "Return self+value.");
        type.AddMethod("__mul__", static (ts, self, n) => Repeat(ts, self, n, inplace: false), "Return self*value.");
        type.AddMethod("__rmul__", static (ts, self, n) => Repeat(ts, self, n, inplace: false), "Return value*self.");
        if (type != BuiltinTypes.ByteArray) return;
        type.AddMethod("__iadd__", static (ts, self, other) => self.Type.SeqInplaceConcat!(ts, self, other), "Implement self+=value.");
        type.AddMethod("__imul__", static (ts, self, n) => Repeat(ts, self, n, inplace: true), "Implement self*=value.");
    }

    private static PyObject? Repeat(ThreadState ts, PyObject self, PyObject count, bool inplace)
    {
        if (!Protocols.AsIndex(ts, count, out long n, PyExc.OverflowError)) return null;
        return inplace ? self.Type.SeqInplaceRepeat!(ts, self, n) : self.Type.SeqRepeat!(ts, self, n);
    }

    /// <summary>The bytes of a bytes or bytearray <paramref name="self"/> (a bytearray's are valid until it resizes).</summary>
    internal static ReadOnlySpan<byte> Data(PyObject self) => self is PyBytes b ? b.Value : ((PyByteArray)self).AsSpan();

    /// <summary>A new object of self's kind (bytes or bytearray) holding a copy of <paramref name="data"/>.</summary>
    internal static PyObject Make(PyObject self, ReadOnlySpan<byte> data)
        => self is PyByteArray ? PyByteArray.Create(data) : PyBytes.Create(data);

    /// <summary>A new object of self's kind taking <paramref name="data"/>.</summary>
    internal static PyObject Take(PyObject self, byte[] data)
        => self is PyByteArray ? PyByteArray.Create(data) : PyBytes.Create(data);

    /// <summary>self[start:start+length]: an exact bytes returns itself when the range is all of it (as CPython).</summary>
    internal static PyObject Slice(PyObject self, int start, int length)
    {
        if (self.Type == BuiltinTypes.Bytes && start == 0 && length == ((PyBytes)self).Value.Length) return self;
        return Make(self, Data(self).Slice(start, length));
    }

    /// <summary>"bytes" or "bytearray", the prefix of old-style argument messages.</summary>
    internal static string KindName(PyObject self) => self is PyByteArray ? "bytearray" : "bytes";

    /// <summary>
    /// A bytes-like argument (Argument Clinic's Py_buffer): its bytes copied out when it is a bytearray
    /// (whose storage could move) or a view; no copy for bytes. False with "a bytes-like object is
    /// required, not 'T'" when <paramref name="obj"/> exports no buffer.
    /// </summary>
    internal static bool BufferArg(ThreadState ts, PyObject obj, out ReadOnlySpan<byte> data)
    {
        if (obj is PyBytes b)
        {
            data = b.Value;
            return true;
        }
        if (!Protocols.GetBuffer(ts, obj, false, out var view))
        {
            data = default;
            return false;
        }
        data = view.Span.ToArray();
        Protocols.ReleaseBuffer(ref view);
        return true;
    }

    /// <summary>_getbytevalue: an int (via __index__) in range(256), else ValueError "byte must be in range(0, 256)".</summary>
    internal static bool ByteValue(ThreadState ts, PyObject obj, out byte value)
    {
        value = 0;
        long v;
        if (obj is PyInt i)
        {
            if (!i.TryGetLong(out v)) v = -1;
        }
        else
        {
            var index = Protocols.Index(ts, obj);
            if (index is null) return false;
            if (!index.TryGetLong(out v)) v = -1;
        }
        if (v is < 0 or > 255)
        {
            ts.SetError(PyExc.ValueError, "byte must be in range(0, 256)");
            return false;
        }
        value = (byte)v;
        return true;
    }

    /// <summary>Argument Clinic's Py_ssize_t converter (__index__; OverflowError past the range).</summary>
    internal static bool Ssize(ThreadState ts, PyObject obj, out long value) => ListSlots.ToSsize(ts, obj, out value);

    /// <summary>The old-style "X() takes no keyword arguments" check of METH_VARARGS methods.</summary>
    internal static bool NoKeywords(ThreadState ts, PyObject self, PyTuple? kw, string name)
    {
        if (kw is null || kw.Length == 0) return true;
        ts.SetError(PyExc.TypeError, $"{KindName(self)}.{name}() takes no keyword arguments");
        return false;
    }

    // ---- ctype (CPython's pyctype.h, ASCII only) ----------------------------------------------------

    internal static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0b or 0x0c;
    internal static bool IsLower(byte c) => c is >= (byte)'a' and <= (byte)'z';
    internal static bool IsUpper(byte c) => c is >= (byte)'A' and <= (byte)'Z';
    internal static bool IsAlpha(byte c) => IsLower(c) || IsUpper(c);
    internal static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';
    internal static bool IsAlnum(byte c) => IsAlpha(c) || IsDigit(c);
    internal static byte ToLower(byte c) => IsUpper(c) ? (byte)(c + 32) : c;
    internal static byte ToUpper(byte c) => IsLower(c) ? (byte)(c - 32) : c;
}
