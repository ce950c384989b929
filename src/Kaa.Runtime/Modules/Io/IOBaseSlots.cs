namespace Kaa.Runtime;

/// <summary>
/// <c>_io._IOBase</c> (Modules/_io/iobase.c): the behaviour every stream shares, written in terms of the
/// stream's own methods (so Python subclasses that define read/write/seek get the rest): closing, the
/// context manager, iteration by lines, readline/readlines/writelines, and the "unsupported" defaults.
/// </summary>
internal static class IOBaseSlots
{
    private static readonly ArgSpec s_readline = new("readline", ["size"], required: 0);
    private static readonly ArgSpec s_readlines = new("readlines", ["hint"], required: 0);

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => new PyIOBase(t);
        type.Iter = static (ts, self) => IoSupport.CheckClosed(ts, self) ? self : null;
        type.IterNext = IterNext;
        type.AddGetSet("__dict__", static (ts, self) => (PyObject?)self.Dict ?? PyNone.Instance, static (ts, self, v) =>
        {
            if (v is not PyDict d) { ts.SetError(PyExc.TypeError, "__dict__ must be set to a dictionary, not a '" + (v?.Type.Name ?? "NoneType") + "'"); return -1; }
            self.Dict = d;
            return 0;
        });
        type.AddMethod("seek", static (ts, self, args, kw) => IoSupport.Unsupported(ts, "seek"));
        type.AddMethod("tell", static (ts, self) => Protocols.CallMethod(ts, self, "seek", [PyInt.Create(0), PyInt.Create(1)]));
        type.AddMethod("truncate", static (ts, self, args, kw) => IoSupport.Unsupported(ts, "truncate"));
        type.AddMethod("flush", static (ts, self) =>
            self is PyIOBase b && b.BaseClosed ? IoSupport.ClosedFile(ts) : PyNone.Instance);
        type.AddMethod("close", Close);
        type.AddGetSet("closed", static (ts, self) => PyBool.From(self is PyIOBase b && b.BaseClosed));
        type.AddMethod("seekable", static (ts, self) => PyBool.False);
        type.AddMethod("readable", static (ts, self) => PyBool.False);
        type.AddMethod("writable", static (ts, self) => PyBool.False);
        type.AddMethod("_checkClosed", static (ts, self, args, kw) => IoSupport.CheckClosed(ts, self) ? PyNone.Instance : null);
        type.AddMethod("_checkSeekable", static (ts, self, args, kw) => Check(ts, self, "seekable", "File or stream is not seekable."));
        type.AddMethod("_checkReadable", static (ts, self, args, kw) => Check(ts, self, "readable", "File or stream is not readable."));
        type.AddMethod("_checkWritable", static (ts, self, args, kw) => Check(ts, self, "writable", "File or stream is not writable."));
        type.AddMethod("fileno", static (ts, self) => IoSupport.Unsupported(ts, "fileno"));
        type.AddMethod("isatty", static (ts, self) => IoSupport.CheckClosed(ts, self) ? PyBool.False : null);
        type.AddMethod("__enter__", static (ts, self) => IoSupport.CheckClosed(ts, self) ? self : null);
        type.AddMethod("__exit__", static (ts, self, args, kw) => Protocols.CallMethod(ts, self, "close", []));
        type.AddMethod("readline", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_readline.Parse(ts, args, kw, a)) return null;
            if (!IoSupport.OptionalSize(ts, a[0], out long limit)) return null;
            return ReadLine(ts, self, limit);
        });
        type.AddMethod("readlines", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_readlines.Parse(ts, args, kw, a)) return null;
            if (!IoSupport.OptionalSize(ts, a[0], out long hint)) return null;
            return ReadLines(ts, self, hint);
        });
        type.AddMethod("writelines", static (ts, self, lines) =>
        {
            if (!IoSupport.CheckClosed(ts, self)) return null;
            var it = Protocols.GetIter(ts, lines);
            if (it is null) return null;
            while (Protocols.Next(ts, it) is { } line)
                if (Protocols.CallMethod(ts, self, "write", [line]) is null) return null;
            return ts.HasError ? null : PyNone.Instance;
        });
        type.AddMethod("__del__", static (ts, self) =>
        {
            Finalize(ts, self);
            return PyNone.Instance;
        });
    }

    // What the buffered classes ask of their raw stream, calling its readable()/writable()/seekable()
    // directly (as CPython does), so a raw object need not derive from IOBase (tarfile's _FileInFile).
    internal static PyObject? CheckReadable(ThreadState ts, PyObject raw) => Check(ts, raw, "readable", "File or stream is not readable.");
    internal static PyObject? CheckWritable(ThreadState ts, PyObject raw) => Check(ts, raw, "writable", "File or stream is not writable.");
    internal static PyObject? CheckSeekable(ThreadState ts, PyObject raw) => Check(ts, raw, "seekable", "File or stream is not seekable.");

    private static PyObject? Check(ThreadState ts, PyObject self, string method, string message)
    {
        var r = Protocols.CallMethod(ts, self, method, []);
        if (r is null) return null;
        if (r != PyBool.True) return IoSupport.Unsupported(ts, message);
        return PyBool.True;
    }

    /// <summary>_IOBase.close: flush, then mark closed even when flush failed (and re-raise its error).</summary>
    private static PyObject? Close(ThreadState ts, PyObject self)
    {
        if (self is not PyIOBase b) return PyNone.Instance;
        if (b.BaseClosed) return PyNone.Instance;
        var r = Protocols.CallMethod(ts, self, "flush", []);
        b.MarkBaseClosed();
        return r is null ? null : PyNone.Instance;
    }

    /// <summary>_PyIOBase_finalize: close an object left open (errors are unraisable, so dropped here).</summary>
    internal static void Finalize(ThreadState ts, PyObject self)
    {
        var saved = ts.FetchError();
        int closed = IoSupport.IsClosed(ts, self);
        if (closed == 0)
        {
            if (self is PyIOBase b) b.Finalizing = true;
            Protocols.CallMethod(ts, self, "close", []);
        }
        ts.ClearError();
        if (saved is not null) ts.SetError(saved);
    }

    private static PyObject? IterNext(ThreadState ts, PyObject self)
    {
        var line = Protocols.CallMethod(ts, self, "readline", []);
        if (line is null) return null;
        nint n = Protocols.Length(ts, line);
        if (n < 0) return null;
        return n == 0 ? null : line;
    }

    /// <summary>_IOBase.readline: peek() (when the stream has it) tells how much can be read at once; otherwise one byte at a time.</summary>
    internal static PyObject? ReadLine(ThreadState ts, PyObject self, long limit)
    {
        var peek = Protocols.LookupAttr(ts, self, PyStr.Intern("peek"));
        if (peek is null && ts.HasError) return null;
        var buffer = new List<byte>();
        while (limit < 0 || buffer.Count < limit)
        {
            long nreadahead = 1;
            if (peek is not null)
            {
                var ahead = Protocols.Call1(ts, peek, PyInt.Create(1));
                if (ahead is null) return null;
                if (ahead is not PyBytes ab)
                    return ts.Raise(PyExc.OSError, $"peek() should have returned a bytes object, not '{ahead.Type.Name}'");
                if (ab.Value.Length > 0)
                {
                    int n = 0;
                    var data = ab.Value;
                    while (n < data.Length && (limit < 0 || n < limit - buffer.Count))
                        if (data[n++] == (byte)'\n') break;
                    nreadahead = n;
                }
            }
            var b = Protocols.CallMethod(ts, self, "read", [PyInt.Create(nreadahead)]);
            if (b is null) return null;
            if (b is PyNone) break;
            if (b is not PyBytes bytes)
                return ts.Raise(PyExc.OSError, $"read() should have returned a bytes object, not '{b.Type.Name}'");
            if (bytes.Value.Length == 0) break;
            buffer.AddRange(bytes.Value);
            if (buffer[^1] == (byte)'\n') break;
        }
        return PyBytes.Create(buffer.ToArray());
    }

    internal static PyObject? ReadLines(ThreadState ts, PyObject self, long hint)
    {
        var result = new PyList();
        var it = Protocols.GetIter(ts, self);
        if (it is null) return null;
        long total = 0;
        while (Protocols.Next(ts, it) is { } line)
        {
            result.Append(line);
            if (hint > 0)
            {
                nint n = Protocols.Length(ts, line);
                if (n < 0) return null;
                total += n;
                if (total >= hint) break;
            }
        }
        return ts.HasError ? null : result;
    }
}
