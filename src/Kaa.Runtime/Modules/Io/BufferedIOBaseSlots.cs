namespace Kaa.Runtime;

/// <summary><c>_io._BufferedIOBase</c>: readinto()/readinto1() in terms of read()/read1(); the rest unsupported.</summary>
internal static class BufferedIOBaseSlots
{
    internal static void Install(PyType type)
    {
        type.AddMethod("read", static (ts, self, args, kw) => IoSupport.Unsupported(ts, "read"));
        type.AddMethod("read1", static (ts, self, args, kw) => IoSupport.Unsupported(ts, "read1"));
        type.AddMethod("write", static (ts, self, args, kw) => IoSupport.Unsupported(ts, "write"));
        type.AddMethod("detach", static (ts, self) => IoSupport.Unsupported(ts, "detach"));
        type.AddMethod("readinto", static (ts, self, args, kw) => ReadIntoGeneric(ts, self, args, kw, "readinto", "read"));
        type.AddMethod("readinto1", static (ts, self, args, kw) => ReadIntoGeneric(ts, self, args, kw, "readinto1", "read1"));
    }

    private static PyObject? ReadIntoGeneric(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, string reader)
    {
        if (args.Length != 1 || kw is { Length: > 0 })
            return ts.TypeError($"_BufferedIOBase.{name}() takes exactly one argument ({args.Length} given)");
        if (!Protocols.GetBuffer(ts, args[0], true, out var view)) return null;
        try
        {
            var data = Protocols.CallMethod(ts, self, reader, [PyInt.Create(view.Length)]);
            if (data is null) return null;
            if (data is not PyBytes b) return ts.TypeError("read() should return bytes");
            if (b.Value.Length > view.Length)
                return ts.ValueError($"read() returned too much data: {view.Length} bytes requested, {b.Value.Length} returned");
            b.Value.CopyTo(view.Span);
            return PyInt.Create(b.Value.Length);
        }
        finally
        {
            Protocols.ReleaseBuffer(ref view);
        }
    }
}
