using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>liblzma's lzma_stream on 64-bit Unix (LP64); all zeros is LZMA_STREAM_INIT.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LzmaStreamNative
{
    public byte* NextIn;
    public nuint AvailIn;
    public ulong TotalIn;
    public byte* NextOut;
    public nuint AvailOut;
    public ulong TotalOut;
    public void* Allocator;
    public void* Internal;
    public void* ReservedPtr1, ReservedPtr2, ReservedPtr3, ReservedPtr4;
    public ulong ReservedInt1, ReservedInt2;
    public nuint ReservedInt3, ReservedInt4;
    public int ReservedEnum1, ReservedEnum2;
}

/// <summary>lzma_filter: a filter ID and a pointer to its options (a chain ends with ID <see cref="LzmaNative.VliUnknown"/>).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LzmaFilterNative
{
    public ulong Id;
    public void* Options;
}

/// <summary>The leading fields of lzma_options_lzma (the rest are reserved; blocks are allocated larger and zeroed).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LzmaOptionsLzma
{
    public uint DictSize;
    public byte* PresetDict;
    public uint PresetDictSize;
    public uint Lc, Lp, Pb;
    public uint Mode;
    public uint NiceLen;
    public uint Mf;
    public uint Depth;
}

/// <summary>
/// The system liblzma (liblzma.so.5, Debian's liblzma5, which python3.11 itself depends on): the same
/// library as CPython's _lzma, so the same compressed bytes.
/// </summary>
internal static unsafe partial class LzmaNative
{
    private const string Library = "liblzma.so.5";

    public const ulong VliUnknown = ulong.MaxValue;
    public const int FiltersMax = 4;
    /// <summary>Bytes given to every filter options block: more than the largest (lzma_options_lzma, 112).</summary>
    public const int OptionsBlockSize = 256;

    public const int LZMA_RUN = 0, LZMA_FINISH = 3;
    public const int LZMA_OK = 0, LZMA_STREAM_END = 1, LZMA_NO_CHECK = 2, LZMA_UNSUPPORTED_CHECK = 3, LZMA_GET_CHECK = 4,
        LZMA_MEM_ERROR = 5, LZMA_MEMLIMIT_ERROR = 6, LZMA_FORMAT_ERROR = 7, LZMA_OPTIONS_ERROR = 8, LZMA_DATA_ERROR = 9,
        LZMA_BUF_ERROR = 10, LZMA_PROG_ERROR = 11;
    public const uint LZMA_TELL_NO_CHECK = 0x01, LZMA_TELL_ANY_CHECK = 0x04;

    public const ulong FILTER_LZMA1 = 0x4000000000000001, FILTER_LZMA2 = 0x21, FILTER_DELTA = 0x03, FILTER_X86 = 0x04,
        FILTER_POWERPC = 0x05, FILTER_IA64 = 0x06, FILTER_ARM = 0x07, FILTER_ARMTHUMB = 0x08, FILTER_SPARC = 0x09;

    [LibraryImport(Library, EntryPoint = "lzma_code")] public static partial int Code(LzmaStreamNative* strm, int action);
    [LibraryImport(Library, EntryPoint = "lzma_end")] public static partial void End(LzmaStreamNative* strm);
    [LibraryImport(Library, EntryPoint = "lzma_get_check")] public static partial int GetCheck(LzmaStreamNative* strm);
    [LibraryImport(Library, EntryPoint = "lzma_easy_encoder")] public static partial int EasyEncoder(LzmaStreamNative* strm, uint preset, int check);
    [LibraryImport(Library, EntryPoint = "lzma_stream_encoder")] public static partial int StreamEncoder(LzmaStreamNative* strm, LzmaFilterNative* filters, int check);
    [LibraryImport(Library, EntryPoint = "lzma_alone_encoder")] public static partial int AloneEncoder(LzmaStreamNative* strm, LzmaOptionsLzma* options);
    [LibraryImport(Library, EntryPoint = "lzma_raw_encoder")] public static partial int RawEncoder(LzmaStreamNative* strm, LzmaFilterNative* filters);
    [LibraryImport(Library, EntryPoint = "lzma_auto_decoder")] public static partial int AutoDecoder(LzmaStreamNative* strm, ulong memlimit, uint flags);
    [LibraryImport(Library, EntryPoint = "lzma_stream_decoder")] public static partial int StreamDecoder(LzmaStreamNative* strm, ulong memlimit, uint flags);
    [LibraryImport(Library, EntryPoint = "lzma_alone_decoder")] public static partial int AloneDecoder(LzmaStreamNative* strm, ulong memlimit);
    [LibraryImport(Library, EntryPoint = "lzma_raw_decoder")] public static partial int RawDecoder(LzmaStreamNative* strm, LzmaFilterNative* filters);
    [LibraryImport(Library, EntryPoint = "lzma_check_is_supported")] public static partial byte CheckIsSupported(int check);
    [LibraryImport(Library, EntryPoint = "lzma_lzma_preset")] public static partial byte LzmaPreset(LzmaOptionsLzma* options, uint preset);
    [LibraryImport(Library, EntryPoint = "lzma_properties_size")] public static partial int PropertiesSize(uint* size, LzmaFilterNative* filter);
    [LibraryImport(Library, EntryPoint = "lzma_properties_encode")] public static partial int PropertiesEncode(LzmaFilterNative* filter, byte* props);
    [LibraryImport(Library, EntryPoint = "lzma_properties_decode")]
    public static partial int PropertiesDecode(LzmaFilterNative* filter, void* allocator, byte* props, nuint propsSize);
}

/// <summary>
/// An lzma_stream in unmanaged memory (liblzma keeps pointers into it), ended and freed when the owning
/// Python object is collected.
/// </summary>
internal sealed unsafe class LzmaStream
{
    public readonly LzmaStreamNative* Native = (LzmaStreamNative*)NativeMemory.AllocZeroed((nuint)sizeof(LzmaStreamNative));

    ~LzmaStream()
    {
        LzmaNative.End(Native);
        NativeMemory.Free(Native);
    }
}
