namespace Kaa.Runtime;

/// <summary><c>_io.IncrementalNewlineDecoder(decoder, translate, errors='strict')</c>.</summary>
public sealed class PyIncrementalNewlineDecoder : PyObject
{
    internal NewlineDecoding? State;
    internal PyObject? Decoder;
    internal PyObject Errors = PyStr.Intern("strict");

    private PyDict? _dict;
    private readonly PyObject?[]? _slots;

    public PyIncrementalNewlineDecoder(PyType type) : base(type)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
    }

    public override PyDict? Dict { get => _dict; set => _dict = value; }
    public override Span<PyObject?> SlotValues => _slots;
}

internal static class NewlineDecoderSlots
{
    private static readonly ArgSpec s_init = new("IncrementalNewlineDecoder", ["decoder", "translate", "errors"], required: 2, positionalOnly: 0);
    private static readonly ArgSpec s_decode = new("decode", ["input", "final"], required: 1, positionalOnly: 0);

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => new PyIncrementalNewlineDecoder(t);
        type.Init = static (ts, self, args, kw) =>
        {
            var d = (PyIncrementalNewlineDecoder)self;
            var a = new ArgBuffer();
            if (!s_init.Parse(ts, args, kw, a)) return -1;
            int translate = Protocols.IsTrue(ts, a[1]!);
            if (translate < 0) return -1;
            d.Decoder = a[0] is PyNone ? null : a[0];
            d.Errors = a[2] ?? PyStr.Intern("strict");
            d.State = new NewlineDecoding(d.Decoder is null ? null : new PythonTextDecoder(d.Decoder), translate == 1);
            return 0;
        };
        type.AddMethod("decode", static (ts, self, args, kw) =>
        {
            var d = Ready(ts, self);
            if (d is null) return null;
            var a = new ArgBuffer();
            if (!s_decode.Parse(ts, args, kw, a)) return null;
            int final = a[1] is { } f ? Protocols.IsTrue(ts, f) : 0;
            if (final < 0) return null;
            PyObject? output = d.Decoder is null ? a[0] : Protocols.CallMethod(ts, d.Decoder, "decode", [a[0]!, PyBool.From(final == 1)]);
            if (output is null) return null;
            if (output is not PyStr s) return ts.TypeError($"decoder should return a string result, not '{output.Type.Name}'");
            return d.State!.Process(ts, s, final == 1);
        });
        type.AddMethod("getstate", static (ts, self) =>
        {
            var d = Ready(ts, self);
            if (d is null) return null;
            PyObject buffer = PyBytes.Create([]);
            long flags = 0;
            if (d.Decoder is not null)
            {
                var st = Protocols.CallMethod(ts, d.Decoder, "getstate", []);
                if (st is null) return null;
                if (st is not PyTuple { Length: 2 } t) return ts.TypeError("illegal decoder state");
                buffer = t.Items[0];
                if (!Protocols.AsIndex(ts, t.Items[1], out flags, PyExc.OverflowError)) return null;
            }
            flags <<= 1;
            if (d.State!.PendingCR) flags |= 1;
            return PyTuple.Create(buffer, PyInt.Create(flags));
        });
        type.AddMethod("setstate", static (ts, self, state) =>
        {
            var d = Ready(ts, self);
            if (d is null) return null;
            if (state is not PyTuple { Length: 2 } t) return ts.TypeError("state argument must be a tuple");
            if (!Protocols.AsIndex(ts, t.Items[1], out long flags, PyExc.OverflowError)) return null;
            d.State!.PendingCR = (flags & 1) != 0;
            if (d.Decoder is not null &&
                Protocols.CallMethod(ts, d.Decoder, "setstate", [PyTuple.Create(t.Items[0], PyInt.Create(flags >> 1))]) is null) return null;
            return PyNone.Instance;
        });
        type.AddMethod("reset", static (ts, self) =>
        {
            var d = Ready(ts, self);
            if (d is null) return null;
            d.State!.Seen = 0;
            d.State.PendingCR = false;
            if (d.Decoder is not null && Protocols.CallMethod(ts, d.Decoder, "reset", []) is null) return null;
            return PyNone.Instance;
        });
        type.AddGetSet("newlines", static (ts, self) => Ready(ts, self)?.State!.Newlines);
    }

    private static PyIncrementalNewlineDecoder? Ready(ThreadState ts, PyObject self)
    {
        var d = (PyIncrementalNewlineDecoder)self;
        if (d.State is not null) return d;
        ts.ValueError("IncrementalNewlineDecoder.__init__() not called");
        return null;
    }
}
