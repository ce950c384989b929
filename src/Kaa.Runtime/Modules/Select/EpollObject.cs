using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary><c>select.epoll</c>: an epoll descriptor (epoll_create1 with EPOLL_CLOEXEC).</summary>
internal sealed unsafe class EpollObject : PyObject
{
    private int _epfd;

    /// <summary>struct epoll_event is packed (12 bytes) on x86-64 and 16 bytes elsewhere.</summary>
    private static readonly int EventSize = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 12 : 16;

    public static readonly PyType TypeObject = PyType.CreateStatic("select.epoll", (PyType?)null, TypeFlags.BaseType, Install);

    private EpollObject(PyType type, int epfd) : base(type) => _epfd = epfd;

    private static readonly ArgSpec NewSpec = new("epoll", ["sizehint", "flags"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec RegisterSpec = new("register", ["fd", "eventmask"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec ModifySpec = new("modify", ["fd", "eventmask"], required: 2, positionalOnly: 0);
    private static readonly ArgSpec UnregisterSpec = new("unregister", ["fd"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec PollSpec = new("poll", ["timeout", "maxevents"], required: 0, positionalOnly: 0);

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!NewSpec.Parse(ts, args, kw, a)) return null;
            int sizehint = -1, flags = 0;
            if (a[0] is { } s && !PosixArgs.CInt(ts, s, out sizehint)) return null;
            if (a[1] is { } f && !PosixArgs.CInt(ts, f, out flags)) return null;
            if (sizehint == 0 || sizehint < -1) return ts.ValueError("negative sizehint");
            int fd = Libc.epoll_create1(0x80000);
            if (fd < 0) return PosixErrors.FromErrno(ts);
            return new EpollObject(t, fd);
        };
        type.AddClassMethod(new MethodDef("fromfd", static (ts, cls, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int fd)) return null;
            return new EpollObject((PyType)cls, fd);
        }, "Create an epoll object from a given control fd."));
        type.AddGetSet("closed", static (ts, self) => PyBool.From(((EpollObject)self)._epfd < 0), null, "True if the epoll handler is closed");
        type.AddMethod("fileno", static (ts, self) =>
            ((EpollObject)self).CheckOpen(ts) ? PyInt.Create(((EpollObject)self)._epfd) : null);
        type.AddMethod("close", static (ts, self) =>
        {
            var e = (EpollObject)self;
            if (e._epfd >= 0)
            {
                int r = Libc.close(e._epfd);
                e._epfd = -1;
                if (r < 0) return PosixErrors.FromErrno(ts);
            }
            return PyNone.Instance;
        });
        type.AddMethod("__enter__", static (ts, self) => ((EpollObject)self).CheckOpen(ts) ? self : null);
        type.AddMethod("__exit__", static (ts, self, args, kw) =>
        {
            var e = (EpollObject)self;
            if (e._epfd >= 0) { Libc.close(e._epfd); e._epfd = -1; }
            return PyNone.Instance;
        });
        type.AddMethod("register", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!RegisterSpec.Parse(ts, args, kw, a)) return null;
            uint mask = 1 | 2 | 4;
            if (a[1] is { } m)
            {
                if (!PosixArgs.CLong(ts, m, out long v)) return null;
                mask = (uint)v;
            }
            return ((EpollObject)self).Control(ts, 1 /* EPOLL_CTL_ADD */, a[0]!, mask);
        });
        type.AddMethod("modify", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!ModifySpec.Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.CLong(ts, a[1]!, out long v)) return null;
            return ((EpollObject)self).Control(ts, 3 /* EPOLL_CTL_MOD */, a[0]!, (uint)v);
        });
        type.AddMethod("unregister", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!UnregisterSpec.Parse(ts, args, kw, a)) return null;
            return ((EpollObject)self).Control(ts, 2 /* EPOLL_CTL_DEL */, a[0]!, 0);
        });
        type.AddMethod("poll", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PollSpec.Parse(ts, args, kw, a)) return null;
            long ms = -1;
            if (a[0] is { } t && t is not PyNone)
            {
                double seconds;
                if (t is PyFloat f) seconds = f.Value;
                else if (t is PyInt || t.Type.Index is not null)
                {
                    if (!PosixArgs.CLong(ts, t, out long s)) return null;
                    seconds = s;
                }
                else return ts.TypeError("timeout must be an integer or None");
                if (double.IsNaN(seconds)) return ts.ValueError("Invalid value NaN (not a number)");
                ms = seconds < 0 ? -1 : (long)Math.Min(Math.Ceiling(seconds * 1000), int.MaxValue);
            }
            int maxevents = -1;
            if (a[1] is { } mx && !PosixArgs.CInt(ts, mx, out maxevents)) return null;
            return ((EpollObject)self).Poll(ts, ms, maxevents);
        });
    }

    private bool CheckOpen(ThreadState ts)
    {
        if (_epfd >= 0) return true;
        ts.SetError(PyExc.ValueError, "I/O operation on closed epoll object");
        return false;
    }

    private PyObject? Control(ThreadState ts, int op, PyObject fdObj, uint mask)
    {
        if (!CheckOpen(ts)) return null;
        if (!PosixModule.AsFileDescriptor(ts, fdObj, out int fd)) return null;
        byte* ev = stackalloc byte[16];
        *(uint*)ev = mask;
        *(ulong*)(ev + (EventSize == 12 ? 4 : 8)) = (ulong)(uint)fd;
        return Libc.epoll_ctl(_epfd, op, fd, ev) < 0 ? PosixErrors.FromErrno(ts) : PyNone.Instance;
    }

    private PyObject? Poll(ThreadState ts, long timeoutMs, int maxevents)
    {
        if (!CheckOpen(ts)) return null;
        if (maxevents == -1) maxevents = 1023;
        else if (maxevents < 1) return ts.ValueError($"maxevents must be greater than 0, got {maxevents}");
        // Wait for readiness of the epoll fd itself through poll (which also watches the signal wake pipe),
        // then collect the events without blocking.
        var fds = new[] { new PollFd { Fd = _epfd, Events = 1 } };
        if (PollWait.Poll(ts, fds, timeoutMs) < 0) return null;
        var buf = new byte[maxevents * EventSize];
        int n;
        fixed (byte* p = buf) n = Libc.epoll_wait(_epfd, p, maxevents, 0);
        if (n < 0) return PosixErrors.FromErrno(ts);
        var list = new PyList();
        fixed (byte* p = buf)
        {
            for (int i = 0; i < n; i++)
            {
                byte* e = p + i * EventSize;
                uint events = *(uint*)e;
                int fd = (int)*(ulong*)(e + (EventSize == 12 ? 4 : 8));
                list.Append(PyTuple.Create(PyInt.Create(fd), PyInt.Create((long)events)));
            }
        }
        return list;
    }

    ~EpollObject()
    {
        if (_epfd >= 0) Libc.close(_epfd);
    }
}
