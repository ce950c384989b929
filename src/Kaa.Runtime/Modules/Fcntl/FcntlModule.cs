namespace Kaa.Runtime;

/// <summary><c>fcntl</c> (Modules/fcntlmodule.c): fcntl, ioctl, flock, lockf on descriptors or objects with fileno().</summary>
internal static unsafe class FcntlModule
{
    private const string Doc = "This module performs file control and I/O control on file\ndescriptors.  It is an interface to the fcntl() and ioctl() Unix\nroutines.  File descriptors can be obtained with the fileno() method of\na file or socket object.";

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("fcntl", Doc);
        foreach (var (name, value) in FcntlConstants.All) m.Set(name, PyInt.Create(value));
        m.AddFunction("fcntl", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "fcntl", args, kw, 2, 3)) return null;
            if (!PosixModule.AsFileDescriptor(ts, args[0], out int fd) || !PosixArgs.CInt(ts, args[1], out int cmd)) return null;
            var arg = args.Length > 2 ? args[2] : PyInt.Zero;
            if (arg is PyStr or PyBytes || Protocols.HasBuffer(arg))
            {
                byte[] data;
                if (arg is PyStr s) data = System.Text.Encoding.UTF8.GetBytes(s.ToString());
                else
                {
                    if (!Protocols.GetBuffer(ts, arg, false, out var view)) return null;
                    data = view.Span.ToArray();
                    Protocols.ReleaseBuffer(ref view);
                }
                if (data.Length > 1024) return ts.ValueError("fcntl string arg too long");
                var buf = new byte[1024];
                data.CopyTo(buf, 0);
                int r;
                fixed (byte* p = buf) r = Libc.fcntl_ptr(fd, cmd, p);
                if (r < 0) return PosixErrors.FromErrno(ts);
                return PyBytes.Create(buf[..data.Length]);
            }
            if (!IntArg(ts, arg, out long value)) return null;
            long result = PosixModule.Retry(ts, () => Libc.fcntl(fd, cmd, value), out int errno);
            return result < 0 ? PosixModule.RetryError(ts, errno) : PyInt.Create(result);
        });
        m.AddFunction("ioctl", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "ioctl", args, kw, 2, 4)) return null;
            if (!PosixModule.AsFileDescriptor(ts, args[0], out int fd) || !PosixArgs.CLong(ts, args[1], out long request)) return null;
            var arg = args.Length > 2 ? args[2] : PyInt.Zero;
            bool mutate = true;
            if (args.Length > 3 && !PosixArgs.Flag(ts, args[3], true, out mutate)) return null;
            if (arg is PyStr or PyBytes || Protocols.HasBuffer(arg))
            {
                bool writable = arg is not PyStr && arg is not PyBytes && mutate;
                if (arg is PyStr s)
                {
                    var text = System.Text.Encoding.UTF8.GetBytes(s.ToString());
                    return IoctlCopy(ts, fd, request, text);
                }
                if (!Protocols.GetBuffer(ts, arg, writable, out var view))
                {
                    if (!writable) return null;
                    ts.ClearError();
                    if (!Protocols.GetBuffer(ts, arg, false, out view)) return null;
                    writable = false;
                }
                try
                {
                    if (writable)
                    {
                        // The ioctl works in the caller's buffer.
                        var buf = new byte[Math.Max(view.Length, 1024) + 1];
                        view.Span.CopyTo(buf);
                        int r;
                        fixed (byte* p = buf) r = Libc.ioctl(fd, (ulong)request, p);
                        if (r < 0) return PosixErrors.FromErrno(ts);
                        buf.AsSpan(0, view.Length).CopyTo(view.Span);
                        return PyInt.Create(r);
                    }
                    return IoctlCopy(ts, fd, request, view.Span.ToArray());
                }
                finally
                {
                    Protocols.ReleaseBuffer(ref view);
                }
            }
            if (!IntArg(ts, arg, out long value)) return null;
            int rc = Libc.ioctl_long(fd, (ulong)request, value);
            return rc < 0 ? PosixErrors.FromErrno(ts) : PyInt.Create(rc);
        });
        m.AddFunction("flock", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "flock", args, kw, 2, 2)) return null;
            if (!PosixModule.AsFileDescriptor(ts, args[0], out int fd) || !PosixArgs.CInt(ts, args[1], out int op)) return null;
            long r = PosixModule.Retry(ts, () => Libc.flock(fd, op), out int errno);
            return r < 0 ? PosixModule.RetryError(ts, errno) : PyNone.Instance;
        });
        m.AddFunction("lockf", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "lockf", args, kw, 2, 5)) return null;
            if (!PosixModule.AsFileDescriptor(ts, args[0], out int fd) || !PosixArgs.CInt(ts, args[1], out int code)) return null;
            long len = 0, start = 0;
            int whence = 0;
            if (args.Length > 2 && !PosixArgs.CLong(ts, args[2], out len)) return null;
            if (args.Length > 3 && !PosixArgs.CLong(ts, args[3], out start)) return null;
            if (args.Length > 4 && !PosixArgs.CInt(ts, args[4], out whence)) return null;
            const int LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8;
            short type;
            if (code == LOCK_UN) type = 2; // F_UNLCK
            else if ((code & LOCK_SH) != 0) type = 0; // F_RDLCK
            else if ((code & LOCK_EX) != 0) type = 1; // F_WRLCK
            else return ts.ValueError("unrecognized lockf argument");
            // struct flock: short l_type, short l_whence, off_t l_start, off_t l_len, pid_t l_pid.
            var fl = new byte[32];
            fixed (byte* p = fl)
            {
                *(short*)p = type;
                *(short*)(p + 2) = (short)whence;
                *(long*)(p + 8) = start;
                *(long*)(p + 16) = len;
            }
            int cmd = (code & LOCK_NB) != 0 ? 6 /* F_SETLK */ : 7 /* F_SETLKW */;
            long r = PosixModule.Retry(ts, () => { fixed (byte* p = fl) return Libc.fcntl_ptr(fd, cmd, p); }, out int errno);
            return r < 0 ? PosixModule.RetryError(ts, errno) : PyNone.Instance;
        });
        return m;
    }

    private static PyObject? IoctlCopy(ThreadState ts, int fd, long request, byte[] data)
    {
        if (data.Length > 1024) return ts.ValueError("ioctl string arg too long");
        var buf = new byte[1025];
        data.CopyTo(buf, 0);
        int r;
        fixed (byte* p = buf) r = Libc.ioctl(fd, (ulong)request, p);
        if (r < 0) return PosixErrors.FromErrno(ts);
        return PyBytes.Create(buf[..data.Length]);
    }

    /// <summary>The 'i' or 'I' conversion of an int argument (PyArg_Parse's TypeError: the argument goes
    /// through __index__, so a float is refused as any non-integer is).</summary>
    private static bool IntArg(ThreadState ts, PyObject arg, out long value)
    {
        value = 0;
        if (arg is not PyInt && arg.Type.Index is null)
        {
            ts.SetError(PyExc.TypeError, $"'{arg.Type.Name}' object cannot be interpreted as an integer");
            return false;
        }
        return PosixArgs.CLong(ts, arg, out value);
    }
}
