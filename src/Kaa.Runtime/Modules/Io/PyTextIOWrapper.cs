using System.Numerics;
using System.Text.Unicode;

namespace Kaa.Runtime;

/// <summary>
/// <c>_io.TextIOWrapper</c> (Modules/_io/textio.c): text over a buffered binary stream. Writes are encoded
/// into a pending byte buffer handed to the buffer in chunks (straight into an exact Buffered* buffer's own
/// buffer: the print path allocates nothing per call for UTF-8 text). Reads decode chunks from the buffer,
/// keeping a snapshot (decoder flags, bytes fed) so that <c>tell()</c> can build CPython's opaque cookies.
/// </summary>
public sealed class PyTextIOWrapper : PyIOBase
{
    internal PyObject? Buffer;
    /// <summary>The buffer when it is exactly a BufferedWriter/Reader/Random (direct calls).</summary>
    internal PyBuffered? FastBuffer;
    internal bool Initialized, Detached;

    internal string EncodingName = "utf-8";
    internal PyObject ErrorsObject = PyStr.Intern("strict");
    internal string Errors = "strict";
    internal TextEncoder? Encoder;
    internal TextDecoder? Decoder;
    /// <summary>The decoder wrapped for universal newlines (when reading with newline None or '').</summary>
    internal NewlineDecoding? NewlineDecoder;
    /// <summary>Set when the encoder is the C# UTF-8 one with strict errors (the allocation-free write path).</summary>
    internal bool FastUtf8;

    // Newline modes.
    internal PyObject NewlineArg = PyNone.Instance;
    internal string? ReadNewline;
    internal bool ReadUniversal, ReadTranslate, WriteTranslate;
    internal string? WriteNewline;
    internal bool LineBuffering, WriteThrough;

    internal int ChunkSize = 8192;
    internal bool Seekable, Telling, HasRead1;

    // Decoded text not yet returned by read(): DecodedChars[DecodedUsed..].
    internal PyStr? DecodedChars;
    internal int DecodedUsed;
    // tell() snapshot: the decoder flags before the last chunk and the bytes fed since.
    internal long SnapshotFlags;
    internal byte[]? SnapshotInput;

    // Encoded text not yet given to the buffer.
    internal byte[] Pending = new byte[256];
    internal int PendingLen;

    public PyTextIOWrapper(PyType type) : base(type) { }

    internal bool CheckAttached(ThreadState ts)
    {
        if (Initialized && Buffer is not null) return true;
        ts.ValueError(Detached ? "underlying buffer has been detached" : "I/O operation on uninitialized object");
        return false;
    }

    /// <summary>CHECK_CLOSED: false with ValueError when the buffer is closed.</summary>
    internal bool CheckClosed(ThreadState ts)
    {
        int closed;
        if (FastBuffer is not null) closed = FastBuffer.RawClosed(ts);
        else closed = IoSupport.IsClosed(ts, Buffer!);
        if (closed < 0) return false;
        if (closed == 1) { IoSupport.ClosedFile(ts); return false; }
        return true;
    }

    // ---- writing ------------------------------------------------------------------------------------

    /// <summary>write(text): the number of characters, or -1 with an error.</summary>
    internal long Write(ThreadState ts, PyStr text)
    {
        if (!CheckClosed(ts)) return -1;
        if (Encoder is null) { IoSupport.Unsupported(ts, "not writable"); return -1; }
        int length = text.Length;
        bool hasLF = false;
        if ((WriteTranslate && WriteNewline is not null) || LineBuffering)
            hasLF = text.IsWide ? text.Chars.Contains('\n') : text.Chars.Contains('\n');
        if (hasLF && WriteTranslate && WriteNewline is not null)
            text = PyStr.Create(text.Chars.Replace("\n", WriteNewline));
        bool needFlush = LineBuffering && (hasLF || text.Chars.Contains('\r'));
        if (!AppendEncoded(ts, text)) return -1;
        if (PendingLen >= ChunkSize || needFlush || WriteThrough)
        {
            if (!FlushPending(ts)) return -1;
        }
        if (needFlush && Protocols.CallMethod(ts, Buffer!, "flush", []) is null) return -1;
        if (DecodedChars is not null || SnapshotInput is not null)
        {
            DecodedChars = null;
            DecodedUsed = 0;
            SnapshotInput = null;
        }
        if (Decoder is not null && !ResetDecoder(ts)) return -1;
        return length;
    }

    private bool AppendEncoded(ThreadState ts, PyStr text)
    {
        if (FastUtf8 && !text.IsWide)
        {
            var chars = text.Chars.AsSpan();
            int max = chars.Length * 3;
            if (PendingLen + max > Pending.Length) Array.Resize(ref Pending, Math.Max(Pending.Length * 2, PendingLen + max));
            var status = Utf8.FromUtf16(chars, Pending.AsSpan(PendingLen), out _, out int written, replaceInvalidSequences: false);
            if (status == System.Buffers.OperationStatus.Done)
            {
                PendingLen += written;
                return true;
            }
        }
        var bytes = Encoder!.Encode(ts, text);
        if (bytes is null) return false;
        if (PendingLen + bytes.Length > Pending.Length) Array.Resize(ref Pending, Math.Max(Pending.Length * 2, PendingLen + bytes.Length));
        bytes.CopyTo(Pending, PendingLen);
        PendingLen += bytes.Length;
        return true;
    }

    /// <summary>_textiowrapper_writeflush: hands the pending bytes to the buffer.</summary>
    internal bool FlushPending(ThreadState ts)
    {
        if (PendingLen == 0) return true;
        int n = PendingLen;
        PendingLen = 0;
        if (FastBuffer is not null)
        {
            int closed = FastBuffer.RawClosed(ts);
            if (closed < 0) return false;
            if (closed == 1) { ts.ValueError("write to closed file"); return false; }
            return FastBuffer.Write(ts, Pending.AsSpan(0, n)) >= 0;
        }
        if (Buffer is PyFileIO raw && raw.Type == IoTypes.FileIO)
        {
            // Unbuffered standard streams: straight to the descriptor.
            if (!FileIOSlots.CheckOpen(ts, raw)) return false;
            for (int done = 0; done < n;)
            {
                nint w = raw.WriteFrom(ts, Pending.AsSpan(done, n - done));
                if (w == -1) return false;
                if (w == -2) { IoLibc.RaiseErrno(ts, IoLibc.EAGAIN); return false; }
                done += (int)w;
            }
            return true;
        }
        var chunk = PyBytes.Create(Pending.AsSpan(0, n).ToArray());
        return Protocols.CallMethod(ts, Buffer!, "write", [chunk]) is not null;
    }

    /// <summary>flush(): pending text to the buffer, then buffer.flush().</summary>
    internal PyObject? Flush(ThreadState ts)
    {
        if (!CheckAttached(ts) || !CheckClosed(ts)) return null;
        Telling = Seekable;
        if (!FlushPending(ts)) return null;
        if (FastBuffer is not null && FastBuffer.Type != IoTypes.BufferedReader)
        {
            if (!FastBuffer.CheckClosed(ts, "flush of closed file")) return null;
            return FastBuffer.FlushAndRewind(ts) ? PyNone.Instance : null;
        }
        return Protocols.CallMethod(ts, Buffer!, "flush", []);
    }

    // ---- reading ------------------------------------------------------------------------------------

    internal bool ResetDecoder(ThreadState ts) => NewlineDecoder?.Reset(ts) ?? Decoder?.Reset(ts) ?? true;

    private PyStr? DecodeChunk(ThreadState ts, ReadOnlySpan<byte> input, bool final) =>
        NewlineDecoder is not null ? NewlineDecoder.Decode(ts, input, final) : Decoder!.Decode(ts, input, final);

    internal bool DecoderGetState(ThreadState ts, out byte[] pending, out long flags)
    {
        if (NewlineDecoder is not null) return NewlineDecoder.GetState(ts, out pending, out flags);
        return Decoder!.GetState(ts, out pending, out flags);
    }

    internal bool DecoderSetState(ThreadState ts, byte[] pending, long flags) =>
        NewlineDecoder?.SetState(ts, pending, flags) ?? Decoder!.SetState(ts, pending, flags);

    internal int DecodedAvailable => DecodedChars is null ? 0 : DecodedChars.Length - DecodedUsed;

    /// <summary>Takes up to <paramref name="n"/> decoded characters (all with n &lt; 0).</summary>
    internal PyStr TakeDecoded(int n)
    {
        if (DecodedChars is null) return PyStr.Empty;
        int avail = DecodedChars.Length - DecodedUsed;
        if (n < 0 || n > avail) n = avail;
        if (n == 0) return PyStr.Empty;
        var s = DecodedUsed == 0 && n == DecodedChars.Length ? DecodedChars : DecodedChars.Substring(DecodedUsed, DecodedUsed + n);
        DecodedUsed += n;
        return s;
    }

    /// <summary>textiowrapper_read_chunk: one buffer read decoded; 1 more may follow, 0 at end of file, -1 error.</summary>
    internal int ReadChunk(ThreadState ts, int sizeHint)
    {
        if (Decoder is null) { IoSupport.Unsupported(ts, "not readable"); return -1; }
        byte[] decBuffer = [];
        long decFlags = 0;
        if (Telling && !DecoderGetState(ts, out decBuffer, out decFlags)) return -1;
        int size = ChunkSize;
        if (sizeHint > 0) size = (int)Math.Max(ChunkSize, Math.Min(sizeHint * 4L, int.MaxValue / 2));
        byte[] input;
        if (FastBuffer is not null)
        {
            if (!FastBuffer.CheckClosed(ts, "read of closed file")) return -1;
            var r = HasRead1 ? FastBuffer.Read1(ts, size) : FastBuffer.Read(ts, size);
            if (r is null) return -1;
            if (r is not PyBytes rb) { ts.TypeError($"underlying read1() should have returned a bytes-like object, not '{r.Type.Name}'"); return -1; }
            input = rb.Value;
        }
        else
        {
            var r = Protocols.CallMethod(ts, Buffer!, HasRead1 ? "read1" : "read", [PyInt.Create(size)]);
            if (r is null) return -1;
            if (r is PyNone) input = [];
            else
            {
                var bytes = r is PyBytes pb ? pb.Value : Protocols.HasBuffer(r) ? IoSupport.BytesOf(ts, r) : null;
                if (bytes is null)
                {
                    ts.ClearError();
                    ts.TypeError($"underlying {(HasRead1 ? "read1" : "read")}() should have returned a bytes-like object, not '{r.Type.Name}'");
                    return -1;
                }
                input = bytes;
            }
        }
        bool eof = input.Length == 0;
        var decoded = DecodeChunk(ts, input, eof);
        if (decoded is null) return -1;
        DecodedChars = decoded;
        DecodedUsed = 0;
        if (decoded.Length > 0) eof = false;
        if (Telling)
        {
            SnapshotFlags = decFlags;
            SnapshotInput = decBuffer.Length == 0 ? input : [.. decBuffer, .. input];
        }
        return eof ? 0 : 1;
    }

    /// <summary>read(n): n characters (fewer at end of file); n &lt; 0 reads everything.</summary>
    internal PyObject? Read(ThreadState ts, long n)
    {
        if (Decoder is null) return IoSupport.Unsupported(ts, "not readable");
        if (!FlushPending(ts)) return null;
        if (n < 0)
        {
            PyObject? rest = FastBuffer is not null ? FastBuffer.ReadAll(ts) : Protocols.CallMethod(ts, Buffer!, "read", []);
            if (rest is null) return null;
            byte[] bytes = rest is PyBytes rb ? rb.Value : rest is PyNone ? [] : IoSupport.BytesOf(ts, rest) ?? [];
            if (ts.HasError) return null;
            var decoded = DecodeChunk(ts, bytes, true);
            if (decoded is null) return null;
            var head = TakeDecoded(-1);
            DecodedChars = null;
            DecodedUsed = 0;
            SnapshotInput = null;
            return head.Length == 0 ? decoded : new PyStrBuilder().Append(head).Append(decoded).ToPyStr();
        }
        var first = TakeDecoded((int)Math.Min(n, int.MaxValue));
        if (first.Length == n) return first;
        var sb = new PyStrBuilder().Append(first);
        long remaining = n - first.Length;
        while (remaining > 0)
        {
            int r = ReadChunk(ts, (int)Math.Min(remaining, int.MaxValue));
            if (r < 0) return null;
            var part = TakeDecoded((int)Math.Min(remaining, int.MaxValue));
            sb.Append(part);
            remaining -= part.Length;
            if (r == 0) break;
        }
        return sb.ToPyStr();
    }

    /// <summary>readline(limit): one line by this wrapper's newline mode.</summary>
    internal PyObject? ReadLine(ThreadState ts, long limit)
    {
        if (Decoder is null) return IoSupport.Unsupported(ts, "not readable");
        if (!FlushPending(ts)) return null;
        var line = new PyStrBuilder();
        int lineLen = 0;
        while (true)
        {
            if (DecodedAvailable == 0)
            {
                int r = ReadChunk(ts, 0);
                if (r < 0) return null;
                if (r == 0 && DecodedAvailable == 0)
                {
                    DecodedChars = null;
                    SnapshotInput = null;
                    break;
                }
            }
            var chars = DecodedChars!;
            int start = DecodedUsed, end = chars.Length;
            int found = FindLineEnd(chars, start, end, out int endLen, out bool needMore);
            if (found >= 0)
            {
                int stop = found + endLen;
                if (limit >= 0 && lineLen + (stop - start) > limit) stop = start + (int)(limit - lineLen);
                line.Append(chars, start, stop);
                DecodedUsed = stop;
                break;
            }
            int take = needMore ? end - start - 1 : end - start;
            if (limit >= 0 && lineLen + take >= limit)
            {
                int stop = start + (int)(limit - lineLen);
                line.Append(chars, start, stop);
                DecodedUsed = stop;
                break;
            }
            line.Append(chars, start, start + take);
            lineLen += take;
            if (needMore)
            {
                // A lone "\r" at the end in universal mode: keep it until the next chunk says whether "\n" follows.
                int r = ReadChunk(ts, 0);
                if (r < 0) return null;
                var next = DecodedChars!;
                var joined = new PyStrBuilder().AppendCodePoint('\r').Append(next, DecodedUsed, next.Length).ToPyStr();
                DecodedChars = joined;
                DecodedUsed = 0;
                if (r == 0 && next.Length == 0)
                {
                    line.AppendCodePoint('\r');
                    DecodedUsed = 1;
                    break;
                }
                continue;
            }
            DecodedUsed = end;
        }
        return line.ToPyStr();
    }

    /// <summary>The index of the line ending in chars[start..end] (its length in endLen), or -1; needMore when
    /// the text ends in "\r" that a following "\n" could extend (universal, untranslated mode).</summary>
    private int FindLineEnd(PyStr chars, int start, int end, out int endLen, out bool needMore)
    {
        endLen = 1;
        needMore = false;
        if (ReadTranslate)
        {
            for (int i = start; i < end; i++) if (chars[i] == '\n') return i;
            return -1;
        }
        if (ReadUniversal)
        {
            for (int i = start; i < end; i++)
            {
                int c = chars[i];
                if (c == '\n') return i;
                if (c == '\r')
                {
                    if (i + 1 < end)
                    {
                        if (chars[i + 1] == '\n') endLen = 2;
                        return i;
                    }
                    needMore = true;
                    return -1;
                }
            }
            return -1;
        }
        var nl = ReadNewline!;
        endLen = nl.Length;
        for (int i = start; i < end; i++)
        {
            if (chars[i] != nl[0]) continue;
            if (nl.Length == 1) return i;
            if (i + 1 < end) { if (chars[i + 1] == nl[1]) return i; }
            else { needMore = true; return -1; }
        }
        return -1;
    }

    // ---- tell and seek --------------------------------------------------------------------------------

    internal static BigInteger BuildCookie(long startPos, long decFlags, long bytesToFeed, long charsToSkip, bool needEof) =>
        new BigInteger(startPos) | (new BigInteger(decFlags) << 64) | (new BigInteger(bytesToFeed) << 128)
        | (new BigInteger(charsToSkip) << 192) | (needEof ? BigInteger.One << 256 : BigInteger.Zero);

    internal static void ParseCookie(BigInteger cookie, out long startPos, out long decFlags, out long bytesToFeed, out long charsToSkip, out bool needEof)
    {
        var mask = (BigInteger.One << 64) - 1;
        startPos = (long)(ulong)(cookie & mask);
        decFlags = (long)(ulong)((cookie >> 64) & mask);
        bytesToFeed = (long)(ulong)((cookie >> 128) & mask);
        charsToSkip = (long)(ulong)((cookie >> 192) & mask);
        needEof = !((cookie >> 256) & mask).IsZero;
    }
}
