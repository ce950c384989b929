using System.Buffers.Binary;
using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// <c>_socket</c> (Modules/socketmodule.c): the socket type, the resolver functions (in
/// <see cref="SocketResolver"/>), byte-order and address-text conversions, the default timeout, the
/// exception classes and the constants (<see cref="SocketConstants"/>).
/// </summary>
internal static unsafe class SocketModule
{
    private const string Doc = "Implementation module for socket operations.\n\nSee the socket module for documentation.";

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_socket", Doc);
        var state = ts.Interp.GetModuleState<SocketState>();
        state.GaiError ??= ExceptionClass.Create(ts, "socket.gaierror", PyExc.OSError);
        state.HError ??= ExceptionClass.Create(ts, "socket.herror", PyExc.OSError);
        if (state.GaiError is null || state.HError is null) return null;
        m.Set("socket", SocketSlots.TypeObject);
        m.Set("SocketType", SocketSlots.TypeObject);
        m.Set("error", PyExc.OSError);
        m.Set("timeout", PyExc.TimeoutError);
        m.Set("gaierror", state.GaiError);
        m.Set("herror", state.HError);
        m.Set("has_ipv6", PyBool.True);
        m.Set("BDADDR_ANY", PyStr.Create("00:00:00:00:00:00"));
        m.Set("BDADDR_LOCAL", PyStr.Create("00:00:00:FF:FF:FF"));
        m.Set("CAPI", new PyCapsule("_socket.CAPI"));
        foreach (var (name, value) in SocketConstants.All) m.Set(name, PyInt.Create(value));

        m.AddFunction("getdefaulttimeout", static (ts, self) => SocketArgs.TimeoutObject(ts.Interp.GetModuleState<SocketState>().DefaultTimeoutNs),
            "getdefaulttimeout() -> timeout\n\nReturns the default timeout in seconds (float) for new socket objects.\nA value of None indicates that new socket objects have no timeout.\nWhen the socket module is first imported, the default is None.");
        m.AddFunction("setdefaulttimeout", static (ts, self, arg) =>
        {
            if (!SocketArgs.Timeout(ts, arg, out long ns)) return null;
            ts.Interp.GetModuleState<SocketState>().DefaultTimeoutNs = ns;
            return PyNone.Instance;
        }, "setdefaulttimeout(timeout)\n\nSet the default timeout in seconds (float) for new socket objects.\nA value of None indicates that new socket objects have no timeout.\nWhen the socket module is first imported, the default is None.");
        m.AddFunction("close", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int fd)) return null;
            int r, errno;
            using (ts.ReleaseGil()) { r = Libc.close(fd); errno = r < 0 ? Libc.Errno : 0; }
            return r < 0 && errno != 104 ? SocketErrors.FromErrno(ts, errno) : PyNone.Instance;
        }, "close(integer) -> None\n\nClose an integer socket file descriptor.  This is like os.close(), but for\nsockets; on some platforms os.close() won't work for socket file descriptors.");
        m.AddFunction("dup", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int fd)) return null;
            int r = Libc.fcntl(fd, 1030 /* F_DUPFD_CLOEXEC */, 0);
            return r < 0 ? SocketErrors.FromErrno(ts, Libc.Errno) : PyInt.Create(r);
        }, "dup(integer) -> integer\n\nDuplicate an integer socket file descriptor.  This is like os.dup(), but for\nsockets; on some platforms os.dup() won't work for socket file descriptors.");
        m.AddFunction("socketpair", static (ts, self, args, kw) =>
        {
            if (!SocketArgs.VarArgs(ts, "socketpair", args, kw, 0, 3, "")) return null;
            int family = SocketLibc.AF_UNIX, type = SocketLibc.SOCK_STREAM, proto = 0;
            if (args.Length > 0 && !PosixArgs.CInt(ts, args[0], out family)) return null;
            if (args.Length > 1 && !PosixArgs.CInt(ts, args[1], out type)) return null;
            if (args.Length > 2 && !PosixArgs.CInt(ts, args[2], out proto)) return null;
            int* sv = stackalloc int[2];
            int r, errno;
            using (ts.ReleaseGil()) { r = SocketLibc.socketpair(family, type | SocketLibc.SOCK_CLOEXEC, proto, sv); errno = r < 0 ? Libc.Errno : 0; }
            if (r < 0) return SocketErrors.FromErrno(ts, errno);
            var a = new PySocket(SocketSlots.TypeObject);
            var b = new PySocket(SocketSlots.TypeObject);
            if (!a.Init(ts, sv[0], family, type, proto) || !b.Init(ts, sv[1], family, type, proto))
            {
                Libc.close(sv[0]);
                Libc.close(sv[1]);
                return null;
            }
            return PyTuple.Create(a, b);
        }, "socketpair([family[, type [, proto]]]) -> (socket object, socket object)\n\nCreate a pair of socket objects from the sockets returned by the platform\nsocketpair() function.\nThe arguments are the same as for socket() except the default family is\nAF_UNIX if defined on the platform; otherwise, the default is AF_INET.");
        AddByteOrder(m);
        AddAddressText(m);
        m.AddFunction("CMSG_LEN", static (ts, self, arg) =>
        {
            if (!PosixArgs.SSize(ts, arg, out long n)) return null;
            if (n < 0 || n > int.MaxValue - 16) return ts.Raise(PyExc.OverflowError, "CMSG_LEN() argument out of range");
            return PyInt.Create(16 + n);
        }, "CMSG_LEN(length) -> control message length\n\nReturn the total length, without trailing padding, of an ancillary\ndata item with associated data of the given length.  This value can\noften be used as the buffer size for recvmsg() to receive a single\nitem of ancillary data, but RFC 3542 requires portable applications to\nuse CMSG_SPACE() and thus include space for padding, even when the\nitem will be the last in the buffer.  Raises OverflowError if length\nis outside the permissible range of values.");
        m.AddFunction("CMSG_SPACE", static (ts, self, arg) =>
        {
            if (!PosixArgs.SSize(ts, arg, out long n)) return null;
            if (n < 0 || n > int.MaxValue - 24) return ts.Raise(PyExc.OverflowError, "CMSG_SPACE() argument out of range");
            return PyInt.Create(16 + SocketMessages.Align(n));
        }, "CMSG_SPACE(length) -> buffer size\n\nReturn the buffer size needed for recvmsg() to receive an ancillary\ndata item with associated data of the given length, along with any\ntrailing padding.  The buffer space needed to receive multiple items\nis the sum of the CMSG_SPACE() values for their associated data\nlengths.  Raises OverflowError if length is outside the permissible\nrange of values.");
        SocketResolver.Install(m);
        return m;
    }

    private static void AddByteOrder(PyModule m)
    {
        m.AddFunction("htons", static (ts, self, arg) => Short(ts, arg, "htons"), "htons(integer) -> integer\n\nConvert a 16-bit unsigned integer from host to network byte order.");
        m.AddFunction("ntohs", static (ts, self, arg) => Short(ts, arg, "ntohs"), "ntohs(integer) -> integer\n\nConvert a 16-bit unsigned integer from network to host byte order.");
        m.AddFunction("htonl", static (ts, self, arg) => Long(ts, arg), "htonl(integer) -> integer\n\nConvert a 32-bit integer from host to network byte order.");
        m.AddFunction("ntohl", static (ts, self, arg) => Long(ts, arg), "ntohl(integer) -> integer\n\nConvert a 32-bit integer from network to host byte order.");
    }

    private static PyObject? Short(ThreadState ts, PyObject arg, string name)
    {
        if (!PosixArgs.CInt(ts, arg, out int x)) return null;
        if (x < 0) return ts.Raise(PyExc.OverflowError, $"{name}: can't convert negative Python int to C 16-bit unsigned integer");
        if (x > 0xffff) return ts.Raise(PyExc.OverflowError, $"{name}: Python int too large to convert to C 16-bit unsigned integer");
        return PyInt.Create(BinaryPrimitives.ReverseEndianness((ushort)x));
    }

    private static PyObject? Long(ThreadState ts, PyObject arg)
    {
        if (arg is not PyInt i) return ts.TypeError($"expected int, {arg.Type.Name} found");
        if (i.Sign < 0) return ts.Raise(PyExc.OverflowError, "can't convert negative value to unsigned int");
        if (!i.TryGetLong(out long v) || v > uint.MaxValue) return ts.Raise(PyExc.OverflowError, "int larger than 32 bits");
        return PyInt.Create(BinaryPrimitives.ReverseEndianness((uint)v));
    }

    private static void AddAddressText(PyModule m)
    {
        m.AddFunction("inet_aton", static (ts, self, arg) =>
        {
            if (arg is not PyStr s) return ts.TypeError($"inet_aton() argument 1 must be str, not {arg.Type.Name}");
            var text = SocketAddress.CString(Encoding.UTF8.GetBytes(s.ToString()));
            uint addr;
            fixed (byte* p = text)
                if (SocketLibc.inet_aton(p, &addr) == 0) return ts.Raise(PyExc.OSError, "illegal IP address string passed to inet_aton");
            var bytes = new byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(bytes, addr);
            return PyBytes.Create(bytes);
        }, "inet_aton(string) -> bytes giving packed 32-bit IP representation\n\nConvert an IP address in string format (123.45.67.89) to the 32-bit packed\nbinary format used in low-level network functions.");
        m.AddFunction("inet_ntoa", static (ts, self, arg) =>
        {
            if (!Protocols.GetBuffer(ts, arg, false, out var view)) return null;
            try
            {
                if (view.Length != 4) return ts.Raise(PyExc.OSError, "packed IP wrong length for inet_ntoa");
                return PyStr.Create(SocketAddress.Ntop(SocketLibc.AF_INET, view.Span));
            }
            finally { Protocols.ReleaseBuffer(ref view); }
        }, "inet_ntoa(packed_ip) -> ip_address_string\n\nConvert an IP address from 32-bit packed binary format to string format");
        m.AddFunction("inet_pton", static (ts, self, args, kw) =>
        {
            if (!SocketArgs.VarArgs(ts, "inet_pton", args, kw, 2, 2, "")) return null;
            if (!PosixArgs.CInt(ts, args[0], out int af)) return null;
            if (args[1] is not PyStr s) return ts.TypeError($"inet_pton() argument 2 must be str, not {args[1].Type.Name}");
            var text = SocketAddress.CString(Encoding.UTF8.GetBytes(s.ToString()));
            byte* packed = stackalloc byte[16];
            int r;
            fixed (byte* p = text) r = SocketLibc.inet_pton(af, p, packed);
            if (r < 0) return SocketErrors.FromErrno(ts, Libc.Errno);
            if (r == 0) return ts.Raise(PyExc.OSError, "illegal IP address string passed to inet_pton");
            return PyBytes.Create(new ReadOnlySpan<byte>(packed, af == SocketLibc.AF_INET ? 4 : 16));
        }, "inet_pton(af, ip) -> packed IP address string\n\nConvert an IP address from string format to a packed string suitable\nfor use with low-level network functions.");
        m.AddFunction("inet_ntop", static (ts, self, args, kw) =>
        {
            if (!SocketArgs.VarArgs(ts, "inet_ntop", args, kw, 2, 2, "")) return null;
            if (!PosixArgs.CInt(ts, args[0], out int af)) return null;
            if (!Protocols.GetBuffer(ts, args[1], false, out var view)) return null;
            try
            {
                if (af == SocketLibc.AF_INET ? view.Length != 4 : af == SocketLibc.AF_INET6 ? view.Length != 16 : false)
                    return ts.ValueError("invalid length of packed IP address string");
                if (af is not (SocketLibc.AF_INET or SocketLibc.AF_INET6)) return ts.ValueError($"unknown address family {af}");
                return PyStr.Create(SocketAddress.Ntop(af, view.Span));
            }
            finally { Protocols.ReleaseBuffer(ref view); }
        }, "inet_ntop(af, packed_ip) -> string formatted IP address\n\nConvert a packed IP address of the given family to string format.");
    }
}

