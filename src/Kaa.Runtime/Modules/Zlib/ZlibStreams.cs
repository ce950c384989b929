namespace Kaa.Runtime;

/// <summary><c>zlib.Compress</c> and <c>zlib.Decompress</c>: a z_stream with the Python-visible
/// leftovers (unused_data, unconsumed_tail, eof) and the dictionary for raw inflation.</summary>
internal sealed class PyZlibStream : PyObject
{
    internal readonly ZStream Stream;
    internal PyBytes UnusedData = PyBytes.Create([]);
    internal PyBytes UnconsumedTail = PyBytes.Create([]);
    internal PyObject? ZDict;
    internal bool Eof;

    internal PyZlibStream(PyType type, ZStream stream) : base(type) => Stream = stream;
}

internal static unsafe partial class ZlibModule
{
    internal static readonly PyType CompressType = PyType.CreateStatic("zlib.Compress", (PyType?)null, TypeFlags.None, InstallCompress);
    internal static readonly PyType DecompressType = PyType.CreateStatic("zlib.Decompress", (PyType?)null, TypeFlags.None, InstallDecompress);

    private static readonly ArgSpec s_compressobj = new("compressobj", ["level", "method", "wbits", "memLevel", "strategy", "zdict"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec s_decompressobj = new("decompressobj", ["wbits", "zdict"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec s_decompressMethod = new("decompress", ["data", "max_length"], required: 1, positionalOnly: 1);

    private static PyObject? CompressObject(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_compressobj.Parse(ts, args, kw, a)) return null;
        if (!CInt(ts, a[0], -1, out int level) || !CInt(ts, a[1], 8, out int method) || !CInt(ts, a[2], 15, out int wbits)
            || !CInt(ts, a[3], 8, out int memLevel) || !CInt(ts, a[4], 0, out int strategy)) return null;
        byte[]? zdict = null;
        if (a[5] is { } zd && zd is not PyNone)
        {
            zdict = BufferBytes(ts, zd);
            if (zdict is null) return null;
        }
        var zs = new ZStream(isDeflate: true);
        int err = zs.InitDeflate(level, method, wbits, memLevel, strategy);
        switch (err)
        {
            case ZLibNative.Z_OK:
                break;
            case ZLibNative.Z_MEM_ERROR:
                return ts.Raise(PyExc.MemoryError, "Can't allocate memory for compression object");
            case ZLibNative.Z_STREAM_ERROR:
                return ts.ValueError("Invalid initialization option");
            default:
                return RaiseZlibError(ts, zs, err, "while creating compression object");
        }
        if (zdict is not null)
        {
            fixed (byte* d = zdict)
                err = ZLibNative.DeflateSetDictionary(zs.Native, d, (uint)zdict.Length);
            if (err == ZLibNative.Z_STREAM_ERROR) return ts.ValueError("Invalid dictionary");
            if (err != ZLibNative.Z_OK) return ts.ValueError("deflateSetDictionary()");
        }
        return new PyZlibStream(CompressType, zs);
    }

    private static PyObject? DecompressObject(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_decompressobj.Parse(ts, args, kw, a)) return null;
        if (!CInt(ts, a[0], 15, out int wbits)) return null;
        var zdict = a[1];
        if (zdict is not null && !Protocols.HasBuffer(zdict)) return ts.TypeError("zdict argument must support the buffer protocol");
        var zs = new ZStream(isDeflate: false);
        int err = zs.InitInflate(wbits);
        var obj = new PyZlibStream(DecompressType, zs) { ZDict = zdict };
        switch (err)
        {
            case ZLibNative.Z_OK:
                // A raw stream carries no dictionary request: set it now.
                if (zdict is not null && wbits < 0 && !SetInflateDictionary(ts, obj)) return null;
                return obj;
            case ZLibNative.Z_STREAM_ERROR:
                return ts.ValueError("Invalid initialization option");
            case ZLibNative.Z_MEM_ERROR:
                return ts.Raise(PyExc.MemoryError, "Can't allocate memory for decompression object");
            default:
                return RaiseZlibError(ts, zs, err, "while creating decompression object");
        }
    }

    private static bool SetInflateDictionary(ThreadState ts, PyZlibStream self)
    {
        var dict = BufferBytes(ts, self.ZDict!);
        if (dict is null) return false;
        int err;
        fixed (byte* d = dict)
            err = ZLibNative.InflateSetDictionary(self.Stream.Native, d, (uint)dict.Length);
        if (err == ZLibNative.Z_OK) return true;
        RaiseZlibError(ts, self.Stream, err, "while setting zdict");
        return false;
    }

    private static void InstallCompress(PyType type)
    {
        type.AddMethod("compress", static (ts, self, arg) =>
        {
            var s = (PyZlibStream)self;
            var data = BufferBytes(ts, arg);
            if (data is null) return null;
            var output = new OutputBuffer(Math.Max(64, data.Length / 2 + 64));
            fixed (byte* input = data)
            {
                s.Stream.Native->NextIn = input;
                s.Stream.Native->AvailIn = (uint)data.Length;
                int err = output.Run(s.Stream, ZLibNative.Z_NO_FLUSH, -1);
                s.Stream.Native->NextIn = null;
                if (err == ZLibNative.Z_STREAM_ERROR) return RaiseZlibError(ts, s.Stream, err, "while compressing data");
            }
            return PyBytes.Create(output.ToArray());
        });
        type.AddMethod("flush", static (ts, self, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("flush() takes no keyword arguments");
            if (args.Length > 1) return ts.TypeError($"flush expected at most 1 argument, got {args.Length}");
            if (!CInt(ts, args.Length == 1 ? args[0] : null, ZLibNative.Z_FINISH, out int mode)) return null;
            if (mode == ZLibNative.Z_NO_FLUSH) return PyBytes.Create([]);
            var s = (PyZlibStream)self;
            s.Stream.Native->AvailIn = 0;
            var output = new OutputBuffer(256);
            int err = output.Run(s.Stream, mode, -1);
            if (err == ZLibNative.Z_STREAM_ERROR) return RaiseZlibError(ts, s.Stream, err, "while flushing");
            if (err == ZLibNative.Z_STREAM_END && mode == ZLibNative.Z_FINISH)
            {
                err = s.Stream.End();
                if (err != ZLibNative.Z_OK) return RaiseZlibError(ts, s.Stream, err, "while finishing compression");
            }
            else if (err is not (ZLibNative.Z_OK or ZLibNative.Z_BUF_ERROR))
                return RaiseZlibError(ts, s.Stream, err, "while flushing");
            return PyBytes.Create(output.ToArray());
        });
        type.AddMethod("copy", static (ts, self) => Copy(ts, (PyZlibStream)self));
        type.AddMethod("__copy__", static (ts, self) => Copy(ts, (PyZlibStream)self));
        type.AddMethod("__deepcopy__", static (ts, self, memo) => Copy(ts, (PyZlibStream)self));
    }

    private static PyObject? Copy(ThreadState ts, PyZlibStream self)
    {
        bool deflate = self.Stream.IsDeflate;
        if (!self.Stream.Initialised) return ts.ValueError("Inconsistent stream state");
        var zs = new ZStream(deflate);
        int err = deflate ? ZLibNative.DeflateCopy(zs.Native, self.Stream.Native) : ZLibNative.InflateCopy(zs.Native, self.Stream.Native);
        switch (err)
        {
            case ZLibNative.Z_OK:
                zs.Initialised = true;
                return new PyZlibStream(self.Type, zs)
                {
                    UnusedData = self.UnusedData, UnconsumedTail = self.UnconsumedTail, ZDict = self.ZDict, Eof = self.Eof,
                };
            case ZLibNative.Z_STREAM_ERROR:
                return ts.ValueError("Inconsistent stream state");
            case ZLibNative.Z_MEM_ERROR:
                return ts.Raise(PyExc.MemoryError, deflate ? "Can't allocate memory for compression object" : "Can't allocate memory for decompression object");
            default:
                return RaiseZlibError(ts, self.Stream, err, deflate ? "while copying compression object" : "while copying decompression object");
        }
    }

    private static void InstallDecompress(PyType type)
    {
        type.AddMethod("decompress", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_decompressMethod.Parse(ts, args, kw, a)) return null;
            var data = BufferBytes(ts, a[0]!);
            if (data is null) return null;
            long maxLength = 0;
            if (a[1] is { } ml && !Protocols.AsIndex(ts, ml, out maxLength, PyExc.OverflowError)) return null;
            if (maxLength < 0) return ts.ValueError("max_length must be non-negative");
            return Inflate((PyZlibStream)self, ts, data, maxLength == 0 ? -1 : maxLength, ZLibNative.Z_SYNC_FLUSH, "while decompressing data", flushing: false);
        });
        type.AddMethod("flush", static (ts, self, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("flush() takes no keyword arguments");
            if (args.Length > 1) return ts.TypeError($"flush expected at most 1 argument, got {args.Length}");
            long length = DefBufSize;
            if (args.Length == 1 && !Protocols.AsIndex(ts, args[0], out length, PyExc.OverflowError)) return null;
            if (length <= 0) return ts.ValueError("length must be greater than zero");
            var s = (PyZlibStream)self;
            return Inflate(s, ts, s.UnconsumedTail.Value, -1, ZLibNative.Z_FINISH, "while flushing", flushing: true);
        });
        type.AddMethod("copy", static (ts, self) => Copy(ts, (PyZlibStream)self));
        type.AddMethod("__copy__", static (ts, self) => Copy(ts, (PyZlibStream)self));
        type.AddMethod("__deepcopy__", static (ts, self, memo) => Copy(ts, (PyZlibStream)self));
        type.AddGetSet("unused_data", static (ts, self) => ((PyZlibStream)self).UnusedData);
        type.AddGetSet("unconsumed_tail", static (ts, self) => ((PyZlibStream)self).UnconsumedTail);
        type.AddGetSet("eof", static (ts, self) => PyBool.From(((PyZlibStream)self).Eof));
    }

    /// <summary>Decompress.decompress and Decompress.flush: inflate <paramref name="data"/>, asking for the
    /// dictionary when the stream needs it, then keep what was not consumed.</summary>
    private static PyObject? Inflate(PyZlibStream s, ThreadState ts, byte[] data, long maxLength, int flush, string what, bool flushing)
    {
        var zs = s.Stream;
        if (flushing && !zs.Initialised) return PyBytes.Create([]);
        var output = new OutputBuffer(maxLength > 0 ? (int)Math.Min(maxLength, DefBufSize) : DefBufSize);
        int err;
        int consumed;
        fixed (byte* input = data)
        {
            zs.Native->NextIn = input;
            zs.Native->AvailIn = (uint)data.Length;
            while (true)
            {
                err = output.Run(zs, flush, maxLength);
                if (err == ZLibNative.Z_NEED_DICT && s.ZDict is not null)
                {
                    if (!SetInflateDictionary(ts, s)) return null;
                    continue;
                }
                break;
            }
            consumed = (int)(zs.Native->NextIn - input);
            zs.Native->NextIn = null;
        }
        // save_unconsumed_input
        int left = data.Length - consumed;
        if (err == ZLibNative.Z_STREAM_END && left > 0)
        {
            var old = s.UnusedData.Value;
            var combined = new byte[old.Length + left];
            old.CopyTo(combined, 0);
            data.AsSpan(consumed).CopyTo(combined.AsSpan(old.Length));
            s.UnusedData = PyBytes.Create(combined);
            left = 0;
            consumed = data.Length;
        }
        if (left > 0 || s.UnconsumedTail.Value.Length > 0)
            s.UnconsumedTail = PyBytes.Create(data.AsSpan(consumed).ToArray());
        if (err == ZLibNative.Z_STREAM_END)
        {
            s.Eof = true;
            if (flushing)
            {
                err = zs.End();
                if (err != ZLibNative.Z_OK) return RaiseZlibError(ts, zs, err, "while finishing decompression");
            }
        }
        else if (err is not (ZLibNative.Z_OK or ZLibNative.Z_BUF_ERROR))
            return RaiseZlibError(ts, zs, err, what);
        return PyBytes.Create(output.ToArray());
    }
}
