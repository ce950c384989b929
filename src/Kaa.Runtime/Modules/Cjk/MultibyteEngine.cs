namespace Kaa.Runtime;

/// <summary>One run of a decoder over a buffer: the bytes, the read position, the text so far, and the
/// UnicodeDecodeError reused for every error of the run (as CPython reuses it).</summary>
internal sealed class MultibyteDecodeBuffer(byte[] data, PyStrBuilder output)
{
    public byte[] Data = data;
    public int Position;
    public readonly PyStrBuilder Output = output;
    public PyUnicodeError? Exception;

    public int Left => Data.Length - Position;

    public void Reset(byte[] data)
    {
        Data = data;
        Position = 0;
        Exception = null;
    }
}

/// <summary>
/// _multibytecodec's driver of the codecs' step functions (Modules/cjkcodecs/multibytecodec.c): encoding and
/// decoding whole inputs, and the error handling between steps: inline strict/ignore/replace, or a call of
/// the registered handler with the UnicodeEncodeError/UnicodeDecodeError, whose replacement is written and
/// whose position the codec continues from.
/// </summary>
internal static class MultibyteEngine
{
    private const string Illegal = "illegal multibyte sequence", Incomplete = "incomplete multibyte sequence";
    private static readonly PyStr s_question = PyStr.Create("?");

    /// <summary>Encodes all of <paramref name="text"/> (what a TooFew leaves is reported in
    /// <paramref name="inpos"/> when not flushing); <paramref name="reset"/> writes the codec's reset sequence.</summary>
    public static PyBytes? Encode(ThreadState ts, CjkCodec codec, ref CjkState state, PyStr text, out int inpos,
        MultibyteErrors errors, bool flush, bool reset)
    {
        inpos = 0;
        int length = text.Length;
        if (length == 0 && !reset) return PyBytes.Empty;
        var output = new CjkByteBuffer(length * 2 + 16);
        PyUnicodeError? exc = null;
        while (inpos < length)
        {
            int r = codec.Encode(ref state, text, ref inpos, length, output, flush);
            if (r == 0 || (r == CjkCodec.TooFew && !flush)) break;
            if (!EncodeError(ts, codec, ref state, text, ref inpos, output, errors, r, ref exc)) return null;
            if (r == CjkCodec.TooFew) break;
        }
        if (reset && codec.HasEncoderReset)
        {
            while (true)
            {
                int r = codec.EncoderReset(ref state, output);
                if (r == 0) break;
                if (!EncodeError(ts, codec, ref state, text, ref inpos, output, errors, r, ref exc)) return null;
            }
        }
        return output.ToBytes();
    }

    private static bool EncodeError(ThreadState ts, CjkCodec codec, ref CjkState state, PyStr text, ref int inpos,
        CjkByteBuffer output, MultibyteErrors errors, int r, ref PyUnicodeError? exc)
    {
        string reason;
        int size;
        if (r > 0)
        {
            reason = Illegal;
            size = r;
        }
        else if (r == CjkCodec.TooFew)
        {
            // CPython reports the length of what was consumed so far here, not what is left.
            reason = Incomplete;
            size = inpos;
        }
        else
        {
            ts.SetError(PyExc.RuntimeError, r == CjkCodec.Internal ? "internal codec error" : "unknown runtime error");
            return false;
        }
        if (errors.IsReplace)
        {
            int qpos = 0;
            if (codec.Encode(ref state, s_question, ref qpos, 1, output, flush: false) != 0) output.Add((byte)'?');
        }
        if (errors.IsIgnore || errors.IsReplace)
        {
            inpos += size;
            return true;
        }
        int start = inpos, end = inpos + size;
        if (exc is null)
        {
            if (Protocols.Call(ts, PyExc.UnicodeEncodeError,
                    [PyStr.Create(codec.Name), text, PyInt.Create(start), PyInt.Create(end), PyStr.Create(reason)], null)
                is not PyUnicodeError created)
                return false;
            exc = created;
        }
        else
        {
            exc.Start = start;
            exc.End = end;
            exc.Reason = PyStr.Create(reason);
        }
        if (errors.IsStrict)
        {
            ts.SetError(exc);
            return false;
        }
        var handler = CodecErrors.Lookup(ts, errors.Custom!.ToString());
        if (handler is null) return false;
        var result = Protocols.Call1(ts, handler, exc);
        if (result is null) return false;
        if (result is not PyTuple { Length: 2 } t || t.Items[0] is not (PyStr or PyBytes) || t.Items[1] is not PyInt)
        {
            ts.TypeError("encoding error handler must return (str, int) tuple");
            return false;
        }
        PyBytes replacement;
        if (t.Items[0] is PyStr rs)
        {
            var encoded = Encode(ts, codec, ref state, rs, out _, MultibyteErrors.Strict, flush: true, reset: false);
            if (encoded is null) return false;
            replacement = encoded;
        }
        else
        {
            replacement = (PyBytes)t.Items[0];
        }
        output.Add(replacement.Value);
        if (!NewPosition(ts, (PyInt)t.Items[1], text.Length, out inpos)) return false;
        return true;
    }

    /// <summary>The position a handler returned: negative counts from the end; out of range is IndexError.</summary>
    private static bool NewPosition(ThreadState ts, PyInt value, int length, out int position)
    {
        position = 0;
        // A position beyond Py_ssize_t reads as -1 (PyLong_AsSsize_t's error value) and is not counted
        // from the end.
        if (!value.TryGetLong(out long pos)) pos = -1;
        else if (pos < 0) pos += length;
        if (pos < 0 || pos > length)
        {
            ts.Raise(PyExc.IndexError, $"position {pos} from error handler out of bounds");
            return false;
        }
        position = (int)pos;
        return true;
    }

    /// <summary>Handles the decoder's result <paramref name="r"/> at the buffer's position.</summary>
    public static bool DecodeError(ThreadState ts, CjkCodec codec, MultibyteDecodeBuffer buf, MultibyteErrors errors, int r)
    {
        string reason;
        int size;
        if (r > 0)
        {
            reason = Illegal;
            size = r;
        }
        else if (r == CjkCodec.TooFew)
        {
            reason = Incomplete;
            size = buf.Left;
        }
        else
        {
            ts.SetError(PyExc.RuntimeError, r == CjkCodec.Internal ? "internal codec error" : "unknown runtime error");
            return false;
        }
        if (errors.IsReplace) buf.Output.AppendCodePoint(0xFFFD);
        if (errors.IsIgnore || errors.IsReplace)
        {
            buf.Position += size;
            return true;
        }
        int start = buf.Position, end = start + size;
        if (buf.Exception is null)
        {
            if (Protocols.Call(ts, PyExc.UnicodeDecodeError,
                    [PyStr.Create(codec.Name), PyBytes.Create(buf.Data), PyInt.Create(start), PyInt.Create(end), PyStr.Create(reason)], null)
                is not PyUnicodeError created)
                return false;
            buf.Exception = created;
        }
        else
        {
            buf.Exception.Start = start;
            buf.Exception.End = end;
            buf.Exception.Reason = PyStr.Create(reason);
        }
        if (errors.IsStrict)
        {
            ts.SetError(buf.Exception);
            return false;
        }
        var handler = CodecErrors.Lookup(ts, errors.Custom!.ToString());
        if (handler is null) return false;
        var result = Protocols.Call1(ts, handler, buf.Exception);
        if (result is null) return false;
        if (result is not PyTuple { Length: 2 } t || t.Items[0] is not PyStr replacement || t.Items[1] is not PyInt)
        {
            ts.TypeError("decoding error handler must return (str, int) tuple");
            return false;
        }
        buf.Output.Append(replacement);
        if (!NewPosition(ts, (PyInt)t.Items[1], buf.Data.Length, out int position)) return false;
        buf.Position = position;
        return true;
    }

    /// <summary>Decodes as much of the buffer as forms whole sequences (decoder_feed_buffer).</summary>
    public static bool Feed(ThreadState ts, CjkCodec codec, ref CjkState state, MultibyteDecodeBuffer buf, MultibyteErrors errors)
    {
        while (buf.Position < buf.Data.Length)
        {
            int r = codec.Decode(ref state, buf.Data, ref buf.Position, buf.Output);
            if (r == 0 || r == CjkCodec.TooFew) break;
            if (!DecodeError(ts, codec, buf, errors, r)) return false;
        }
        return true;
    }
}
