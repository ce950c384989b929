using System.Buffers.Binary;
using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// Socket addresses between Python and C (CPython's getsockaddrarg, makesockaddr, setipaddr and
/// idna_converter): <c>(host, port)</c> for AF_INET, <c>(host, port, flowinfo, scope_id)</c> for
/// AF_INET6, a path (str or bytes; a leading NUL is Linux's abstract namespace) for AF_UNIX.
/// </summary>
internal static unsafe class SocketAddress
{
    /// <summary>getsockaddrlen: the room a family's addresses need.</summary>
    public static int MaxLength(int family) => family switch
    {
        SocketLibc.AF_INET => 16,
        SocketLibc.AF_INET6 => 28,
        SocketLibc.AF_UNIX => 110,
        _ => SocketLibc.SockaddrStorageSize,
    };

    /// <summary>idna_converter: a host name as bytes (str is IDNA-encoded unless ASCII).</summary>
    public static bool HostBytes(ThreadState ts, PyObject obj, out byte[] host)
    {
        host = [];
        if (obj is PyBytes b) host = b.Value.ToArray();
        else if (obj is PyByteArray ba) host = ba.AsSpan().ToArray();
        else if (obj is PyStr s)
        {
            if (s.IsAscii) host = Encoding.ASCII.GetBytes(s.ToString());
            else
            {
                var encoded = Protocols.CallMethod(ts, s, "encode", [PyStr.Create("idna")]);
                if (encoded is not PyBytes eb)
                {
                    ts.ClearError();
                    ts.SetError(PyExc.TypeError, "encoding of hostname failed");
                    return false;
                }
                host = eb.Value.ToArray();
            }
        }
        else
        {
            ts.SetError(PyExc.TypeError, $"str, bytes or bytearray expected, not {obj.Type.Name}");
            return false;
        }
        if (Array.IndexOf(host, (byte)0) >= 0)
        {
            ts.SetError(PyExc.TypeError, "host name must not contain null character");
            return false;
        }
        return true;
    }

    /// <summary>A NUL-terminated copy of <paramref name="text"/> for C.</summary>
    public static byte[] CString(ReadOnlySpan<byte> text)
    {
        var z = new byte[text.Length + 1];
        text.CopyTo(z);
        return z;
    }

    /// <summary>setipaddr: resolves <paramref name="name"/> into <paramref name="addr"/> (zeroed first):
    /// "" is the wildcard, "&lt;broadcast&gt;" INADDR_BROADCAST, numeric addresses are parsed without a
    /// lookup. Returns the address size (4 or 16), or -1 with the error set.</summary>
    public static int SetIpAddr(ThreadState ts, byte[] name, Span<byte> addr, int af)
    {
        addr.Clear();
        AddrInfo hints = default;
        AddrInfo* res = null;
        int error;
        if (name.Length == 0)
        {
            hints.Family = af;
            hints.SockType = SocketLibc.SOCK_DGRAM;
            hints.Flags = SocketLibc.AI_PASSIVE;
            fixed (byte* zero = "0\0"u8)
                using (ts.ReleaseGil()) error = SocketLibc.getaddrinfo(null, zero, &hints, &res);
            if (error != 0) return SocketErrors.GaiError(ts, error);
            int size = res->Family switch { SocketLibc.AF_INET => 4, SocketLibc.AF_INET6 => 16, _ => 0 };
            if (size == 0 || res->Next != null)
            {
                SocketLibc.freeaddrinfo(res);
                ts.SetError(PyExc.OSError, size == 0 ? "unsupported address family" : "wildcard resolved to multiple address");
                return -1;
            }
            new ReadOnlySpan<byte>(res->Addr, Math.Min(res->AddrLen, addr.Length)).CopyTo(addr);
            SocketLibc.freeaddrinfo(res);
            return size;
        }
        if (name.AsSpan().SequenceEqual("255.255.255.255"u8) || name.AsSpan().SequenceEqual("<broadcast>"u8))
        {
            if (af != SocketLibc.AF_INET && af != SocketLibc.AF_UNSPEC)
            {
                ts.SetError(PyExc.OSError, "address family mismatched");
                return -1;
            }
            BinaryPrimitives.WriteUInt16LittleEndian(addr, SocketLibc.AF_INET);
            addr.Slice(4, 4).Fill(0xff);
            return 4;
        }
        var z = CString(name);
        fixed (byte* p = z)
        fixed (byte* a = addr)
        {
            if (af is SocketLibc.AF_UNSPEC or SocketLibc.AF_INET && SocketLibc.inet_pton(SocketLibc.AF_INET, p, a + 4) > 0)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(addr, SocketLibc.AF_INET);
                return 4;
            }
            addr.Clear();
            if (af is SocketLibc.AF_UNSPEC or SocketLibc.AF_INET6 && Array.IndexOf(name, (byte)'%') < 0
                && SocketLibc.inet_pton(SocketLibc.AF_INET6, p, a + 8) > 0)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(addr, SocketLibc.AF_INET6);
                return 16;
            }
            addr.Clear();
            hints.Family = af;
            using (ts.ReleaseGil()) error = SocketLibc.getaddrinfo(p, null, &hints, &res);
        }
        if (error != 0) return SocketErrors.GaiError(ts, error);
        new ReadOnlySpan<byte>(res->Addr, Math.Min(res->AddrLen, addr.Length)).CopyTo(addr);
        SocketLibc.freeaddrinfo(res);
        switch (BinaryPrimitives.ReadUInt16LittleEndian(addr))
        {
            case SocketLibc.AF_INET: return 4;
            case SocketLibc.AF_INET6: return 16;
            default:
                ts.SetError(PyExc.OSError, "unknown address family");
                return -1;
        }
    }

    /// <summary>getsockaddrarg: a Python address for a socket of <paramref name="family"/> into
    /// <paramref name="buf"/> (128 bytes). <paramref name="caller"/> names the method in messages.</summary>
    public static bool Parse(ThreadState ts, int family, PyObject address, string caller, Span<byte> buf, out int len)
    {
        len = 0;
        buf.Clear();
        switch (family)
        {
            case SocketLibc.AF_UNIX:
            {
                byte[] path;
                if (address is PyStr s)
                {
                    var encoded = FsEncoding.Encode(ts, s);
                    if (encoded is null) return false;
                    path = encoded;
                }
                else if (address is PyBytes b) path = b.Value.ToArray();
                else if (Protocols.HasBuffer(address))
                {
                    if (!Protocols.GetBuffer(ts, address, false, out var view)) return false;
                    path = view.Span.ToArray();
                    Protocols.ReleaseBuffer(ref view);
                }
                else
                {
                    ts.SetError(PyExc.TypeError, $"a bytes-like object is required, not '{address.Type.Name}'");
                    return false;
                }
                bool abstractName = path.Length == 0 || path[0] == 0;
                if (abstractName ? path.Length > SocketLibc.SunPathSize : path.Length >= SocketLibc.SunPathSize)
                {
                    ts.SetError(PyExc.OSError, "AF_UNIX path too long");
                    return false;
                }
                BinaryPrimitives.WriteUInt16LittleEndian(buf, SocketLibc.AF_UNIX);
                path.CopyTo(buf[2..]);
                len = path.Length + 2 + (abstractName ? 0 : 1);
                return true;
            }
            case SocketLibc.AF_INET:
            case SocketLibc.AF_INET6:
            {
                bool v6 = family == SocketLibc.AF_INET6;
                string name = v6 ? "AF_INET6" : "AF_INET";
                if (address is not PyTuple t)
                {
                    ts.SetError(PyExc.TypeError, $"{caller}(): {name} address must be tuple, not {address.Type.Name}");
                    return false;
                }
                string shape = v6 ? "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])" : "AF_INET address must be a pair (host, port)";
                if (t.Length < 2 || t.Length > (v6 ? 4 : 2))
                {
                    ts.SetError(PyExc.TypeError, shape);
                    return false;
                }
                if (!HostBytes(ts, t.Items[0], out var host)) return false;
                if (!PosixArgs.CInt(ts, t.Items[1], out int port))
                {
                    if (ts.ErrorMatches(PyExc.OverflowError)) { ts.ClearError(); ts.SetError(PyExc.OverflowError, $"{caller}(): port must be 0-65535."); }
                    return false;
                }
                uint flowinfo = 0, scope = 0;
                if (v6 && t.Length > 2 && !UnsignedInt(ts, t.Items[2], out flowinfo)) return false;
                if (v6 && t.Length > 3 && !UnsignedInt(ts, t.Items[3], out scope)) return false;
                if (SetIpAddr(ts, host, buf[..(v6 ? 28 : 16)], family) < 0) return false;
                if (port < 0 || port > 0xffff)
                {
                    ts.SetError(PyExc.OverflowError, $"{caller}(): port must be 0-65535.");
                    return false;
                }
                if (flowinfo > 0xfffff)
                {
                    ts.SetError(PyExc.OverflowError, $"{caller}(): flowinfo must be 0-1048575.");
                    return false;
                }
                BinaryPrimitives.WriteUInt16LittleEndian(buf, (ushort)family);
                BinaryPrimitives.WriteUInt16BigEndian(buf[2..], (ushort)port);
                if (v6)
                {
                    BinaryPrimitives.WriteUInt32BigEndian(buf[4..], flowinfo);
                    BinaryPrimitives.WriteUInt32LittleEndian(buf[24..], scope);
                }
                len = v6 ? 28 : 16;
                return true;
            }
            default:
                ts.SetError(PyExc.OSError, $"{caller}(): bad family");
                return false;
        }
    }

    /// <summary>The 'I' converter: an unsigned C int, wrapping as CPython's does not check range beyond
    /// unsigned long.</summary>
    public static bool UnsignedInt(ThreadState ts, PyObject obj, out uint value)
    {
        value = 0;
        if (obj is PyFloat) { ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer"); return false; }
        var i = Protocols.Index(ts, obj);
        if (i is null) return false;
        if (!i.TryGetLong(out long v)) { ts.SetError(PyExc.OverflowError, "Python int too large to convert to C unsigned long"); return false; }
        value = unchecked((uint)v);
        return true;
    }

    /// <summary>makesockaddr: the Python form of a C address (None when empty).</summary>
    public static PyObject? Make(ThreadState ts, ReadOnlySpan<byte> addr, int len)
    {
        if (len == 0) return PyNone.Instance;
        int family = BinaryPrimitives.ReadUInt16LittleEndian(addr);
        switch (family)
        {
            case SocketLibc.AF_INET:
                return PyTuple.Create(PyStr.Create(Ntop(SocketLibc.AF_INET, addr.Slice(4, 4))),
                    PyInt.Create(BinaryPrimitives.ReadUInt16BigEndian(addr[2..])));
            case SocketLibc.AF_INET6:
                return PyTuple.Create([PyStr.Create(Ntop(SocketLibc.AF_INET6, addr.Slice(8, 16))),
                    PyInt.Create(BinaryPrimitives.ReadUInt16BigEndian(addr[2..])),
                    PyInt.Create(BinaryPrimitives.ReadUInt32BigEndian(addr[4..])),
                    PyInt.Create(BinaryPrimitives.ReadUInt32LittleEndian(addr[24..]))]);
            case SocketLibc.AF_UNIX:
            {
                int pathLen = Math.Min(len - 2, SocketLibc.SunPathSize);
                if (pathLen > 0 && addr[2] == 0) return PyBytes.Create(addr.Slice(2, pathLen).ToArray());
                var path = addr.Slice(2, Math.Max(pathLen, 0));
                int nul = path.IndexOf((byte)0);
                return FsEncoding.Decode(nul >= 0 ? path[..nul] : path);
            }
            default:
                return PyTuple.Create(PyInt.Create(family), PyBytes.Create(addr.Slice(2, 14).ToArray()));
        }
    }

    /// <summary>inet_ntop for a 4- or 16-byte address.</summary>
    public static string Ntop(int af, ReadOnlySpan<byte> packed)
    {
        byte* text = stackalloc byte[64];
        fixed (byte* p = packed)
            if (SocketLibc.inet_ntop(af, p, text, 64) is null) return "";
        return Encoding.ASCII.GetString(Libc.CString(text));
    }
}
