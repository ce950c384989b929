namespace Kaa.Runtime;

/// <summary><c>_bz2.BZ2Compressor(compresslevel=9, /)</c>: compress() as data arrives, flush() once at the end.</summary>
internal sealed unsafe class Bz2Compressor : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_bz2.BZ2Compressor", (PyType?)null, TypeFlags.None, Install);

    /// <summary>Null until __init__ has run.</summary>
    private BzStream? _stream;
    private bool _flushed;

    private Bz2Compressor(PyType type) : base(type) { }

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create("Create a compressor object for compressing data incrementally.\n\n  compresslevel\n    Compression level, as a number between 1 and 9.\n\nFor one-shot compression, use the compress() function instead."));
        type.New = static (ts, t, args, kw) => new Bz2Compressor(t);
        type.Init = Init;
        type.AddMethod("compress", static (ts, self, data) =>
        {
            var c = (Bz2Compressor)self;
            if (c._stream is null) return ts.ValueError("the compressor was not initialised");
            if (c._flushed) return ts.ValueError("Compressor has been flushed");
            var input = ZlibModule.BufferBytes(ts, data);
            return input is null ? null : c.Run(ts, input, Bz2Native.BZ_RUN);
        }, "Provide data to the compressor object.\n\nReturns a chunk of compressed data if possible, or b'' otherwise.\n\nWhen you have finished providing data to the compressor, call the\nflush() method to finish the compression process.");
        type.AddMethod("flush", static (ts, self) =>
        {
            var c = (Bz2Compressor)self;
            if (c._stream is null) return ts.ValueError("the compressor was not initialised");
            if (c._flushed) return ts.ValueError("Repeated call to flush()");
            c._flushed = true;
            return c.Run(ts, [], Bz2Native.BZ_FINISH);
        }, "Finish the compression process.\n\nReturns the compressed data left in internal buffers.\n\nThe compressor object may not be used after this method is called.");
    }

    private static int Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Length: > 0 })
        {
            ts.SetError(PyExc.TypeError, "BZ2Compressor() takes no keyword arguments");
            return -1;
        }
        if (args.Length > 1)
        {
            ts.SetError(PyExc.TypeError, $"BZ2Compressor expected at most 1 argument, got {args.Length}");
            return -1;
        }
        if (!ZlibModule.CInt(ts, args.Length == 1 ? args[0] : null, 9, out int level)) return -1;
        if (level is < 1 or > 9)
        {
            ts.SetError(PyExc.ValueError, "compresslevel must be between 1 and 9");
            return -1;
        }
        var stream = new BzStream(compress: true);
        if (!Bz2Module.Check(ts, stream.Init(level))) return -1;
        var c = (Bz2Compressor)self;
        c._stream = stream;
        c._flushed = false;
        return 0;
    }

    /// <summary>Feeds all of <paramref name="input"/> (BZ_RUN), or finishes the stream (BZ_FINISH).</summary>
    private PyObject? Run(ThreadState ts, byte[] input, int action)
    {
        var s = _stream!.Native;
        var output = new BlocksOutputBuffer(-1);
        fixed (byte* inputStart = input)
        {
            s->NextIn = inputStart;
            s->AvailIn = (uint)input.Length;
            while (true)
            {
                if (action == Bz2Native.BZ_RUN && s->AvailIn == 0) break;
                if (output.Available == 0 && !output.Grow(ts)) return null;
                int status;
                fixed (byte* o = output.Data)
                {
                    s->NextOut = o + output.Used;
                    s->AvailOut = (uint)output.Available;
                    status = Bz2Native.Compress(s, action);
                    output.SetAvailable(s->AvailOut);
                }
                if (!Bz2Module.Check(ts, status)) return null;
                if (action == Bz2Native.BZ_FINISH && status == Bz2Native.BZ_STREAM_END) break;
            }
            s->NextIn = null;
        }
        return output.ToBytes();
    }
}
