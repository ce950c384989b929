namespace Kaa.Runtime;

/// <summary><c>_io.BufferedRWPair(reader, writer, buffer_size)</c>: a BufferedReader and a BufferedWriter
/// over two raw streams, seen as one stream.</summary>
public sealed class PyBufferedRWPair : PyIOBase
{
    internal PyBuffered? Reader, Writer;

    public PyBufferedRWPair(PyType type) : base(type) { }
}

internal static class BufferedRWPairSlots
{
    private static readonly ArgSpec s_init = new("BufferedRWPair", ["reader", "writer", "buffer_size"], required: 2);

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => new PyBufferedRWPair(t);
        type.Init = static (ts, self, args, kw) =>
        {
            var p = (PyBufferedRWPair)self;
            if (kw is { Length: > 0 } && self.Type == IoTypes.BufferedRWPair)
            {
                ts.TypeError("BufferedRWPair() takes no keyword arguments");
                return -1;
            }
            var a = new ArgBuffer();
            if (!s_init.Parse(ts, args, kw, a)) return -1;
            if (IOBaseSlots.CheckReadable(ts, a[0]!) is null) return -1;
            if (IOBaseSlots.CheckWritable(ts, a[1]!) is null) return -1;
            PyObject size = a[2] ?? PyInt.Create(IoSupport.DefaultBufferSize);
            var reader = Protocols.Call(ts, IoTypes.BufferedReader, [a[0]!, size], null);
            if (reader is null) return -1;
            var writer = Protocols.Call(ts, IoTypes.BufferedWriter, [a[1]!, size], null);
            if (writer is null) return -1;
            p.Reader = (PyBuffered)reader;
            p.Writer = (PyBuffered)writer;
            return 0;
        };
        Forward(type, "read", reader: true);
        Forward(type, "peek", reader: true);
        Forward(type, "read1", reader: true);
        Forward(type, "readinto", reader: true);
        Forward(type, "readinto1", reader: true);
        Forward(type, "readable", reader: true);
        Forward(type, "write", reader: false);
        Forward(type, "flush", reader: false);
        Forward(type, "writable", reader: false);
        type.AddMethod("close", static (ts, self) =>
        {
            var p = Ready(ts, self);
            if (p is null) return null;
            var w = Protocols.CallMethod(ts, p.Writer!, "close", []);
            var error = w is null ? ts.FetchError() : null;
            var r = Protocols.CallMethod(ts, p.Reader!, "close", []);
            if (r is null)
            {
                IoSupport.ChainErrors(ts, error);
                return null;
            }
            if (error is not null) { ts.SetError(error); return null; }
            return r;
        });
        type.AddMethod("isatty", static (ts, self) =>
        {
            var p = Ready(ts, self);
            if (p is null) return null;
            var w = Protocols.CallMethod(ts, p.Writer!, "isatty", []);
            if (w is null) return null;
            if (w == PyBool.True) return w;
            return Protocols.CallMethod(ts, p.Reader!, "isatty", []);
        });
        type.AddGetSet("closed", static (ts, self) => Ready(ts, self) is { } p ? Protocols.GetAttr(ts, p.Writer!, IoSupport.Closed) : null);
    }

    private static PyBufferedRWPair? Ready(ThreadState ts, PyObject self)
    {
        var p = (PyBufferedRWPair)self;
        if (p.Reader is not null && p.Writer is not null) return p;
        ts.ValueError("I/O operation on uninitialized object");
        return null;
    }

    private static void Forward(PyType type, string name, bool reader)
    {
        var key = PyStr.Intern(name);
        type.AddMethod(new MethodDef(name, (ts, self, args, kw) =>
        {
            var p = Ready(ts, self);
            if (p is null) return null;
            PyObject target = reader ? p.Reader! : p.Writer!;
            var method = Protocols.GetAttr(ts, target, key);
            return method is null ? null : Protocols.Call(ts, method, args, kw);
        }));
    }
}
