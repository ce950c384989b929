using System.Numerics;

namespace Kaa.Runtime;

/// <summary>
/// What the incremental and stream codec objects share (CPython's _MultibyteStatefulCodec_HEAD): the codec
/// (taken from the class's <c>codec</c> attribute when created), its 8 state bytes and the error handling.
/// </summary>
internal abstract class MultibyteStatefulCodec(PyType type) : PyObject(type)
{
    public CjkCodec Codec = null!;
    public CjkState State;
    public MultibyteErrors Errors = MultibyteErrors.Strict;

    /// <summary>The codec of a class: its <c>codec</c> attribute, which must be a MultibyteCodec.</summary>
    internal static CjkCodec? CodecOf(ThreadState ts, PyType type)
    {
        var codec = Protocols.GetAttr(ts, type, "codec");
        if (codec is null) return null;
        if (codec is not MultibyteCodecObject m)
        {
            ts.TypeError("codec is unexpected type");
            return null;
        }
        return m.Codec;
    }

    /// <summary>An optional <c>s</c> argument of the constructors (<c>errors</c>): a str, never None.</summary>
    internal static bool ErrorsArgument(ThreadState ts, string function, int position, PyObject? arg, out PyStr? errors)
    {
        errors = null;
        if (arg is null) return true;
        if (arg is PyStr s)
        {
            errors = s;
            return true;
        }
        ts.TypeError($"{function}() argument {position} must be str, not {(arg is PyNone ? "None" : arg.Type.Name)}");
        return false;
    }

    /// <summary>_PyLong_AsByteArray, little-endian and unsigned, into <paramref name="size"/> bytes.</summary>
    internal static byte[]? UnsignedBytes(ThreadState ts, PyInt value, int size)
    {
        var v = value.Value;
        if (v.Sign < 0)
        {
            ts.SetError(PyExc.OverflowError, "can't convert negative int to unsigned");
            return null;
        }
        var bytes = v.ToByteArray(isUnsigned: true, isBigEndian: false);
        if (v.IsZero) bytes = [];
        if (bytes.Length > size)
        {
            ts.SetError(PyExc.OverflowError, "int too big to convert");
            return null;
        }
        Array.Resize(ref bytes, size);
        return bytes;
    }

    internal static PyInt UnsignedInt(ReadOnlySpan<byte> littleEndian) =>
        PyInt.Create(new BigInteger(littleEndian, isUnsigned: true, isBigEndian: false));

    internal static bool FinalArgument(ThreadState ts, PyObject? arg, out bool final)
    {
        final = false;
        if (arg is null) return true;
        if (!Protocols.AsIndex(ts, arg, out long v, PyExc.OverflowError)) return false;
        final = v != 0;
        return true;
    }
}

/// <summary>The encoding side: the characters an encoder holds back (the start of a possible pair).</summary>
internal abstract class MultibyteEncoderContext(PyType type) : MultibyteStatefulCodec(type)
{
    private const int MaxPending = 2;

    public PyStr? Pending;

    /// <summary>encoder_encode_stateful: encodes the pending characters and <paramref name="input"/>.</summary>
    public PyBytes? EncodeStateful(ThreadState ts, PyObject input, bool final)
    {
        var text = MultibyteCodecObject.TextArgument(ts, input, "couldn't convert the object to str.");
        if (text is null) return null;
        var original = Pending;
        PyStr data = text;
        if (Pending is not null)
        {
            data = new PyStrBuilder().Append(Pending).Append(text).ToPyStr();
            Pending = null;
        }
        var r = MultibyteEngine.Encode(ts, Codec, ref State, data, out int inpos, Errors, flush: final, reset: final);
        if (r is null)
        {
            Pending = original;
            return null;
        }
        if (inpos < data.Length)
        {
            if (data.Length - inpos > MaxPending)
            {
                ts.SetError(PyExc.UnicodeError, "pending buffer overflow");
                return null;
            }
            Pending = data.Substring(inpos, data.Length);
        }
        return r;
    }
}

/// <summary>The decoding side: the bytes of an incomplete sequence held until more input comes.</summary>
internal abstract class MultibyteDecoderContext(PyType type) : MultibyteStatefulCodec(type)
{
    public const int MaxPending = 8;

    public readonly byte[] Pending = new byte[MaxPending];
    public int PendingSize;

    /// <summary>decoder_append_pending: keeps what the buffer has left.</summary>
    public bool AppendPending(ThreadState ts, MultibyteDecodeBuffer buf)
    {
        int n = buf.Left;
        if (n + PendingSize > MaxPending)
        {
            ts.SetError(PyExc.UnicodeError, "pending buffer overflow");
            return false;
        }
        buf.Data.AsSpan(buf.Position, n).CopyTo(Pending.AsSpan(PendingSize));
        PendingSize += n;
        return true;
    }

    /// <summary>The pending bytes followed by <paramref name="data"/> (the pending ones are taken).</summary>
    public byte[] TakePendingWith(ReadOnlySpan<byte> data)
    {
        if (PendingSize == 0) return data.ToArray();
        var all = new byte[PendingSize + data.Length];
        Pending.AsSpan(0, PendingSize).CopyTo(all);
        data.CopyTo(all.AsSpan(PendingSize));
        PendingSize = 0;
        return all;
    }
}
