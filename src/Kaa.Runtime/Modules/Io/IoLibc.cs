using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// The libc calls <c>_io</c> makes on file descriptors (open/read/write/lseek/close/fstat/isatty/ftruncate),
/// so that FileIO's descriptors are the process's real ones (what <c>os.read(fd)</c> sees too). Each returns
/// -1 on failure with the errno in <see cref="Marshal.GetLastPInvokeError"/>.
/// </summary>
internal static unsafe partial class IoLibc
{
    public const int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200,
        O_APPEND = 0x400, O_CLOEXEC = 0x80000;
    public const int SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;
    public const int EINTR = 4, EBADF = 9, EAGAIN = 11, EISDIR = 21, EINVAL = 22, ESPIPE = 29;
    private const int S_IFMT = 0xF000, S_IFDIR = 0x4000;

    // The descriptor calls are posix's own (Modules/Posix/Libc.cs); fstat is here because posix reads
    // metadata through statx, while FileIO only needs three fields of it.
    private static int OpenBytes(byte* path, int flags, int mode) => Libc.openat(Libc.AT_FDCWD, path, flags, mode);

    private static nint ReadNative(int fd, byte* buf, nint count) => Libc.read(fd, buf, count);

    private static nint WriteNative(int fd, byte* buf, nint count) => Libc.write(fd, buf, count);

    public static long LSeek(int fd, long offset, int whence) => Libc.lseek(fd, offset, whence);

    public static int Close(int fd) => Libc.close(fd);

    public static int IsATty(int fd) => Libc.isatty(fd);

    public static int FTruncate(int fd, long length) => Libc.ftruncate(fd, length);

    [LibraryImport("libc", EntryPoint = "fstat", SetLastError = true)]
    private static partial int FStatNative(int fd, byte* buf);

    public static int Errno => Marshal.GetLastPInvokeError();

    /// <summary>open(2) of a path given as its bytes (the file-system encoding's output).</summary>
    public static int Open(ReadOnlySpan<byte> path, int flags, int mode)
    {
        Span<byte> z = path.Length < 1024 ? stackalloc byte[path.Length + 1] : new byte[path.Length + 1];
        path.CopyTo(z);
        z[path.Length] = 0;
        fixed (byte* p = z) return OpenBytes(p, flags, mode);
    }

    public static nint Read(int fd, Span<byte> buffer)
    {
        fixed (byte* p = buffer) return ReadNative(fd, p, buffer.Length);
    }

    public static nint Write(int fd, ReadOnlySpan<byte> data)
    {
        fixed (byte* p = data) return WriteNative(fd, p, data.Length);
    }

    /// <summary>fstat(2): whether the descriptor is a directory, its st_blksize and st_size (x86-64 and
    /// aarch64 layouts of struct stat).</summary>
    public static int FStat(int fd, out bool isDirectory, out long blockSize, out long size)
    {
        byte* buf = stackalloc byte[256];
        int r = FStatNative(fd, buf);
        isDirectory = false;
        blockSize = 0;
        size = 0;
        if (r != 0) return r;
        int mode;
        if (RuntimeInformation.ProcessArchitecture == Architecture.Arm64)
        {
            mode = *(int*)(buf + 16);
            blockSize = *(int*)(buf + 56);
        }
        else
        {
            mode = *(int*)(buf + 24);
            blockSize = *(long*)(buf + 56);
        }
        size = *(long*)(buf + 48);
        isDirectory = (mode & S_IFMT) == S_IFDIR;
        return 0;
    }

    /// <summary>strerror(3): the C library's message for an errno.</summary>
    public static string StrError(int errno) => Marshal.PtrToStringUTF8((nint)Libc.strerror(errno)) ?? $"Unknown error {errno}";

    /// <summary>Sets OSError (the subclass for the errno) with strerror and the optional file name, as
    /// PyErr_SetFromErrnoWithFilenameObject does.</summary>
    public static PyObject? RaiseErrno(ThreadState ts, int errno, PyObject? filename = null)
    {
        if (errno == EINTR && ts.HasError) return null;
        var args = filename is null
            ? new PyObject[] { PyInt.Create(errno), PyStr.Create(StrError(errno)) }
            : [PyInt.Create(errno), PyStr.Create(StrError(errno)), filename];
        var exc = Protocols.Call(ts, PyExc.OSError, args, null);
        if (exc is PyBaseException e) ts.SetError(e);
        return null;
    }
}
