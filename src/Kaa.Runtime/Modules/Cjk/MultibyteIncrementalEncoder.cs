namespace Kaa.Runtime;

/// <summary>
/// <c>_multibytecodec.MultibyteIncrementalEncoder(errors='strict')</c>: the base of each CJK encoding's
/// IncrementalEncoder, whose class attribute <c>codec</c> names the codec. It keeps the codec state and up to
/// two characters that may combine with the next input; getstate() packs both into an int.
/// </summary>
internal class MultibyteIncrementalEncoder : MultibyteEncoderContext
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_multibytecodec.MultibyteIncrementalEncoder", (PyType?)null, TypeFlags.BaseType, Install);

    private static readonly ArgSpec s_new = new("IncrementalEncoder", ["errors"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec s_encode = new("encode", ["input", "final"], required: 1, positionalOnly: 0);
    private const int StateSize = 1 + 2 * 4 + 8;

    private MultibyteIncrementalEncoder(PyType type) : base(type) { }

    private sealed class Derived : MultibyteIncrementalEncoder
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
            if (!ErrorsArgument(ts, "IncrementalEncoder", 1, a[0], out var errors)) return null;
            var codec = CodecOf(ts, t);
            if (codec is null) return null;
            var self = t == TypeObject ? new MultibyteIncrementalEncoder(t) : new Derived(t);
            self.Codec = codec;
            self.Errors = MultibyteErrors.From(errors);
            codec.EncoderInit(ref self.State);
            return self;
        };
        type.Init = static (ts, self, args, kwnames) => 0;
        MultibyteErrors.InstallAttribute(type);
        type.AddMethod("encode", static (ts, self, args, kwnames) =>
        {
            var a = new ArgBuffer();
            if (!s_encode.Parse(ts, args, kwnames, a)) return null;
            if (!FinalArgument(ts, a[1], out bool final)) return null;
            return ((MultibyteIncrementalEncoder)self).EncodeStateful(ts, a[0]!, final);
        });
        type.AddMethod("getstate", static (ts, self) =>
        {
            var e = (MultibyteIncrementalEncoder)self;
            var bytes = new List<byte>(StateSize);
            if (e.Pending is not null)
            {
                var utf8 = System.Text.Encoding.UTF8.GetBytes(e.Pending.ToString());
                if (utf8.Length > 8)
                {
                    ts.SetError(PyExc.UnicodeError, "pending buffer too large");
                    return null;
                }
                bytes.Add((byte)utf8.Length);
                bytes.AddRange(utf8);
            }
            else
            {
                bytes.Add(0);
            }
            for (int i = 0; i < 8; i++) bytes.Add(e.State[i]);
            return UnsignedInt(bytes.ToArray());
        });
        type.AddMethod("setstate", static (ts, self, state) =>
        {
            if (state is not PyInt value) return ts.TypeError($"setstate() argument must be int, not {state.Type.Name}");
            var bytes = UnsignedBytes(ts, value, StateSize);
            if (bytes is null) return null;
            if (bytes[0] > 8)
            {
                ts.SetError(PyExc.UnicodeError, "pending buffer too large");
                return null;
            }
            var pending = UnicodeCodecs.Decode(ts, bytes.AsSpan(1, bytes[0]), UnicodeCodecs.Codec.Utf8, "strict");
            if (pending is null) return null;
            var e = (MultibyteIncrementalEncoder)self;
            e.Pending = pending;
            for (int i = 0; i < 8; i++) e.State[i] = bytes[1 + bytes[0] + i];
            return PyNone.Instance;
        });
        type.AddMethod("reset", static (ts, self) =>
        {
            var e = (MultibyteIncrementalEncoder)self;
            if (e.Codec.HasEncoderReset && e.Codec.EncoderReset(ref e.State, new CjkByteBuffer(4)) != 0) return null;
            e.Pending = null;
            return PyNone.Instance;
        });
    }
}
