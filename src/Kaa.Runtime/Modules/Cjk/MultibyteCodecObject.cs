namespace Kaa.Runtime;

/// <summary>
/// <c>_multibytecodec.MultibyteCodec</c>: what <c>_codecs_xx.getcodec(name)</c> returns; its stateless
/// <c>encode(input, errors=None)</c> and <c>decode(input, errors=None)</c> are the encodings modules'
/// Codec.encode/decode, and the incremental and stream classes take it as their <c>codec</c> attribute.
/// </summary>
internal sealed class MultibyteCodecObject : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_multibytecodec.MultibyteCodec", (PyType?)null, TypeFlags.NoNew, Install);

    private static readonly ArgSpec s_encode = new("encode", ["input", "errors"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_decode = new("decode", ["input", "errors"], required: 1, positionalOnly: 0);

    public readonly CjkCodec Codec;

    public MultibyteCodecObject(CjkCodec codec) : base(TypeObject) => Codec = codec;

    private static void Install(PyType type)
    {
        type.AddMethod("encode", Encode, "Return an encoded string version of `input'.\n\n'errors' may be given to set a different error handling scheme. Default is\n'strict' meaning that encoding errors raise a UnicodeEncodeError. Other possible\nvalues are 'ignore', 'replace' and 'xmlcharrefreplace' as well as any other name\nregistered with codecs.register_error that can handle UnicodeEncodeErrors.");
        type.AddMethod("decode", Decode, "Decodes 'input'.\n\n'errors' may be given to set a different error handling scheme. Default is\n'strict' meaning that encoding errors raise a UnicodeDecodeError. Other possible\nvalues are 'ignore' and 'replace' as well as any other name registered with\ncodecs.register_error that is able to handle UnicodeDecodeErrors.\"");
    }

    /// <summary>A clinic <c>str(accept={str, NoneType})</c> errors argument.</summary>
    internal static bool ErrorsArgument(ThreadState ts, string function, PyObject? arg, out PyStr? errors)
    {
        errors = null;
        if (arg is null or PyNone) return true;
        if (arg is PyStr s)
        {
            errors = s;
            return true;
        }
        ts.TypeError($"{function}() argument 'errors' must be str or None, not {arg.Type.Name}");
        return false;
    }

    /// <summary>The text an encoder takes: a str, or what str() makes of anything else.</summary>
    internal static PyStr? TextArgument(ThreadState ts, PyObject input, string message)
    {
        if (input is PyStr s) return s;
        var converted = Protocols.Str(ts, input);
        if (converted is null) return null;
        if (converted is PyStr cs) return cs;
        ts.TypeError(message);
        return null;
    }

    private static PyObject? Encode(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_encode.Parse(ts, args, kwnames, a)) return null;
        if (!ErrorsArgument(ts, "encode", a[1], out var errorsName)) return null;
        var text = TextArgument(ts, a[0]!, "couldn't convert the object to unicode.");
        if (text is null) return null;
        var codec = ((MultibyteCodecObject)self).Codec;
        var state = new CjkState();
        codec.EncoderInit(ref state);
        var r = MultibyteEngine.Encode(ts, codec, ref state, text, out _, MultibyteErrors.From(errorsName), flush: true, reset: true);
        return r is null ? null : PyTuple.Create(r, PyInt.Create(text.Length));
    }

    private static PyObject? Decode(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_decode.Parse(ts, args, kwnames, a)) return null;
        if (!Protocols.GetBuffer(ts, a[0]!, false, out var view)) return null;
        byte[] data;
        try
        {
            data = view.Span.ToArray();
        }
        finally
        {
            Protocols.ReleaseBuffer(ref view);
        }
        if (!ErrorsArgument(ts, "decode", a[1], out var errorsName)) return null;
        var errors = MultibyteErrors.From(errorsName);
        if (data.Length == 0) return PyTuple.Create(PyStr.Empty, PyInt.Create(0));
        var codec = ((MultibyteCodecObject)self).Codec;
        var state = new CjkState();
        codec.DecoderInit(ref state);
        var buf = new MultibyteDecodeBuffer(data, new PyStrBuilder());
        while (buf.Position < data.Length)
        {
            int r = codec.Decode(ref state, data, ref buf.Position, buf.Output);
            if (r == 0) break;
            if (!MultibyteEngine.DecodeError(ts, codec, buf, errors, r)) return null;
        }
        return PyTuple.Create(buf.Output.ToPyStr(), PyInt.Create(data.Length));
    }
}
