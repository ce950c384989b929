namespace Kaa.Runtime;

/// <summary>
/// <c>_io.BufferedReader</c>, <c>BufferedWriter</c> and <c>BufferedRandom</c> (Modules/_io/bufferedio.c):
/// a raw stream plus a read-ahead buffer and a pending-write buffer. Reads drain pending writes first;
/// writes (and seeks outside the read-ahead) first give back the read-ahead by rewinding the raw stream,
/// so the raw position always equals the logical position plus what is pending minus what was read ahead.
/// An exact <c>FileIO</c> raw is called directly; any other raw object through its Python methods.
/// </summary>
public sealed class PyBuffered : PyIOBase
{
    internal PyObject? Raw;
    /// <summary>The raw stream when it is exactly a FileIO (direct calls, no method lookups).</summary>
    internal PyFileIO? FastRaw;
    internal bool Readable, Writable, Detached, Initialized;
    internal int BufferSize = IoSupport.DefaultBufferSize;

    // Read-ahead: ReadBuf[ReadPos..ReadEnd] are bytes the raw stream has delivered but nobody has read.
    internal byte[] ReadBuf = [];
    internal int ReadPos, ReadEnd;

    // Pending writes: WriteBuf[..WriteLen].
    internal byte[] WriteBuf = [];
    internal int WriteLen;

    public PyBuffered(PyType type) : base(type) { }

    internal int ReadAhead => ReadEnd - ReadPos;

    internal void Setup(PyObject raw, int bufferSize, bool readable, bool writable)
    {
        Raw = raw;
        FastRaw = raw is PyFileIO f && raw.Type == IoTypes.FileIO ? f : null;
        BufferSize = bufferSize;
        Readable = readable;
        Writable = writable;
        ReadBuf = readable ? new byte[bufferSize] : [];
        WriteBuf = writable ? new byte[bufferSize] : [];
        ReadPos = ReadEnd = WriteLen = 0;
        Detached = false;
        Initialized = true;
    }

    /// <summary>CHECK_INITIALIZED: false with ValueError when detached or never initialised.</summary>
    internal bool CheckInitialized(ThreadState ts)
    {
        if (Initialized && Raw is not null) return true;
        ts.ValueError(Detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
        return false;
    }

    /// <summary>Whether the raw stream is closed: 1, 0, -1 with an error.</summary>
    internal int RawClosed(ThreadState ts)
    {
        if (FastRaw is not null) return FastRaw.IsClosed ? 1 : 0;
        return IoSupport.IsClosed(ts, Raw!);
    }

    /// <summary>CHECK_CLOSED: closed with nothing left in the read-ahead.</summary>
    internal bool CheckClosed(ThreadState ts, string message)
    {
        int c = RawClosed(ts);
        if (c < 0) return false;
        if (c == 1 && ReadAhead == 0)
        {
            ts.ValueError(message);
            return false;
        }
        return true;
    }

    // ---- the raw stream -----------------------------------------------------------------------------

    /// <summary>Reads from the raw stream: the count, -2 for "would block" (None), -1 with an error.</summary>
    internal nint RawRead(ThreadState ts, Span<byte> dest)
    {
        if (FastRaw is not null)
        {
            if (!FileIOSlots.CheckOpen(ts, FastRaw)) return -1;
            if (!FastRaw.Readable) { IoSupport.Unsupported(ts, "File not open for reading"); return -1; }
            return FastRaw.ReadInto(ts, dest);
        }
        var buffer = IoSupport.NewByteArray(ts, dest.Length);
        if (buffer is null) return -1;
        var r = Protocols.CallMethod(ts, Raw!, "readinto", [buffer]);
        if (r is null) return -1;
        if (r is PyNone) return -2;
        if (!IoSupport.Size(ts, r, out long n)) return -1;
        if (n < 0 || n > dest.Length)
        {
            ts.Raise(PyExc.OSError, $"raw readinto() returned invalid length {n} (should have been between 0 and {dest.Length})");
            return -1;
        }
        if (!Protocols.GetBuffer(ts, buffer, false, out var view)) return -1;
        view.Span[..(int)n].CopyTo(dest);
        Protocols.ReleaseBuffer(ref view);
        return (nint)n;
    }

    /// <summary>Writes to the raw stream once: the count, -2 for "would block", -1 with an error.</summary>
    internal nint RawWrite(ThreadState ts, ReadOnlySpan<byte> data)
    {
        if (FastRaw is not null)
        {
            if (!FileIOSlots.CheckOpen(ts, FastRaw)) return -1;
            if (!FastRaw.Writable) { IoSupport.Unsupported(ts, "File not open for writing"); return -1; }
            return FastRaw.WriteFrom(ts, data);
        }
        var r = Protocols.CallMethod(ts, Raw!, "write", [PyBytes.Create(data.ToArray())]);
        if (r is null) return -1;
        if (r is PyNone) return -2;
        if (!IoSupport.Size(ts, r, out long n)) return -1;
        if (n < 0 || n > data.Length)
        {
            ts.Raise(PyExc.OSError, $"raw write() returned invalid length {n} (should have been between 0 and {data.Length})");
            return -1;
        }
        return (nint)n;
    }

    internal long RawSeek(ThreadState ts, long pos, int whence)
    {
        if (FastRaw is not null)
        {
            if (!FileIOSlots.CheckOpen(ts, FastRaw)) return -1;
            return FastRaw.Seek(ts, pos, whence);
        }
        var r = Protocols.CallMethod(ts, Raw!, "seek", [PyInt.Create(pos), PyInt.Create(whence)]);
        if (r is null) return -1;
        if (!IoSupport.Size(ts, r, out long n)) return -1;
        if (n < 0)
        {
            ts.Raise(PyExc.OSError, $"Raw stream returned invalid position {n}");
            return -1;
        }
        return n;
    }

    internal long RawTell(ThreadState ts)
    {
        if (FastRaw is not null)
        {
            if (!FileIOSlots.CheckOpen(ts, FastRaw)) return -1;
            return FastRaw.Seek(ts, 0, IoLibc.SEEK_CUR);
        }
        var r = Protocols.CallMethod(ts, Raw!, "tell", []);
        if (r is null) return -1;
        if (!IoSupport.Size(ts, r, out long n)) return -1;
        if (n < 0)
        {
            ts.Raise(PyExc.OSError, $"Raw stream returned invalid position {n}");
            return -1;
        }
        return n;
    }

    // ---- writing ------------------------------------------------------------------------------------

    /// <summary>Writes out every pending byte (_bufferedwriter_flush_unlocked): false with an error.
    /// A raw stream that would block raises BlockingIOError.</summary>
    internal bool FlushWrites(ThreadState ts)
    {
        int done = 0;
        while (done < WriteLen)
        {
            nint n = RawWrite(ts, WriteBuf.AsSpan(done, WriteLen - done));
            if (n == -1)
            {
                Compact(done);
                return false;
            }
            if (n == -2)
            {
                Compact(done);
                ts.SetError(PyExc.BlockingIOError, PyTuple.Create([PyInt.Create(IoLibc.EAGAIN), PyStr.Create("write could not complete without blocking"), PyInt.Create(0)]));
                return false;
            }
            done += (int)n;
        }
        WriteLen = 0;
        return true;
    }

    private void Compact(int done)
    {
        if (done == 0) return;
        WriteBuf.AsSpan(done, WriteLen - done).CopyTo(WriteBuf);
        WriteLen -= done;
    }

    /// <summary>Gives back the read-ahead: the raw stream is moved back to the logical position.</summary>
    internal bool Rewind(ThreadState ts)
    {
        int ahead = ReadAhead;
        ReadPos = ReadEnd = 0;
        if (ahead == 0) return true;
        return RawSeek(ts, -ahead, IoLibc.SEEK_CUR) >= 0;
    }

    /// <summary>buffered_flush_and_rewind_unlocked.</summary>
    internal bool FlushAndRewind(ThreadState ts)
    {
        if (Writable && !FlushWrites(ts)) return false;
        if (Readable && !Rewind(ts)) return false;
        return true;
    }

    /// <summary>write(): buffers the data, writing out when the buffer fills. The count, or -1 with an error.</summary>
    internal long Write(ThreadState ts, ReadOnlySpan<byte> data)
    {
        if (ReadAhead > 0 && !Rewind(ts)) return -1;
        if (WriteLen + data.Length <= BufferSize)
        {
            data.CopyTo(WriteBuf.AsSpan(WriteLen));
            WriteLen += data.Length;
            return data.Length;
        }
        if (!FlushWrites(ts)) return -1;
        if (data.Length < BufferSize)
        {
            data.CopyTo(WriteBuf);
            WriteLen = data.Length;
            return data.Length;
        }
        int done = 0;
        while (done < data.Length)
        {
            nint n = RawWrite(ts, data[done..]);
            if (n == -1) return -1;
            if (n == -2)
            {
                // Keep what fits in the buffer and report the rest as not written.
                int keep = Math.Min(BufferSize, data.Length - done);
                data.Slice(done, keep).CopyTo(WriteBuf);
                WriteLen = keep;
                ts.SetError(PyExc.BlockingIOError, PyTuple.Create([PyInt.Create(IoLibc.EAGAIN), PyStr.Create("write could not complete without blocking"), PyInt.Create(done + keep)]));
                return -1;
            }
            done += (int)n;
        }
        return data.Length;
    }

    // ---- reading ------------------------------------------------------------------------------------

    /// <summary>Refills the read-ahead with one raw read: the count (0 at end of file), -2 would block, -1 error.</summary>
    internal nint Fill(ThreadState ts)
    {
        if (WriteLen > 0 && !FlushWrites(ts)) return -1;
        if (ReadPos > 0 && ReadPos == ReadEnd) ReadPos = ReadEnd = 0;
        if (ReadPos > 0)
        {
            ReadBuf.AsSpan(ReadPos, ReadAhead).CopyTo(ReadBuf);
            ReadEnd -= ReadPos;
            ReadPos = 0;
        }
        nint n = RawRead(ts, ReadBuf.AsSpan(ReadEnd));
        if (n > 0) ReadEnd += (int)n;
        return n;
    }

    /// <summary>read(n) for n ≥ 0: up to n bytes, fewer only at end of file; null with an error, None when nothing could be read without blocking.</summary>
    internal PyObject? Read(ThreadState ts, long n)
    {
        if (n <= ReadAhead)
        {
            var quick = ReadBuf.AsSpan(ReadPos, (int)n).ToArray();
            ReadPos += (int)n;
            return PyBytes.Create(quick);
        }
        if (WriteLen > 0 && !FlushWrites(ts)) return null;
        var result = new byte[n];
        int have = ReadAhead;
        ReadBuf.AsSpan(ReadPos, have).CopyTo(result);
        ReadPos = ReadEnd = 0;
        while (have < n)
        {
            int want = (int)(n - have);
            nint got;
            if (want >= BufferSize)
            {
                // Large reads go straight into the result (whole buffer multiples, as CPython).
                int direct = want - want % BufferSize;
                got = RawRead(ts, result.AsSpan(have, direct));
                if (got > 0) { have += (int)got; continue; }
            }
            else
            {
                got = Fill(ts);
                if (got > 0)
                {
                    int take = Math.Min(want, ReadAhead);
                    ReadBuf.AsSpan(ReadPos, take).CopyTo(result.AsSpan(have));
                    ReadPos += take;
                    have += take;
                    continue;
                }
            }
            if (got == -1) return null;
            if (got == -2 && have == 0) return PyNone.Instance;
            break;
        }
        if (have != n) Array.Resize(ref result, have);
        return PyBytes.Create(result);
    }

    /// <summary>read() / read(-1): everything to the end of the stream.</summary>
    internal PyObject? ReadAll(ThreadState ts)
    {
        if (WriteLen > 0 && !FlushWrites(ts)) return null;
        var head = ReadBuf.AsSpan(ReadPos, ReadAhead).ToArray();
        ReadPos = ReadEnd = 0;
        if (FastRaw is not null)
        {
            if (!FileIOSlots.CheckOpen(ts, FastRaw)) return null;
            var rest = FastRaw.ReadAll(ts);
            if (rest is null) return null;
            if (rest is PyNone) return head.Length > 0 ? PyBytes.Create(head) : rest;
            return head.Length == 0 ? rest : PyBytes.Create([.. head, .. ((PyBytes)rest).Value]);
        }
        var readall = Protocols.LookupAttr(ts, Raw!, PyStr.Intern("readall"));
        if (readall is null && ts.HasError) return null;
        if (readall is not null)
        {
            var rest = Protocols.Call0(ts, readall);
            if (rest is null) return null;
            if (rest is PyNone) return head.Length > 0 ? PyBytes.Create(head) : rest;
            if (rest is not PyBytes rb) return ts.TypeError("readall() should return bytes");
            return head.Length == 0 ? rb : PyBytes.Create([.. head, .. rb.Value]);
        }
        var chunks = new List<byte>(head);
        while (true)
        {
            var data = Protocols.CallMethod(ts, Raw!, "read", []);
            if (data is null) return null;
            if (data is PyNone)
            {
                if (chunks.Count == 0) return data;
                break;
            }
            if (data is not PyBytes db) return ts.TypeError("read() should return bytes");
            if (db.Value.Length == 0) break;
            chunks.AddRange(db.Value);
        }
        return PyBytes.Create(chunks.ToArray());
    }

    /// <summary>read1(n): what the read-ahead holds, or at most one raw read.</summary>
    internal PyObject? Read1(ThreadState ts, long n)
    {
        if (n < 0) n = BufferSize;
        if (n == 0) return PyBytes.Create([]);
        if (ReadAhead == 0)
        {
            if (WriteLen > 0 && !FlushWrites(ts)) return null;
            if (n > BufferSize)
            {
                var direct = new byte[n];
                nint got = RawRead(ts, direct);
                if (got == -1) return null;
                if (got == -2) return PyNone.Instance;
                Array.Resize(ref direct, (int)got);
                return PyBytes.Create(direct);
            }
            nint r = Fill(ts);
            if (r == -1) return null;
            if (r == -2) return PyNone.Instance;
        }
        int take = (int)Math.Min(n, ReadAhead);
        var result = ReadBuf.AsSpan(ReadPos, take).ToArray();
        ReadPos += take;
        return PyBytes.Create(result);
    }

    /// <summary>peek(): the read-ahead (refilled once when empty), without consuming it.</summary>
    internal PyObject? Peek(ThreadState ts)
    {
        if (WriteLen > 0 && !FlushWrites(ts)) return null;
        if (ReadAhead == 0)
        {
            nint r = Fill(ts);
            if (r == -1) return null;
        }
        return PyBytes.Create(ReadBuf.AsSpan(ReadPos, ReadAhead).ToArray());
    }

    /// <summary>readinto(b)/readinto1(b): fills the caller's buffer (one raw read at most for readinto1).</summary>
    internal long ReadInto(ThreadState ts, Span<byte> dest, bool once)
    {
        int have = Math.Min(dest.Length, ReadAhead);
        ReadBuf.AsSpan(ReadPos, have).CopyTo(dest);
        ReadPos += have;
        if (have == dest.Length) return have;
        if (WriteLen > 0 && !FlushWrites(ts)) return -1;
        while (have < dest.Length)
        {
            int want = dest.Length - have;
            nint got;
            if (want > BufferSize)
            {
                got = RawRead(ts, dest[have..]);
                if (got > 0) { have += (int)got; if (once) break; continue; }
            }
            else
            {
                got = Fill(ts);
                if (got > 0)
                {
                    int take = Math.Min(want, ReadAhead);
                    ReadBuf.AsSpan(ReadPos, take).CopyTo(dest[have..]);
                    ReadPos += take;
                    have += take;
                    if (once) break;
                    continue;
                }
            }
            if (got == -1) return -1;
            if (got == -2 && have == 0) return -2;
            break;
        }
        return have;
    }

    /// <summary>readline(limit): through the next b"\n" (or limit bytes, or the end).</summary>
    internal PyObject? ReadLine(ThreadState ts, long limit)
    {
        if (limit < 0) limit = long.MaxValue;
        int avail = ReadAhead;
        int scan = (int)Math.Min(avail, limit);
        int nl = ReadBuf.AsSpan(ReadPos, scan).IndexOf((byte)'\n');
        if (nl >= 0 || scan == limit)
        {
            int take = nl >= 0 ? nl + 1 : scan;
            var quick = ReadBuf.AsSpan(ReadPos, take).ToArray();
            ReadPos += take;
            return PyBytes.Create(quick);
        }
        var line = new List<byte>(scan + 64);
        line.AddRange(ReadBuf.AsSpan(ReadPos, scan));
        ReadPos += scan;
        while (line.Count < limit)
        {
            nint r = Fill(ts);
            if (r == -1) return null;
            if (r <= 0) break;
            int room = (int)Math.Min(ReadAhead, limit - line.Count);
            var chunk = ReadBuf.AsSpan(ReadPos, room);
            int i = chunk.IndexOf((byte)'\n');
            if (i >= 0)
            {
                line.AddRange(chunk[..(i + 1)]);
                ReadPos += i + 1;
                break;
            }
            line.AddRange(chunk);
            ReadPos += room;
        }
        return PyBytes.Create(line.ToArray());
    }

    /// <summary>tell(): the raw position adjusted by the read-ahead and the pending writes.</summary>
    internal long Tell(ThreadState ts)
    {
        long pos = RawTell(ts);
        if (pos < 0) return -1;
        pos = pos - ReadAhead + WriteLen;
        return pos < 0 ? 0 : pos;
    }

    /// <summary>seek(): inside the read-ahead when possible, otherwise through the raw stream.</summary>
    internal long Seek(ThreadState ts, long target, int whence)
    {
        if (whence != IoLibc.SEEK_END && Readable && WriteLen == 0)
        {
            long current = RawTell(ts);
            if (current < 0) return -1;
            long bufferStart = current - ReadEnd;
            long wanted = whence == IoLibc.SEEK_SET ? target : current - ReadAhead + target;
            if (wanted >= bufferStart && wanted <= current)
            {
                ReadPos = (int)(wanted - bufferStart);
                return wanted;
            }
        }
        if (Writable && !FlushWrites(ts)) return -1;
        if (whence == IoLibc.SEEK_CUR) target -= ReadAhead;
        ReadPos = ReadEnd = 0;
        return RawSeek(ts, target, whence);
    }
}
