namespace Kaa.Runtime;

/// <summary>
/// <c>_multibytecodec.MultibyteStreamReader(stream, errors='strict')</c>: the base of each CJK encoding's
/// StreamReader; read/readline/readlines decode what the stream's read/readline give, keeping the bytes of
/// an incomplete sequence for the next call.
/// </summary>
internal class MultibyteStreamReader : MultibyteDecoderContext
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_multibytecodec.MultibyteStreamReader", (PyType?)null, TypeFlags.BaseType, Install);

    private static readonly ArgSpec s_new = new("StreamReader", ["stream", "errors"], required: 1, positionalOnly: 0);

    public PyObject Stream = PyNone.Instance;

    private MultibyteStreamReader(PyType type) : base(type) { }

    private sealed class Derived : MultibyteStreamReader
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kwnames) =>
        {
            var a = new ArgBuffer();
            if (!s_new.Parse(ts, args, kwnames, a)) return null;
            if (!ErrorsArgument(ts, "StreamReader", 2, a[1], out var errors)) return null;
            var codec = CodecOf(ts, t);
            if (codec is null) return null;
            var self = t == TypeObject ? new MultibyteStreamReader(t) : new Derived(t);
            self.Codec = codec;
            self.Stream = a[0]!;
            self.Errors = MultibyteErrors.From(errors);
            codec.DecoderInit(ref self.State);
            return self;
        };
        type.Init = static (ts, self, args, kwnames) => 0;
        MultibyteErrors.InstallAttribute(type);
        type.AddMember("stream", static (ts, self) => ((MultibyteStreamReader)self).Stream);
        type.AddMethod("read", static (ts, self, args, kwnames) => ReadWith(ts, self, args, kwnames, "read", "read"));
        type.AddMethod("readline", static (ts, self, args, kwnames) => ReadWith(ts, self, args, kwnames, "readline", "readline"));
        type.AddMethod("readlines", static (ts, self, args, kwnames) =>
        {
            var r = ReadWith(ts, self, args, kwnames, "readlines", "read");
            return r is null ? null : Protocols.CallMethod(ts, r, "splitlines", [PyBool.True]);
        });
        type.AddMethod("reset", static (ts, self) =>
        {
            var r = (MultibyteStreamReader)self;
            r.Codec.DecoderReset(ref r.State);
            r.PendingSize = 0;
            return PyNone.Instance;
        });
    }

    /// <summary>The optional size argument: None or an int.</summary>
    private static PyObject? ReadWith(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name, string method)
    {
        if (kwnames is { Length: > 0 }) return ts.TypeError($"{name}() takes no keyword arguments");
        if (args.Length > 1) return ts.TypeError($"{name} expected at most 1 argument, got {args.Length}");
        long size = -1;
        if (args.Length == 1 && args[0] is not PyNone)
        {
            if (args[0] is not PyInt i) return ts.TypeError("arg 1 must be an integer");
            if (!i.TryGetLong(out size))
            {
                ts.SetError(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
                return null;
            }
        }
        return ((MultibyteStreamReader)self).Read(ts, method, size);
    }

    /// <summary>mbstreamreader_iread: reads and decodes until some text comes out (or the stream ends).</summary>
    private PyObject? Read(ThreadState ts, string method, long sizeHint)
    {
        if (sizeHint == 0) return PyStr.Empty;
        var output = new PyStrBuilder();
        var buf = new MultibyteDecodeBuffer([], output);
        while (true)
        {
            var chunk = sizeHint < 0
                ? Protocols.CallMethod(ts, Stream, method, [])
                : Protocols.CallMethod(ts, Stream, method, [PyInt.Create(sizeHint)]);
            if (chunk is null) return null;
            if (chunk is not PyBytes bytes) return ts.TypeError($"stream function returned a non-bytes object ({chunk.Type.Name})");
            bool endOfFile = bytes.Length == 0;
            var data = TakePendingWith(bytes.Value);
            buf.Reset(data);
            if (data.Length > 0 && !MultibyteEngine.Feed(ts, Codec, ref State, buf, Errors)) return null;
            if ((endOfFile || sizeHint < 0) && buf.Position < data.Length
                && !MultibyteEngine.DecodeError(ts, Codec, buf, Errors, CjkCodec.TooFew))
                return null;
            if (buf.Position < data.Length && !AppendPending(ts, buf)) return null;
            if (sizeHint < 0 || output.Length != 0 || data.Length == 0) break;
            sizeHint = 1;
        }
        return output.ToPyStr();
    }
}
