namespace Kaa.Runtime;

/// <summary>
/// <c>_lzma.LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None)</c>: decompress() with an
/// optional max_length; input not consumed yet is kept for the next call; <c>check</c> reports the stream's
/// integrity check once known.
/// </summary>
internal sealed unsafe class LzmaDecompressor : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_lzma.LZMADecompressor", (PyType?)null, TypeFlags.None, Install);

    private static readonly ArgSpec s_init = new("LZMADecompressor", ["format", "memlimit", "filters"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec s_decompress = new("decompress", ["data", "max_length"], required: 1, positionalOnly: 0);

    private const string Doc = "Create a decompressor object for decompressing data incrementally.\n\n  format\n    Specifies the container format of the input stream.  If this is\n    FORMAT_AUTO (the default), the decompressor will automatically detect\n    whether the input is FORMAT_XZ or FORMAT_ALONE.  Streams created with\n    FORMAT_RAW cannot be autodetected.\n  memlimit\n    Limit the amount of memory used by the decompressor.  This will cause\n    decompression to fail if the input cannot be decompressed within the\n    given limit.\n  filters\n    A custom filter chain.  This argument is required for FORMAT_RAW, and\n    not accepted with any other format.  When provided, this should be a\n    sequence of dicts, each indicating the ID and options for a single\n    filter.\n\nFor one-shot decompression, use the decompress() function instead.";

    private LzmaStream? _stream;
    private int _check = LzmaModule.CheckUnknown;
    private bool _eof;
    private bool _needsInput = true;
    private PyBytes _unusedData = PyBytes.Create([]);
    private byte[] _pending = [];

    private LzmaDecompressor(PyType type) : base(type) { }

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create(Doc));
        type.New = static (ts, t, args, kw) => new LzmaDecompressor(t);
        type.Init = Init;
        type.AddMethod("decompress", Decompress, "Decompress *data*, returning uncompressed data as bytes.\n\nIf *max_length* is nonnegative, returns at most *max_length* bytes of\ndecompressed data. If this limit is reached and further output can be\nproduced, *self.needs_input* will be set to ``False``. In this case, the next\ncall to *decompress()* may provide *data* as b'' to obtain more of the output.\n\nIf all of the input data was decompressed and returned (either because this\nwas less than *max_length* bytes, or because *max_length* was negative),\n*self.needs_input* will be set to True.\n\nAttempting to decompress data after the end of stream is reached raises an\nEOFError.  Any data found after the end of the stream is ignored and saved in\nthe unused_data attribute.");
        type.AddMember("check", static (ts, self) => PyInt.Create(((LzmaDecompressor)self)._check), doc: "ID of the integrity check used by the input stream.");
        type.AddMember("eof", static (ts, self) => PyBool.From(((LzmaDecompressor)self)._eof), doc: "True if the end-of-stream marker has been reached.");
        type.AddMember("needs_input", static (ts, self) => PyBool.From(((LzmaDecompressor)self)._needsInput), doc: "True if more input is needed before more decompressed data can be produced.");
        type.AddMember("unused_data", static (ts, self) => ((LzmaDecompressor)self)._unusedData, doc: "Data found after the end of the compressed stream.");
    }

    private static int Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_init.Parse(ts, args, kwnames, a)) return -1;
        if (!ZlibModule.CInt(ts, a[0], LzmaModule.FormatAuto, out int format)) return -1;
        PyObject memlimit = a[1] ?? PyNone.Instance, filters = a[2] ?? PyNone.Instance;
        ulong limit = ulong.MaxValue;
        if (memlimit is not PyNone)
        {
            if (format == LzmaModule.FormatRaw) return Fail(ts, PyExc.ValueError, "Cannot specify memory limit with FORMAT_RAW");
            if (!LzmaFilterChain.ToUInt64(ts, memlimit, out limit)) return -1;
        }
        if (format == LzmaModule.FormatRaw && filters is PyNone)
            return Fail(ts, PyExc.ValueError, "Must specify filters for FORMAT_RAW");
        if (format != LzmaModule.FormatRaw && filters is not PyNone)
            return Fail(ts, PyExc.ValueError, "Cannot specify filters except with FORMAT_RAW");
        var d = (LzmaDecompressor)self;
        d._check = LzmaModule.CheckUnknown;
        d._needsInput = true;
        d._eof = false;
        d._pending = [];
        d._unusedData = PyBytes.Create([]);
        var stream = new LzmaStream();
        var s = stream.Native;
        const uint flags = LzmaNative.LZMA_TELL_ANY_CHECK | LzmaNative.LZMA_TELL_NO_CHECK;
        int status;
        switch (format)
        {
            case LzmaModule.FormatAuto:
                status = LzmaNative.AutoDecoder(s, limit, flags);
                break;
            case LzmaModule.FormatXz:
                status = LzmaNative.StreamDecoder(s, limit, flags);
                break;
            case LzmaModule.FormatAlone:
                d._check = LzmaModule.CheckNone;
                status = LzmaNative.AloneDecoder(s, limit);
                break;
            case LzmaModule.FormatRaw:
                d._check = LzmaModule.CheckNone;
                {
                    using var chain = LzmaFilterChain.Parse(ts, filters);
                    if (chain is null) return -1;
                    status = LzmaNative.RawDecoder(s, chain.Filters);
                }
                break;
            default:
                return Fail(ts, PyExc.ValueError, $"Invalid container format: {format}");
        }
        if (!LzmaModule.Check(ts, status)) return -1;
        d._stream = stream;
        return 0;
    }

    private static int Fail(ThreadState ts, PyType type, string message)
    {
        ts.SetError(type, message);
        return -1;
    }

    private static PyObject? Decompress(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_decompress.Parse(ts, args, kwnames, a)) return null;
        var data = ZlibModule.BufferBytes(ts, a[0]!);
        if (data is null) return null;
        long maxLength = -1;
        if (a[1] is { } ml && !Protocols.AsIndex(ts, ml, out maxLength, PyExc.OverflowError)) return null;
        var d = (LzmaDecompressor)self;
        if (d._stream is null) return ts.ValueError("the decompressor was not initialised");
        if (d._eof) return ts.Raise(PyExc.EOFError, "Already at end of stream");
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
            s->AvailIn = (nuint)remaining;
            while (true)
            {
                int status;
                fixed (byte* o = output.Data)
                {
                    s->NextOut = o + output.Used;
                    s->AvailOut = (nuint)output.Available;
                    status = LzmaNative.Code(s, LzmaNative.LZMA_RUN);
                    output.SetAvailable((uint)s->AvailOut);
                }
                remaining = (int)s->AvailIn;
                if (status == LzmaNative.LZMA_BUF_ERROR && remaining == 0 && output.Available > 0)
                    status = LzmaNative.LZMA_OK;  // not a real error
                if (!LzmaModule.Check(ts, status))
                {
                    _pending = [];
                    s->NextIn = null;
                    return null;
                }
                if (status is LzmaNative.LZMA_GET_CHECK or LzmaNative.LZMA_NO_CHECK)
                    _check = LzmaNative.GetCheck(s);
                if (status == LzmaNative.LZMA_STREAM_END)
                {
                    _eof = true;
                    break;
                }
                // The output is checked before the input: liblzma may hold more output for a bigger buffer.
                if (output.Available == 0)
                {
                    if (output.IsFull) break;
                    if (!output.Grow(ts)) return null;
                }
                else if (remaining == 0) break;
            }
            s->NextIn = null;
        }
        var leftover = input.AsSpan(input.Length - remaining);
        _pending = [];
        if (_eof)
        {
            _needsInput = false;
            if (leftover.Length > 0) _unusedData = PyBytes.Create(leftover.ToArray());
        }
        else if (leftover.Length == 0)
            _needsInput = output.Available != 0;
        else
        {
            _needsInput = false;
            _pending = leftover.ToArray();
        }
        return output.ToBytes();
    }
}
