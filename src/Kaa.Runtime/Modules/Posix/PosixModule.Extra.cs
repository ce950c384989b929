namespace Kaa.Runtime;

// posix: the less common calls (vectored I/O, memfd/eventfd/pidfd, scheduling, groups, ptys, xattrs,
// in-kernel copies).
internal static unsafe partial class PosixModule
{
    private static readonly ArgSpec MemfdSpec = new("memfd_create", ["name", "flags"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec EventfdSpec = new("eventfd", ["initval", "flags"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec EventfdWriteSpec = new("eventfd_write", ["fd", "value"], required: 2, positionalOnly: 0);
    private static readonly ArgSpec PidfdSpec = new("pidfd_open", ["pid", "flags"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec GetxattrSpec = new("getxattr", ["path", "attribute", "follow_symlinks"], required: 2, positionalOnly: 0, maxPositional: 2);
    private static readonly ArgSpec SetxattrSpec = new("setxattr", ["path", "attribute", "value", "flags", "follow_symlinks"], required: 3, positionalOnly: 0, maxPositional: 4);
    private static readonly ArgSpec ListxattrSpec = new("listxattr", ["path", "follow_symlinks"], required: 0, positionalOnly: 0, maxPositional: 1);
    private static readonly ArgSpec RemovexattrSpec = new("removexattr", ["path", "attribute", "follow_symlinks"], required: 2, positionalOnly: 0, maxPositional: 2);
    private static readonly ArgSpec CopyRangeSpec = new("copy_file_range", ["src", "dst", "count", "offset_src", "offset_dst"], required: 3, positionalOnly: 0);
    private static readonly ArgSpec SpliceSpec = new("splice", ["src", "dst", "count", "offset_src", "offset_dst", "flags"], required: 3, positionalOnly: 0);

    private static void AddExtraFunctions(PyModule m)
    {
        m.AddFunction("readv", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "readv", args, kw, 2, 2) || !PosixArgs.Fd(ts, args[0], out int fd)) return null;
            return VectorIo(ts, fd, args[1], write: false, -1, 0);
        });
        m.AddFunction("writev", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "writev", args, kw, 2, 2) || !PosixArgs.Fd(ts, args[0], out int fd)) return null;
            return VectorIo(ts, fd, args[1], write: true, -1, 0);
        });
        m.AddFunction("preadv", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "preadv", args, kw, 3, 4) || !PosixArgs.Fd(ts, args[0], out int fd) || !PosixArgs.CLong(ts, args[2], out long off)) return null;
            int flags = 0;
            if (args.Length > 3 && !PosixArgs.CInt(ts, args[3], out flags)) return null;
            return VectorIo(ts, fd, args[1], write: false, off, flags);
        });
        m.AddFunction("pwritev", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "pwritev", args, kw, 3, 4) || !PosixArgs.Fd(ts, args[0], out int fd) || !PosixArgs.CLong(ts, args[2], out long off)) return null;
            int flags = 0;
            if (args.Length > 3 && !PosixArgs.CInt(ts, args[3], out flags)) return null;
            return VectorIo(ts, fd, args[1], write: true, off, flags);
        });
        m.AddFunction("memfd_create", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!MemfdSpec.Parse(ts, args, kw, a)) return null;
            var name = FsConvert(ts, a[0]!);
            if (name is null) return null;
            int flags = 1;
            if (a[1] is { } f && !PosixArgs.CInt(ts, f, out flags)) return null;
            int fd;
            fixed (byte* n = name) fd = Libc.memfd_create(n, (uint)flags);
            return fd < 0 ? PosixErrors.FromErrno(ts) : PyInt.Create(fd);
        });
        m.AddFunction("eventfd", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!EventfdSpec.Parse(ts, args, kw, a) || !PosixArgs.CLong(ts, a[0]!, out long initval)) return null;
            int flags = 0x80000;
            if (a[1] is { } f && !PosixArgs.CInt(ts, f, out flags)) return null;
            int fd = Libc.eventfd((uint)initval, flags);
            return fd < 0 ? PosixErrors.FromErrno(ts) : PyInt.Create(fd);
        });
        m.AddFunction("eventfd_read", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!FdSpec("eventfd_read").Parse(ts, args, kw, a) || !PosixArgs.Fd(ts, a[0]!, out int fd)) return null;
            ulong value = 0;
            long r = Retry(ts, () => { ulong v; var n = Libc.read(fd, (byte*)&v, 8); value = v; return n; }, out int errno);
            return r < 0 ? RetryError(ts, errno) : PyInt.Create(new System.Numerics.BigInteger(value));
        });
        m.AddFunction("eventfd_write", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!EventfdWriteSpec.Parse(ts, args, kw, a) || !PosixArgs.Fd(ts, a[0]!, out int fd)) return null;
            var i = Protocols.Index(ts, a[1]!);
            if (i is null) return null;
            ulong value = (ulong)(i.Value & ulong.MaxValue);
            long r = Retry(ts, () => { ulong v = value; return Libc.write(fd, (byte*)&v, 8); }, out int errno);
            return r < 0 ? RetryError(ts, errno) : PyNone.Instance;
        });
        m.AddFunction("pidfd_open", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PidfdSpec.Parse(ts, args, kw, a) || !PosixArgs.CInt(ts, a[0]!, out int pid)) return null;
            int flags = 0;
            if (a[1] is { } f && !PosixArgs.CInt(ts, f, out flags)) return null;
            long fd = SignalLibc.syscall(434, pid, flags, 0, 0);
            return fd < 0 ? PosixErrors.FromErrno(ts) : PyInt.Create(fd);
        });
        m.AddFunction("sched_setaffinity", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "sched_setaffinity", args, kw, 2, 2) || !PosixArgs.CInt(ts, args[0], out int pid)) return null;
            var cpus = Protocols.ToList(ts, args[1]);
            if (cpus is null) return null;
            var mask = new byte[128];
            foreach (var c in cpus)
            {
                if (!PosixArgs.CLong(ts, c, out long cpu)) return null;
                if (cpu < 0) return ts.ValueError("negative CPU number");
                if (cpu >= mask.Length * 8) return ts.OverflowError("invalid CPU number");
                mask[cpu >> 3] |= (byte)(1 << (int)(cpu & 7));
            }
            int r;
            fixed (byte* p = mask) r = Libc.sched_setaffinity(pid, mask.Length, p);
            return r < 0 ? PosixErrors.FromErrno(ts) : PyNone.Instance;
        });
        m.AddFunction("sched_getscheduler", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int pid)) return null;
            int r = Libc.sched_getscheduler(pid);
            return r < 0 ? PosixErrors.FromErrno(ts) : PyInt.Create(r);
        });
        m.AddFunction("sched_getparam", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int pid)) return null;
            int prio;
            if (Libc.sched_getparam(pid, &prio) < 0) return PosixErrors.FromErrno(ts);
            return PyStructSequence.Create(PosixResultTypes.SchedParam, PosixResultTypes.SchedParamLayout, [PyInt.Create(prio)]);
        });
        m.AddFunction("sched_setparam", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "sched_setparam", args, kw, 2, 2) || !PosixArgs.CInt(ts, args[0], out int pid)) return null;
            if (!SchedPriority(ts, args[1], out int prio)) return null;
            return PosixErrors.NoneOrError(ts, Libc.sched_setparam(pid, &prio));
        });
        m.AddFunction("sched_setscheduler", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "sched_setscheduler", args, kw, 3, 3) || !PosixArgs.CInt(ts, args[0], out int pid)
                || !PosixArgs.CInt(ts, args[1], out int policy)) return null;
            if (!SchedPriority(ts, args[2], out int prio)) return null;
            return PosixErrors.NoneOrError(ts, Libc.sched_setscheduler(pid, policy, &prio));
        });
        m.AddFunction("sched_rr_get_interval", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int pid)) return null;
            Timespec t;
            if (Libc.sched_rr_get_interval(pid, &t) < 0) return PosixErrors.FromErrno(ts);
            return PyFloat.Create(t.Sec + t.Nsec * 1e-9);
        });
        m.AddFunction("setgroups", static (ts, self, arg) =>
        {
            var items = Protocols.ToList(ts, arg);
            if (items is null) { ts.ClearError(); return ts.TypeError("setgroups argument must be a sequence"); }
            var groups = new int[items.Count];
            for (int i = 0; i < groups.Length; i++)
                if (!PosixArgs.Id(ts, items[i], "gid", out groups[i])) return null;
            int r;
            fixed (int* g = groups) r = Libc.setgroups(groups.Length, g);
            return r < 0 ? PosixErrors.FromErrno(ts) : PyNone.Instance;
        });
        m.AddFunction("initgroups", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "initgroups", args, kw, 2, 2)) return null;
            var user = FsConvert(ts, args[0]);
            if (user is null || !PosixArgs.Id(ts, args[1], "gid", out int gid)) return null;
            int r;
            fixed (byte* u = user) r = Libc.initgroups(u, gid);
            return r < 0 ? PosixErrors.FromErrno(ts) : PyNone.Instance;
        });
        m.AddFunction("getgrouplist", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "getgrouplist", args, kw, 2, 2)) return null;
            if (args[0] is not PyStr) return ts.TypeError($"getgrouplist() argument 1 must be str, not {args[0].Type.Name}");
            var user = FsConvert(ts, args[0]);
            if (user is null || !PosixArgs.Id(ts, args[1], "gid", out int gid)) return null;
            for (int n = 64; ; n *= 4)
            {
                var groups = new int[n];
                int count = n, r;
                fixed (int* g = groups)
                fixed (byte* u = user)
                    r = Libc.getgrouplist(u, gid, g, &count);
                if (r < 0 && count <= n) count = n * 2;
                if (r < 0) continue;
                var list = new PyList();
                for (int i = 0; i < count; i++) list.Append(PosixArgs.IdObject(groups[i]));
                return list;
            }
        });
        m.AddFunction("openpty", static (ts, self) =>
        {
            int master, slave;
            if (Libc.openpty(&master, &slave, null, null, null) < 0) return PosixErrors.FromErrno(ts);
            // The descriptors are non-inheritable, as CPython makes them.
            Libc.fcntl(master, F_SETFD, FD_CLOEXEC);
            Libc.fcntl(slave, F_SETFD, FD_CLOEXEC);
            return PyTuple.Create(PyInt.Create(master), PyInt.Create(slave));
        });
        m.AddFunction("login_tty", static (ts, self, arg) =>
            PosixArgs.Fd(ts, arg, out int fd) ? PosixErrors.NoneOrError(ts, Libc.login_tty(fd)) : null);
        m.AddFunction("getxattr", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!GetxattrSpec.Parse(ts, args, kw, a)) return null;
            if (!XattrTarget(ts, "getxattr", a[0]!, a[2], out var path, out bool follow)) return null;
            var attr = FsConvert(ts, a[1]!);
            if (attr is null) return null;
            for (int size = 128; ; size *= 4)
            {
                var buf = new byte[size];
                nint n;
                fixed (byte* b = buf)
                fixed (byte* nm = attr)
                fixed (byte* p = path.Bytes)
                    n = path.IsFd ? Libc.fgetxattr(path.Fd, nm, b, size) : follow ? Libc.getxattr(p, nm, b, size) : Libc.lgetxattr(p, nm, b, size);
                if (n >= 0) return PyBytes.Create(buf[..(int)n]);
                if (Libc.Errno != Libc.ERANGE || size > 1 << 20) return PosixErrors.FromErrno(ts, path);
            }
        });
        m.AddFunction("setxattr", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!SetxattrSpec.Parse(ts, args, kw, a)) return null;
            if (!XattrTarget(ts, "setxattr", a[0]!, a[4], out var path, out bool follow)) return null;
            var attr = FsConvert(ts, a[1]!);
            if (attr is null) return null;
            if (!Protocols.GetBuffer(ts, a[2]!, false, out var view)) return null;
            var value = view.Span.ToArray();
            Protocols.ReleaseBuffer(ref view);
            int flags = 0;
            if (a[3] is { } fl && !PosixArgs.CInt(ts, fl, out flags)) return null;
            int r;
            fixed (byte* v = value)
            fixed (byte* nm = attr)
            fixed (byte* p = path.Bytes)
                r = path.IsFd ? Libc.fsetxattr(path.Fd, nm, v, value.Length, flags) : follow ? Libc.setxattr(p, nm, v, value.Length, flags) : Libc.lsetxattr(p, nm, v, value.Length, flags);
            return r < 0 ? PosixErrors.FromErrno(ts, path) : PyNone.Instance;
        });
        m.AddFunction("removexattr", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!RemovexattrSpec.Parse(ts, args, kw, a)) return null;
            if (!XattrTarget(ts, "removexattr", a[0]!, a[2], out var path, out bool follow)) return null;
            var attr = FsConvert(ts, a[1]!);
            if (attr is null) return null;
            int r;
            fixed (byte* nm = attr)
            fixed (byte* p = path.Bytes)
                r = path.IsFd ? Libc.fremovexattr(path.Fd, nm) : follow ? Libc.removexattr(p, nm) : Libc.lremovexattr(p, nm);
            return r < 0 ? PosixErrors.FromErrno(ts, path) : PyNone.Instance;
        });
        m.AddFunction("listxattr", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!ListxattrSpec.Parse(ts, args, kw, a)) return null;
            if (!XattrTarget(ts, "listxattr", a[0] ?? PyNone.Instance, a[1], out var path, out bool follow, nullable: true)) return null;
            var p0 = path.IsNone ? new PathArg { Bytes = [(byte)'.', 0], Fd = -1, Object = PyStr.Intern(".") } : path;
            for (int size = 256; ; size *= 4)
            {
                var buf = new byte[size];
                nint n;
                fixed (byte* b = buf)
                fixed (byte* p = p0.Bytes)
                    n = p0.IsFd ? Libc.flistxattr(p0.Fd, b, size) : follow ? Libc.listxattr(p, b, size) : Libc.llistxattr(p, b, size);
                if (n < 0)
                {
                    if (Libc.Errno != Libc.ERANGE || size > 1 << 20) return PosixErrors.FromErrno(ts, p0);
                    continue;
                }
                var list = new PyList();
                int start = 0;
                for (int i = 0; i < n; i++)
                    if (buf[i] == 0) { list.Append(FsEncoding.Decode(buf.AsSpan(start, i - start))); start = i + 1; }
                return list;
            }
        });
        m.AddFunction("copy_file_range", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!CopyRangeSpec.Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.Fd(ts, a[0]!, out int src) || !PosixArgs.Fd(ts, a[1]!, out int dst) || !PosixArgs.SSize(ts, a[2]!, out long count)) return null;
            if (!OptionalOffset(ts, a[3], out bool hasIn, out long offIn) || !OptionalOffset(ts, a[4], out bool hasOut, out long offOut)) return null;
            long r = Retry(ts, () =>
            {
                long i = offIn, o = offOut;
                return Libc.copy_file_range(src, hasIn ? &i : null, dst, hasOut ? &o : null, (nint)count, 0);
            }, out int errno);
            return r < 0 ? RetryError(ts, errno) : PyInt.Create(r);
        });
        m.AddFunction("splice", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!SpliceSpec.Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.Fd(ts, a[0]!, out int src) || !PosixArgs.Fd(ts, a[1]!, out int dst) || !PosixArgs.SSize(ts, a[2]!, out long count)) return null;
            if (!OptionalOffset(ts, a[3], out bool hasIn, out long offIn) || !OptionalOffset(ts, a[4], out bool hasOut, out long offOut)) return null;
            int flags = 0;
            if (a[5] is { } f && !PosixArgs.CInt(ts, f, out flags)) return null;
            long r = Retry(ts, () =>
            {
                long i = offIn, o = offOut;
                return Libc.splice(src, hasIn ? &i : null, dst, hasOut ? &o : null, (nint)count, (uint)flags);
            }, out int errno);
            return r < 0 ? RetryError(ts, errno) : PyInt.Create(r);
        });
    }

    private static bool OptionalOffset(ThreadState ts, PyObject? obj, out bool has, out long offset)
    {
        has = false;
        offset = 0;
        if (obj is null || obj is PyNone) return true;
        has = true;
        return PosixArgs.CLong(ts, obj, out offset);
    }

    private static bool SchedPriority(ThreadState ts, PyObject param, out int prio)
    {
        prio = 0;
        if (param is not PyStructSequence s || s.Type != PosixResultTypes.SchedParam)
        {
            ts.SetError(PyExc.TypeError, $"must have a sched_param object");
            return false;
        }
        return PosixArgs.CInt(ts, s.Items[0], out prio);
    }

    private static bool XattrTarget(ThreadState ts, string name, PyObject obj, PyObject? followObj, out PathArg path, out bool follow, bool nullable = false)
    {
        follow = true;
        if (!PathArg.Convert(ts, obj, name, "path", nullable, true, out path)) return false;
        if (!PosixArgs.Flag(ts, followObj, true, out follow)) return false;
        if (path.IsFd && !follow)
        {
            ts.SetError(PyExc.ValueError, $"{name}: cannot use fd and follow_symlinks together");
            return false;
        }
        return true;
    }

    /// <summary>readv/writev/preadv/pwritev over a sequence of buffers (writable ones for reads).</summary>
    private static PyObject? VectorIo(ThreadState ts, int fd, PyObject buffers, bool write, long offset, int flags)
    {
        var items = Protocols.ToList(ts, buffers);
        if (items is null)
        {
            ts.ClearError();
            return ts.TypeError(write ? "writev() arg 2 must be a sequence" : "readv() arg 2 must be a sequence");
        }
        var views = new PyBuffer[items.Count];
        var handles = new System.Buffers.MemoryHandle[items.Count];
        int got = 0;
        try
        {
            for (; got < items.Count; got++)
                if (!Protocols.GetBuffer(ts, items[got], !write, out views[got])) return null;
            var iov = new IoVec[items.Count];
            for (int i = 0; i < iov.Length; i++)
            {
                handles[i] = views[i].Memory.Pin();
                iov[i] = new IoVec { Base = (byte*)handles[i].Pointer, Length = views[i].Length };
            }
            long r = Retry(ts, () =>
            {
                fixed (IoVec* v = iov)
                {
                    if (offset < 0) return write ? Libc.writev(fd, v, iov.Length) : Libc.readv(fd, v, iov.Length);
                    return write ? Libc.pwritev2(fd, v, iov.Length, offset, flags) : Libc.preadv2(fd, v, iov.Length, offset, flags);
                }
            }, out int errno);
            return r < 0 ? RetryError(ts, errno) : PyInt.Create(r);
        }
        finally
        {
            for (int i = 0; i < got; i++)
            {
                handles[i].Dispose();
                Protocols.ReleaseBuffer(ref views[i]);
            }
        }
    }
}
