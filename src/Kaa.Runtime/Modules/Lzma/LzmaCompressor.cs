namespace Kaa.Runtime;

/// <summary>
/// <c>_lzma.LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)</c>: compress() as data
/// arrives, flush() once at the end.
/// </summary>
internal sealed unsafe class LzmaCompressor : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_lzma.LZMACompressor", (PyType?)null, TypeFlags.None, Install);

    private static readonly ArgSpec s_init = new("LZMACompressor", ["format", "check", "preset", "filters"], required: 0, positionalOnly: 0);

    private const string Doc = "LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)\n\nCreate a compressor object for compressing data incrementally.\n\nformat specifies the container format to use for the output. This can\nbe FORMAT_XZ (default), FORMAT_ALONE, or FORMAT_RAW.\n\ncheck specifies the integrity check to use. For FORMAT_XZ, the default\nis CHECK_CRC64. FORMAT_ALONE and FORMAT_RAW do not support integrity\nchecks; for these formats, check must be omitted, or be CHECK_NONE.\n\nThe settings used by the compressor can be specified either as a\npreset compression level (with the 'preset' argument), or in detail\nas a custom filter chain (with the 'filters' argument). For FORMAT_XZ\nand FORMAT_ALONE, the default is to use the PRESET_DEFAULT preset\nlevel. For FORMAT_RAW, the caller must always specify a filter chain;\nthe raw compressor does not support preset compression levels.\n\npreset (if provided) should be an integer in the range 0-9, optionally\nOR-ed with the constant PRESET_EXTREME.\n\nfilters (if provided) should be a sequence of dicts. Each dict should\nhave an entry for \"id\" indicating the ID of the filter, plus\nadditional entries for options to the filter.\n\nFor one-shot compression, use the compress() function instead.\n";

    /// <summary>Null until __init__ has succeeded.</summary>
    private LzmaStream? _stream;
    private bool _flushed;

    private LzmaCompressor(PyType type) : base(type) { }

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create(Doc));
        type.New = static (ts, t, args, kw) => new LzmaCompressor(t);
        type.Init = Init;
        type.AddMethod("compress", static (ts, self, data) =>
        {
            var c = (LzmaCompressor)self;
            if (c._stream is null) return ts.ValueError("the compressor was not initialised");
            if (c._flushed) return ts.ValueError("Compressor has been flushed");
            var input = ZlibModule.BufferBytes(ts, data);
            return input is null ? null : c.Run(ts, input, LzmaNative.LZMA_RUN);
        }, "Provide data to the compressor object.\n\nReturns a chunk of compressed data if possible, or b'' otherwise.\n\nWhen you have finished providing data to the compressor, call the\nflush() method to finish the compression process.");
        type.AddMethod("flush", static (ts, self) =>
        {
            var c = (LzmaCompressor)self;
            if (c._stream is null) return ts.ValueError("the compressor was not initialised");
            if (c._flushed) return ts.ValueError("Repeated call to flush()");
            c._flushed = true;
            return c.Run(ts, [], LzmaNative.LZMA_FINISH);
        }, "Finish the compression process.\n\nReturns the compressed data left in internal buffers.\n\nThe compressor object may not be used after this method is called.");
    }

    private static int Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_init.Parse(ts, args, kwnames, a)) return -1;
        if (!ZlibModule.CInt(ts, a[0], LzmaModule.FormatXz, out int format) || !ZlibModule.CInt(ts, a[1], -1, out int check)) return -1;
        PyObject preset = a[2] ?? PyNone.Instance, filters = a[3] ?? PyNone.Instance;
        if (format != LzmaModule.FormatXz && check != -1 && check != LzmaModule.CheckNone)
            return Fail(ts, PyExc.ValueError, "Integrity checks are only supported by FORMAT_XZ");
        if (preset is not PyNone && filters is not PyNone)
            return Fail(ts, PyExc.ValueError, "Cannot specify both preset and filter chain");
        uint presetValue = 6;
        if (preset is not PyNone && !LzmaFilterChain.ToUInt32(ts, preset, "uint32_t", out presetValue)) return -1;
        var stream = new LzmaStream();
        var s = stream.Native;
        int status;
        switch (format)
        {
            case LzmaModule.FormatXz:
                if (check == -1) check = LzmaModule.CheckCrc64;
                if (filters is PyNone)
                    status = LzmaNative.EasyEncoder(s, presetValue, check);
                else
                {
                    using var chain = LzmaFilterChain.Parse(ts, filters);
                    if (chain is null) return -1;
                    status = LzmaNative.StreamEncoder(s, chain.Filters, check);
                }
                break;
            case LzmaModule.FormatAlone:
                if (filters is PyNone)
                {
                    var options = stackalloc byte[LzmaNative.OptionsBlockSize];
                    new Span<byte>(options, LzmaNative.OptionsBlockSize).Clear();
                    if (LzmaNative.LzmaPreset((LzmaOptionsLzma*)options, presetValue) != 0)
                        return Fail(ts, LzmaModule.Error(ts), $"Invalid compression preset: {presetValue}");
                    status = LzmaNative.AloneEncoder(s, (LzmaOptionsLzma*)options);
                }
                else
                {
                    using var chain = LzmaFilterChain.Parse(ts, filters);
                    if (chain is null) return -1;
                    if (chain.Filters[0].Id != LzmaNative.FILTER_LZMA1 || chain.Filters[1].Id != LzmaNative.VliUnknown)
                        return Fail(ts, PyExc.ValueError, "Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
                    status = LzmaNative.AloneEncoder(s, (LzmaOptionsLzma*)chain.Filters[0].Options);
                }
                break;
            case LzmaModule.FormatRaw:
                if (filters is PyNone) return Fail(ts, PyExc.ValueError, "Must specify filters for FORMAT_RAW");
                {
                    using var chain = LzmaFilterChain.Parse(ts, filters);
                    if (chain is null) return -1;
                    status = LzmaNative.RawEncoder(s, chain.Filters);
                }
                break;
            default:
                return Fail(ts, PyExc.ValueError, $"Invalid container format: {format}");
        }
        if (!LzmaModule.Check(ts, status)) return -1;
        var c = (LzmaCompressor)self;
        c._stream = stream;
        c._flushed = false;
        return 0;
    }

    private static int Fail(ThreadState ts, PyType type, string message)
    {
        ts.SetError(type, message);
        return -1;
    }

    private PyObject? Run(ThreadState ts, byte[] input, int action)
    {
        var s = _stream!.Native;
        var output = new BlocksOutputBuffer(-1);
        fixed (byte* inputStart = input)
        {
            s->NextIn = inputStart;
            s->AvailIn = (nuint)input.Length;
            while (true)
            {
                int status;
                fixed (byte* o = output.Data)
                {
                    s->NextOut = o + output.Used;
                    s->AvailOut = (nuint)output.Available;
                    status = LzmaNative.Code(s, action);
                    output.SetAvailable((uint)s->AvailOut);
                }
                if (status == LzmaNative.LZMA_BUF_ERROR && input.Length == 0 && output.Available > 0)
                    status = LzmaNative.LZMA_OK;  // not a real error
                if (!LzmaModule.Check(ts, status)) return null;
                if ((action == LzmaNative.LZMA_RUN && s->AvailIn == 0)
                    || (action == LzmaNative.LZMA_FINISH && status == LzmaNative.LZMA_STREAM_END))
                    break;
                if (output.Available == 0 && !output.Grow(ts)) return null;
            }
            s->NextIn = null;
        }
        return output.ToBytes();
    }
}
