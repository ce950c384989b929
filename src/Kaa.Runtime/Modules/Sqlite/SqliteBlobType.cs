namespace Kaa.Runtime;

/// <summary>
/// <c>sqlite3.Blob</c> (Modules/_sqlite/blob.c): incremental I/O on one BLOB value, opened by
/// Connection.blobopen(): read/write/seek/tell, the context manager, len(), and indexing and slicing
/// (assignment cannot change the length).
/// </summary>
internal static unsafe class SqliteBlobType
{
    public static readonly PyType Type = PyType.CreateStatic("sqlite3.Blob", (PyType?)null, TypeFlags.HasWeakrefs | TypeFlags.NoNew, Install);

    private static void Install(PyType type)
    {
        type.AddAttribute("__module__", PyStr.Create("sqlite3"));
        type.Length = static (ts, self) => Check(ts, self) is { } b ? SqliteNative.sqlite3_blob_bytes(b.Handle) : -1;
        type.GetItem = GetItem;
        type.SetItem = SetItem;
        type.AddMethod("close", static (ts, self) =>
        {
            var b = (PySqliteBlob)self;
            if (!SqliteConnectionType.CheckOpen(ts, b.Connection) || !SqliteConnectionType.CheckThread(ts, b.Connection)) return null;
            b.Close();
            return PyNone.Instance;
        }, "Close the blob.");
        type.AddMethod("read", static (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("read() takes no keyword arguments");
            if (args.Length > 1) return ts.TypeError($"read expected at most 1 argument, got {args.Length}");
            int length = -1;
            if (args.Length == 1 && !PosixArgs.CInt(ts, args[0], out length)) return null;
            var b = Check(ts, self);
            if (b is null) return null;
            int max = SqliteNative.sqlite3_blob_bytes(b.Handle) - b.Offset;
            if (length < 0 || length > max) length = max;
            if (length == 0) return PyBytes.Create([]);
            var data = Read(ts, b, length, b.Offset);
            if (data is null) return null;
            b.Offset += length;
            return PyBytes.Create(data);
        }, "Read data at the current offset position.\n\n  length\n    Read length in bytes.\n\nIf the end of the blob is reached, the data up to end of file will be returned.\nWhen length is not specified, or is negative, Blob.read() will read until the\nend of the blob.");
        type.AddMethod("write", static (ts, self, arg) =>
        {
            if (!Protocols.GetBuffer(ts, arg, false, out var view)) return null;
            var data = view.Span.ToArray();
            Protocols.ReleaseBuffer(ref view);
            var b = Check(ts, self);
            if (b is null) return null;
            if (!Write(ts, b, data, b.Offset)) return null;
            b.Offset += data.Length;
            return PyNone.Instance;
        }, "Write data at the current offset.\n\nThis function cannot change the blob length.  Writing beyond the end of the\nblob will result in an exception being raised.");
        type.AddMethod("seek", static (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("seek() takes no keyword arguments");
            if (args.Length < 1 || args.Length > 2)
                return ts.TypeError($"seek expected {(args.Length < 1 ? "at least 1 argument" : "at most 2 arguments")}, got {args.Length}");
            int origin = 0;
            if (!PosixArgs.CInt(ts, args[0], out int offset)) return null;
            if (args.Length > 1 && !PosixArgs.CInt(ts, args[1], out origin)) return null;
            var b = Check(ts, self);
            if (b is null) return null;
            int length = SqliteNative.sqlite3_blob_bytes(b.Handle);
            long target = origin switch { 0 => offset, 1 => (long)offset + b.Offset, 2 => (long)offset + length, _ => long.MinValue };
            if (target == long.MinValue) return ts.Raise(PyExc.ValueError, "'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END");
            if (target > int.MaxValue) return ts.Raise(PyExc.OverflowError, "seek offset results in overflow");
            if (target < 0 || target > length) return ts.Raise(PyExc.ValueError, "offset out of blob range");
            b.Offset = (int)target;
            return PyNone.Instance;
        }, "Set the current access position to offset.\n\nThe origin argument defaults to os.SEEK_SET (absolute blob positioning).\nOther values for origin are os.SEEK_CUR (seek relative to the current position)\nand os.SEEK_END (seek relative to the blob's end).");
        type.AddMethod("tell", static (ts, self) => Check(ts, self) is { } b ? PyInt.Create(b.Offset) : null,
            "Return the current access position for the blob.");
        type.AddMethod("__enter__", static (ts, self) => Check(ts, self) is null ? null : self, "Blob context manager enter.");
        type.AddMethod("__exit__", static (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("__exit__() takes no keyword arguments");
            if (args.Length != 3) return ts.TypeError($"__exit__ expected 3 arguments, got {args.Length}");
            var b = Check(ts, self);
            if (b is null) return null;
            b.Close();
            return PyBool.False;
        }, "Blob context manager exit.");
    }

    private static PySqliteBlob? Check(ThreadState ts, PyObject self)
    {
        var b = (PySqliteBlob)self;
        if (!SqliteConnectionType.CheckOpen(ts, b.Connection) || !SqliteConnectionType.CheckThread(ts, b.Connection)) return null;
        if (b.Handle == 0)
        {
            ts.SetError(b.Connection.State.ProgrammingError, "Cannot operate on a closed blob.");
            return null;
        }
        return b;
    }

    private static byte[]? Read(ThreadState ts, PySqliteBlob b, int length, int offset)
    {
        var data = new byte[length];
        int rc;
        fixed (byte* p = data.Length == 0 ? [0] : data) rc = SqliteNative.sqlite3_blob_read(b.Handle, p, length, offset);
        if (rc == SqliteNative.OK) return data;
        SqliteModule.SetError(ts, b.Connection.State, b.Connection.Db);
        return null;
    }

    private static bool Write(ThreadState ts, PySqliteBlob b, byte[] data, int offset)
    {
        if (data.Length > SqliteNative.sqlite3_blob_bytes(b.Handle) - offset)
        {
            ts.SetError(PyExc.ValueError, "data longer than blob length");
            return false;
        }
        int rc;
        fixed (byte* p = data.Length == 0 ? [0] : data) rc = SqliteNative.sqlite3_blob_write(b.Handle, p, data.Length, offset);
        if (rc == SqliteNative.OK) return true;
        SqliteModule.SetError(ts, b.Connection.State, b.Connection.Db);
        return false;
    }

    private static bool Index(ThreadState ts, PySqliteBlob b, PyObject item, out int index)
    {
        index = -1;
        var i = Protocols.Index(ts, item);
        if (i is null) return false;
        if (!i.TryGetLong(out long v))
        {
            ts.SetError(PyExc.IndexError, $"cannot fit '{item.Type.Name}' into an index-sized integer");
            return false;
        }
        int length = SqliteNative.sqlite3_blob_bytes(b.Handle);
        if (v < 0) v += length;
        if (v < 0 || v >= length)
        {
            ts.SetError(PyExc.IndexError, "Blob index out of range");
            return false;
        }
        index = (int)v;
        return true;
    }

    private static PyObject? GetItem(ThreadState ts, PyObject self, PyObject item)
    {
        var b = Check(ts, self);
        if (b is null) return null;
        if (item.Type.Index is not null)
        {
            if (!Index(ts, b, item, out int i)) return null;
            var one = Read(ts, b, 1, i);
            return one is null ? null : PyInt.Create(one[0]);
        }
        if (item is PySlice slice)
        {
            int length = SqliteNative.sqlite3_blob_bytes(b.Handle);
            if (!SliceIndices.GetIndices(ts, slice, length, out long start, out long step, out long count)) return null;
            var all = Read(ts, b, length, 0);
            if (all is null) return null;
            var result = new byte[count];
            for (long k = 0; k < count; k++) result[k] = all[start + k * step];
            return PyBytes.Create(result);
        }
        return ts.TypeError("Blob indices must be integers");
    }

    private static int SetItem(ThreadState ts, PyObject self, PyObject item, PyObject? value)
    {
        var b = Check(ts, self);
        if (b is null) return -1;
        if (item.Type.Index is not null)
        {
            if (value is null) { ts.SetError(PyExc.TypeError, "Blob doesn't support item deletion"); return -1; }
            if (value is not PyInt v) { ts.SetError(PyExc.TypeError, $"'{value.Type.Name}' object cannot be interpreted as an integer"); return -1; }
            if (!Index(ts, b, item, out int i)) return -1;
            if (!v.TryGetLong(out long byteValue) || byteValue < 0 || byteValue > 255)
            {
                ts.SetError(PyExc.ValueError, "byte must be in range(0, 256)");
                return -1;
            }
            return Write(ts, b, [(byte)byteValue], i) ? 0 : -1;
        }
        if (item is PySlice slice)
        {
            if (value is null) { ts.SetError(PyExc.TypeError, "Blob doesn't support slice deletion"); return -1; }
            int length = SqliteNative.sqlite3_blob_bytes(b.Handle);
            if (!SliceIndices.GetIndices(ts, slice, length, out long start, out long step, out long count)) return -1;
            if (count == 0) return 0;
            if (!Protocols.GetBuffer(ts, value, false, out var view)) return -1;
            var data = view.Span.ToArray();
            Protocols.ReleaseBuffer(ref view);
            if (data.Length != count)
            {
                ts.SetError(PyExc.IndexError, "Blob slice assignment is wrong size");
                return -1;
            }
            if (step == 1) return Write(ts, b, data, (int)start) ? 0 : -1;
            var all = Read(ts, b, length, 0);
            if (all is null) return -1;
            for (long k = 0; k < count; k++) all[start + k * step] = data[k];
            return Write(ts, b, all, 0) ? 0 : -1;
        }
        ts.SetError(PyExc.TypeError, "Blob indices must be integers");
        return -1;
    }
}
