namespace Kaa.Runtime;

/// <summary><c>_io._RawIOBase</c>: read() in terms of readinto(), readall() in terms of read().</summary>
internal static class RawIOBaseSlots
{
    private static readonly ArgSpec s_read = new("read", ["size"], required: 0);

    internal static void Install(PyType type)
    {
        type.AddMethod("read", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_read.Parse(ts, args, kw, a)) return null;
            if (!IoSupport.OptionalSize(ts, a[0], out long n)) return null;
            if (n < 0) return Protocols.CallMethod(ts, self, "readall", []);
            var buffer = IoSupport.NewByteArray(ts, n);
            if (buffer is null) return null;
            var r = Protocols.CallMethod(ts, self, "readinto", [buffer]);
            if (r is null) return null;
            if (r is PyNone) return r;
            if (!IoSupport.Size(ts, r, out long got)) return null;
            if (got < 0 || got > n) return ts.ValueError($"readinto returned {got} outside buffer size {n}");
            if (!Protocols.GetBuffer(ts, buffer, false, out var view)) return null;
            var data = view.Span[..(int)got].ToArray();
            Protocols.ReleaseBuffer(ref view);
            return PyBytes.Create(data);
        });
        type.AddMethod("readall", static (ts, self) => ReadAll(ts, self));
        type.AddMethod("readinto", static (ts, self, args, kw) => NotImplemented(ts));
        type.AddMethod("write", static (ts, self, args, kw) => NotImplemented(ts));
    }

    private static PyObject? NotImplemented(ThreadState ts)
    {
        ts.SetErrorNoArgs(PyExc.NotImplementedError);
        return null;
    }

    private static PyObject? ReadAll(ThreadState ts, PyObject self)
    {
        var chunks = new List<byte>();
        while (true)
        {
            var data = Protocols.CallMethod(ts, self, "read", [PyInt.Create(IoSupport.DefaultBufferSize)]);
            if (data is null) return null;
            if (data is PyNone)
            {
                if (chunks.Count == 0) return data;
                break;
            }
            if (data is not PyBytes b) return ts.TypeError("read() should return bytes");
            if (b.Value.Length == 0) break;
            chunks.AddRange(b.Value);
        }
        return PyBytes.Create(chunks.ToArray());
    }
}
