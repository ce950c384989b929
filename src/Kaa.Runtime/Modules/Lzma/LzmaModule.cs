namespace Kaa.Runtime;

/// <summary>The _lzma module's per-interpreter state: its error class.</summary>
internal sealed class LzmaState
{
    public PyType? Error;
}

/// <summary>
/// The <c>_lzma</c> module over the system liblzma (CPython's Modules/_lzmamodule.c): LZMACompressor and
/// LZMADecompressor for the xz, alone and raw formats with filter chains, and the filter property helpers
/// the <c>lzma</c> module uses.
/// </summary>
internal static unsafe class LzmaModule
{
    internal const int FormatAuto = 0, FormatXz = 1, FormatAlone = 2, FormatRaw = 3;
    internal const int CheckNone = 0, CheckCrc32 = 1, CheckCrc64 = 4, CheckSha256 = 10, CheckIdMax = 15, CheckUnknown = 16;

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_lzma", null);
        (string, long)[] constants =
        [
            ("FORMAT_AUTO", FormatAuto), ("FORMAT_XZ", FormatXz), ("FORMAT_ALONE", FormatAlone), ("FORMAT_RAW", FormatRaw),
            ("CHECK_NONE", CheckNone), ("CHECK_CRC32", CheckCrc32), ("CHECK_CRC64", CheckCrc64), ("CHECK_SHA256", CheckSha256),
            ("CHECK_ID_MAX", CheckIdMax), ("CHECK_UNKNOWN", CheckUnknown),
            ("FILTER_LZMA1", (long)LzmaNative.FILTER_LZMA1), ("FILTER_LZMA2", (long)LzmaNative.FILTER_LZMA2),
            ("FILTER_DELTA", (long)LzmaNative.FILTER_DELTA), ("FILTER_X86", (long)LzmaNative.FILTER_X86),
            ("FILTER_IA64", (long)LzmaNative.FILTER_IA64), ("FILTER_ARM", (long)LzmaNative.FILTER_ARM),
            ("FILTER_ARMTHUMB", (long)LzmaNative.FILTER_ARMTHUMB), ("FILTER_SPARC", (long)LzmaNative.FILTER_SPARC),
            ("FILTER_POWERPC", (long)LzmaNative.FILTER_POWERPC),
            ("MF_HC3", 0x03), ("MF_HC4", 0x04), ("MF_BT2", 0x12), ("MF_BT3", 0x13), ("MF_BT4", 0x14),
            ("MODE_FAST", 1), ("MODE_NORMAL", 2), ("PRESET_DEFAULT", 6), ("PRESET_EXTREME", 0x80000000L),
        ];
        foreach (var (name, value) in constants) m.Set(name, PyInt.Create(value));
        var error = ExceptionClass.Create(ts, "_lzma.LZMAError", PyExc.Exception, "Call to liblzma failed.");
        if (error is null) return null;
        ts.Interp.GetModuleState<LzmaState>().Error = error;
        m.Set("LZMAError", error);
        m.Set("LZMACompressor", LzmaCompressor.TypeObject);
        m.Set("LZMADecompressor", LzmaDecompressor.TypeObject);
        m.AddFunction("is_check_supported", static (ts, _, arg) =>
            ZlibModule.CInt(ts, arg, 0, out int check) ? PyBool.From(LzmaNative.CheckIsSupported(check) != 0) : null,
            "Test whether the given integrity check is supported.\n\nAlways returns True for CHECK_NONE and CHECK_CRC32.");
        m.AddFunction("_encode_filter_properties", static (ts, _, arg) => EncodeFilterProperties(ts, arg),
            "Return a bytes object encoding the options (properties) of the filter specified by *filter* (a dict).\n\nThe result does not include the filter ID itself, only the options.");
        m.AddFunction("_decode_filter_properties", DecodeFilterProperties,
            "Return a bytes object encoding the options (properties) of the filter specified by *filter* (a dict).\n\nThe result does not include the filter ID itself, only the options.");
        return m;
    }

    internal static PyType Error(ThreadState ts) => ts.Interp.GetModuleState<LzmaState>().Error ?? PyExc.Exception;

    /// <summary>catch_lzma_error: false with CPython's exception for a failing status, true otherwise.</summary>
    internal static bool Check(ThreadState ts, int status)
    {
        string? message = status switch
        {
            LzmaNative.LZMA_OK or LzmaNative.LZMA_GET_CHECK or LzmaNative.LZMA_NO_CHECK or LzmaNative.LZMA_STREAM_END => null,
            LzmaNative.LZMA_UNSUPPORTED_CHECK => "Unsupported integrity check",
            LzmaNative.LZMA_MEM_ERROR => "",
            LzmaNative.LZMA_MEMLIMIT_ERROR => "Memory usage limit exceeded",
            LzmaNative.LZMA_FORMAT_ERROR => "Input format not supported by decoder",
            LzmaNative.LZMA_OPTIONS_ERROR => "Invalid or unsupported options",
            LzmaNative.LZMA_DATA_ERROR => "Corrupt input data",
            LzmaNative.LZMA_BUF_ERROR => "Insufficient buffer space",
            LzmaNative.LZMA_PROG_ERROR => "Internal error",
            _ => $"Unrecognized error from liblzma: {status}",
        };
        if (message is null) return true;
        if (message.Length == 0) ts.MemoryError();
        else ts.SetError(Error(ts), message);
        return false;
    }

    private static PyObject? EncodeFilterProperties(ThreadState ts, PyObject spec)
    {
        using var chain = LzmaFilterChain.ParseOne(ts, spec);
        if (chain is null) return null;
        uint size;
        if (!Check(ts, LzmaNative.PropertiesSize(&size, chain.Filters))) return null;
        var result = new byte[size];
        fixed (byte* p = result)
            if (!Check(ts, LzmaNative.PropertiesEncode(chain.Filters, p))) return null;
        return PyBytes.Create(result);
    }

    private static PyObject? DecodeFilterProperties(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Length: > 0 }) return ts.TypeError("_decode_filter_properties() takes no keyword arguments");
        if (args.Length != 2) return ts.TypeError($"_decode_filter_properties expected 2 arguments, got {args.Length}");
        if (!LzmaFilterChain.ToUInt64(ts, args[0], out ulong id)) return null;
        var props = ZlibModule.BufferBytes(ts, args[1]);
        if (props is null) return null;
        LzmaFilterNative filter = new() { Id = id };
        int status;
        fixed (byte* p = props)
            status = LzmaNative.PropertiesDecode(&filter, null, p, (nuint)props.Length);
        if (!Check(ts, status)) return null;
        try
        {
            return LzmaFilterChain.BuildSpec(ts, &filter);
        }
        finally
        {
            // liblzma allocated the options with malloc (no allocator given).
            if (filter.Options is not null) System.Runtime.InteropServices.NativeMemory.Free(filter.Options);
        }
    }
}
