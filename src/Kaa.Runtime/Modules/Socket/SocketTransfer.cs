using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>The data-moving methods of <c>_socket.socket</c>: accept, send/recv in their forms, and
/// sendmsg/recvmsg with ancillary data. Each goes through <see cref="PySocket.Call{T}"/> (timeouts,
/// EINTR, the GIL released).</summary>
internal static unsafe class SocketTransfer
{
    private struct AcceptOp : ISocketOp
    {
        public byte* Addr;
        public int* AddrLen;
        public nint Run(int fd) => SocketLibc.accept4(fd, Addr, AddrLen, SocketLibc.SOCK_CLOEXEC);
    }

    private struct RecvOp : ISocketOp
    {
        public byte* Buf;
        public nint Len;
        public int Flags;
        public byte* Addr;
        public int* AddrLen;
        public nint Run(int fd) => Addr is null ? SocketLibc.recv(fd, Buf, Len, Flags) : SocketLibc.recvfrom(fd, Buf, Len, Flags, Addr, AddrLen);
    }

    private struct SendOp : ISocketOp
    {
        public byte* Buf;
        public nint Len;
        public int Flags;
        public byte* Addr;
        public int AddrLen;
        public nint Run(int fd) => Addr is null ? SocketLibc.send(fd, Buf, Len, Flags) : SocketLibc.sendto(fd, Buf, Len, Flags, Addr, AddrLen);
    }

    private struct MsgOp : ISocketOp
    {
        public MsgHdr* Msg;
        public int Flags;
        public bool Receive;
        public nint Run(int fd) => Receive ? SocketLibc.recvmsg(fd, Msg, Flags) : SocketLibc.sendmsg(fd, Msg, Flags);
    }

    private static readonly ArgSpec RecvIntoSpec = new("recv_into", ["buffer", "nbytes", "flags"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec RecvFromIntoSpec = new("recvfrom_into", ["buffer", "nbytes", "flags"], required: 1, positionalOnly: 0);

    internal static void Install(PyType type)
    {
        type.AddMethod("_accept", static (ts, self) =>
        {
            var s = (PySocket)self;
            byte* addr = stackalloc byte[SocketLibc.SockaddrStorageSize];
            new Span<byte>(addr, SocketLibc.SockaddrStorageSize).Clear();
            int len = SocketAddress.MaxLength(s.Family);
            var op = new AcceptOp { Addr = addr, AddrLen = &len };
            nint fd = s.Call(ts, writing: false, ref op);
            if (fd < 0) return null;
            var address = SocketAddress.Make(ts, new ReadOnlySpan<byte>(addr, SocketLibc.SockaddrStorageSize), len);
            if (address is null) { Libc.close((int)fd); return null; }
            return PyTuple.Create(PyInt.Create((long)fd), address);
        }, "_accept() -> (integer, address info)\n\nWait for an incoming connection.  Return a new socket file descriptor\nrepresenting the connection, and the address of the client.\nFor IP sockets, the address info is a pair (hostaddr, port).");
        type.AddMethod("recv", static (ts, self, args, kw) =>
        {
            if (!SocketArgs.VarArgs(ts, "recv", args, kw, 1, 2)) return null;
            if (!PosixArgs.SSize(ts, args[0], out long size)) return null;
            int flags = 0;
            if (args.Length > 1 && !PosixArgs.CInt(ts, args[1], out flags)) return null;
            if (size < 0) return ts.ValueError("negative buffersize in recv");
            var data = new byte[size];
            nint n;
            fixed (byte* p = data)
            {
                var op = new RecvOp { Buf = p, Len = (nint)size, Flags = flags };
                n = ((PySocket)self).Call(ts, writing: false, ref op);
            }
            if (n < 0) return null;
            return n == size ? PyBytes.Create(data) : PyBytes.Create(data.AsSpan(0, (int)n));
        }, "recv(buffersize[, flags]) -> data\n\nReceive up to buffersize bytes from the socket.  For the optional flags\nargument, see the Unix manual.  When no data is available, block until\nat least one byte is available or until the remote end is closed.  When\nthe remote end is closed and all data is read, return the empty string.");
        type.AddMethod("recvfrom", static (ts, self, args, kw) =>
        {
            if (!SocketArgs.VarArgs(ts, "recvfrom", args, kw, 1, 2)) return null;
            if (!PosixArgs.SSize(ts, args[0], out long size)) return null;
            int flags = 0;
            if (args.Length > 1 && !PosixArgs.CInt(ts, args[1], out flags)) return null;
            if (size < 0) return ts.ValueError("negative buffersize in recvfrom");
            var data = new byte[size];
            var (n, address) = RecvFrom(ts, (PySocket)self, data, (int)size, flags);
            if (address is null) return null;
            return PyTuple.Create(n == size ? PyBytes.Create(data) : PyBytes.Create(data.AsSpan(0, (int)n)), address);
        }, "recvfrom(buffersize[, flags]) -> (data, address info)\n\nLike recv(buffersize, flags) but also return the sender's address info.");
        type.AddMethod("recv_into", static (ts, self, args, kw) => RecvInto(ts, (PySocket)self, args, kw, RecvIntoSpec, from: false),
            "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read\n\nA version of recv() that stores its data into a buffer rather than creating\na new string.  Receive up to buffersize bytes from the socket.  If buffersize\nis not specified (or 0), receive up to the size available in the given buffer.\n\nSee recv() for documentation about the flags.");
        type.AddMethod("recvfrom_into", static (ts, self, args, kw) => RecvInto(ts, (PySocket)self, args, kw, RecvFromIntoSpec, from: true),
            "recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address info)\n\nLike recv_into(buffer[, nbytes[, flags]]) but also return the sender's address info.");
        type.AddMethod("send", static (ts, self, args, kw) =>
        {
            if (!SocketArgs.VarArgs(ts, "send", args, kw, 1, 2)) return null;
            if (!Protocols.GetBuffer(ts, args[0], false, out var view)) return null;
            try
            {
                int flags = 0;
                if (args.Length > 1 && !PosixArgs.CInt(ts, args[1], out flags)) return null;
                nint n;
                fixed (byte* p = view.Span)
                {
                    var op = new SendOp { Buf = p, Len = view.Length, Flags = flags };
                    n = ((PySocket)self).Call(ts, writing: true, ref op);
                }
                return n < 0 ? null : PyInt.Create((long)n);
            }
            finally { Protocols.ReleaseBuffer(ref view); }
        }, "send(data[, flags]) -> count\n\nSend a data string to the socket.  For the optional flags\nargument, see the Unix manual.  Return the number of bytes\nsent; this may be less than len(data) if the network is busy.");
        type.AddMethod("sendall", static (ts, self, args, kw) =>
        {
            if (!SocketArgs.VarArgs(ts, "sendall", args, kw, 1, 2)) return null;
            if (!Protocols.GetBuffer(ts, args[0], false, out var view)) return null;
            try
            {
                int flags = 0;
                if (args.Length > 1 && !PosixArgs.CInt(ts, args[1], out flags)) return null;
                var s = (PySocket)self;
                int sent = 0;
                fixed (byte* p = view.Span)
                {
                    do
                    {
                        var op = new SendOp { Buf = p + sent, Len = view.Length - sent, Flags = flags };
                        nint n = s.Call(ts, writing: true, ref op);
                        if (n < 0) return null;
                        sent += (int)n;
                        // Signal handlers run between chunks (PyErr_CheckSignals), as in CPython.
                        if (ts.Interp.EvalBreaker != 0 && !ts.Interp.HandleEvalBreaker(ts)) return null;
                    }
                    while (sent < view.Length);
                }
                return PyNone.Instance;
            }
            finally { Protocols.ReleaseBuffer(ref view); }
        }, "sendall(data[, flags])\n\nSend a data string to the socket.  For the optional flags\nargument, see the Unix manual.  This calls send() repeatedly\nuntil all data is sent.  If an error occurs, it's impossible\nto tell how much data has been sent.");
        type.AddMethod("sendto", static (ts, self, args, kw) =>
        {
            var s = (PySocket)self;
            if (kw is not null && kw.Length > 0) return ts.TypeError("socket.sendto() takes no keyword arguments");
            if (args.Length is not (2 or 3)) return ts.TypeError($"sendto() takes 2 or 3 arguments ({args.Length} given)");
            if (!Protocols.GetBuffer(ts, args[0], false, out var view)) return null;
            try
            {
                int flags = 0;
                if (args.Length == 3 && !PosixArgs.CInt(ts, args[1], out flags)) return null;
                byte* addr = stackalloc byte[SocketLibc.SockaddrStorageSize];
                if (!SocketAddress.Parse(ts, s.Family, args[^1], "sendto", new Span<byte>(addr, SocketLibc.SockaddrStorageSize), out int len)) return null;
                nint n;
                fixed (byte* p = view.Span)
                {
                    var op = new SendOp { Buf = p, Len = view.Length, Flags = flags, Addr = addr, AddrLen = len };
                    n = s.Call(ts, writing: true, ref op);
                }
                return n < 0 ? null : PyInt.Create((long)n);
            }
            finally { Protocols.ReleaseBuffer(ref view); }
        }, "sendto(data[, flags], address) -> count\n\nLike send(data, flags) but allows specifying the destination address.\nFor IP sockets, the address is a pair (hostaddr, port).");
        SocketMessages.Install(type);
    }

    private static (nint Count, PyObject? Address) RecvFrom(ThreadState ts, PySocket s, byte[] data, int size, int flags)
    {
        byte* addr = stackalloc byte[SocketLibc.SockaddrStorageSize];
        new Span<byte>(addr, SocketLibc.SockaddrStorageSize).Clear();
        int len = SocketAddress.MaxLength(s.Family);
        nint n;
        fixed (byte* p = data)
        {
            var op = new RecvOp { Buf = p, Len = size, Flags = flags, Addr = addr, AddrLen = &len };
            n = s.Call(ts, writing: false, ref op);
        }
        if (n < 0) return (n, null);
        return (n, SocketAddress.Make(ts, new ReadOnlySpan<byte>(addr, SocketLibc.SockaddrStorageSize), len));
    }

    private static PyObject? RecvInto(ThreadState ts, PySocket s, ReadOnlySpan<PyObject> args, PyTuple? kw, ArgSpec spec, bool from)
    {
        var a = new ArgBuffer();
        if (!spec.Parse(ts, args, kw, a)) return null;
        string name = spec.FunctionName;
        if (!Protocols.HasBuffer(a[0]!) || !Protocols.GetBuffer(ts, a[0]!, true, out var view))
        {
            ts.ClearError();
            return ts.TypeError($"{name}() argument 1 must be read-write bytes-like object, not {a[0]!.Type.Name}");
        }
        try
        {
            long size = 0;
            int flags = 0;
            if (a[1] is { } nb && !PosixArgs.SSize(ts, nb, out size)) return null;
            if (a[2] is { } fl && !PosixArgs.CInt(ts, fl, out flags)) return null;
            if (size < 0) return ts.ValueError($"negative buffersize in {name}");
            if (size == 0) size = view.Length;
            else if (size > view.Length)
                return ts.ValueError(from ? "nbytes is greater than the length of the buffer" : "buffer too small for requested bytes");
            if (from)
            {
                // recvfrom into a temporary: the view's memory may not be an array we can pin across calls.
                var data = new byte[size];
                var (n, address) = RecvFrom(ts, s, data, (int)size, flags);
                if (address is null) return null;
                data.AsSpan(0, (int)n).CopyTo(view.Span);
                return PyTuple.Create(PyInt.Create((long)n), address);
            }
            nint count;
            fixed (byte* p = view.Span)
            {
                var op = new RecvOp { Buf = p, Len = (nint)size, Flags = flags };
                count = s.Call(ts, writing: false, ref op);
            }
            return count < 0 ? null : PyInt.Create((long)count);
        }
        finally { Protocols.ReleaseBuffer(ref view); }
    }

    /// <summary>Runs sendmsg/recvmsg through the socket's timeout machinery.</summary>
    internal static nint Message(ThreadState ts, PySocket s, MsgHdr* msg, int flags, bool receive)
    {
        var op = new MsgOp { Msg = msg, Flags = flags, Receive = receive };
        return s.Call(ts, writing: !receive, ref op);
    }
}
