using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// <c>_io.FileIO</c>: raw, unbuffered I/O on an OS file descriptor (through libc, so descriptors are the
/// process's own). An embedding host may hand the interpreter .NET streams for its standard streams: then
/// the object reads from <see cref="HostIn"/> or writes to <see cref="HostOut"/> instead, keeping the fd
/// number for <c>fileno()</c>.
/// </summary>
public sealed class PyFileIO : PyIOBase
{
    internal int Fd = -1;
    internal bool Created, Readable, Writable, Appending;
    internal bool CloseFd = true;
    /// <summary>-1 unknown, 0 no, 1 yes.</summary>
    internal int SeekableState = -1;
    internal long BlkSize;

    /// <summary>The host's stream written instead of the descriptor.</summary>
    internal Stream? HostOut;
    /// <summary>The host's text reader read instead of the descriptor (its text is UTF-8 encoded).</summary>
    internal TextReader? HostIn;
    private byte[] _hostPending = [];
    private int _hostPendingPos;

    public PyFileIO(PyType type) : base(type) { }

    internal bool IsClosed => Fd < 0;

    /// <summary>A FileIO over a host stream: the standard streams of an embedded interpreter.</summary>
    internal static PyFileIO ForHost(int fd, Stream? output, TextReader? input)
    {
        var f = new PyFileIO(IoTypes.FileIO) { Fd = fd, HostOut = output, HostIn = input, CloseFd = false, SeekableState = 0 };
        f.Readable = input is not null;
        f.Writable = output is not null;
        return f;
    }

    internal string ModeString => Created ? (Readable ? "xb+" : "xb")
        : Appending ? (Readable ? "ab+" : "ab")
        : Readable ? (Writable ? "rb+" : "rb") : "wb";

    /// <summary>read(2) into <paramref name="buffer"/>: the count, -2 when the descriptor would block
    /// (EAGAIN: Python sees None), -1 with OSError set.</summary>
    internal nint ReadInto(ThreadState ts, Span<byte> buffer)
    {
        if (HostIn is not null) return ReadHost(buffer);
        while (true)
        {
            nint n;
            int errno;
            if (buffer.Length == 0) return 0;
            using (ts.ReleaseGil())
            {
                n = IoLibc.Read(Fd, buffer);
                errno = n < 0 ? IoLibc.Errno : 0;
            }
            if (n >= 0) return n;
            if (errno == IoLibc.EINTR) continue;
            if (errno == IoLibc.EAGAIN) return -2;
            IoLibc.RaiseErrno(ts, errno);
            return -1;
        }
    }

    private nint ReadHost(Span<byte> buffer)
    {
        if (_hostPendingPos >= _hostPending.Length)
        {
            var line = HostIn!.ReadLine();
            if (line is null) return 0;
            _hostPending = Encoding.UTF8.GetBytes(line + "\n");
            _hostPendingPos = 0;
        }
        int n = Math.Min(buffer.Length, _hostPending.Length - _hostPendingPos);
        _hostPending.AsSpan(_hostPendingPos, n).CopyTo(buffer);
        _hostPendingPos += n;
        return n;
    }

    /// <summary>write(2): the count written (maybe partial), -2 when it would block, -1 with OSError set.</summary>
    internal nint WriteFrom(ThreadState ts, ReadOnlySpan<byte> data)
    {
        if (HostOut is not null)
        {
            try
            {
                HostOut.Write(data);
                HostOut.Flush();
            }
            catch (IOException)
            {
                IoLibc.RaiseErrno(ts, 32); // EPIPE: the host closed its stream
                return -1;
            }
            return data.Length;
        }
        while (true)
        {
            nint n;
            int errno;
            using (ts.ReleaseGil())
            {
                n = IoLibc.Write(Fd, data);
                errno = n < 0 ? IoLibc.Errno : 0;
            }
            if (n >= 0) return n;
            if (errno == IoLibc.EINTR) continue;
            if (errno == IoLibc.EAGAIN) return -2;
            IoLibc.RaiseErrno(ts, errno);
            return -1;
        }
    }

    /// <summary>lseek(2): the new position, or -1 with OSError set.</summary>
    internal long Seek(ThreadState ts, long pos, int whence)
    {
        if (HostOut is not null || HostIn is not null)
        {
            IoLibc.RaiseErrno(ts, IoLibc.ESPIPE);
            return -1;
        }
        long r = IoLibc.LSeek(Fd, pos, whence);
        if (r < 0) IoLibc.RaiseErrno(ts, IoLibc.Errno);
        return r;
    }

    /// <summary>The whole rest of the file (readall): sized from fstat when the file is regular.</summary>
    internal PyObject? ReadAll(ThreadState ts)
    {
        long estimate = 0;
        if (HostIn is null && IoLibc.FStat(Fd, out _, out _, out long size) == 0 && size > 0)
        {
            long pos = IoLibc.LSeek(Fd, 0, IoLibc.SEEK_CUR);
            if (pos >= 0 && size >= pos) estimate = size - pos;
        }
        // Sized exactly when the size is known (reading .pyc and source files: no copy at the end); a
        // small probe read then confirms the end before the buffer grows.
        var buffer = new byte[estimate > 0 && estimate < int.MaxValue ? estimate : 8192];
        Span<byte> probe = stackalloc byte[256];
        int total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                nint p = ReadInto(ts, probe);
                if (p == -1) return null;
                if (p == -2 || p == 0) break;
                int grow = buffer.Length <= 65536 ? buffer.Length : buffer.Length / 4;
                Array.Resize(ref buffer, buffer.Length + Math.Max(grow, 8192));
                probe[..(int)p].CopyTo(buffer.AsSpan(total));
                total += (int)p;
                continue;
            }
            nint n = ReadInto(ts, buffer.AsSpan(total));
            if (n == -1) return null;
            if (n == -2)
            {
                if (total == 0) return PyNone.Instance;
                break;
            }
            if (n == 0) break;
            total += (int)n;
        }
        if (total != buffer.Length) Array.Resize(ref buffer, total);
        return PyBytes.Create(buffer);
    }

    /// <summary>Closes the descriptor (when owned); -1 with OSError set on failure.</summary>
    internal int CloseDescriptor(ThreadState ts)
    {
        int fd = Fd;
        Fd = -1;
        if (HostOut is not null)
        {
            try { HostOut.Flush(); } catch (IOException) { }
            return 0;
        }
        if (!CloseFd || fd < 0 || HostIn is not null) return 0;
        if (IoLibc.Close(fd) < 0)
        {
            IoLibc.RaiseErrno(ts, IoLibc.Errno);
            return -1;
        }
        return 0;
    }
}
