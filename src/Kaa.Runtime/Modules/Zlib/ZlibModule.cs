namespace Kaa.Runtime;

/// <summary>The zlib module's per-interpreter state: its error class.</summary>
internal sealed class ZlibState
{
    public PyType? Error;
}

/// <summary>
/// The <c>zlib</c> module over the system libz (CPython's Modules/zlibmodule.c): one-shot compress and
/// decompress, the Compress/Decompress stream objects, crc32 and adler32.
/// </summary>
internal static unsafe partial class ZlibModule
{
    private const string Doc = "The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.\n\nadler32(string[, start]) -- Compute an Adler-32 checksum.\ncompress(data[, level]) -- Compress data, with compression level 0-9 or -1.\ncompressobj([level[, ...]]) -- Return a compressor object.\ncrc32(string[, start]) -- Compute a CRC-32 checksum.\ndecompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\ndecompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n'wbits' is window buffer size and container format.\nCompressor objects support compress() and flush() methods; decompressor\nobjects support decompress() and flush().";

    internal const int DefBufSize = 16384;

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("zlib", Doc);
        var error = ExceptionClass.Create(ts, "zlib.error", PyExc.Exception);
        if (error is null) return null;
        ts.Interp.GetModuleState<ZlibState>().Error = error;
        m.Set("error", error);
        m.AddFunction("compress", Compress);
        m.AddFunction("decompress", Decompress);
        m.AddFunction("compressobj", CompressObject);
        m.AddFunction("decompressobj", DecompressObject);
        m.AddFunction("crc32", static (ts, _, a, k) => Checksum(ts, "crc32", a, k, 0, isCrc: true));
        m.AddFunction("adler32", static (ts, _, a, k) => Checksum(ts, "adler32", a, k, 1, isCrc: false));
        (string, int)[] constants =
        [
            ("MAX_WBITS", 15), ("DEFLATED", 8), ("DEF_MEM_LEVEL", 8), ("DEF_BUF_SIZE", DefBufSize),
            ("Z_NO_COMPRESSION", 0), ("Z_BEST_SPEED", 1), ("Z_BEST_COMPRESSION", 9), ("Z_DEFAULT_COMPRESSION", -1),
            ("Z_FILTERED", 1), ("Z_HUFFMAN_ONLY", 2), ("Z_RLE", 3), ("Z_FIXED", 4), ("Z_DEFAULT_STRATEGY", 0),
            ("Z_NO_FLUSH", 0), ("Z_PARTIAL_FLUSH", 1), ("Z_SYNC_FLUSH", 2), ("Z_FULL_FLUSH", 3), ("Z_FINISH", 4),
            ("Z_BLOCK", 5), ("Z_TREES", 6),
        ];
        foreach (var (name, value) in constants) m.Set(name, PyInt.Create(value));
        m.Set("__version__", PyStr.Create("1.0"));
        m.Set("ZLIB_VERSION", PyStr.Create(ZLibNative.Version));
        m.Set("ZLIB_RUNTIME_VERSION", PyStr.Create(ZLibNative.Version));
        return m;
    }

    internal static PyType Error(ThreadState ts) => ts.Interp.GetModuleState<ZlibState>().Error ?? PyExc.Exception;

    /// <summary>zlib_error: "Error N while ...: message".</summary>
    internal static PyObject? RaiseZlibError(ThreadState ts, ZStream zs, int err, string what)
    {
        string? msg = err == ZLibNative.Z_VERSION_ERROR ? "library version mismatch" : zs.Message;
        msg ??= err switch
        {
            ZLibNative.Z_BUF_ERROR => "incomplete or truncated stream",
            ZLibNative.Z_STREAM_ERROR => "inconsistent stream state",
            ZLibNative.Z_DATA_ERROR => "invalid input data",
            _ => null,
        };
        return ts.Raise(Error(ts), msg is null ? $"Error {err} {what}" : $"Error {err} {what}: {msg}");
    }

    // ---- argument helpers ----------------------------------------------------------------------------

    internal static byte[]? BufferBytes(ThreadState ts, PyObject obj)
    {
        if (!Protocols.GetBuffer(ts, obj, false, out var view)) return null;
        var data = view.Span.ToArray();
        Protocols.ReleaseBuffer(ref view);
        return data;
    }

    /// <summary>A C int argument (clinic's "i"): floats refused, OverflowError beyond int.</summary>
    internal static bool CInt(ThreadState ts, PyObject? obj, int defaultValue, out int value)
    {
        value = defaultValue;
        if (obj is null) return true;
        if (obj is PyFloat)
        {
            ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            return false;
        }
        if (!Protocols.AsIndex(ts, obj, out long v, PyExc.OverflowError)) return false;
        if (v is < int.MinValue or > int.MaxValue)
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C int");
            return false;
        }
        value = (int)v;
        return true;
    }

    // ---- one-shot functions --------------------------------------------------------------------------

    private static readonly ArgSpec s_compress = new("compress", ["data", "level", "wbits"], required: 1, positionalOnly: 1);
    private static readonly ArgSpec s_decompress = new("decompress", ["data", "wbits", "bufsize"], required: 1, positionalOnly: 1);

    private static PyObject? Compress(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_compress.Parse(ts, args, kw, a)) return null;
        var data = BufferBytes(ts, a[0]!);
        if (data is null) return null;
        if (!CInt(ts, a[1], -1, out int level) || !CInt(ts, a[2], 15, out int wbits)) return null;
        var zs = new ZStream(isDeflate: true);
        int err = zs.InitDeflate(level, 8, wbits, 8, 0);
        if (err == ZLibNative.Z_MEM_ERROR) return ts.MemoryError();
        if (err == ZLibNative.Z_STREAM_ERROR) return ts.Raise(Error(ts), "Bad compression level");
        if (err != ZLibNative.Z_OK) return RaiseZlibError(ts, zs, err, "while compressing data");
        var output = new OutputBuffer(Math.Max(64, data.Length / 2 + 64));
        fixed (byte* input = data)
        {
            zs.Native->NextIn = input;
            zs.Native->AvailIn = (uint)data.Length;
            do
            {
                err = output.Run(zs, ZLibNative.Z_FINISH, -1);
                if (err == ZLibNative.Z_STREAM_ERROR)
                {
                    zs.End();
                    return RaiseZlibError(ts, zs, err, "while compressing data");
                }
            } while (err != ZLibNative.Z_STREAM_END);
        }
        err = zs.End();
        if (err != ZLibNative.Z_OK) return RaiseZlibError(ts, zs, err, "while finishing compression");
        return PyBytes.Create(output.ToArray());
    }

    private static PyObject? Decompress(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_decompress.Parse(ts, args, kw, a)) return null;
        var data = BufferBytes(ts, a[0]!);
        if (data is null) return null;
        if (!CInt(ts, a[1], 15, out int wbits)) return null;
        long bufsize = DefBufSize;
        if (a[2] is { } bs && !Protocols.AsIndex(ts, bs, out bufsize, PyExc.OverflowError)) return null;
        if (bufsize < 0) return ts.ValueError("bufsize must be non-negative");
        if (bufsize == 0) bufsize = 1;
        var zs = new ZStream(isDeflate: false);
        int err = zs.InitInflate(wbits);
        if (err == ZLibNative.Z_MEM_ERROR) return ts.MemoryError();
        if (err != ZLibNative.Z_OK) return RaiseZlibError(ts, zs, err, "while preparing to decompress data");
        var output = new OutputBuffer((int)Math.Min(bufsize, 1 << 20));
        fixed (byte* input = data)
        {
            zs.Native->NextIn = input;
            zs.Native->AvailIn = (uint)data.Length;
            while (true)
            {
                err = output.Run(zs, ZLibNative.Z_FINISH, -1);
                if (err is not (ZLibNative.Z_OK or ZLibNative.Z_BUF_ERROR or ZLibNative.Z_STREAM_END))
                {
                    if (err == ZLibNative.Z_MEM_ERROR) { zs.End(); return ts.MemoryError(); }
                    zs.End();
                    return RaiseZlibError(ts, zs, err, "while decompressing data");
                }
                if (err == ZLibNative.Z_STREAM_END || zs.Native->AvailIn == 0) break;
            }
        }
        if (err != ZLibNative.Z_STREAM_END)
        {
            zs.End();
            return RaiseZlibError(ts, zs, err, "while decompressing data");
        }
        err = zs.End();
        if (err != ZLibNative.Z_OK) return RaiseZlibError(ts, zs, err, "while finishing decompression");
        return PyBytes.Create(output.ToArray());
    }

    private static PyObject? Checksum(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, uint start, bool isCrc)
    {
        if (kw is not null && kw.Length > 0) return ts.TypeError($"zlib.{name}() takes no keyword arguments");
        if (args.Length is < 1 or > 2)
            return ts.TypeError(args.Length < 1 ? $"{name} expected at least 1 argument, got 0" : $"{name} expected at most 2 arguments, got {args.Length}");
        var data = BufferBytes(ts, args[0]);
        if (data is null) return null;
        uint value = start;
        if (args.Length == 2)
        {
            // unsigned_int(bitwise=True): any int, truncated to 32 bits.
            if (args[1] is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
            var i = Protocols.Index(ts, args[1]);
            if (i is null) return null;
            value = (uint)(ulong)(i.Value & uint.MaxValue);
        }
        fixed (byte* p = data)
            value = (uint)(isCrc ? ZLibNative.Crc32(value, p, (uint)data.Length) : ZLibNative.Adler32(value, p, (uint)data.Length));
        return PyInt.Create((long)value);
    }
}

/// <summary>A growing output area for deflate/inflate (CPython's _BlocksOutputBuffer, simplified: the
/// bytes produced do not depend on how the output space is handed out).</summary>
internal sealed unsafe class OutputBuffer
{
    private byte[] _data;
    public int Length;

    public OutputBuffer(int initial) => _data = new byte[Math.Max(initial, 1)];

    /// <summary>Runs deflate or inflate with <paramref name="flush"/> until zlib stops filling the output
    /// (or <paramref name="maxLength"/> bytes exist, when not -1). Returns zlib's last status.</summary>
    public int Run(ZStream zs, int flush, long maxLength)
    {
        int err;
        while (true)
        {
            if (Length == _data.Length)
            {
                if (maxLength >= 0 && Length >= maxLength) return ZLibNative.Z_OK;
                long grow = Math.Max(_data.Length, 64);
                long size = _data.Length + grow;
                if (maxLength >= 0) size = Math.Min(size, maxLength);
                Array.Resize(ref _data, (int)size);
            }
            uint room = (uint)(_data.Length - Length);
            fixed (byte* output = _data)
            {
                zs.Native->NextOut = output + Length;
                zs.Native->AvailOut = room;
                err = zs.IsDeflate ? ZLibNative.Deflate(zs.Native, flush) : ZLibNative.Inflate(zs.Native, flush);
                Length += (int)(room - zs.Native->AvailOut);
                zs.Native->NextOut = null;
            }
            if (zs.Native->AvailOut != 0 || err is not (ZLibNative.Z_OK or ZLibNative.Z_BUF_ERROR)) return err;
            if (err == ZLibNative.Z_BUF_ERROR && zs.Native->AvailIn == 0 && room == 0) return err;
        }
    }

    /// <summary>True when the output reached <paramref name="maxLength"/>.</summary>
    public bool IsFull(long maxLength) => maxLength >= 0 && Length >= maxLength;

    public byte[] ToArray() => _data.AsSpan(0, Length).ToArray();
}
