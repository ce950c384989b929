namespace Kaa.Runtime;

/// <summary>
/// <c>_multibytecodec.MultibyteIncrementalDecoder(errors='strict')</c>: the base of each CJK encoding's
/// IncrementalDecoder. Bytes of a sequence cut by the end of the input wait (up to 8) for the next call;
/// getstate() gives them with the codec state as <c>(bytes, int)</c>.
/// </summary>
internal class MultibyteIncrementalDecoder : MultibyteDecoderContext
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_multibytecodec.MultibyteIncrementalDecoder", (PyType?)null, TypeFlags.BaseType, Install);

    private static readonly ArgSpec s_new = new("IncrementalDecoder", ["errors"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec s_decode = new("decode", ["input", "final"], required: 1, positionalOnly: 0);

    private MultibyteIncrementalDecoder(PyType type) : base(type) { }

    private sealed class Derived : MultibyteIncrementalDecoder
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
            if (!ErrorsArgument(ts, "IncrementalDecoder", 1, a[0], out var errors)) return null;
            var codec = CodecOf(ts, t);
            if (codec is null) return null;
            var self = t == TypeObject ? new MultibyteIncrementalDecoder(t) : new Derived(t);
            self.Codec = codec;
            self.Errors = MultibyteErrors.From(errors);
            codec.DecoderInit(ref self.State);
            return self;
        };
        type.Init = static (ts, self, args, kwnames) => 0;
        MultibyteErrors.InstallAttribute(type);
        type.AddMethod("decode", Decode);
        type.AddMethod("getstate", static (ts, self) =>
        {
            var d = (MultibyteIncrementalDecoder)self;
            Span<byte> state = stackalloc byte[8];
            for (int i = 0; i < 8; i++) state[i] = d.State[i];
            return PyTuple.Create(PyBytes.Create(d.Pending.AsSpan(0, d.PendingSize)), UnsignedInt(state));
        });
        type.AddMethod("setstate", static (ts, self, state) =>
        {
            if (state is not PyTuple t) return ts.TypeError($"setstate() argument must be tuple, not {state.Type.Name}");
            if (t.Length != 2 || t.Items[0] is not PyBytes buffer || t.Items[1] is not PyInt value)
                return ts.TypeError("setstate(): illegal state argument");
            var bytes = UnsignedBytes(ts, value, 8);
            if (bytes is null) return null;
            if (buffer.Length > MaxPending)
            {
                ts.SetError(PyExc.UnicodeError, "pending buffer too large");
                return null;
            }
            var d = (MultibyteIncrementalDecoder)self;
            d.PendingSize = buffer.Length;
            buffer.Value.CopyTo(d.Pending, 0);
            for (int i = 0; i < 8; i++) d.State[i] = bytes[i];
            return PyNone.Instance;
        });
        type.AddMethod("reset", static (ts, self) =>
        {
            var d = (MultibyteIncrementalDecoder)self;
            d.Codec.DecoderReset(ref d.State);
            d.PendingSize = 0;
            return PyNone.Instance;
        });
    }

    private static PyObject? Decode(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_decode.Parse(ts, args, kwnames, a)) return null;
        if (!Protocols.GetBuffer(ts, a[0]!, false, out var view)) return null;
        byte[] input;
        try
        {
            input = view.Span.ToArray();
        }
        finally
        {
            Protocols.ReleaseBuffer(ref view);
        }
        if (!FinalArgument(ts, a[1], out bool final)) return null;
        var d = (MultibyteIncrementalDecoder)self;
        int originalPending = d.PendingSize;
        var data = d.TakePendingWith(input);
        var buf = new MultibyteDecodeBuffer(data, new PyStrBuilder());
        if (!MultibyteEngine.Feed(ts, d.Codec, ref d.State, buf, d.Errors)) return null;
        if (final && buf.Position < data.Length && !MultibyteEngine.DecodeError(ts, d.Codec, buf, d.Errors, CjkCodec.TooFew))
        {
            // The pending bytes stay for another try.
            data.AsSpan(0, originalPending).CopyTo(d.Pending);
            d.PendingSize = originalPending;
            return null;
        }
        if (buf.Position < data.Length && !d.AppendPending(ts, buf)) return null;
        return buf.Output.ToPyStr();
    }
}
