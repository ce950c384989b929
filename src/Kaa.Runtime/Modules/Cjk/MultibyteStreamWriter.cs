namespace Kaa.Runtime;

/// <summary>
/// <c>_multibytecodec.MultibyteStreamWriter(stream, errors='strict')</c>: the base of each CJK encoding's
/// StreamWriter; write/writelines encode incrementally and write the bytes to the stream; reset() flushes
/// what the encoder still holds back.
/// </summary>
internal class MultibyteStreamWriter : MultibyteEncoderContext
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_multibytecodec.MultibyteStreamWriter", (PyType?)null, TypeFlags.BaseType, Install);

    private static readonly ArgSpec s_new = new("StreamWriter", ["stream", "errors"], required: 1, positionalOnly: 0);

    public PyObject Stream = PyNone.Instance;

    private MultibyteStreamWriter(PyType type) : base(type) { }

    private sealed class Derived : MultibyteStreamWriter
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
            if (!ErrorsArgument(ts, "StreamWriter", 2, a[1], out var errors)) return null;
            var codec = CodecOf(ts, t);
            if (codec is null) return null;
            var self = t == TypeObject ? new MultibyteStreamWriter(t) : new Derived(t);
            self.Codec = codec;
            self.Stream = a[0]!;
            self.Errors = MultibyteErrors.From(errors);
            codec.EncoderInit(ref self.State);
            return self;
        };
        type.Init = static (ts, self, args, kwnames) => 0;
        MultibyteErrors.InstallAttribute(type);
        type.AddMember("stream", static (ts, self) => ((MultibyteStreamWriter)self).Stream);
        type.AddMethod("write", static (ts, self, text) =>
            ((MultibyteStreamWriter)self).Write(ts, text) ? PyNone.Instance : null);
        type.AddMethod("writelines", static (ts, self, lines) =>
        {
            if (lines is PyDict || (lines.Type.GetItem is null && lines.Type.SeqConcat is null))
                return ts.TypeError("arg must be a sequence object");
            var w = (MultibyteStreamWriter)self;
            for (long i = 0; ; i++)
            {
                // The length is asked again each time: writing may change it.
                nint n = Protocols.Length(ts, lines);
                if (n < 0) return null;
                if (i >= n) break;
                var item = Protocols.GetItem(ts, lines, PyInt.Create(i));
                if (item is null) return null;
                if (!w.Write(ts, item)) return null;
            }
            return PyNone.Instance;
        });
        type.AddMethod("reset", static (ts, self) =>
        {
            var w = (MultibyteStreamWriter)self;
            if (w.Pending is null) return PyNone.Instance;
            var pending = w.Pending;
            // A failed flush drops what was pending all the same.
            w.Pending = null;
            var bytes = MultibyteEngine.Encode(ts, w.Codec, ref w.State, pending, out _, w.Errors, flush: true, reset: true);
            if (bytes is null) return null;
            if (bytes.Length > 0 && Protocols.CallMethod(ts, w.Stream, "write", [bytes]) is null) return null;
            return PyNone.Instance;
        });
    }

    private bool Write(ThreadState ts, PyObject text)
    {
        var bytes = EncodeStateful(ts, text, final: false);
        if (bytes is null) return false;
        return Protocols.CallMethod(ts, Stream, "write", [bytes]) is not null;
    }
}
