using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Kaa.Runtime;

/// <summary>The name-service functions of <c>_socket</c>: getaddrinfo/getnameinfo, the host, service and
/// protocol databases, the host name and the interface index table (all through libc's resolver).</summary>
internal static unsafe class SocketResolver
{
    private static readonly ArgSpec GetAddrInfoSpec = new("getaddrinfo", ["host", "port", "family", "type", "proto", "flags"], required: 2, positionalOnly: 0);

    internal static void Install(PyModule m)
    {
        m.AddFunction("getaddrinfo", GetAddrInfo, "getaddrinfo(host, port [, family, type, proto, flags])\n    -> list of (family, type, proto, canonname, sockaddr)\n\nResolve host and port into addrinfo struct.");
        m.AddFunction("getnameinfo", GetNameInfo, "getnameinfo(sockaddr, flags) --> (host, port)\n\nGet host and port for a sockaddr.");
        m.AddFunction("gethostname", static (ts, self) =>
        {
            byte* buf = stackalloc byte[1025];
            int r;
            using (ts.ReleaseGil()) r = SocketLibc.gethostname(buf, 1024);
            if (r < 0) return SocketErrors.FromErrno(ts, Libc.Errno);
            buf[1024] = 0;
            return FsEncoding.Decode(Libc.CString(buf));
        }, "gethostname() -> string\n\nReturn the current host name.");
        m.AddFunction("sethostname", static (ts, self, arg) =>
        {
            byte[]? name = arg is PyStr s ? FsEncoding.Encode(ts, s) : arg is PyBytes b ? b.Value : null;
            if (name is null) return ts.HasError ? null : ts.TypeError($"sethostname() argument 1 must be str or bytes, not {arg.Type.Name}");
            int r;
            fixed (byte* p = name) r = SocketLibc.sethostname(p, name.Length);
            return r < 0 ? SocketErrors.FromErrno(ts, Libc.Errno) : PyNone.Instance;
        }, "sethostname(name)\n\nSets the hostname to name.");
        m.AddFunction("gethostbyname", static (ts, self, arg) =>
        {
            if (!HostName(ts, arg, "gethostbyname", out var name)) return null;
            Span<byte> addr = stackalloc byte[SocketLibc.SockaddrStorageSize];
            if (SocketAddress.SetIpAddr(ts, name, addr, SocketLibc.AF_INET) < 0) return null;
            return PyStr.Create(SocketAddress.Ntop(SocketLibc.AF_INET, addr.Slice(4, 4)));
        }, "gethostbyname(host) -> address\n\nReturn the IP address (a string of the form '255.255.255.255') for a host.");
        m.AddFunction("gethostbyname_ex", static (ts, self, arg) =>
        {
            if (!HostName(ts, arg, "gethostbyname_ex", out var name)) return null;
            Span<byte> addr = stackalloc byte[SocketLibc.SockaddrStorageSize];
            if (SocketAddress.SetIpAddr(ts, name, addr, SocketLibc.AF_INET) < 0) return null;
            return LookUpHost(ts, name, null, SocketLibc.AF_INET);
        }, "gethostbyname_ex(host) -> (name, aliaslist, addresslist)\n\nReturn the true host name, a list of aliases, and a list of IP addresses,\nfor a host.  The host argument is a string giving a host name or IP number.");
        m.AddFunction("gethostbyaddr", static (ts, self, arg) =>
        {
            if (!HostName(ts, arg, "gethostbyaddr", out var name)) return null;
            Span<byte> addr = stackalloc byte[SocketLibc.SockaddrStorageSize];
            if (SocketAddress.SetIpAddr(ts, name, addr, SocketLibc.AF_UNSPEC) < 0) return null;
            int family = BinaryPrimitives.ReadUInt16LittleEndian(addr);
            var packed = family == SocketLibc.AF_INET ? addr.Slice(4, 4).ToArray() : addr.Slice(8, 16).ToArray();
            return LookUpHost(ts, null, packed, family);
        }, "gethostbyaddr(host) -> (name, aliaslist, addresslist)\n\nReturn the true host name, a list of aliases, and a list of IP addresses,\nfor a host.  The host argument is a string giving a host name or IP number.");
        m.AddFunction("getservbyname", static (ts, self, args, kw) =>
        {
            if (!SocketArgs.VarArgs(ts, "getservbyname", args, kw, 1, 2, "")) return null;
            if (!StrArg(ts, args[0], "getservbyname", 1, out var name)) return null;
            byte[]? proto = null;
            if (args.Length > 1 && !StrArg(ts, args[1], "getservbyname", 2, out proto)) return null;
            ServEnt ent;
            ServEnt* result = null;
            byte* buf = stackalloc byte[4096];
            fixed (byte* n = name)
            fixed (byte* p = proto)
                using (ts.ReleaseGil()) SocketLibc.getservbyname_r(n, p, &ent, buf, 4096, &result);
            if (result is null) return ts.Raise(PyExc.OSError, "service/proto not found");
            return PyInt.Create(BinaryPrimitives.ReverseEndianness((ushort)result->Port));
        }, "getservbyname(servicename[, protocolname]) -> integer\n\nReturn a port number from a service name and protocol name.\nThe optional protocol name, if given, should be 'tcp' or 'udp',\notherwise any protocol will match.");
        m.AddFunction("getservbyport", static (ts, self, args, kw) =>
        {
            if (!SocketArgs.VarArgs(ts, "getservbyport", args, kw, 1, 2, "")) return null;
            if (!PosixArgs.CInt(ts, args[0], out int port)) return null;
            byte[]? proto = null;
            if (args.Length > 1 && !StrArg(ts, args[1], "getservbyport", 2, out proto)) return null;
            if (port < 0 || port > 0xffff) return ts.Raise(PyExc.OverflowError, "getservbyport: port must be 0-65535.");
            ServEnt ent;
            ServEnt* result = null;
            byte* buf = stackalloc byte[4096];
            fixed (byte* p = proto)
                using (ts.ReleaseGil()) SocketLibc.getservbyport_r(BinaryPrimitives.ReverseEndianness((ushort)port), p, &ent, buf, 4096, &result);
            if (result is null) return ts.Raise(PyExc.OSError, "port/proto not found");
            return PyStr.Create(Encoding.UTF8.GetString(Libc.CString(result->Name)));
        }, "getservbyport(port[, protocolname]) -> string\n\nReturn the service name from a port number and protocol name.\nThe optional protocol name, if given, should be 'tcp' or 'udp',\notherwise any protocol will match.");
        m.AddFunction("getprotobyname", static (ts, self, arg) =>
        {
            if (!StrArg(ts, arg, "getprotobyname", 0, out var name)) return null;
            ProtoEnt ent;
            ProtoEnt* result = null;
            byte* buf = stackalloc byte[4096];
            fixed (byte* n = name) SocketLibc.getprotobyname_r(n, &ent, buf, 4096, &result);
            if (result is null) return ts.Raise(PyExc.OSError, "protocol not found");
            return PyInt.Create(result->Proto);
        }, "getprotobyname(name) -> integer\n\nReturn the protocol number for the named protocol.  (Rarely used.)");
        m.AddFunction("if_nameindex", static (ts, self) =>
        {
            var list = SocketLibc.if_nameindex();
            if (list is null) return SocketErrors.FromErrno(ts, Libc.Errno);
            var result = new PyList();
            for (var p = list; p->Index != 0; p++)
                result.Append(PyTuple.Create(PyInt.Create(p->Index), FsEncoding.Decode(Libc.CString(p->Name))));
            SocketLibc.if_freenameindex(list);
            return result;
        }, "if_nameindex()\n\nReturns a list of network interface information (index, name) tuples.");
        m.AddFunction("if_nametoindex", static (ts, self, arg) =>
        {
            byte[]? name = arg is PyStr s ? FsEncoding.Encode(ts, s) : arg is PyBytes b ? b.Value : null;
            if (name is null) return ts.HasError ? null : ts.TypeError($"expected str, bytes or os.PathLike object, not {arg.Type.Name}");
            var z = SocketAddress.CString(name);
            uint index;
            fixed (byte* p = z) index = SocketLibc.if_nametoindex(p);
            if (index == 0) return ts.Raise(PyExc.OSError, "no interface with this name");
            return PyInt.Create(index);
        }, "if_nametoindex(if_name)\n\nReturns the interface index corresponding to the interface name if_name.");
        m.AddFunction("if_indextoname", static (ts, self, arg) =>
        {
            if (arg is not PyInt) return ts.TypeError("an integer is required");
            if (!SocketAddress.UnsignedInt(ts, arg, out uint index)) return null;
            byte* buf = stackalloc byte[17];
            if (SocketLibc.if_indextoname(index, buf) is null) return SocketErrors.FromErrno(ts, Libc.Errno);
            return FsEncoding.Decode(Libc.CString(buf));
        }, "if_indextoname(if_index)\n\nReturns the interface name corresponding to the interface index if_index.");
    }

    /// <summary>The 's' converter: a str without NUL as UTF-8, NUL-terminated.</summary>
    private static bool StrArg(ThreadState ts, PyObject obj, string func, int position, out byte[] value)
    {
        value = [];
        if (obj is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, position == 0 ? $"{func}() argument must be str, not {obj.Type.Name}" : $"{func}() argument {position} must be str, not {obj.Type.Name}");
            return false;
        }
        var text = Encoding.UTF8.GetBytes(s.ToString());
        if (Array.IndexOf(text, (byte)0) >= 0) { ts.SetError(PyExc.ValueError, "embedded null character"); return false; }
        value = SocketAddress.CString(text);
        return true;
    }

    /// <summary>The "et" converter with the idna encoding: str (IDNA-encoded), bytes or bytearray.</summary>
    private static bool HostName(ThreadState ts, PyObject obj, string func, out byte[] name)
    {
        if (obj is PyStr or PyBytes or PyByteArray) return SocketAddress.HostBytes(ts, obj, out name);
        name = [];
        ts.SetError(PyExc.TypeError, $"{func}() argument 1 must be str, bytes or bytearray, not {obj.Type.Name}");
        return false;
    }

    /// <summary>gethostbyname_r / gethostbyaddr_r and gethost_common: (name, aliases, addresses).</summary>
    private static PyObject? LookUpHost(ThreadState ts, byte[]? name, byte[]? packed, int family)
    {
        HostEnt ent;
        HostEnt* result = null;
        int herrno = 0;
        var buf = new byte[16384];
        fixed (byte* b = buf)
        {
            if (name is not null)
            {
                var z = SocketAddress.CString(name);
                fixed (byte* n = z)
                    using (ts.ReleaseGil()) SocketLibc.gethostbyname2_r(n, family, &ent, b, buf.Length, &result, &herrno);
            }
            else
            {
                fixed (byte* a = packed)
                    using (ts.ReleaseGil()) SocketLibc.gethostbyaddr_r(a, packed!.Length, family, &ent, b, buf.Length, &result, &herrno);
            }
            if (result is null) return SocketErrors.HError(ts, herrno);
            var aliases = new PyList();
            for (byte** p = result->Aliases; p is not null && *p is not null; p++)
                aliases.Append(PyStr.Create(Encoding.UTF8.GetString(Libc.CString(*p))));
            var addresses = new PyList();
            for (byte** p = result->AddrList; p is not null && *p is not null; p++)
                addresses.Append(PyStr.Create(SocketAddress.Ntop(result->AddrType, new ReadOnlySpan<byte>(*p, result->Length))));
            return PyTuple.Create([PyStr.Create(Encoding.UTF8.GetString(Libc.CString(result->Name))), aliases, addresses]);
        }
    }

    private static PyObject? GetAddrInfo(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!GetAddrInfoSpec.Parse(ts, args, kw, a)) return null;
        int family = 0, type = 0, proto = 0, flags = 0;
        if (a[2] is { } f && !PosixArgs.CInt(ts, f, out family)) return null;
        if (a[3] is { } t && !PosixArgs.CInt(ts, t, out type)) return null;
        if (a[4] is { } p && !PosixArgs.CInt(ts, p, out proto)) return null;
        if (a[5] is { } fl && !PosixArgs.CInt(ts, fl, out flags)) return null;
        byte[]? host;
        var hostObj = a[0]!;
        if (hostObj is PyNone) host = null;
        else if (hostObj is PyStr hs)
        {
            var encoded = Protocols.CallMethod(ts, hs, "encode", [PyStr.Create("idna")]);
            if (encoded is not PyBytes eb) return null;
            host = eb.Value;
        }
        else if (hostObj is PyBytes hb) host = hb.Value;
        else return ts.TypeError("getaddrinfo() argument 1 must be string or None");
        byte[]? port;
        var portObj = a[1]!;
        if (portObj is PyInt pi) port = Encoding.ASCII.GetBytes(pi.ToString());
        else if (portObj is PyStr ps) port = Encoding.UTF8.GetBytes(ps.ToString());
        else if (portObj is PyBytes pb) port = pb.Value;
        else if (portObj is PyNone) port = null;
        else return ts.Raise(PyExc.OSError, "Int or String expected");
        if (host is not null && Array.IndexOf(host, (byte)0) >= 0) return ts.ValueError("embedded null character");
        var hints = new AddrInfo { Family = family, SockType = type, Protocol = proto, Flags = flags };
        AddrInfo* res = null;
        int error;
        var hz = host is null ? null : SocketAddress.CString(host);
        var pz = port is null ? null : SocketAddress.CString(port);
        fixed (byte* h = hz)
        fixed (byte* s = pz)
            using (ts.ReleaseGil()) error = SocketLibc.getaddrinfo(h, s, &hints, &res);
        if (error != 0) return SocketErrors.GaiError(ts, error) < 0 ? null : null;
        var list = new PyList();
        for (var r = res; r is not null; r = r->Next)
        {
            var addr = SocketAddress.Make(ts, new ReadOnlySpan<byte>(r->Addr, Math.Max(r->AddrLen, 16)), r->AddrLen);
            if (addr is null) { SocketLibc.freeaddrinfo(res); return null; }
            var canon = r->CanonName is null ? PyStr.Create("") : PyStr.Create(Encoding.UTF8.GetString(Libc.CString(r->CanonName)));
            list.Append(PyTuple.Create([PyInt.Create(r->Family), PyInt.Create(r->SockType), PyInt.Create(r->Protocol), canon, addr]));
        }
        if (res is not null) SocketLibc.freeaddrinfo(res);
        return list;
    }

    private static PyObject? GetNameInfo(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!SocketArgs.VarArgs(ts, "getnameinfo", args, kw, 2, 2, "")) return null;
        if (args[0] is not PyTuple sa) return ts.TypeError("getnameinfo() argument 1 must be a tuple");
        if (!PosixArgs.CInt(ts, args[1], out int flags)) return null;
        if (sa.Length < 2 || sa.Length > 4 || sa.Items[0] is not PyStr hostStr)
            return ts.TypeError("getnameinfo(): illegal sockaddr argument");
        if (!PosixArgs.CInt(ts, sa.Items[1], out int port)) return null;
        uint flowinfo = 0, scope = 0;
        if (sa.Length > 2 && !SocketAddress.UnsignedInt(ts, sa.Items[2], out flowinfo)) return null;
        if (sa.Length > 3 && !SocketAddress.UnsignedInt(ts, sa.Items[3], out scope)) return null;
        if (flowinfo > 0xfffff) return ts.Raise(PyExc.OverflowError, "getnameinfo(): flowinfo must be 0-1048575.");
        var host = SocketAddress.CString(Encoding.UTF8.GetBytes(hostStr.ToString()));
        var portText = SocketAddress.CString(Encoding.ASCII.GetBytes(port.ToString()));
        var hints = new AddrInfo { Family = SocketLibc.AF_UNSPEC, SockType = SocketLibc.SOCK_DGRAM, Flags = SocketLibc.AI_NUMERICHOST };
        AddrInfo* res = null;
        int error;
        fixed (byte* h = host)
        fixed (byte* s = portText)
            using (ts.ReleaseGil()) error = SocketLibc.getaddrinfo(h, s, &hints, &res);
        if (error != 0) { SocketErrors.GaiError(ts, error); return null; }
        if (res->Next is not null)
        {
            SocketLibc.freeaddrinfo(res);
            return ts.Raise(PyExc.OSError, "sockaddr resolved to multiple addresses");
        }
        byte* addr = stackalloc byte[SocketLibc.SockaddrStorageSize];
        int len = Math.Min(res->AddrLen, SocketLibc.SockaddrStorageSize);
        new ReadOnlySpan<byte>(res->Addr, len).CopyTo(new Span<byte>(addr, SocketLibc.SockaddrStorageSize));
        int family = res->Family;
        SocketLibc.freeaddrinfo(res);
        if (family == SocketLibc.AF_INET && sa.Length != 2) return ts.Raise(PyExc.OSError, "IPv4 sockaddr must be 2 tuple");
        if (family == SocketLibc.AF_INET6)
        {
            BinaryPrimitives.WriteUInt32BigEndian(new Span<byte>(addr + 4, 4), flowinfo);
            BinaryPrimitives.WriteUInt32LittleEndian(new Span<byte>(addr + 24, 4), scope);
        }
        byte* hbuf = stackalloc byte[1025];
        byte* pbuf = stackalloc byte[32];
        using (ts.ReleaseGil()) error = SocketLibc.getnameinfo(addr, len, hbuf, 1025, pbuf, 32, flags);
        if (error != 0) { SocketErrors.GaiError(ts, error); return null; }
        return PyTuple.Create(PyStr.Create(Encoding.UTF8.GetString(Libc.CString(hbuf))), PyStr.Create(Encoding.UTF8.GetString(Libc.CString(pbuf))));
    }
}
