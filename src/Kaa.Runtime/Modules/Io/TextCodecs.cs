namespace Kaa.Runtime;

/// <summary>
/// What TextIOWrapper needs of an incremental decoder (CPython calls the codec's Python object; the common
/// codecs are done here in C#, others wrap the object the codec registry returns).
/// </summary>
internal abstract class TextDecoder
{
    /// <summary>decoder.decode(input, final): null with an error.</summary>
    public abstract PyStr? Decode(ThreadState ts, ReadOnlySpan<byte> input, bool final);

    /// <summary>decoder.getstate(): the bytes held back and the flags; false with an error.</summary>
    public abstract bool GetState(ThreadState ts, out byte[] pending, out long flags);

    public abstract bool SetState(ThreadState ts, byte[] pending, long flags);

    public abstract bool Reset(ThreadState ts);

    /// <summary>The Python object (for codecs from the registry), or null.</summary>
    public virtual PyObject? PythonObject => null;
}

/// <summary>What TextIOWrapper needs of an incremental encoder.</summary>
internal abstract class TextEncoder
{
    /// <summary>encoder.encode(text): the bytes, or null with an error.</summary>
    public abstract byte[]? Encode(ThreadState ts, PyStr text);

    public abstract bool Reset(ThreadState ts);

    /// <summary>encoder.setstate(0): as if something was written already (no byte order mark).</summary>
    public abstract bool SetStateZero(ThreadState ts);
}

/// <summary>The C# codecs of <see cref="UnicodeCodecs"/> used incrementally: incomplete sequences at the
/// end of a chunk are held back until the next one (or reported when <c>final</c>).</summary>
internal sealed class BuiltinTextDecoder : TextDecoder
{
    private readonly UnicodeCodecs.Codec _codec;
    private readonly string _errors;
    private byte[] _pending = [];
    /// <summary>For utf-16/utf-32 with a byte order mark: 2 undecided, 0 little endian, 1 big endian.</summary>
    private int _order;

    public BuiltinTextDecoder(UnicodeCodecs.Codec codec, string errors)
    {
        _codec = codec;
        _errors = errors;
        _order = IsBomCodec ? 2 : 0;
    }

    private bool IsBomCodec => _codec is UnicodeCodecs.Codec.Utf16 or UnicodeCodecs.Codec.Utf32;

    public override PyStr? Decode(ThreadState ts, ReadOnlySpan<byte> input, bool final)
    {
        ReadOnlySpan<byte> data = input;
        byte[]? joined = null;
        if (_pending.Length > 0)
        {
            joined = [.. _pending, .. input];
            data = joined;
        }
        var codec = _codec;
        if (IsBomCodec)
        {
            int unit = _codec == UnicodeCodecs.Codec.Utf16 ? 2 : 4;
            if (_order == 2)
            {
                if (data.Length < unit && !final)
                {
                    _pending = data.ToArray();
                    return PyStr.Empty;
                }
                _order = 0;
                if (unit == 2 && data.Length >= 2)
                {
                    if (data[0] == 0xFF && data[1] == 0xFE) data = data[2..];
                    else if (data[0] == 0xFE && data[1] == 0xFF) { data = data[2..]; _order = 1; }
                }
                else if (unit == 4 && data.Length >= 4)
                {
                    if (data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) data = data[4..];
                    else if (data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) { data = data[4..]; _order = 1; }
                }
            }
            codec = unit == 2
                ? (_order == 1 ? UnicodeCodecs.Codec.Utf16BE : UnicodeCodecs.Codec.Utf16LE)
                : (_order == 1 ? UnicodeCodecs.Codec.Utf32BE : UnicodeCodecs.Codec.Utf32LE);
        }
        int keep = final ? 0 : UnicodeCodecs.IncompleteTail(codec, data);
        var body = data[..^keep];
        _pending = keep == 0 ? [] : data[^keep..].ToArray();
        if (body.Length == 0) return PyStr.Empty;
        return UnicodeCodecs.Decode(ts, body, codec, _errors);
    }

    public override bool GetState(ThreadState ts, out byte[] pending, out long flags)
    {
        pending = _pending;
        flags = _order;
        return true;
    }

    public override bool SetState(ThreadState ts, byte[] pending, long flags)
    {
        _pending = pending;
        _order = IsBomCodec ? (int)flags : 0;
        return true;
    }

    public override bool Reset(ThreadState ts)
    {
        _pending = [];
        _order = IsBomCodec ? 2 : 0;
        return true;
    }
}

internal sealed class BuiltinTextEncoder : TextEncoder
{
    private readonly UnicodeCodecs.Codec _codec;
    private readonly string _errors;
    private bool _bomWritten;

    public BuiltinTextEncoder(UnicodeCodecs.Codec codec, string errors)
    {
        _codec = codec;
        _errors = errors;
    }

    public UnicodeCodecs.Codec Codec => _codec;
    public string Errors => _errors;

    public override byte[]? Encode(ThreadState ts, PyStr text)
    {
        var codec = _codec;
        if (_bomWritten)
        {
            if (codec == UnicodeCodecs.Codec.Utf16) codec = UnicodeCodecs.Codec.Utf16LE;
            else if (codec == UnicodeCodecs.Codec.Utf32) codec = UnicodeCodecs.Codec.Utf32LE;
        }
        var r = UnicodeCodecs.Encode(ts, text, codec, _errors);
        if (r is not null && r.Length > 0) _bomWritten = true;
        return r;
    }

    public override bool Reset(ThreadState ts)
    {
        _bomWritten = false;
        return true;
    }

    public override bool SetStateZero(ThreadState ts)
    {
        _bomWritten = true;
        return true;
    }
}

/// <summary>An incremental decoder object from the codec registry, called through its Python methods.</summary>
internal sealed class PythonTextDecoder(PyObject decoder) : TextDecoder
{
    public override PyObject? PythonObject => decoder;

    public override PyStr? Decode(ThreadState ts, ReadOnlySpan<byte> input, bool final)
    {
        var r = Protocols.CallMethod(ts, decoder, "decode", [PyBytes.Create(input.ToArray()), PyBool.From(final)]);
        if (r is null) return null;
        if (r is not PyStr s)
        {
            ts.TypeError($"decoder should return a string result, not '{r.Type.Name}'");
            return null;
        }
        return s;
    }

    public override bool GetState(ThreadState ts, out byte[] pending, out long flags)
    {
        pending = [];
        flags = 0;
        var r = Protocols.CallMethod(ts, decoder, "getstate", []);
        if (r is null) return false;
        if (r is not PyTuple { Length: 2 } t || t.Items[0] is not PyBytes b)
        {
            ts.TypeError("illegal decoder state");
            return false;
        }
        pending = b.Value;
        return Protocols.AsIndex(ts, t.Items[1], out flags, PyExc.OverflowError);
    }

    public override bool SetState(ThreadState ts, byte[] pending, long flags) =>
        Protocols.CallMethod(ts, decoder, "setstate", [PyTuple.Create(PyBytes.Create(pending), PyInt.Create(flags))]) is not null;

    public override bool Reset(ThreadState ts) => Protocols.CallMethod(ts, decoder, "reset", []) is not null;
}

internal sealed class PythonTextEncoder(PyObject encoder) : TextEncoder
{
    public override byte[]? Encode(ThreadState ts, PyStr text)
    {
        var r = Protocols.CallMethod(ts, encoder, "encode", [text]);
        if (r is null) return null;
        if (r is PyBytes b) return b.Value;
        var bytes = IoSupport.BytesOf(ts, r);
        if (bytes is null)
        {
            ts.ClearError();
            ts.TypeError($"encoder should return a bytes object, not '{r.Type.Name}'");
        }
        return bytes;
    }

    public override bool Reset(ThreadState ts) => Protocols.CallMethod(ts, encoder, "reset", []) is not null;

    public override bool SetStateZero(ThreadState ts) => Protocols.CallMethod(ts, encoder, "setstate", [PyInt.Create(0)]) is not null;
}
