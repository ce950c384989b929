using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>zlib's z_stream on 64-bit Unix (LP64): the layout libz expects.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct ZStreamNative
{
    public byte* NextIn;
    public uint AvailIn;
    public nuint TotalIn;
    public byte* NextOut;
    public uint AvailOut;
    public nuint TotalOut;
    public sbyte* Msg;
    public void* State;
    public void* ZAlloc;
    public void* ZFree;
    public void* Opaque;
    public int DataType;
    public nuint Adler;
    public nuint Reserved;
}

/// <summary>
/// The system zlib (libz.so.1), as CPython's zlib module uses it: the same library gives the same
/// compressed bytes. LibraryImport keeps this working under NativeAOT (the library is loaded at first use).
/// </summary>
internal static unsafe partial class ZLibNative
{
    private const string Library = "libz.so.1";

    public const int Z_OK = 0, Z_STREAM_END = 1, Z_NEED_DICT = 2, Z_ERRNO = -1, Z_STREAM_ERROR = -2,
        Z_DATA_ERROR = -3, Z_MEM_ERROR = -4, Z_BUF_ERROR = -5, Z_VERSION_ERROR = -6;
    public const int Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4,
        Z_BLOCK = 5, Z_TREES = 6;

    [LibraryImport(Library, EntryPoint = "zlibVersion")] public static partial sbyte* ZlibVersion();
    [LibraryImport(Library, EntryPoint = "deflateInit2_")]
    public static partial int DeflateInit2(ZStreamNative* strm, int level, int method, int windowBits, int memLevel, int strategy, sbyte* version, int streamSize);
    [LibraryImport(Library, EntryPoint = "deflate")] public static partial int Deflate(ZStreamNative* strm, int flush);
    [LibraryImport(Library, EntryPoint = "deflateEnd")] public static partial int DeflateEnd(ZStreamNative* strm);
    [LibraryImport(Library, EntryPoint = "deflateCopy")] public static partial int DeflateCopy(ZStreamNative* dest, ZStreamNative* source);
    [LibraryImport(Library, EntryPoint = "deflateSetDictionary")] public static partial int DeflateSetDictionary(ZStreamNative* strm, byte* dictionary, uint length);
    [LibraryImport(Library, EntryPoint = "inflateInit2_")]
    public static partial int InflateInit2(ZStreamNative* strm, int windowBits, sbyte* version, int streamSize);
    [LibraryImport(Library, EntryPoint = "inflate")] public static partial int Inflate(ZStreamNative* strm, int flush);
    [LibraryImport(Library, EntryPoint = "inflateEnd")] public static partial int InflateEnd(ZStreamNative* strm);
    [LibraryImport(Library, EntryPoint = "inflateCopy")] public static partial int InflateCopy(ZStreamNative* dest, ZStreamNative* source);
    [LibraryImport(Library, EntryPoint = "inflateSetDictionary")] public static partial int InflateSetDictionary(ZStreamNative* strm, byte* dictionary, uint length);
    [LibraryImport(Library, EntryPoint = "crc32")] public static partial nuint Crc32(nuint crc, byte* buf, uint len);
    [LibraryImport(Library, EntryPoint = "adler32")] public static partial nuint Adler32(nuint adler, byte* buf, uint len);

    /// <summary>The library's version text ("1.2.13").</summary>
    public static string Version => Marshal.PtrToStringAnsi((nint)ZlibVersion()) ?? "";
}

/// <summary>
/// A z_stream in unmanaged memory (zlib keeps a pointer to it in its state, so it must not move), ended
/// and freed when the owning Python object is collected.
/// </summary>
internal sealed unsafe class ZStream
{
    public readonly ZStreamNative* Native;
    public readonly bool IsDeflate;
    public bool Initialised;

    public ZStream(bool isDeflate)
    {
        IsDeflate = isDeflate;
        Native = (ZStreamNative*)NativeMemory.AllocZeroed((nuint)sizeof(ZStreamNative));
    }

    ~ZStream()
    {
        End();
        NativeMemory.Free(Native);
    }

    /// <summary>deflateEnd/inflateEnd once; returns zlib's status (Z_OK when already ended).</summary>
    public int End()
    {
        if (!Initialised) return ZLibNative.Z_OK;
        Initialised = false;
        return IsDeflate ? ZLibNative.DeflateEnd(Native) : ZLibNative.InflateEnd(Native);
    }

    public int InitDeflate(int level, int method, int wbits, int memLevel, int strategy)
    {
        fixed (byte* v = "1.2.13\0"u8)
        {
            int err = ZLibNative.DeflateInit2(Native, level, method, wbits, memLevel, strategy, (sbyte*)v, sizeof(ZStreamNative));
            Initialised = err == ZLibNative.Z_OK;
            return err;
        }
    }

    public int InitInflate(int wbits)
    {
        fixed (byte* v = "1.2.13\0"u8)
        {
            int err = ZLibNative.InflateInit2(Native, wbits, (sbyte*)v, sizeof(ZStreamNative));
            Initialised = err == ZLibNative.Z_OK;
            return err;
        }
    }

    /// <summary>zst.msg, if zlib set one.</summary>
    public string? Message => Native->Msg == null ? null : Marshal.PtrToStringAnsi((nint)Native->Msg);
}
