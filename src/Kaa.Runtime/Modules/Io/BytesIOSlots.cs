namespace Kaa.Runtime;

/// <summary>The methods of <c>_io.BytesIO</c> (Modules/_io/bytesio.c).</summary>
internal static class BytesIOSlots
{
    private static readonly ArgSpec s_init = new("BytesIO", ["initial_bytes"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec s_read = new("read", ["size"], required: 0);
    private static readonly ArgSpec s_read1 = new("read1", ["size"], required: 0);
    private static readonly ArgSpec s_readline = new("readline", ["size"], required: 0);
    private static readonly ArgSpec s_readlines = new("readlines", ["size"], required: 0);
    private static readonly ArgSpec s_seek = new("seek", ["pos", "whence"], required: 1);
    private static readonly ArgSpec s_truncate = new("truncate", ["size"], required: 0);

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => new PyBytesIO(t);
        type.Init = static (ts, self, args, kw) =>
        {
            var b = (PyBytesIO)self;
            var a = new ArgBuffer();
            if (!s_init.Parse(ts, args, kw, a)) return -1;
            if (!b.CheckExports(ts)) return -1;
            b.Length = 0;
            b.Pos = 0;
            b.Buf = [];
            if (a[0] is { } init && init is not PyNone)
            {
                if (!Protocols.GetBuffer(ts, init, false, out var view)) return -1;
                b.Buf = view.Span.ToArray();
                b.Length = b.Buf.Length;
                Protocols.ReleaseBuffer(ref view);
            }
            return 0;
        };
        type.Iter = static (ts, self) => Open(ts, self) is null ? null : self;
        type.IterNext = static (ts, self) =>
        {
            var b = Open(ts, self);
            if (b is null) return null;
            var line = b.TakeLine(-1);
            return line.Length == 0 ? null : IoSupport.Bytes(line);
        };
        type.AddMethod("getvalue", static (ts, self) => Open(ts, self) is { } b ? IoSupport.Bytes(b.Buf.AsSpan(0, b.Length)) : null);
        type.AddMethod("getbuffer", static (ts, self) =>
        {
            var b = Open(ts, self);
            if (b is null) return null;
            var memoryview = ts.Interp.Builtins.GetStr("memoryview");
            if (memoryview is null) return ts.Raise(PyExc.SystemError, "memoryview is not available");
            return Protocols.Call1(ts, memoryview, b);
        });
        type.AddMethod("read", static (ts, self, args, kw) => Read(ts, self, args, kw, s_read));
        type.AddMethod("read1", static (ts, self, args, kw) => Read(ts, self, args, kw, s_read1));
        type.AddMethod("readinto", static (ts, self, arg) =>
        {
            var b = Open(ts, self);
            if (b is null) return null;
            if (!IoSupport.WithWritableBuffer(ts, arg, out var view)) return null;
            var data = b.Take(view.Length);
            data.CopyTo(view.Span);
            Protocols.ReleaseBuffer(ref view);
            return PyInt.Create(data.Length);
        });
        type.AddMethod("readline", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_readline.Parse(ts, args, kw, a)) return null;
            var b = Open(ts, self);
            if (b is null) return null;
            if (!IoSupport.OptionalSize(ts, a[0], out long limit)) return null;
            return IoSupport.Bytes(b.TakeLine(limit));
        });
        type.AddMethod("readlines", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_readlines.Parse(ts, args, kw, a)) return null;
            var b = Open(ts, self);
            if (b is null) return null;
            if (!IoSupport.OptionalSize(ts, a[0], out long hint)) return null;
            var result = new PyList();
            long total = 0;
            while (true)
            {
                var line = b.TakeLine(-1);
                if (line.Length == 0) break;
                result.Append(IoSupport.Bytes(line));
                total += line.Length;
                if (hint > 0 && total >= hint) break;
            }
            return result;
        });
        type.AddMethod("write", static (ts, self, arg) =>
        {
            var b = Open(ts, self);
            if (b is null) return null;
            if (!Protocols.GetBuffer(ts, arg, false, out var view)) return null;
            long n = b.Write(ts, view.Span);
            Protocols.ReleaseBuffer(ref view);
            return n < 0 ? null : PyInt.Create(n);
        });
        type.AddMethod("writelines", static (ts, self, lines) =>
        {
            var b = Open(ts, self);
            if (b is null) return null;
            var it = Protocols.GetIter(ts, lines);
            if (it is null) return null;
            while (Protocols.Next(ts, it) is { } line)
            {
                if (!Protocols.GetBuffer(ts, line, false, out var view)) return null;
                long n = b.Write(ts, view.Span);
                Protocols.ReleaseBuffer(ref view);
                if (n < 0) return null;
            }
            return ts.HasError ? null : PyNone.Instance;
        });
        type.AddMethod("seek", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_seek.Parse(ts, args, kw, a)) return null;
            var b = Open(ts, self);
            if (b is null) return null;
            if (!Protocols.AsIndex(ts, a[0]!, out long pos, PyExc.OverflowError)) return null;
            long whence = 0;
            if (a[1] is { } w && !Protocols.AsIndex(ts, w, out whence, PyExc.OverflowError)) return null;
            if (pos < 0 && whence == 0) return ts.ValueError($"negative seek value {pos}");
            if (whence == 1) pos = pos > 0 && b.Pos > long.MaxValue - pos ? long.MaxValue : b.Pos + pos;
            else if (whence == 2) pos += b.Length;
            else if (whence != 0) return ts.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
            if (pos < 0) pos = 0;
            b.Pos = pos;
            return PyInt.Create(pos);
        });
        type.AddMethod("tell", static (ts, self) => Open(ts, self) is { } b ? PyInt.Create(b.Pos) : null);
        type.AddMethod("truncate", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_truncate.Parse(ts, args, kw, a)) return null;
            var b = Open(ts, self);
            if (b is null) return null;
            if (!b.CheckExports(ts)) return null;
            long size = b.Pos;
            if (a[0] is { } p && p is not PyNone && !Protocols.AsIndex(ts, p, out size, PyExc.OverflowError)) return null;
            if (size < 0) return ts.ValueError($"negative size value {size}");
            if (size < b.Length) b.Length = (int)size;
            return PyInt.Create(size);
        });
        type.AddMethod("readable", static (ts, self) => Open(ts, self) is null ? null : PyBool.True);
        type.AddMethod("writable", static (ts, self) => Open(ts, self) is null ? null : PyBool.True);
        type.AddMethod("seekable", static (ts, self) => Open(ts, self) is null ? null : PyBool.True);
        type.AddMethod("isatty", static (ts, self) => Open(ts, self) is null ? null : PyBool.False);
        type.AddMethod("flush", static (ts, self) => Open(ts, self) is null ? null : PyNone.Instance);
        type.AddMethod("close", static (ts, self) =>
        {
            var b = (PyBytesIO)self;
            if (!b.CheckExports(ts)) return null;
            b.IsClosed = true;
            b.Buf = [];
            b.Length = 0;
            return PyNone.Instance;
        });
        type.AddGetSet("closed", static (ts, self) => PyBool.From(((PyBytesIO)self).IsClosed));
        type.AddMethod("__getstate__", static (ts, self) =>
        {
            var b = Open(ts, self);
            if (b is null) return null;
            PyObject? dict = b.Dict is { Count: > 0 } d ? d.Copy(ts) : PyNone.Instance;
            if (dict is null) return null;
            return PyTuple.Create([IoSupport.Bytes(b.Buf.AsSpan(0, b.Length)), PyInt.Create(b.Pos), dict]);
        });
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            var b = (PyBytesIO)self;
            if (state is not PyTuple { Length: 3 } t)
                return ts.TypeError($"{self.Type.Name}.__setstate__ argument should be 3-tuple, got {state.Type.Name}");
            if (!b.CheckExports(ts)) return null;
            var data = IoSupport.BytesOf(ts, t.Items[0]);
            if (data is null) return null;
            b.Buf = (byte[])data.Clone();
            b.Length = data.Length;
            if (t.Items[1] is not PyInt) return ts.TypeError($"second item of state must be an integer, not {t.Items[1].Type.Name}");
            if (!Protocols.AsIndex(ts, t.Items[1], out long pos, PyExc.OverflowError)) return null;
            if (pos < 0) return ts.ValueError("position value cannot be negative");
            b.Pos = pos;
            if (t.Items[2] is not PyNone)
            {
                if (t.Items[2] is not PyDict d) return ts.TypeError($"third item of state should be a dict, got a {t.Items[2].Type.Name}");
                var own = b.Dict ??= new PyDict();
                if (!own.UpdateFrom(ts, d)) return null;
            }
            return PyNone.Instance;
        });
        type.AddMethod("__sizeof__", static (ts, self) =>
        {
            var b = (PyBytesIO)self;
            return PyInt.Create(b.Buf.Length > 0 && b.Exports == 0 ? 64 + 33 + b.Buf.Length : 64);
        });
    }

    private static PyBytesIO? Open(ThreadState ts, PyObject self)
    {
        var b = (PyBytesIO)self;
        if (!b.IsClosed) return b;
        ts.ValueError("I/O operation on closed file.");
        return null;
    }

    private static PyObject? Read(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, ArgSpec spec)
    {
        var a = new ArgBuffer();
        if (!spec.Parse(ts, args, kw, a)) return null;
        var b = Open(ts, self);
        if (b is null) return null;
        if (!IoSupport.OptionalSize(ts, a[0], out long n)) return null;
        return IoSupport.Bytes(b.Take(n));
    }
}
