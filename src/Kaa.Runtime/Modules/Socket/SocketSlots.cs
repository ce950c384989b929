using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>The slots and methods of <c>_socket.socket</c> (Modules/socketmodule.c's sock_* functions):
/// creation, addresses, options, timeouts and the transfer calls (in <see cref="SocketTransfer"/>).</summary>
internal static unsafe class SocketSlots
{
    internal const string Doc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\nsocket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\nOpen a socket of the given type.  The family argument specifies the\naddress family; it defaults to AF_INET.  The type argument specifies\nwhether this is a stream (SOCK_STREAM, this is the default)\nor datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,\nspecifying the default protocol.  Keyword arguments are accepted.\nThe socket is created as non-inheritable.\n\nWhen a fileno is passed in, family, type and proto are auto-detected,\nunless they are explicitly set.\n\nA socket object represents one endpoint of a network connection.\n\nMethods of socket objects (keyword arguments not allowed):\n\n_accept() -- accept connection, returning new socket fd and client address\nbind(addr) -- bind the socket to a local address\nclose() -- close the socket\nconnect(addr) -- connect the socket to a remote address\nconnect_ex(addr) -- connect, return an error code instead of an exception\ndup() -- return a new socket fd duplicated from fileno()\nfileno() -- return underlying file descriptor\ngetpeername() -- return remote address [*]\ngetsockname() -- return local address\ngetsockopt(level, optname[, buflen]) -- get socket options\ngettimeout() -- return timeout or None\nlisten([n]) -- start listening for incoming connections\nrecv(buflen[, flags]) -- receive data\nrecv_into(buffer[, nbytes[, flags]]) -- receive data (into a buffer)\nrecvfrom(buflen[, flags]) -- receive data and sender's address\nrecvfrom_into(buffer[, nbytes, [, flags])\n  -- receive data and sender's address (into a buffer)\nsendall(data[, flags]) -- send all data\nsend(data[, flags]) -- send data, may not send all of it\nsendto(data[, flags], addr) -- send data to a given address\nsetblocking(bool) -- set or clear the blocking I/O flag\ngetblocking() -- return True if socket is blocking, False if non-blocking\nsetsockopt(level, optname, value[, optlen]) -- set socket options\nsettimeout(None | float) -- set or clear the timeout\nshutdown(how) -- shut down traffic in one or both directions\n\n [*] not available on all platforms!";

    public static readonly PyType TypeObject = PyType.CreateStatic("_socket.socket", (PyType?)null, TypeFlags.BaseType, Install);

    private static readonly ArgSpec InitSpec = new("socket", ["family", "type", "proto", "fileno"], required: 0, positionalOnly: 0);

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create(Doc));
        type.New = static (ts, t, args, kw) => new PySocket(t);
        type.Init = Init;
        type.Repr = static (ts, self) =>
        {
            var s = (PySocket)self;
            return PyStr.Create($"<socket object, fd={s.Fd}, family={s.Family}, type={s.SockType}, proto={s.Proto}>");
        };
        type.AddMember("family", static (ts, self) => PyInt.Create(((PySocket)self).Family), null, "the socket family");
        type.AddMember("type", static (ts, self) => PyInt.Create(((PySocket)self).SockType), null, "the socket type");
        type.AddMember("proto", static (ts, self) => PyInt.Create(((PySocket)self).Proto), null, "the socket protocol");
        type.AddGetSet("timeout", static (ts, self) => SocketArgs.TimeoutObject(((PySocket)self).TimeoutNs), null, "the socket timeout");

        type.AddMethod("__del__", static (ts, self) =>
        {
            // sock_finalize: a socket left open is closed (CPython warns ResourceWarning first, ignored by default).
            var s = (PySocket)self;
            if (s.Fd >= 0) { int fd = s.Fd; s.Fd = -1; Libc.close(fd); }
            return PyNone.Instance;
        });
        type.AddMethod("fileno", static (ts, self) => PyInt.Create(((PySocket)self).Fd), "fileno() -> integer\n\nReturn the integer file descriptor of the socket.");
        type.AddMethod("detach", static (ts, self) =>
        {
            var s = (PySocket)self;
            int fd = s.Fd;
            s.Fd = -1;
            return PyInt.Create(fd);
        }, "detach()\n\nClose the socket object without closing the underlying file descriptor.\nThe object cannot be used after this call, but the file descriptor\ncan be reused for other purposes.  The file descriptor is returned.");
        type.AddMethod("close", static (ts, self) =>
        {
            var s = (PySocket)self;
            if (s.Fd < 0) return PyNone.Instance;
            int fd = s.Fd;
            s.Fd = -1;
            int r, errno;
            using (ts.ReleaseGil()) { r = Libc.close(fd); errno = r < 0 ? Libc.Errno : 0; }
            // ECONNRESET from close() is not an error: the descriptor is closed all the same.
            if (r < 0 && errno != 104) return SocketErrors.FromErrno(ts, errno);
            return PyNone.Instance;
        }, "close()\n\nClose the socket.  It cannot be used after this call.");
        type.AddMethod("gettimeout", static (ts, self) => SocketArgs.TimeoutObject(((PySocket)self).TimeoutNs),
            "gettimeout() -> timeout\n\nReturns the timeout in seconds (float) associated with socket\noperations. A timeout of None indicates that timeouts on socket\noperations are disabled.");
        type.AddMethod("settimeout", static (ts, self, arg) =>
        {
            var s = (PySocket)self;
            if (!SocketArgs.Timeout(ts, arg, out long ns)) return null;
            s.TimeoutNs = ns;
            return s.SetBlocking(ts, ns < 0) ? PyNone.Instance : null;
        }, "settimeout(timeout)\n\nSet a timeout on socket operations.  'timeout' can be a float,\ngiving in seconds, or None.  Setting a timeout of None disables\nthe timeout feature and is equivalent to setblocking(1).\nSetting a timeout of zero is the same as setblocking(0).");
        type.AddMethod("setblocking", static (ts, self, arg) =>
        {
            var s = (PySocket)self;
            if (arg is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
            var i = Protocols.Index(ts, arg);
            if (i is null) return null;
            bool block = i.Sign != 0;
            s.TimeoutNs = block ? -1 : 0;
            return s.SetBlocking(ts, block) ? PyNone.Instance : null;
        }, "setblocking(flag)\n\nSet the socket to blocking (flag is true) or non-blocking (false).\nsetblocking(True) is equivalent to settimeout(None);\nsetblocking(False) is equivalent to settimeout(0.0).");
        type.AddMethod("getblocking", static (ts, self) => PyBool.From(((PySocket)self).TimeoutNs != 0),
            "getblocking()\n\nReturns True if socket is in blocking mode, or False if it\nis in non-blocking mode.");
        type.AddMethod("bind", static (ts, self, arg) =>
        {
            var s = (PySocket)self;
            byte* buf = stackalloc byte[SocketLibc.SockaddrStorageSize];
            var span = new Span<byte>(buf, SocketLibc.SockaddrStorageSize);
            if (!SocketAddress.Parse(ts, s.Family, arg, "bind", span, out int len)) return null;
            int r, errno;
            using (ts.ReleaseGil()) { r = SocketLibc.bind(s.Fd, buf, len); errno = r < 0 ? Libc.Errno : 0; }
            return r < 0 ? SocketErrors.FromErrno(ts, errno) : PyNone.Instance;
        }, "bind(address)\n\nBind the socket to a local address.  For IP sockets, the address is a\npair (host, port); the host must refer to the local host. For raw packet\nsockets the address is a tuple (ifname, proto [,pkttype [,hatype [,addr]]])");
        type.AddMethod("listen", static (ts, self, args, kw) =>
        {
            var s = (PySocket)self;
            if (!SocketArgs.VarArgs(ts, "listen", args, kw, 0, 1)) return null;
            int backlog = 128;
            if (args.Length > 0 && !PosixArgs.CInt(ts, args[0], out backlog)) return null;
            if (backlog < 0) backlog = 0;
            int r, errno;
            using (ts.ReleaseGil()) { r = SocketLibc.listen(s.Fd, backlog); errno = r < 0 ? Libc.Errno : 0; }
            return r < 0 ? SocketErrors.FromErrno(ts, errno) : PyNone.Instance;
        }, "listen([backlog])\n\nEnable a server to accept connections.  If backlog is specified, it must be\nat least 0 (if it is lower, it is set to 0); it specifies the number of\nunaccepted connections that the system will allow before refusing new\nconnections. If not specified, a default reasonable value is chosen.");
        type.AddMethod("connect", static (ts, self, arg) =>
        {
            int err = Connect(ts, (PySocket)self, arg, "connect", raise: true);
            return err == 0 ? PyNone.Instance : null;
        }, "connect(address)\n\nConnect the socket to a remote address.  For IP sockets, the address\nis a pair (host, port).");
        type.AddMethod("connect_ex", static (ts, self, arg) =>
        {
            int err = Connect(ts, (PySocket)self, arg, "connect_ex", raise: false);
            return err < 0 ? null : PyInt.Create(err);
        }, "connect_ex(address) -> errno\n\nThis is like connect(address), but returns an error code (the errno value)\ninstead of raising an exception when an error occurs.");
        type.AddMethod("shutdown", static (ts, self, arg) =>
        {
            var s = (PySocket)self;
            if (!PosixArgs.CInt(ts, arg, out int how)) return null;
            int r, errno;
            using (ts.ReleaseGil()) { r = SocketLibc.shutdown(s.Fd, how); errno = r < 0 ? Libc.Errno : 0; }
            return r < 0 ? SocketErrors.FromErrno(ts, errno) : PyNone.Instance;
        }, "shutdown(flag)\n\nShut down the reading side of the socket (flag == SHUT_RD), the writing side\nof the socket (flag == SHUT_WR), or both ends (flag == SHUT_RDWR).");
        type.AddMethod("getsockname", static (ts, self) => Name(ts, (PySocket)self, peer: false),
            "getsockname() -> address info\n\nReturn the address of the local endpoint. The format depends on the\naddress family. For IPv4 sockets, the address info is a pair\n(hostaddr, port).");
        type.AddMethod("getpeername", static (ts, self) => Name(ts, (PySocket)self, peer: true),
            "getpeername() -> address info\n\nReturn the address of the remote endpoint.  For IP sockets, the address\ninfo is a pair (hostaddr, port).");
        type.AddMethod("setsockopt", SetSockOpt, "setsockopt(level, option, value: int)\nsetsockopt(level, option, value: buffer)\nsetsockopt(level, option, None, optlen: int)\n\nSet a socket option.  See the Unix manual for level and option.\nThe value argument can either be an integer, a string buffer, or\nNone, optlen.");
        type.AddMethod("getsockopt", GetSockOpt, "getsockopt(level, option[, buffersize]) -> value\n\nGet a socket option.  See the Unix manual for level and option.\nIf a nonzero buffersize argument is given, the return value is a\nstring of that length; otherwise it is an integer.");
        SocketTransfer.Install(type);
    }

    /// <summary>sock_initobj: socket(family=-1, type=-1, proto=-1, fileno=None).</summary>
    private static int Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var s = (PySocket)self;
        var a = new ArgBuffer();
        if (!InitSpec.Parse(ts, args, kw, a)) return -1;
        int family = -1, type = -1, proto = -1;
        if (a[0] is { } fa && !PosixArgs.CInt(ts, fa, out family)) return -1;
        if (a[1] is { } ta && !PosixArgs.CInt(ts, ta, out type)) return -1;
        if (a[2] is { } pa && !PosixArgs.CInt(ts, pa, out proto)) return -1;
        int fd;
        if (a[3] is { } fo && fo is not PyNone)
        {
            if (!PosixArgs.CInt(ts, fo, out fd)) return -1;
            if (fd < 0) { ts.SetError(PyExc.ValueError, "negative file descriptor"); return -1; }
            if (family == -1 && !GetIntOption(ts, fd, SocketLibc.SO_DOMAIN, out family)) return -1;
            if (type == -1 && !GetIntOption(ts, fd, SocketLibc.SO_TYPE, out type)) return -1;
            if (proto == -1 && !GetIntOption(ts, fd, SocketLibc.SO_PROTOCOL, out proto)) return -1;
        }
        else
        {
            if (family == -1) family = SocketLibc.AF_INET;
            if (type == -1) type = SocketLibc.SOCK_STREAM;
            if (proto == -1) proto = 0;
            int errno;
            using (ts.ReleaseGil()) { fd = SocketLibc.socket(family, type | SocketLibc.SOCK_CLOEXEC, proto); errno = fd < 0 ? Libc.Errno : 0; }
            if (fd < 0) { PosixErrors.SetError(ts, errno); return -1; }
        }
        return s.Init(ts, fd, family, type, proto) ? 0 : -1;
    }

    private static bool GetIntOption(ThreadState ts, int fd, int option, out int value)
    {
        int v = 0, len = sizeof(int);
        if (SocketLibc.getsockopt(fd, SocketLibc.SOL_SOCKET, option, (byte*)&v, &len) < 0)
        {
            value = -1;
            PosixErrors.SetError(ts, Libc.Errno);
            return false;
        }
        value = v;
        return true;
    }

    private static PyObject? Name(ThreadState ts, PySocket s, bool peer)
    {
        byte* buf = stackalloc byte[SocketLibc.SockaddrStorageSize];
        new Span<byte>(buf, SocketLibc.SockaddrStorageSize).Clear();
        int len = SocketAddress.MaxLength(s.Family);
        int r, errno;
        using (ts.ReleaseGil())
        {
            r = peer ? SocketLibc.getpeername(s.Fd, buf, &len) : SocketLibc.getsockname(s.Fd, buf, &len);
            errno = r < 0 ? Libc.Errno : 0;
        }
        if (r < 0) return SocketErrors.FromErrno(ts, errno);
        return SocketAddress.Make(ts, new ReadOnlySpan<byte>(buf, SocketLibc.SockaddrStorageSize), len);
    }

    /// <summary>internal_connect: 0 when connected; otherwise the errno when <paramref name="raise"/> is
    /// false, or -1 with the exception set (always -1 for errors that are not an errno).</summary>
    private static int Connect(ThreadState ts, PySocket s, PyObject address, string caller, bool raise)
    {
        byte* buf = stackalloc byte[SocketLibc.SockaddrStorageSize];
        var span = new Span<byte>(buf, SocketLibc.SockaddrStorageSize);
        if (!SocketAddress.Parse(ts, s.Family, address, caller, span, out int len)) return -1;
        int r, err;
        using (ts.ReleaseGil()) { r = SocketLibc.connect(s.Fd, buf, len); err = r < 0 ? Libc.Errno : 0; }
        if (r == 0) return 0;
        bool wait;
        if (err == Libc.EINTR)
        {
            if (!ts.Interp.HandleEvalBreaker(ts)) return -1;
            // The connection goes on asynchronously (bpo-23618): wait for it unless non-blocking.
            wait = s.TimeoutNs != 0;
        }
        else wait = err == SocketLibc.EINPROGRESS && s.TimeoutNs > 0;
        if (wait)
        {
            long deadline = s.TimeoutNs > 0 ? Environment.TickCount64 + PySocket.MillisecondsCeiling(s.TimeoutNs) : 0;
            while (true)
            {
                int ready = s.WaitReady(ts, writing: true, deadline);
                if (ready < 0) return -1;
                if (ready == 0)
                {
                    if (!raise) return SocketLibc.EWOULDBLOCK;
                    ts.SetError(PyExc.TimeoutError, "timed out");
                    return -1;
                }
                int soError = 0, optLen = sizeof(int);
                if (SocketLibc.getsockopt(s.Fd, SocketLibc.SOL_SOCKET, SocketLibc.SO_ERROR, (byte*)&soError, &optLen) < 0) err = Libc.Errno;
                else err = soError;
                if (err == Libc.EINTR)
                {
                    if (!ts.Interp.HandleEvalBreaker(ts)) return -1;
                    continue;
                }
                break;
            }
            if (err == 0) return 0;
        }
        if (!raise) return err;
        PosixErrors.SetError(ts, err);
        return -1;
    }

    /// <summary>sock_setsockopt: (level, option, int), (level, option, buffer) or (level, option, None, optlen).</summary>
    private static PyObject? SetSockOpt(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var s = (PySocket)self;
        if (kw is not null && kw.Length > 0) return ts.TypeError("socket.setsockopt() takes no keyword arguments");
        int r;
        if (args.Length == 3 && args[2] is PyInt)
        {
            if (!PosixArgs.CInt(ts, args[0], out int level) || !PosixArgs.CInt(ts, args[1], out int option)) return null;
            if (!PosixArgs.CInt(ts, args[2], out int value)) return null;
            r = SocketLibc.setsockopt(s.Fd, level, option, (byte*)&value, sizeof(int));
        }
        else if (args.Length == 4 && args[2] is PyNone)
        {
            if (!PosixArgs.CInt(ts, args[0], out int level) || !PosixArgs.CInt(ts, args[1], out int option)) return null;
            if (!SocketAddress.UnsignedInt(ts, args[3], out uint optlen)) return null;
            r = SocketLibc.setsockopt(s.Fd, level, option, null, (int)optlen);
        }
        else
        {
            if (!SocketArgs.VarArgs(ts, "setsockopt", args, null, 3, 3)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int level) || !PosixArgs.CInt(ts, args[1], out int option)) return null;
            if (!Protocols.GetBuffer(ts, args[2], false, out var view)) return null;
            try
            {
                fixed (byte* p = view.Span) r = SocketLibc.setsockopt(s.Fd, level, option, p, view.Length);
            }
            finally { Protocols.ReleaseBuffer(ref view); }
        }
        return r < 0 ? SocketErrors.FromErrno(ts, Libc.Errno) : PyNone.Instance;
    }

    /// <summary>sock_getsockopt: an int, or with a buffer size the option's bytes.</summary>
    private static PyObject? GetSockOpt(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var s = (PySocket)self;
        if (!SocketArgs.VarArgs(ts, "getsockopt", args, kw, 2, 3)) return null;
        if (!PosixArgs.CInt(ts, args[0], out int level) || !PosixArgs.CInt(ts, args[1], out int option)) return null;
        int buflen = 0;
        if (args.Length == 3 && !PosixArgs.CInt(ts, args[2], out buflen)) return null;
        if (buflen == 0)
        {
            int value = 0, len = sizeof(int);
            if (SocketLibc.getsockopt(s.Fd, level, option, (byte*)&value, &len) < 0) return SocketErrors.FromErrno(ts, Libc.Errno);
            return PyInt.Create(value);
        }
        if (buflen <= 0 || buflen > 1024)
        {
            ts.SetError(PyExc.OSError, "getsockopt buflen out of range");
            return null;
        }
        var data = new byte[buflen];
        int n = buflen;
        fixed (byte* p = data)
            if (SocketLibc.getsockopt(s.Fd, level, option, p, &n) < 0) return SocketErrors.FromErrno(ts, Libc.Errno);
        return PyBytes.Create(data.AsSpan(0, n));
    }
}
