namespace Kaa.Runtime;

/// <summary>The methods of BufferedReader, BufferedWriter and BufferedRandom (one C# class, three method sets).</summary>
internal static class BufferedSlots
{
    private static readonly ArgSpec s_readerInit = new("BufferedReader", ["raw", "buffer_size"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_writerInit = new("BufferedWriter", ["raw", "buffer_size"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_randomInit = new("BufferedRandom", ["raw", "buffer_size"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_read = new("read", ["size"], required: 0);
    private static readonly ArgSpec s_read1 = new("read1", ["size"], required: 0);
    private static readonly ArgSpec s_peek = new("peek", ["size"], required: 0);
    private static readonly ArgSpec s_readline = new("readline", ["size"], required: 0);
    private static readonly ArgSpec s_seek = new("seek", ["target", "whence"], required: 1);
    private static readonly ArgSpec s_truncate = new("truncate", ["pos"], required: 0);

    internal static void InstallReader(PyType type)
    {
        InstallCommon(type, s_readerInit, readable: true, writable: false);
        InstallReading(type);
    }

    internal static void InstallWriter(PyType type)
    {
        InstallCommon(type, s_writerInit, readable: false, writable: true);
        InstallWriting(type);
    }

    internal static void InstallRandom(PyType type)
    {
        InstallCommon(type, s_randomInit, readable: true, writable: true);
        InstallReading(type);
        InstallWriting(type);
    }

    private static PyBuffered? Ready(ThreadState ts, PyObject self)
    {
        var b = (PyBuffered)self;
        return b.CheckInitialized(ts) ? b : null;
    }

    private static void InstallCommon(PyType type, ArgSpec initSpec, bool readable, bool writable)
    {
        type.New = static (ts, t, args, kw) => new PyBuffered(t);
        type.Init = (ts, self, args, kw) =>
        {
            var b = (PyBuffered)self;
            var a = new ArgBuffer();
            if (!initSpec.Parse(ts, args, kw, a)) return -1;
            var raw = a[0]!;
            if (readable && writable && IOBaseSlots.CheckSeekable(ts, raw) is null) return -1;
            if (readable && IOBaseSlots.CheckReadable(ts, raw) is null) return -1;
            if (writable && IOBaseSlots.CheckWritable(ts, raw) is null) return -1;
            long size = IoSupport.DefaultBufferSize;
            if (a[1] is { } s && !Protocols.AsIndex(ts, s, out size, PyExc.OverflowError)) return -1;
            if (size <= 0) { ts.ValueError("buffer size must be strictly positive"); return -1; }
            if (size > int.MaxValue / 2) { ts.MemoryError(); return -1; }
            b.Setup(raw, (int)size, readable, writable);
            if (writable) ts.Interp.GetModuleState<OpenFiles>().Add(b);
            return 0;
        };
        type.Repr = Repr;
        type.AddMethod("flush", static (ts, self) =>
        {
            var b = Ready(ts, self);
            if (b is null) return null;
            if (!b.Writable) return Protocols.CallMethod(ts, b.Raw!, "flush", []);
            if (!b.CheckClosed(ts, "flush of closed file")) return null;
            return b.FlushAndRewind(ts) ? PyNone.Instance : null;
        });
        type.AddMethod("close", Close);
        type.AddMethod("detach", static (ts, self) =>
        {
            var b = Ready(ts, self);
            if (b is null) return null;
            if (Protocols.CallMethod(ts, self, "flush", []) is null) return null;
            var raw = b.Raw!;
            b.Raw = null;
            b.FastRaw = null;
            b.Detached = true;
            b.Initialized = false;
            return raw;
        });
        type.AddMethod("seekable", static (ts, self) => Ready(ts, self) is { } b ? Protocols.CallMethod(ts, b.Raw!, "seekable", []) : null);
        // A reader has no writable() of its own (and a writer no readable()): _IOBase's False answers.
        if (readable) type.AddMethod("readable", static (ts, self) => Ready(ts, self) is { } b ? Protocols.CallMethod(ts, b.Raw!, "readable", []) : null);
        if (writable) type.AddMethod("writable", static (ts, self) => Ready(ts, self) is { } b ? Protocols.CallMethod(ts, b.Raw!, "writable", []) : null);
        type.AddMethod("fileno", static (ts, self) => Ready(ts, self) is { } b ? Protocols.CallMethod(ts, b.Raw!, "fileno", []) : null);
        type.AddMethod("isatty", static (ts, self) => Ready(ts, self) is { } b ? Protocols.CallMethod(ts, b.Raw!, "isatty", []) : null);
        type.AddMethod("_dealloc_warn", static (ts, self, arg) => PyNone.Instance);
        type.AddMethod("tell", static (ts, self) =>
        {
            var b = Ready(ts, self);
            if (b is null) return null;
            long pos = b.Tell(ts);
            return pos < 0 ? null : PyInt.Create(pos);
        });
        type.AddMethod("seek", static (ts, self, args, kw) =>
        {
            var b = Ready(ts, self);
            if (b is null) return null;
            var a = new ArgBuffer();
            if (!s_seek.Parse(ts, args, kw, a)) return null;
            var target = a[0]!;
            if (target is PyFloat || target.Type.Index is null && target is not PyInt)
                return ts.TypeError($"'{target.Type.Name}' object cannot be interpreted as an integer");
            long whence = 0;
            if (a[1] is { } w && !Protocols.AsIndex(ts, w, out whence, PyExc.OverflowError)) return null;
            if (whence is < 0 or > 4) return ts.ValueError($"whence value {whence} unsupported");
            if (!b.CheckClosed(ts, "seek of closed file")) return null;
            if (IOBaseSlots.CheckSeekable(ts, b.Raw!) is null) return null;
            if (!Protocols.AsIndex(ts, target, out long pos, PyExc.OverflowError)) return null;
            long r = b.Seek(ts, pos, (int)whence);
            return r < 0 ? null : PyInt.Create(r);
        });
        type.AddMethod("truncate", static (ts, self, args, kw) =>
        {
            var b = Ready(ts, self);
            if (b is null) return null;
            var a = new ArgBuffer();
            if (!s_truncate.Parse(ts, args, kw, a)) return null;
            if (!b.CheckClosed(ts, "truncate of closed file")) return null;
            if (!b.Writable) return IoSupport.Unsupported(ts, "truncate");
            if (!b.FlushAndRewind(ts)) return null;
            PyObject pos = a[0] ?? PyNone.Instance;
            if (pos is PyNone)
            {
                long p = b.RawTell(ts);
                if (p < 0) return null;
                pos = PyInt.Create(p);
            }
            var r = Protocols.CallMethod(ts, b.Raw!, "truncate", [pos]);
            if (r is null) return null;
            return b.RawTell(ts) < 0 ? null : r;
        });
        type.AddGetSet("raw", static (ts, self) => ((PyBuffered)self).Raw ?? PyNone.Instance);
        type.AddGetSet("closed", static (ts, self) => Ready(ts, self) is { } b ? Protocols.GetAttr(ts, b.Raw!, IoSupport.Closed) : null);
        type.AddGetSet("name", static (ts, self) => Ready(ts, self) is { } b ? Protocols.GetAttr(ts, b.Raw!, PyStr.Intern("name")) : null);
        type.AddGetSet("mode", static (ts, self) => Ready(ts, self) is { } b ? Protocols.GetAttr(ts, b.Raw!, PyStr.Intern("mode")) : null);
        type.AddGetSet("_finalizing", static (ts, self) => PyBool.From(((PyBuffered)self).Finalizing));
        type.AddMethod("__sizeof__", static (ts, self) =>
        {
            var b = (PyBuffered)self;
            return PyInt.Create(184 + (b.Initialized ? b.BufferSize : 0));
        });
    }

    private static void InstallReading(PyType type)
    {
        type.IterNext = static (ts, self) =>
        {
            var b = Ready(ts, self);
            if (b is null) return null;
            if (!b.CheckClosed(ts, "readline of closed file")) return null;
            var line = b.ReadLine(ts, -1);
            return line is PyBytes { Value.Length: 0 } ? null : line;
        };
        type.AddMethod("read", static (ts, self, args, kw) =>
        {
            var b = Ready(ts, self);
            if (b is null) return null;
            var a = new ArgBuffer();
            if (!s_read.Parse(ts, args, kw, a)) return null;
            if (!IoSupport.OptionalSize(ts, a[0], out long n)) return null;
            if (n < -1) return ts.ValueError("read length must be non-negative or -1");
            if (!b.CheckClosed(ts, "read of closed file")) return null;
            return n == -1 ? b.ReadAll(ts) : b.Read(ts, n);
        });
        type.AddMethod("read1", static (ts, self, args, kw) =>
        {
            var b = Ready(ts, self);
            if (b is null) return null;
            var a = new ArgBuffer();
            if (!s_read1.Parse(ts, args, kw, a)) return null;
            long n = -1;
            if (a[0] is { } s && !Protocols.AsIndex(ts, s, out n, PyExc.OverflowError)) return null;
            if (!b.CheckClosed(ts, "read of closed file")) return null;
            return b.Read1(ts, n);
        });
        type.AddMethod("peek", static (ts, self, args, kw) =>
        {
            var b = Ready(ts, self);
            if (b is null) return null;
            var a = new ArgBuffer();
            if (!s_peek.Parse(ts, args, kw, a)) return null;
            if (a[0] is { } s && !Protocols.AsIndex(ts, s, out _, PyExc.OverflowError)) return null;
            if (!b.CheckClosed(ts, "peek of closed file")) return null;
            return b.Peek(ts);
        });
        type.AddMethod("readline", static (ts, self, args, kw) =>
        {
            var b = Ready(ts, self);
            if (b is null) return null;
            var a = new ArgBuffer();
            if (!s_readline.Parse(ts, args, kw, a)) return null;
            if (!IoSupport.OptionalSize(ts, a[0], out long limit)) return null;
            if (!b.CheckClosed(ts, "readline of closed file")) return null;
            return b.ReadLine(ts, limit);
        });
        type.AddMethod("readinto", static (ts, self, arg) => ReadInto(ts, self, arg, once: false));
        type.AddMethod("readinto1", static (ts, self, arg) => ReadInto(ts, self, arg, once: true));
    }

    private static PyObject? ReadInto(ThreadState ts, PyObject self, PyObject arg, bool once)
    {
        var b = Ready(ts, self);
        if (b is null) return null;
        if (!IoSupport.WithWritableBuffer(ts, arg, out var view)) return null;
        try
        {
            if (!b.CheckClosed(ts, once ? "readinto of closed file" : "readinto of closed file")) return null;
            long n = b.ReadInto(ts, view.Span, once);
            return n == -1 ? null : n == -2 ? PyNone.Instance : PyInt.Create(n);
        }
        finally
        {
            Protocols.ReleaseBuffer(ref view);
        }
    }

    private static void InstallWriting(PyType type)
    {
        type.AddMethod("write", static (ts, self, arg) =>
        {
            var b = Ready(ts, self);
            if (b is null) return null;
            if (!Protocols.GetBuffer(ts, arg, false, out var view)) return null;
            try
            {
                int closed = b.RawClosed(ts);
                if (closed < 0) return null;
                if (closed == 1) return ts.ValueError("write to closed file");
                long n = b.Write(ts, view.Span);
                return n < 0 ? null : PyInt.Create(n);
            }
            finally
            {
                Protocols.ReleaseBuffer(ref view);
            }
        });
    }

    /// <summary>close(): flush, then close the raw stream; an error of each is reported (the flush's as context).</summary>
    private static PyObject? Close(ThreadState ts, PyObject self)
    {
        var b = Ready(ts, self);
        if (b is null) return null;
        int closed = b.RawClosed(ts);
        if (closed < 0) return null;
        if (closed == 1) return PyNone.Instance;
        var flushed = Protocols.CallMethod(ts, self, "flush", []);
        var flushError = flushed is null ? ts.FetchError() : null;
        var r = Protocols.CallMethod(ts, b.Raw!, "close", []);
        b.ReadPos = b.ReadEnd = 0;
        if (r is null)
        {
            IoSupport.ChainErrors(ts, flushError);
            return null;
        }
        if (flushError is not null) { ts.SetError(flushError); return null; }
        return PyNone.Instance;
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        string typeName = self.Type.Name;
        var b = (PyBuffered)self;
        if (!b.Initialized || b.Raw is null) return PyStr.Create($"<{typeName}>");
        var name = Protocols.GetAttr(ts, self, PyStr.Intern("name"));
        if (name is null)
        {
            // Any Exception (a detached or nameless raw stream) leaves the name out.
            if (!ts.ErrorMatches(PyExc.Exception)) return null;
            ts.ClearError();
            return PyStr.Create($"<{typeName}>");
        }
        if (ts.ReprEnter(self)) return ts.RuntimeError($"reentrant call inside {typeName}.__repr__");
        var r = Protocols.Repr(ts, name);
        ts.ReprLeave(self);
        return r is null ? null : PyStr.Create($"<{typeName} name={r}>");
    }
}
