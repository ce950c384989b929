namespace Kaa.Runtime;

/// <summary>The error handling of the decoders written here (charmap, the escape codecs, UTF-7): the builtin
/// handlers inline, others through the registry.</summary>
internal static class DecodeErrors
{
    public static void Raise(ThreadState ts, string encoding, ReadOnlySpan<byte> data, int start, int end, string reason) =>
        ts.SetError(PyExc.UnicodeDecodeError, PyTuple.Create([
            PyStr.Create(encoding), PyBytes.Create(data.ToArray()), PyInt.Create(start), PyInt.Create(end), PyStr.Create(reason)]));

    /// <summary>Handles the undecodable bytes [start, end): appends the replacement and gives where to resume.</summary>
    public static bool Handle(ThreadState ts, string? errors, string encoding, ReadOnlySpan<byte> data, int start, int end, string reason,
        PyStrBuilder output, out int resume)
    {
        resume = end;
        switch (errors)
        {
            case null or "strict":
                Raise(ts, encoding, data, start, end, reason);
                return false;
            case "ignore":
                return true;
            case "replace":
                output.AppendCodePoint(0xFFFD);
                return true;
            case "backslashreplace":
                for (int i = start; i < end; i++) output.Append($"\\x{data[i]:x2}");
                return true;
            case "surrogateescape":
            {
                int i = start;
                for (; i < end && data[i] >= 0x80; i++) output.AppendCodePoint(0xDC00 + data[i]);
                if (i == start) { Raise(ts, encoding, data, start, end, reason); return false; }
                resume = i;
                return true;
            }
        }
        var handler = CodecErrors.Lookup(ts, errors);
        if (handler is null) return false;
        if (!CodecErrors.CallDecodeHandler(ts, handler, encoding, data, start, end, reason, out var replacement, out resume)) return false;
        output.Append(replacement);
        return true;
    }
}
