namespace Kaa.Runtime;

/// <summary>
/// <c>_bz2.BZ2Decompressor()</c>: decompress() with an optional max_length; input it could not consume
/// yet is kept for the next call, and what follows the end of the stream becomes <c>unused_data</c>.
/// </summary>
internal sealed unsafe class Bz2Decompressor : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_bz2.BZ2Decompressor", (PyType?)null, TypeFlags.None, Install);

    private static readonly ArgSpec s_decompress = new("decompress", ["data", "max_length"], required: 1, positionalOnly: 0);

    /// <summary>Null until __init__ has run.</summary>
    private BzStream? _stream;
    private bool _eof;
    private bool _needsInput = true;
    private PyBytes _unusedData = PyBytes.Create([]);
    /// <summary>Input a previous call left unconsumed (it stopped at max_length).</summary>
    private byte[] _pending = [];

    private Bz2Decompressor(PyType type) : base(type) { }

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create("Create a decompressor object for decompressing data incrementally.\n\nFor one-shot decompression, use the decompress() function instead."));
        type.New = static (ts, t, args, kw) => new Bz2Decompressor(t);
        type.Init = static (ts, self, args, kwnames) =>
        {
            int npos = args.Length - (kwnames?.Length ?? 0);
            if (npos > 0)
            {
                ts.SetError(PyExc.TypeError, "BZ2Decompressor() takes no positional arguments");
                return -1;
            }
            if (kwnames is { Length: > 0 })
            {
                ts.SetError(PyExc.TypeError, "BZ2Decompressor() takes no keyword arguments");
                return -1;
            }
            var stream = new BzStream(compress: false);
            if (!Bz2Module.Check(ts, stream.Init(0))) return -1;
            var d = (Bz2Decompressor)self;
            d._stream = stream;
            d._eof = false;
            d._needsInput = true;
            d._unusedData = PyBytes.Create([]);
            d._pending = [];
            return 0;
        };
        type.AddMethod("decompress", Decompress, "Decompress *data*, returning uncompressed data as bytes.\n\nIf *max_length* is nonnegative, returns at most *max_length* bytes of\ndecompressed data. If this limit is reached and further output can be\nproduced, *self.needs_input* will be set to ``False``. In this case, the next\ncall to *decompress()* may provide *data* as b'' to obtain more of the output.\n\nIf all of the input data was decompressed and returned (either because this\nwas less than *max_length* bytes, or because *max_length* was negative),\n*self.needs_input* will be set to True.\n\nAttempting to decompress data after the end of stream is reached raises an\nEOFError.  Any data found after the end of the stream is ignored and saved in\nthe unused_data attribute.");
        type.AddMember("eof", static (ts, self) => PyBool.From(((Bz2Decompressor)self)._eof), doc: "True if the end-of-stream marker has been reached.");
        type.AddMember("unused_data", static (ts, self) => ((Bz2Decompressor)self)._unusedData, doc: "Data found after the end of the compressed stream.");
        type.AddMember("needs_input", static (ts, self) => PyBool.From(((Bz2Decompressor)self)._needsInput), doc: "True if more input is needed before more decompressed data can be produced.");
    }

    private static PyObject? Decompress(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_decompress.Parse(ts, args, kwnames, a)) return null;
        var data = ZlibModule.BufferBytes(ts, a[0]!);
        if (data is null) return null;
        long maxLength = -1;
        if (a[1] is { } ml && !Protocols.AsIndex(ts, ml, out maxLength, PyExc.OverflowError)) return null;
        var d = (Bz2Decompressor)self;
        if (d._stream is null) return ts.ValueError("the decompressor was not initialised");
        if (d._eof) return ts.Raise(PyExc.EOFError, "End of stream already reached");
        return d.Run(ts, data, maxLength);
    }

    private PyObject? Run(ThreadState ts, byte[] data, long maxLength)
    {
        byte[] input = _pending.Length == 0 ? data : [.. _pending, .. data];
        var s = _stream!.Native;
        var output = new BlocksOutputBuffer(maxLength);
        int remaining = input.Length;
        fixed (byte* inputStart = input)
        {
            s->NextIn = inputStart;
            while (true)
            {
                int status;
                fixed (byte* o = output.Data)
                {
                    s->NextOut = o + output.Used;
                    s->AvailOut = (uint)output.Available;
                    s->AvailIn = (uint)remaining;
                    status = Bz2Native.Decompress(s);
                    remaining = (int)s->AvailIn;
                    output.SetAvailable(s->AvailOut);
                }
                if (!Bz2Module.Check(ts, status))
                {
                    _pending = [];
                    return null;
                }
                if (status == Bz2Native.BZ_STREAM_END)
                {
                    _eof = true;
                    break;
                }
                if (remaining == 0) break;
                if (output.Available == 0)
                {
                    if (output.IsFull) break;
                    if (!output.Grow(ts)) return null;
                }
            }
            s->NextIn = null;
        }
        var leftover = input.AsSpan(input.Length - remaining);
        if (_eof)
        {
            _needsInput = false;
            if (leftover.Length > 0) _unusedData = PyBytes.Create(leftover.ToArray());
            _pending = [];
        }
        else
        {
            _needsInput = leftover.Length == 0;
            _pending = leftover.ToArray();
        }
        return output.ToBytes();
    }
}
