using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>libbzip2's bz_stream on 64-bit Unix (LP64): the layout the library expects.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct BzStreamNative
{
    public byte* NextIn;
    public uint AvailIn;
    public uint TotalInLo32;
    public uint TotalInHi32;
    public byte* NextOut;
    public uint AvailOut;
    public uint TotalOutLo32;
    public uint TotalOutHi32;
    public void* State;
    public void* BzAlloc;
    public void* BzFree;
    public void* Opaque;
}

/// <summary>
/// The system libbzip2 (libbz2.so.1.0, Debian's libbz2-1.0, which python3.11 itself depends on): the
/// same library as CPython's _bz2, so the same compressed bytes.
/// </summary>
internal static unsafe partial class Bz2Native
{
    private const string Library = "libbz2.so.1.0";

    public const int BZ_RUN = 0, BZ_FLUSH = 1, BZ_FINISH = 2;
    public const int BZ_OK = 0, BZ_RUN_OK = 1, BZ_FLUSH_OK = 2, BZ_FINISH_OK = 3, BZ_STREAM_END = 4,
        BZ_SEQUENCE_ERROR = -1, BZ_PARAM_ERROR = -2, BZ_MEM_ERROR = -3, BZ_DATA_ERROR = -4,
        BZ_DATA_ERROR_MAGIC = -5, BZ_IO_ERROR = -6, BZ_UNEXPECTED_EOF = -7, BZ_OUTBUFF_FULL = -8, BZ_CONFIG_ERROR = -9;

    [LibraryImport(Library, EntryPoint = "BZ2_bzCompressInit")]
    public static partial int CompressInit(BzStreamNative* strm, int blockSize100k, int verbosity, int workFactor);
    [LibraryImport(Library, EntryPoint = "BZ2_bzCompress")] public static partial int Compress(BzStreamNative* strm, int action);
    [LibraryImport(Library, EntryPoint = "BZ2_bzCompressEnd")] public static partial int CompressEnd(BzStreamNative* strm);
    [LibraryImport(Library, EntryPoint = "BZ2_bzDecompressInit")]
    public static partial int DecompressInit(BzStreamNative* strm, int verbosity, int small);
    [LibraryImport(Library, EntryPoint = "BZ2_bzDecompress")] public static partial int Decompress(BzStreamNative* strm);
    [LibraryImport(Library, EntryPoint = "BZ2_bzDecompressEnd")] public static partial int DecompressEnd(BzStreamNative* strm);
}

/// <summary>
/// A bz_stream in unmanaged memory (libbzip2 keeps a pointer to it in its state, so it must not move),
/// ended and freed when the owning Python object is collected.
/// </summary>
internal sealed unsafe class BzStream
{
    public readonly BzStreamNative* Native = (BzStreamNative*)NativeMemory.AllocZeroed((nuint)sizeof(BzStreamNative));
    private readonly bool _compress;
    private bool _initialised;

    public BzStream(bool compress) => _compress = compress;

    /// <summary>BZ2_bzCompressInit / BZ2_bzDecompressInit; the library's status.</summary>
    public int Init(int compressLevel)
    {
        int err = _compress ? Bz2Native.CompressInit(Native, compressLevel, 0, 0) : Bz2Native.DecompressInit(Native, 0, 0);
        _initialised = err == Bz2Native.BZ_OK;
        return err;
    }

    public bool IsInitialised => _initialised;

    ~BzStream()
    {
        if (_initialised)
        {
            if (_compress) Bz2Native.CompressEnd(Native);
            else Bz2Native.DecompressEnd(Native);
        }
        NativeMemory.Free(Native);
    }
}
