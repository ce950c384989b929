namespace Kaa.Runtime;

// posix: file descriptors (open/read/write/close, pipes, dup, flags, terminals, random bytes).
internal static unsafe partial class PosixModule
{
    private const int O_CLOEXEC = 0x80000, O_NONBLOCK = 0x800;
    private const int F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, F_DUPFD_CLOEXEC = 1030, FD_CLOEXEC = 1;

    private static readonly ArgSpec OpenSpec = new("open", ["path", "flags", "mode", "dir_fd"], required: 2, positionalOnly: 0, maxPositional: 3);
    private static readonly ArgSpec Dup2Spec = new("dup2", ["fd", "fd2", "inheritable"], required: 2, positionalOnly: 0);
    private static readonly ArgSpec GetTerminalSizeSpec = new("get_terminal_size", ["fd"], required: 0);

    private static void AddFileFunctions(PyModule m)
    {
        m.AddFunction("open", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!OpenSpec.Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0], "open", "path", false, false, out var path)) return null;
            if (!PosixArgs.CInt(ts, a[1]!, out int flags)) return null;
            int mode = 0x1ff;
            if (a[2] is { } mo && !PosixArgs.CInt(ts, mo, out mode)) return null;
            if (!PosixArgs.DirFd(ts, a[3], out int dirFd)) return null;
            var bytes = path.Bytes!;
            long fd = Retry(ts, () => OpenAt(dirFd, bytes, flags | O_CLOEXEC, mode), out int errno);
            return fd < 0 ? RetryError(ts, errno, path.Object) : PyInt.Create(fd);
        });
        m.AddFunction(FdFunction("close", static (ts, fd) => Libc.close(fd) < 0 ? PosixErrors.FromErrno(ts) : PyNone.Instance));
        m.AddFunction("closerange", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "closerange", args, kw, 2, 2)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int low) || !PosixArgs.CInt(ts, args[1], out int high)) return null;
            for (int fd = Math.Max(low, 0); fd < high; fd++) Libc.close(fd);
            return PyNone.Instance;
        });
        m.AddFunction("read", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "read", args, kw, 2, 2)) return null;
            if (!PosixArgs.Fd(ts, args[0], out int fd) || !PosixArgs.SSize(ts, args[1], out long length)) return null;
            if (length < 0) return PosixErrors.Raise(ts, Libc.EINVAL);
            return ReadBytes(ts, fd, (int)Math.Min(length, int.MaxValue - 64), offset: -1);
        });
        m.AddFunction("pread", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "pread", args, kw, 3, 3)) return null;
            if (!PosixArgs.Fd(ts, args[0], out int fd) || !PosixArgs.SSize(ts, args[1], out long length)
                || !PosixArgs.CLong(ts, args[2], out long offset)) return null;
            if (length < 0) return PosixErrors.Raise(ts, Libc.EINVAL);
            return ReadBytes(ts, fd, (int)Math.Min(length, int.MaxValue - 64), offset);
        });
        m.AddFunction("write", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "write", args, kw, 2, 2)) return null;
            if (!PosixArgs.Fd(ts, args[0], out int fd)) return null;
            return WriteBuffer(ts, fd, args[1], offset: -1);
        });
        m.AddFunction("pwrite", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "pwrite", args, kw, 3, 3)) return null;
            if (!PosixArgs.Fd(ts, args[0], out int fd) || !PosixArgs.CLong(ts, args[2], out long offset)) return null;
            return WriteBuffer(ts, fd, args[1], offset);
        });
        m.AddFunction("lseek", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "lseek", args, kw, 3, 3)) return null;
            if (!PosixArgs.Fd(ts, args[0], out int fd) || !PosixArgs.CLong(ts, args[1], out long pos)
                || !PosixArgs.CInt(ts, args[2], out int how)) return null;
            long r;
            using (ts.ReleaseGil()) r = Libc.lseek(fd, pos, how);
            return r < 0 ? PosixErrors.FromErrno(ts) : PyInt.Create(r);
        });
        m.AddFunction("dup", static (ts, self, arg) =>
        {
            if (!PosixArgs.Fd(ts, arg, out int fd)) return null;
            int r = Libc.fcntl(fd, F_DUPFD_CLOEXEC, 0);
            return r < 0 ? PosixErrors.FromErrno(ts) : PyInt.Create(r);
        });
        m.AddFunction("dup2", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!Dup2Spec.Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.Fd(ts, a[0]!, out int fd) || !PosixArgs.Fd(ts, a[1]!, out int fd2)) return null;
            if (!PosixArgs.Flag(ts, a[2], true, out bool inheritable)) return null;
            int r = inheritable ? Libc.dup2(fd, fd2) : Libc.dup3(fd, fd2, O_CLOEXEC);
            return r < 0 ? PosixErrors.FromErrno(ts) : PyInt.Create(r);
        });
        m.AddFunction("pipe", static (ts, self) => Pipe(ts, O_CLOEXEC));
        m.AddFunction("pipe2", static (ts, self, arg) => PosixArgs.CInt(ts, arg, out int flags) ? Pipe(ts, flags) : null);
        m.AddFunction(FileDescriptorFunction("fsync", static (ts, fd) => BlockingFd(ts, fd, static fd => Libc.fsync(fd))));
        m.AddFunction(FileDescriptorFunction("fdatasync", static (ts, fd) => BlockingFd(ts, fd, static fd => Libc.fdatasync(fd))));
        m.AddFunction("ftruncate", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "ftruncate", args, kw, 2, 2)) return null;
            if (!PosixArgs.Fd(ts, args[0], out int fd) || !PosixArgs.CLong(ts, args[1], out long length)) return null;
            long r = Retry(ts, () => Libc.ftruncate(fd, length), out int errno);
            return r < 0 ? RetryError(ts, errno) : PyNone.Instance;
        });
        m.AddFunction("isatty", static (ts, self, arg) => PosixArgs.Fd(ts, arg, out int fd) ? PyBool.From(Libc.isatty(fd) == 1) : null);
        m.AddFunction("ttyname", static (ts, self, arg) =>
        {
            if (!PosixArgs.Fd(ts, arg, out int fd)) return null;
            return TtyName(ts, fd);
        });
        m.AddFunction("get_inheritable", static (ts, self, arg) =>
        {
            if (!PosixArgs.Fd(ts, arg, out int fd)) return null;
            int flags = Libc.fcntl(fd, F_GETFD, 0);
            return flags < 0 ? PosixErrors.FromErrno(ts) : PyBool.From((flags & FD_CLOEXEC) == 0);
        });
        m.AddFunction("set_inheritable", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "set_inheritable", args, kw, 2, 2)) return null;
            if (!PosixArgs.Fd(ts, args[0], out int fd) || !PosixArgs.CInt(ts, args[1], out int inheritable)) return null;
            int flags = Libc.fcntl(fd, F_GETFD, 0);
            if (flags < 0) return PosixErrors.FromErrno(ts);
            int wanted = inheritable != 0 ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
            if (wanted != flags && Libc.fcntl(fd, F_SETFD, wanted) < 0) return PosixErrors.FromErrno(ts);
            return PyNone.Instance;
        });
        m.AddFunction("get_blocking", static (ts, self, arg) =>
        {
            if (!PosixArgs.Fd(ts, arg, out int fd)) return null;
            int flags = Libc.fcntl(fd, F_GETFL, 0);
            return flags < 0 ? PosixErrors.FromErrno(ts) : PyBool.From((flags & O_NONBLOCK) == 0);
        });
        m.AddFunction("set_blocking", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "set_blocking", args, kw, 2, 2)) return null;
            if (!PosixArgs.Fd(ts, args[0], out int fd) || !PosixArgs.CInt(ts, args[1], out int blocking)) return null;
            int flags = Libc.fcntl(fd, F_GETFL, 0);
            if (flags < 0) return PosixErrors.FromErrno(ts);
            int wanted = blocking != 0 ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
            if (wanted != flags && Libc.fcntl(fd, F_SETFL, wanted) < 0) return PosixErrors.FromErrno(ts);
            return PyNone.Instance;
        });
        m.AddFunction("device_encoding", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!FdSpec("device_encoding").Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.Fd(ts, a[0]!, out int fd)) return null;
            return Libc.isatty(fd) == 1 ? PyStr.Intern("UTF-8") : PyNone.Instance;
        });
        m.AddFunction("get_terminal_size", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "get_terminal_size", args, kw, 0, 1)) return null;
            int fd = 1;
            if (args.Length == 1 && !PosixArgs.CInt(ts, args[0], out fd)) return null;
            return TerminalSize(ts, fd);
        });
        m.AddFunction("lockf", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "lockf", args, kw, 3, 3)) return null;
            if (!PosixArgs.Fd(ts, args[0], out int fd) || !PosixArgs.CInt(ts, args[1], out int command)
                || !PosixArgs.CLong(ts, args[2], out long length)) return null;
            long r = Retry(ts, () => Libc.lockf(fd, command, length), out int errno);
            return r < 0 ? RetryError(ts, errno) : PyNone.Instance;
        });
        m.AddFunction("posix_fallocate", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "posix_fallocate", args, kw, 3, 3)) return null;
            if (!PosixArgs.Fd(ts, args[0], out int fd) || !PosixArgs.CLong(ts, args[1], out long offset)
                || !PosixArgs.CLong(ts, args[2], out long length)) return null;
            int r;
            using (ts.ReleaseGil()) r = Libc.posix_fallocate(fd, offset, length);
            return r != 0 ? PosixErrors.Raise(ts, r) : PyNone.Instance;
        });
        m.AddFunction("posix_fadvise", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "posix_fadvise", args, kw, 4, 4)) return null;
            if (!PosixArgs.Fd(ts, args[0], out int fd) || !PosixArgs.CLong(ts, args[1], out long offset)
                || !PosixArgs.CLong(ts, args[2], out long length) || !PosixArgs.CInt(ts, args[3], out int advice)) return null;
            int r = Libc.posix_fadvise(fd, offset, length, advice);
            return r != 0 ? PosixErrors.Raise(ts, r) : PyNone.Instance;
        });
        m.AddFunction("sendfile", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!SendfileSpec.Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.Fd(ts, a[0]!, out int outFd) || !PosixArgs.Fd(ts, a[1]!, out int inFd)) return null;
            bool hasOffset = a[2] is not PyNone;
            long offset = 0;
            if (hasOffset && !PosixArgs.CLong(ts, a[2]!, out offset)) return null;
            if (!PosixArgs.SSize(ts, a[3]!, out long count)) return null;
            long r = Retry(ts, () => SendFile(outFd, inFd, hasOffset, offset, count), out int errno);
            return r < 0 ? RetryError(ts, errno) : PyInt.Create(r);
        });
        m.AddFunction("urandom", static (ts, self, arg) =>
        {
            if (!PosixArgs.SSize(ts, arg, out long size)) return null;
            if (size < 0) return ts.ValueError("negative argument not allowed");
            var buf = new byte[size];
            Libc.FillRandom(buf);
            return PyBytes.Create(buf);
        });
        m.AddFunction("getrandom", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!GetRandomSpec.Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.SSize(ts, a[0]!, out long size)) return null;
            int flags = 0;
            if (a[1] is { } f && !PosixArgs.CInt(ts, f, out flags)) return null;
            if (size < 0) return PosixErrors.Raise(ts, Libc.EINVAL);
            var buf = new byte[size];
            long n = Retry(ts, () => GetRandom(buf, flags), out int errno);
            if (n < 0) return RetryError(ts, errno);
            return PyBytes.Create(n == size ? buf : buf[..(int)n]);
        });
    }

    private static readonly ArgSpec SendfileSpec = new("sendfile", ["out_fd", "in_fd", "offset", "count"], required: 4, positionalOnly: 0);
    private static readonly ArgSpec GetRandomSpec = new("getrandom", ["size", "flags"], required: 1, positionalOnly: 0);

    private static unsafe long OpenAt(int dirFd, byte[] path, int flags, int mode)
    {
        fixed (byte* p = path) return Libc.openat(dirFd, p, flags, mode);
    }

    private static unsafe long SendFile(int outFd, int inFd, bool hasOffset, long offset, long count)
    {
        long off = offset;
        return Libc.sendfile(outFd, inFd, hasOffset ? &off : null, (nint)count);
    }

    private static unsafe long GetRandom(byte[] buf, int flags)
    {
        fixed (byte* p = buf) return Libc.getrandom(p, buf.Length, (uint)flags);
    }

    /// <summary>read()/pread(): up to <paramref name="length"/> bytes (fewer at end of file).</summary>
    internal static unsafe PyObject? ReadBytes(ThreadState ts, int fd, int length, long offset)
    {
        var buf = new byte[length];
        long n = Retry(ts, () =>
        {
            fixed (byte* p = buf) return offset < 0 ? Libc.read(fd, p, buf.Length) : Libc.pread(fd, p, buf.Length, offset);
        }, out int errno);
        if (n < 0) return RetryError(ts, errno);
        return PyBytes.Create(n == length ? buf : buf[..(int)n]);
    }

    private static unsafe PyObject? WriteBuffer(ThreadState ts, int fd, PyObject data, long offset)
    {
        if (!Protocols.GetBuffer(ts, data, false, out var view)) return null;
        try
        {
            var memory = view.Memory;
            long n = Retry(ts, () =>
            {
                fixed (byte* p = memory.Span) return offset < 0 ? Libc.write(fd, p, memory.Length) : Libc.pwrite(fd, p, memory.Length, offset);
            }, out int errno);
            return n < 0 ? RetryError(ts, errno) : PyInt.Create(n);
        }
        finally
        {
            Protocols.ReleaseBuffer(ref view);
        }
    }

    private static unsafe PyObject? Pipe(ThreadState ts, int flags)
    {
        int* fds = stackalloc int[2];
        if (Libc.pipe2(fds, flags) < 0) return PosixErrors.FromErrno(ts);
        return PyTuple.Create(PyInt.Create(fds[0]), PyInt.Create(fds[1]));
    }

    private static unsafe PyObject? TtyName(ThreadState ts, int fd)
    {
        byte* buf = stackalloc byte[4096];
        int r = Libc.ttyname_r(fd, buf, 4096);
        if (r != 0) return PosixErrors.Raise(ts, r);
        return FsEncoding.Decode(Libc.CString(buf));
    }

    private static unsafe PyObject? TerminalSize(ThreadState ts, int fd)
    {
        ushort* ws = stackalloc ushort[4];
        const ulong TIOCGWINSZ = 0x5413;
        if (Libc.ioctl(fd, TIOCGWINSZ, ws) < 0) return PosixErrors.FromErrno(ts);
        return PyStructSequence.Create(PosixResultTypes.TerminalSize, PosixResultTypes.TerminalSizeLayout,
            [PyInt.Create((long)ws[1]), PyInt.Create((long)ws[0])]);
    }

    private static PyObject? BlockingFd(ThreadState ts, int fd, Func<int, int> call)
    {
        long r = Retry(ts, () => call(fd), out int errno);
        return r < 0 ? RetryError(ts, errno) : PyNone.Instance;
    }

    // ---- argument-shape helpers ----------------------------------------------------------------------

    /// <summary>A positional-only signature of <paramref name="min"/>..<paramref name="max"/> arguments,
    /// with _PyArg_CheckPositional's messages.</summary>
    internal static bool Positional(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max)
    {
        if (kw is not null && kw.Length > 0)
        {
            ts.SetError(PyExc.TypeError, $"{name}() takes no keyword arguments");
            return false;
        }
        int n = args.Length;
        if (n >= min && n <= max) return true;
        string msg = n < min
            ? $"{name} expected {(min == max ? "" : "at least ")}{min} argument{(min == 1 ? "" : "s")}, got {n}"
            : $"{name} expected {(min == max ? "" : "at most ")}{max} argument{(max == 1 ? "" : "s")}, got {n}";
        ts.SetError(PyExc.TypeError, msg);
        return false;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ArgSpec> s_fdSpecs = new();

    /// <summary>The spec of a function whose one argument is <c>fd</c> (positional or keyword).</summary>
    internal static ArgSpec FdSpec(string name) => s_fdSpecs.GetOrAdd(name, static n => new ArgSpec(n, ["fd"], required: 1, positionalOnly: 0));

    /// <summary>A function of one <c>fd</c> argument (an int).</summary>
    private static MethodDef FdFunction(string name, Func<ThreadState, int, PyObject?> body)
        => new(name, (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!FdSpec(name).Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.Fd(ts, a[0]!, out int fd)) return null;
            return body(ts, fd);
        });

    /// <summary>A function of one <c>fd</c> argument that may also be an object with fileno().</summary>
    private static MethodDef FileDescriptorFunction(string name, Func<ThreadState, int, PyObject?> body)
        => new(name, (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!FdSpec(name).Parse(ts, args, kw, a)) return null;
            if (!AsFileDescriptor(ts, a[0]!, out int fd)) return null;
            return body(ts, fd);
        });

    /// <summary>PyObject_AsFileDescriptor: an int, or the result of obj.fileno().</summary>
    internal static bool AsFileDescriptor(ThreadState ts, PyObject obj, out int fd)
    {
        fd = -1;
        PyObject value = obj;
        if (obj is not PyInt)
        {
            var fileno = Protocols.LookupAttr(ts, obj, PyStr.Intern("fileno"));
            if (fileno is null)
            {
                if (ts.HasError) return false;
                ts.SetError(PyExc.TypeError, "argument must be an int, or have a fileno() method.");
                return false;
            }
            var r = Protocols.Call(ts, fileno, [], null);
            if (r is null) return false;
            if (r is not PyInt)
            {
                ts.SetError(PyExc.TypeError, "fileno() returned a non-integer");
                return false;
            }
            value = r;
        }
        if (!PosixArgs.CInt(ts, value, out fd)) return false;
        if (fd < 0)
        {
            ts.SetError(PyExc.ValueError, $"file descriptor cannot be a negative integer ({fd})");
            return false;
        }
        return true;
    }
}
