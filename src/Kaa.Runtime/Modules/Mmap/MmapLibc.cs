using System.Buffers;
using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>The libc calls behind <c>mmap</c>.</summary>
internal static unsafe partial class MmapLibc
{
    private const string Lib = "libc";
    public const int MREMAP_MAYMOVE = 1, MS_SYNC = 4;

    [LibraryImport(Lib, SetLastError = true)] public static partial nint mmap(nint addr, nint length, int prot, int flags, int fd, long offset);
    [LibraryImport(Lib, SetLastError = true)] public static partial int munmap(nint addr, nint length);
    [LibraryImport(Lib, SetLastError = true)] public static partial nint mremap(nint old, nint oldSize, nint newSize, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int msync(nint addr, nint length, int flags);
    [LibraryImport(Lib, SetLastError = true)] public static partial int madvise(nint addr, nint length, int advice);
    [LibraryImport(Lib, SetLastError = true)] public static partial int ftruncate(int fd, long length);
}

/// <summary>Mapped memory seen as a <see cref="Memory{T}"/> (for buffer views of an mmap).</summary>
internal sealed unsafe class MappedMemory : MemoryManager<byte>
{
    private readonly nint _address;
    private readonly int _length;

    public MappedMemory(nint address, int length)
    {
        _address = address;
        _length = length;
    }

    public override Span<byte> GetSpan() => new((void*)_address, _length);
    public override MemoryHandle Pin(int elementIndex = 0) => new((byte*)_address + elementIndex);
    public override void Unpin() { }
    protected override void Dispose(bool disposing) { }
}
