namespace Kaa.Runtime;

/// <summary>The methods of <c>_io.StringIO</c> (Modules/_io/stringio.c).</summary>
internal static class StringIOSlots
{
    private static readonly ArgSpec s_init = new("StringIO", ["initial_value", "newline"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec s_read = new("read", ["size"], required: 0);
    private static readonly ArgSpec s_readline = new("readline", ["size"], required: 0);
    private static readonly ArgSpec s_seek = new("seek", ["pos", "whence"], required: 1);
    private static readonly ArgSpec s_truncate = new("truncate", ["pos"], required: 0);

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => new PyStringIO(t);
        type.Init = Init;
        type.IterNext = static (ts, self) =>
        {
            var s = Open(ts, self);
            if (s is null) return null;
            PyObject? line;
            if (self.Type == IoTypes.StringIO) line = ReadLine(s, -1);
            else
            {
                line = Protocols.CallMethod(ts, self, "readline", []);
                if (line is not null && line is not PyStr)
                    return ts.Raise(PyExc.OSError, $"readline() should have returned a str object, not '{line.Type.Name}'");
            }
            if (line is null) return null;
            return ((PyStr)line).Length == 0 ? null : line;
        };
        type.AddMethod("getvalue", static (ts, self) => Open(ts, self) is { } s ? s.Slice(0, s.Length) : null);
        type.AddMethod("read", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_read.Parse(ts, args, kw, a)) return null;
            var s = Open(ts, self);
            if (s is null) return null;
            if (!IoSupport.OptionalSize(ts, a[0], out long n)) return null;
            long avail = Math.Max(0, s.Length - s.Pos);
            if (n < 0 || n > avail) n = avail;
            if (n <= 0) return PyStr.Empty;
            var r = s.Slice(s.Pos, s.Pos + n);
            s.Pos += n;
            return r;
        });
        type.AddMethod("readline", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_readline.Parse(ts, args, kw, a)) return null;
            var s = Open(ts, self);
            if (s is null) return null;
            if (!IoSupport.OptionalSize(ts, a[0], out long limit)) return null;
            return ReadLine(s, limit);
        });
        type.AddMethod("write", static (ts, self, arg) =>
        {
            var s = Open(ts, self);
            if (s is null) return null;
            if (arg is not PyStr text) return ts.TypeError($"string argument expected, got '{arg.Type.Name}'");
            return s.Write(ts, text, out int n) ? PyInt.Create(n) : null;
        });
        type.AddMethod("tell", static (ts, self) => Open(ts, self) is { } s ? PyInt.Create(s.Pos) : null);
        type.AddMethod("seek", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_seek.Parse(ts, args, kw, a)) return null;
            long whence = 0;
            if (a[1] is { } w && !Protocols.AsIndex(ts, w, out whence, PyExc.OverflowError)) return null;
            if (!Protocols.AsIndex(ts, a[0]!, out long pos, PyExc.OverflowError)) return null;
            var s = Open(ts, self);
            if (s is null) return null;
            if (whence is < 0 or > 2) return ts.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
            if (pos < 0 && whence == 0) return ts.ValueError($"Negative seek position {pos}");
            if (whence != 0 && pos != 0) return ts.Raise(PyExc.OSError, "Can't do nonzero cur-relative seeks");
            if (whence == 1) pos = s.Pos;
            else if (whence == 2) pos = s.Length;
            s.Pos = pos;
            return PyInt.Create(pos);
        });
        type.AddMethod("truncate", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_truncate.Parse(ts, args, kw, a)) return null;
            var s = Open(ts, self);
            if (s is null) return null;
            long size = s.Pos;
            if (a[0] is { } p && p is not PyNone && !Protocols.AsIndex(ts, p, out size, PyExc.OverflowError)) return null;
            if (size < 0) return ts.ValueError($"Negative size value {size}");
            if (size < s.Length) s.Length = (int)size;
            return PyInt.Create(size);
        });
        type.AddMethod("readable", static (ts, self) => Open(ts, self) is null ? null : PyBool.True);
        type.AddMethod("writable", static (ts, self) => Open(ts, self) is null ? null : PyBool.True);
        type.AddMethod("seekable", static (ts, self) => Open(ts, self) is null ? null : PyBool.True);
        type.AddMethod("close", static (ts, self) =>
        {
            var s = (PyStringIO)self;
            s.IsClosed = true;
            s.Buf = [];
            s.Length = 0;
            return PyNone.Instance;
        });
        type.AddGetSet("closed", static (ts, self) => Initialized(ts, self) is { } s ? PyBool.From(s.IsClosed) : null);
        type.AddGetSet("line_buffering", static (ts, self) => Open(ts, self) is null ? null : PyBool.False);
        type.AddGetSet("newlines", static (ts, self) =>
        {
            var s = Open(ts, self);
            if (s is null) return null;
            return s.Decoder is null ? PyNone.Instance : s.Decoder.Newlines;
        });
        type.AddMethod("__getstate__", static (ts, self) =>
        {
            var s = Open(ts, self);
            if (s is null) return null;
            PyObject? dict = s.Dict is { Count: > 0 } d ? d.Copy(ts) : PyNone.Instance;
            if (dict is null) return null;
            return PyTuple.Create([s.Slice(0, s.Length), s.NewlineArg, PyInt.Create(s.Pos), dict]);
        });
        type.AddMethod("__setstate__", SetState);
    }

    private static PyStringIO? Initialized(ThreadState ts, PyObject self)
    {
        var s = (PyStringIO)self;
        if (s.Ok) return s;
        ts.ValueError("I/O operation on uninitialized object");
        return null;
    }

    private static PyStringIO? Open(ThreadState ts, PyObject self)
    {
        var s = Initialized(ts, self);
        if (s is null) return null;
        if (!s.IsClosed) return s;
        ts.ValueError("I/O operation on closed file");
        return null;
    }

    private static PyStr ReadLine(PyStringIO s, long limit)
    {
        if (s.Pos >= s.Length) return PyStr.Empty;
        long start = s.Pos;
        long end = s.Length;
        if (limit >= 0 && start + limit < end) end = start + limit;
        long stop = end;
        for (long i = start; i < end; i++)
        {
            int c = s.Buf[i];
            if (s.ReadTranslate || (!s.ReadUniversal && s.ReadNewline == "\n"))
            {
                if (c == '\n') { stop = i + 1; break; }
            }
            else if (s.ReadUniversal)
            {
                if (c == '\n') { stop = i + 1; break; }
                if (c == '\r')
                {
                    stop = i + 1 < end && s.Buf[i + 1] == '\n' ? i + 2 : i + 1;
                    break;
                }
            }
            else
            {
                var nl = s.ReadNewline!;
                if (c == nl[0] && (nl.Length == 1 || (i + 1 < end && s.Buf[i + 1] == nl[1])))
                {
                    stop = i + nl.Length;
                    break;
                }
            }
        }
        s.Pos = stop;
        return s.Slice(start, stop);
    }

    private static int Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var s = (PyStringIO)self;
        var a = new ArgBuffer();
        if (!s_init.Parse(ts, args, kw, a)) return -1;
        var value = a[0];
        var newline = a[1] ?? PyStr.Intern("\n");
        if (newline is not PyNone && newline is not PyStr)
        {
            ts.TypeError($"newline must be str or None, not {newline.Type.Name}");
            return -1;
        }
        string? nl = newline is PyStr ns ? ns.ToString() : null;
        if (nl is not (null or "" or "\n" or "\r" or "\r\n"))
        {
            var r = Protocols.Repr(ts, newline);
            if (r is not null) ts.ValueError($"illegal newline value: {r}");
            return -1;
        }
        if (value is not null && value is not PyNone && value is not PyStr)
        {
            ts.TypeError($"initial_value must be str or None, not {value.Type.Name}");
            return -1;
        }
        s.NewlineArg = newline;
        s.ReadUniversal = nl is null or "";
        s.ReadTranslate = nl is null;
        s.ReadNewline = nl;
        // Writing: newline None translates to "\n" (os.linesep); "\r" and "\r\n" translate "\n" to themselves.
        s.WriteNewline = nl is "\r" or "\r\n" ? nl : null;
        s.Decoder = s.ReadUniversal ? new NewlineDecoding(null, s.ReadTranslate) : null;
        s.Buf = [];
        s.Length = 0;
        s.Pos = 0;
        s.IsClosed = false;
        s.Ok = true;
        if (value is PyStr text && text.Length > 0)
        {
            if (!s.Write(ts, text, out _)) return -1;
            s.Pos = 0;
        }
        return 0;
    }

    private static PyObject? SetState(ThreadState ts, PyObject self, PyObject state)
    {
        var s = (PyStringIO)self;
        if (s.IsClosed) return ts.ValueError("I/O operation on closed file");
        if (state is not PyTuple { Length: 4 } t)
            return ts.TypeError($"{self.Type.Name}.__setstate__ argument should be 4-tuple, got {state.Type.Name}");
        if (Init(ts, self, [PyNone.Instance, t.Items[1]], null) < 0) return null;
        if (t.Items[0] is not PyStr value) return ts.TypeError($"initial_value must be str or None, not {t.Items[0].Type.Name}");
        // The value is restored as is, without newline translation.
        s.EnsureCapacity(value.Length);
        for (int i = 0; i < value.Length; i++) s.Buf[i] = value[i];
        s.Length = value.Length;
        if (!Protocols.AsIndex(ts, t.Items[2], out long pos, PyExc.OverflowError)) return null;
        if (t.Items[2] is not PyInt) return ts.TypeError($"third item of state must be an integer, got {t.Items[2].Type.Name}");
        if (pos < 0) return ts.ValueError("position value cannot be negative");
        s.Pos = pos;
        var dict = t.Items[3];
        if (dict is not PyNone)
        {
            if (dict is not PyDict d) return ts.TypeError($"fourth item of state should be a dict, got a {dict.Type.Name}");
            var own = s.Dict ??= new PyDict();
            if (!own.UpdateFrom(ts, d)) return null;
        }
        return PyNone.Instance;
    }
}
