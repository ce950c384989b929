using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>sendmsg/recvmsg/recvmsg_into of <c>_socket.socket</c>: scatter/gather buffers and ancillary
/// data (control messages laid out as Linux's 64-bit struct cmsghdr: a size_t length, level, type, then
/// the data aligned to 8 bytes).</summary>
internal static unsafe class SocketMessages
{
    private const int CmsgHeader = 16;

    internal static int Align(long n) => (int)((n + 7) & ~7L);

    internal static void Install(PyType type)
    {
        type.AddMethod("sendmsg", SendMsg, "sendmsg(buffers[, ancdata[, flags[, address]]]) -> count\n\nSend normal and ancillary data to the socket, gathering the\nnon-ancillary data from a series of buffers and concatenating it into\na single message.  The buffers argument specifies the non-ancillary\ndata as an iterable of bytes-like objects (e.g. bytes objects).\nThe ancdata argument specifies the ancillary data (control messages)\nas an iterable of zero or more tuples (cmsg_level, cmsg_type,\ncmsg_data), where cmsg_level and cmsg_type are integers specifying the\nprotocol level and protocol-specific type respectively, and cmsg_data\nis a bytes-like object holding the associated data.  The flags\nargument defaults to 0 and has the same meaning as for send().  If\naddress is supplied and not None, it sets a destination address for\nthe message.  The return value is the number of bytes of non-ancillary\ndata sent.");
        type.AddMethod("recvmsg", static (ts, self, args, kw) =>
        {
            if (!SocketArgs.VarArgs(ts, "recvmsg", args, kw, 1, 3)) return null;
            if (!PosixArgs.SSize(ts, args[0], out long size)) return null;
            long anc = 0;
            int flags = 0;
            if (args.Length > 1 && !PosixArgs.SSize(ts, args[1], out anc)) return null;
            if (args.Length > 2 && !PosixArgs.CInt(ts, args[2], out flags)) return null;
            if (size < 0) return ts.ValueError("negative buffer size in recvmsg()");
            var data = new byte[size];
            var r = Receive(ts, (PySocket)self, [data], anc, flags, out long n);
            if (r is null) return null;
            return PyTuple.Create([PyBytes.Create(data.AsSpan(0, (int)n)), r.Items[0], r.Items[1], r.Items[2]]);
        }, "recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address)\n\nReceive normal data (up to bufsize bytes) and ancillary data from the\nsocket.");
        type.AddMethod("recvmsg_into", static (ts, self, args, kw) =>
        {
            if (!SocketArgs.VarArgs(ts, "recvmsg_into", args, kw, 1, 3)) return null;
            long anc = 0;
            int flags = 0;
            if (args.Length > 1 && !PosixArgs.SSize(ts, args[1], out anc)) return null;
            if (args.Length > 2 && !PosixArgs.CInt(ts, args[2], out flags)) return null;
            var items = Protocols.ToList(ts, args[0]);
            if (items is null)
            {
                if (ts.ErrorMatches(PyExc.TypeError)) { ts.ClearError(); return ts.TypeError("recvmsg_into() argument 1 must be an iterable"); }
                return null;
            }
            var buffers = new byte[items.Count][];
            for (int i = 0; i < buffers.Length; i++)
            {
                if (!Protocols.GetBuffer(ts, items[i], true, out var v)) return null;
                buffers[i] = new byte[v.Length];
                Protocols.ReleaseBuffer(ref v);
            }
            var r = Receive(ts, (PySocket)self, buffers, anc, flags, out long n);
            if (r is null) return null;
            long left = n;
            for (int i = 0; i < buffers.Length && left > 0; i++)
            {
                if (!Protocols.GetBuffer(ts, items[i], true, out var v)) return null;
                int k = (int)Math.Min(left, buffers[i].Length);
                buffers[i].AsSpan(0, k).CopyTo(v.Span);
                Protocols.ReleaseBuffer(ref v);
                left -= k;
            }
            return PyTuple.Create([PyInt.Create(n), r.Items[0], r.Items[1], r.Items[2]]);
        }, "recvmsg_into(buffers[, ancbufsize[, flags]]) -> (nbytes, ancdata, msg_flags, address)\n\nReceive normal data and ancillary data from the socket, scattering the\nnon-ancillary data into a series of buffers.");
        type.AddMethod("sendmsg_afalg", static (ts, self, args, kw) => ts.Raise(PyExc.OSError, "algset is only supported for AF_ALG"),
            "sendmsg_afalg([msg], *, op[, iv[, assoclen[, flags=MSG_MORE]]])\n\nSet operation mode, IV and length of associated data for an AF_ALG\noperation socket.");
    }

    /// <summary>recvmsg into <paramref name="buffers"/>: (ancdata, msg_flags, address), the byte count in
    /// <paramref name="count"/>.</summary>
    private static PyTuple? Receive(ThreadState ts, PySocket s, byte[][] buffers, long ancSize, int flags, out long count)
    {
        count = 0;
        if (ancSize < 0) { ts.SetError(PyExc.ValueError, "negative buffer size in recvmsg()"); return null; }
        var control = new byte[ancSize];
        byte* addr = stackalloc byte[SocketLibc.SockaddrStorageSize];
        new Span<byte>(addr, SocketLibc.SockaddrStorageSize).Clear();
        var handles = new GCHandle[buffers.Length];
        var iov = new IoVec[buffers.Length];
        try
        {
            for (int i = 0; i < buffers.Length; i++)
            {
                handles[i] = GCHandle.Alloc(buffers[i], GCHandleType.Pinned);
                iov[i] = new IoVec { Base = (byte*)handles[i].AddrOfPinnedObject(), Length = buffers[i].Length };
            }
            nint n;
            MsgHdr msg;
            fixed (IoVec* v = iov)
            fixed (byte* c = control)
            {
                msg = new MsgHdr { Name = addr, NameLen = SocketAddress.MaxLength(s.Family), Iov = v, IovLen = iov.Length, Control = ancSize > 0 ? c : null, ControlLen = (nint)ancSize };
                n = SocketTransfer.Message(ts, s, &msg, flags, receive: true);
            }
            if (n < 0) return null;
            count = n;
            var anc = new PyList();
            long used = Math.Min(msg.ControlLen, ancSize);
            int off = 0;
            while (off + CmsgHeader <= used)
            {
                long len = BitConverter.ToInt64(control, off);
                if (len < CmsgHeader) break;
                int level = BitConverter.ToInt32(control, off + 8), kind = BitConverter.ToInt32(control, off + 12);
                int dataLen = (int)Math.Min(len - CmsgHeader, used - off - CmsgHeader);
                anc.Append(PyTuple.Create([PyInt.Create(level), PyInt.Create(kind), PyBytes.Create(control.AsSpan(off + CmsgHeader, dataLen))]));
                off += Align(len);
            }
            var address = SocketAddress.Make(ts, new ReadOnlySpan<byte>(addr, SocketLibc.SockaddrStorageSize), msg.NameLen);
            if (address is null) return null;
            return PyTuple.Create([anc, PyInt.Create(msg.Flags), address]);
        }
        finally
        {
            foreach (var h in handles) if (h.IsAllocated) h.Free();
        }
    }

    private static PyObject? SendMsg(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var s = (PySocket)self;
        if (!SocketArgs.VarArgs(ts, "sendmsg", args, kw, 1, 4)) return null;
        var items = Protocols.ToList(ts, args[0]);
        if (items is null)
        {
            if (ts.ErrorMatches(PyExc.TypeError)) { ts.ClearError(); return ts.TypeError("sendmsg() argument 1 must be an iterable"); }
            return null;
        }
        var data = new List<byte[]>(items.Count);
        foreach (var item in items)
        {
            if (!Protocols.GetBuffer(ts, item, false, out var v)) return null;
            data.Add(v.Span.ToArray());
            Protocols.ReleaseBuffer(ref v);
        }
        var control = new List<byte>();
        if (args.Length > 1 && args[1] is not PyNone)
        {
            var anc = Protocols.ToList(ts, args[1]);
            if (anc is null)
            {
                if (ts.ErrorMatches(PyExc.TypeError)) { ts.ClearError(); return ts.TypeError("sendmsg() argument 2 must be an iterable"); }
                return null;
            }
            foreach (var entry in anc)
            {
                if (entry is not PyTuple t || t.Length != 3)
                    return ts.TypeError("[sendmsg() ancillary data items]() argument must be sequence of length 3, not " + entry.Type.Name);
                if (!PosixArgs.CInt(ts, t.Items[0], out int level) || !PosixArgs.CInt(ts, t.Items[1], out int kind)) return null;
                if (!Protocols.GetBuffer(ts, t.Items[2], false, out var v)) return null;
                var bytes = v.Span.ToArray();
                Protocols.ReleaseBuffer(ref v);
                var header = new byte[CmsgHeader];
                BitConverter.TryWriteBytes(header.AsSpan(0, 8), (long)(CmsgHeader + bytes.Length));
                BitConverter.TryWriteBytes(header.AsSpan(8, 4), level);
                BitConverter.TryWriteBytes(header.AsSpan(12, 4), kind);
                control.AddRange(header);
                control.AddRange(bytes);
                while (control.Count % 8 != 0) control.Add(0);
            }
        }
        int flags = 0;
        if (args.Length > 2 && !PosixArgs.CInt(ts, args[2], out flags)) return null;
        byte* addr = stackalloc byte[SocketLibc.SockaddrStorageSize];
        int addrLen = 0;
        if (args.Length > 3 && args[3] is not PyNone
            && !SocketAddress.Parse(ts, s.Family, args[3], "sendmsg", new Span<byte>(addr, SocketLibc.SockaddrStorageSize), out addrLen)) return null;
        var handles = new GCHandle[data.Count];
        var iov = new IoVec[data.Count];
        var controlBytes = control.ToArray();
        try
        {
            for (int i = 0; i < data.Count; i++)
            {
                handles[i] = GCHandle.Alloc(data[i], GCHandleType.Pinned);
                iov[i] = new IoVec { Base = (byte*)handles[i].AddrOfPinnedObject(), Length = data[i].Length };
            }
            nint n;
            fixed (IoVec* v = iov)
            fixed (byte* c = controlBytes)
            {
                var msg = new MsgHdr { Name = addrLen > 0 ? addr : null, NameLen = addrLen, Iov = v, IovLen = iov.Length, Control = controlBytes.Length > 0 ? c : null, ControlLen = controlBytes.Length };
                n = SocketTransfer.Message(ts, s, &msg, flags, receive: false);
            }
            return n < 0 ? null : PyInt.Create((long)n);
        }
        finally
        {
            foreach (var h in handles) if (h.IsAllocated) h.Free();
        }
    }
}
