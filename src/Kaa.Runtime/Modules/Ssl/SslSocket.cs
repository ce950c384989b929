using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// <c>_ssl._SSLSocket</c>: one SSL connection (CPython's PySSLSocket), over a socket's descriptor
/// (SSL_set_fd: OpenSSL reads and writes the fd itself) or over two MemoryBIOs. The socket and the owner
/// are held weakly, as CPython holds them. Each OpenSSL call runs with the GIL released and records
/// SSL_get_error and errno for <see cref="SslErrors.FromSocket"/>; native callbacks find this object
/// through a weak GCHandle in the SSL's app data, and the thread state that made the call in
/// <see cref="Caller"/>.
/// </summary>
internal sealed class PySslSocket : PyObject
{
    internal readonly nint Ssl;
    internal PySslContext Context;
    internal readonly bool HasSocket;
    private readonly WeakReference<PySocket>? _socket;
    private WeakReference<PyObject>? _owner;
    internal bool ServerSide;
    internal PyObject? ServerHostname;
    internal int ErrSsl, ErrErrno;
    internal bool ShutdownSeenZero;
    internal PyBaseException? PendingException;
    /// <summary>The thread in an OpenSSL call on this connection (one object, so that a callback reads a
    /// consistent pair even if another thread uses the connection at the same time).</summary>
    internal sealed record CallingThread(ThreadState Ts, int ManagedThreadId);
    internal CallingThread? Caller;

    /// <summary>The thread state of the OpenSSL call a callback runs inside, null when the callback runs on
    /// some other thread than the one recorded (the connection used from two threads at once).</summary>
    internal ThreadState? CallingTs
        => Caller is { } c && c.ManagedThreadId == Environment.CurrentManagedThreadId ? c.Ts : null;
    /// <summary>The BIOs of a _wrap_bio object, kept alive with it.</summary>
    internal PyMemoryBio? Incoming, Outgoing;
    private readonly GCHandle _handle;

    internal PySslSocket(PyType type, nint ssl, PySslContext ctx, PySocket? sock) : base(type)
    {
        Ssl = ssl;
        Context = ctx;
        if (sock is not null)
        {
            HasSocket = true;
            _socket = new WeakReference<PySocket>(sock);
        }
        _handle = GCHandle.Alloc(this, GCHandleType.Weak);
        SslNative.SslSetExData(ssl, 0, GCHandle.ToIntPtr(_handle));
    }

    ~PySslSocket()
    {
        SslNative.SslSetExData(Ssl, 0, 0);
        SslNative.SslFree(Ssl);
        _handle.Free();
    }

    internal static PySslSocket? FromSsl(nint ssl)
    {
        nint h = SslNative.SslGetExData(ssl, 0);
        return h == 0 ? null : GCHandle.FromIntPtr(h).Target as PySslSocket;
    }

    /// <summary>The socket, null when there is none or it has been collected.</summary>
    internal PySocket? GetSocket() => _socket is not null && _socket.TryGetTarget(out var s) ? s : null;

    internal PyObject? OwnerObject() => _owner is not null && _owner.TryGetTarget(out var o) ? o : null;

    internal void SetOwner(PyObject? owner) => _owner = owner is null ? null : new WeakReference<PyObject>(owner);
}

/// <summary>The <c>_ssl._SSLSocket</c> type: its construction by _wrap_socket/_wrap_bio (newPySSLSocket),
/// the handshake, read, write and shutdown loops with the socket's timeout, and the connection's queries.</summary>
internal static unsafe class SslSocketType
{
    internal static readonly PyType Type = PyType.CreateStatic("_ssl._SSLSocket", (PyType?)null, TypeFlags.None, Install);

    private const int SOCKET_IS_NONBLOCKING = 0, SOCKET_IS_BLOCKING = 1, SOCKET_HAS_TIMED_OUT = 2, SOCKET_HAS_BEEN_CLOSED = 3,
        SOCKET_OPERATION_OK = 5;

    private static PySslSocket Self(PyObject o) => (PySslSocket)o;

    private const int MaxRecordPlaintext = 16384;

    private static void Install(PyType type)
    {
        // Made from a spec in CPython: the module name lives in the class dict.
        type.AddAttribute("__module__", PyStr.Create("_ssl"));
        type.AddMethod("do_handshake", static (ts, s) => DoHandshake(ts, Self(s)), null);
        type.AddMethod("write", static (ts, s, arg) => Write(ts, Self(s), arg), "Writes the bytes-like object b into the SSL object.\n\nReturns the number of bytes written.");
        type.AddMethod("read", static (ts, s, args, kw) => Read(ts, Self(s), args, kw), "read(size, [buffer])\nRead up to size bytes from the SSL socket.");
        type.AddMethod("pending", static (ts, s) =>
        {
            var self = Self(s);
            int n = SslNative.SslPending(self.Ssl);
            if (n < 0)
            {
                self.ErrSsl = SslNative.SslGetError(self.Ssl, n);
                return SslErrors.FromSocket(ts, self, n, 2423);
            }
            return PyInt.Create(n);
        }, "Returns the number of already decrypted bytes available for read, pending on the connection.");
        type.AddMethod("shutdown", static (ts, s) => Shutdown(ts, Self(s)), "Does the SSL shutdown handshake with the remote end.");
        type.AddMethod("getpeercert", GetPeerCert, "Returns the certificate for the peer.\n\nIf no certificate was provided, returns None.  If a certificate was\nprovided, but not validated, returns an empty dictionary.  Otherwise\nreturns a dict containing information about the peer certificate.\n\nIf the optional argument is True, returns a DER-encoded copy of the\npeer certificate, or None if no certificate was provided.  This will\nreturn the certificate even if it wasn\'t validated.");
        type.AddMethod("get_verified_chain", static (ts, s) =>
        {
            nint chain = SslNative.SslGet0VerifiedChain(Self(s).Ssl);
            return chain == 0 ? PyNone.Instance : SslCertificateType.FromStack(ts, chain);
        }, null);
        type.AddMethod("get_unverified_chain", static (ts, s) =>
        {
            var self = Self(s);
            nint chain = SslNative.SslGetPeerCertChain(self.Ssl);
            if (chain == 0) return PyNone.Instance;
            var list = SslCertificateType.FromStack(ts, chain);
            if (list is null) return null;
            if (self.ServerSide)
            {
                // OpenSSL leaves the peer's own certificate out of a server's chain.
                nint peer = SslNative.SslGet1PeerCertificate(self.Ssl);
                ((PyList)list).Insert(0, peer == 0 ? PyNone.Instance : new PySslCertificate(peer));
            }
            return list;
        }, null);
        type.AddMethod("cipher", static (ts, s) =>
        {
            nint c = SslNative.SslGetCurrentCipher(Self(s).Ssl);
            return c == 0 ? PyNone.Instance : SslCiphers.ToTuple(c);
        }, null);
        type.AddMethod("shared_ciphers", static (ts, s) =>
        {
            nint ciphers = SslNative.SslGetCiphers(Self(s).Ssl);
            if (ciphers == 0) return PyNone.Instance;
            int n = SslNative.SkNum(ciphers);
            var items = new PyObject[n];
            for (int i = 0; i < n; i++) items[i] = SslCiphers.ToTuple(SslNative.SkValue(ciphers, i));
            return PyList.FromArray(items);
        }, null);
        type.AddMethod("version", static (ts, s) =>
        {
            var ssl = Self(s).Ssl;
            if (SslNative.SslIsInitFinished(ssl) == 0) return PyNone.Instance;
            return SslNative.Str(SslNative.SslGetVersion(ssl)) is { } v ? PyStr.Create(v) : PyNone.Instance;
        }, null);
        type.AddMethod("selected_alpn_protocol", static (ts, s) =>
        {
            byte* data;
            uint len;
            SslNative.SslGet0AlpnSelected(Self(s).Ssl, &data, &len);
            if (data is null) return PyNone.Instance;
            return PyStr.Create(System.Text.Encoding.UTF8.GetString(data, (int)len));
        }, null);
        type.AddMethod("compression", static (ts, s) => PyNone.Instance, null);
        type.AddMethod("get_channel_binding", GetChannelBinding, "Get channel binding data for current connection.\n\nRaise ValueError if the requested `cb_type` is not supported.  Return bytes\nof the data or None if the data is not available (e.g. before the handshake).\nOnly \'tls-unique\' channel binding data from RFC 5929 is supported.");
        type.AddMethod("verify_client_post_handshake", static (ts, s) =>
            SslNative.SslVerifyClientPostHandshake(Self(s).Ssl) == 0 ? SslErrors.SetSslError(ts, null, 2747) : PyNone.Instance,
            "Initiate TLS 1.3 post-handshake authentication");

        type.AddGetSet("context", static (ts, s) => Self(s).Context, static (ts, s, v) =>
        {
            if (v is PySslContext c)
            {
                var self = Self(s);
                self.Context = c;
                SslNative.SslSetSslCtx(self.Ssl, c.Ctx);
                return 0;
            }
            ts.SetError(PyExc.TypeError, "The value must be a SSLContext");
            return -1;
        }, "_setter_context(ctx)\nThis changes the context associated with the SSLSocket. This is typically\nused from within a callback function set by the sni_callback\non the SSLContext to change the certificate information associated with the\nSSLSocket before the cryptographic exchange handshake messages\n");
        type.AddGetSet("server_side", static (ts, s) => PyBool.From(Self(s).ServerSide), null, "Whether this is a server-side socket.");
        type.AddGetSet("server_hostname", static (ts, s) => Self(s).ServerHostname ?? PyNone.Instance, null, "The currently set server hostname (for SNI).");
        type.AddGetSet("owner", static (ts, s) => Self(s).OwnerObject() ?? PyNone.Instance, static (ts, s, v) =>
        {
            Self(s).SetOwner(v is PyNone ? null : v);
            return 0;
        }, "The Python-level owner of this object.Passed as \"self\" in servername callback.");
        type.AddGetSet("session", GetSession, SetSession, "_setter_session(session)\nGet / set SSLSession.");
        type.AddGetSet("session_reused", static (ts, s) => PyBool.From(SslNative.SslSessionReused(Self(s).Ssl) != 0), null,
            "Was the client session reused during handshake?");
    }

    /// <summary>newPySSLSocket.</summary>
    internal static PyObject? Create(ThreadState ts, PySslContext ctx, PySocket? sock, bool serverSide, string? hostname,
        PyObject? owner, PyObject? session, PyMemoryBio? incoming, PyMemoryBio? outgoing)
    {
        if (serverSide && ctx.Protocol == SslModule.PROTOCOL_TLS_CLIENT)
            return SslErrors.SetSslError(ts, "Cannot create a server socket with a PROTOCOL_TLS_CLIENT context", 788);
        if (!serverSide && ctx.Protocol == SslModule.PROTOCOL_TLS_SERVER)
            return SslErrors.SetSslError(ts, "Cannot create a client socket with a PROTOCOL_TLS_SERVER context", 795);
        SslNative.ErrClearError();
        nint ssl;
        using (ts.ReleaseGil()) ssl = SslNative.SslNew(ctx.Ctx);
        if (ssl == 0) return SslErrors.SetSslError(ts, null, 824);
        var self = new PySslSocket(Type, ssl, ctx, sock) { ServerSide = serverSide };
        if (sock is not null) SslNative.SslSetFd(ssl, sock.Fd);
        else
        {
            // SSL_set_bio takes one reference to each BIO; the MemoryBIO objects keep theirs.
            SslNative.BioUpRef(incoming!.Bio);
            SslNative.BioUpRef(outgoing!.Bio);
            SslNative.SslSetBio(ssl, incoming.Bio, outgoing.Bio);
            self.Incoming = incoming;
            self.Outgoing = outgoing;
        }
        // SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | SSL_MODE_AUTO_RETRY
        SslNative.SslCtrl(ssl, SslNative.SSL_CTRL_MODE, 0x2 | 0x4, null);
        if (ctx.PostHandshakeAuth)
        {
            if (serverSide)
            {
                int mode = SslNative.SslGetVerifyMode(ssl);
                if ((mode & SslNative.SSL_VERIFY_PEER) != 0)
                    SslNative.SslSetVerify(ssl, mode | SslNative.SSL_VERIFY_POST_HANDSHAKE, SslNative.SslGetVerifyCallback(ssl));
            }
            else SslNative.SslSetPostHandshakeAuth(ssl, 1);
        }
        if (hostname is not null && !ConfigureHostname(ts, self, hostname)) return null;
        if (sock is not null && sock.TimeoutNs >= 0) SetNonBlocking(self, true);
        using (ts.ReleaseGil())
        {
            if (serverSide) SslNative.SslSetAcceptState(ssl);
            else SslNative.SslSetConnectState(ssl);
        }
        if (owner is not null && owner is not PyNone) self.SetOwner(owner);
        if (session is not null && session is not PyNone && SetSession(ts, self, session) < 0) return null;
        return self;
    }

    /// <summary>_ssl_configure_hostname: SNI for names, and the name or IP address to verify.</summary>
    private static bool ConfigureHostname(ThreadState ts, PySslSocket self, string hostname)
    {
        if (hostname.Length == 0 || hostname[0] == '.')
        {
            ts.SetError(PyExc.ValueError, "server_hostname cannot be an empty string or start with a leading dot.");
            return false;
        }
        var name = SslModule.CString(hostname);
        nint ip;
        fixed (byte* p = name) ip = SslNative.A2iIpAddress(p);
        if (ip == 0) SslNative.ErrClearError();
        try
        {
            self.ServerHostname = PyStr.Create(hostname);
            fixed (byte* p = name)
            {
                if (ip == 0 && SslNative.SslCtrl(self.Ssl, SslNative.SSL_CTRL_SET_TLSEXT_HOSTNAME, 0, p) == 0)
                {
                    SslErrors.SetSslError(ts, null, 745);
                    return false;
                }
                if (self.Context.CheckHostname)
                {
                    nint param = SslNative.SslGet0Param(self.Ssl);
                    int ok = ip == 0
                        ? SslNative.X509VerifyParamSet1Host(param, p, (nuint)(name.Length - 1))
                        : SslNative.X509VerifyParamSet1Ip(param, SslNative.Asn1StringData(ip), (nuint)SslNative.Asn1StringLength(ip));
                    if (ok == 0)
                    {
                        SslErrors.SetSslError(ts, null, ip == 0 ? 754 : 760);
                        return false;
                    }
                }
            }
            return true;
        }
        finally
        {
            if (ip != 0) SslNative.Asn1OctetStringFree(ip);
        }
    }

    /// <summary>BIO_set_nbio on both BIOs of a socket connection.</summary>
    private static void SetNonBlocking(PySslSocket self, bool nonblocking)
    {
        SslNative.BioCtrl(SslNative.SslGetRbio(self.Ssl), SslNative.BIO_C_SET_NBIO, nonblocking ? 1 : 0, null);
        SslNative.BioCtrl(SslNative.SslGetWbio(self.Ssl), SslNative.BIO_C_SET_NBIO, nonblocking ? 1 : 0, null);
    }

    /// <summary>The socket of a socket connection before an operation: false with SSLError set when it is
    /// gone; <paramref name="sock"/> null for a MemoryBIO connection.</summary>
    private static bool CheckSocket(ThreadState ts, PySslSocket self, out PySocket? sock, bool requireOpen = false)
    {
        sock = null;
        if (!self.HasSocket) return true;
        sock = self.GetSocket();
        if (sock is null || (requireOpen && sock.Fd == -1))
        {
            SslErrors.SetSslError(ts, "Underlying socket connection gone", requireOpen ? 2592 : 933);
            return false;
        }
        // Just in case the blocking state of the socket has been changed.
        SetNonBlocking(self, sock.TimeoutNs >= 0);
        return true;
    }

    /// <summary>The operation's deadline in ticks (0 without a timeout) and remaining timeout in ns.</summary>
    private static long Remaining(long deadlineTicks, long timeoutNs)
    {
        if (timeoutNs <= 0) return timeoutNs;
        long ms = deadlineTicks - Environment.TickCount64;
        return ms <= 0 ? -1 : ms * 1_000_000;
    }

    /// <summary>PySSL_select: waits for the socket to become readable or writable within the timeout.</summary>
    private static int Select(ThreadState ts, PySocket? s, bool writing, long timeoutNs, out bool error)
    {
        error = false;
        if (s is null || timeoutNs == 0) return SOCKET_IS_NONBLOCKING;
        if (timeoutNs < 0) return s.TimeoutNs > 0 ? SOCKET_HAS_TIMED_OUT : SOCKET_IS_BLOCKING;
        if (s.Fd == -1) return SOCKET_HAS_BEEN_CLOSED;
        var fds = new[] { new PollFd { Fd = s.Fd, Events = writing ? (short)4 : (short)1 } };
        int r = PollWait.Poll(ts, fds, PySocket.MillisecondsCeiling(timeoutNs));
        if (r < 0) { error = true; return SOCKET_OPERATION_OK; }
        return r == 0 ? SOCKET_HAS_TIMED_OUT : SOCKET_OPERATION_OK;
    }

    private delegate int SslOp(nint ssl);

    /// <summary>One OpenSSL call with the GIL released; records SSL_get_error and errno when it fails.</summary>
    private static int Call(ThreadState ts, PySslSocket self, SslOp op, Func<int, bool> failed)
    {
        int ret;
        var caller = new PySslSocket.CallingThread(ts, Environment.CurrentManagedThreadId);
        self.Caller = caller;
        try
        {
            using (ts.ReleaseGil())
            {
                Marshal.SetLastSystemError(0);
                ret = op(self.Ssl);
                if (failed(ret))
                {
                    self.ErrErrno = Marshal.GetLastSystemError();
                    self.ErrSsl = SslNative.SslGetError(self.Ssl, ret);
                }
                else self.ErrSsl = self.ErrErrno = 0;
            }
        }
        finally { if (self.Caller == caller) self.Caller = null; }
        return ret;
    }

    private static bool CheckSignals(ThreadState ts) => ts.Interp.EvalBreaker == 0 || ts.Interp.HandleEvalBreaker(ts);

    /// <summary>The loop CPython repeats for handshake, write and read: retry while OpenSSL wants to read or
    /// write and the socket becomes ready in time. Returns the last result, or null (as -2) with the error
    /// set.</summary>
    private static int Drive(ThreadState ts, PySslSocket self, PySocket? sock, SslOp op, Func<int, bool> failed,
        string timeoutMessage, bool stopOnCleanEof = false, string closedMessage = "Underlying socket has been closed.")
    {
        long timeout = sock?.TimeoutNs ?? 0;
        long deadline = timeout > 0 ? Environment.TickCount64 + PySocket.MillisecondsCeiling(timeout) : 0;
        while (true)
        {
            int ret = Call(ts, self, op, failed);
            if (!CheckSignals(ts)) return -2;
            if (timeout > 0) timeout = Remaining(deadline, timeout);
            int state;
            bool err;
            if (self.ErrSsl == SslNative.SSL_ERROR_WANT_READ) state = Select(ts, sock, false, timeout, out err);
            else if (self.ErrSsl == SslNative.SSL_ERROR_WANT_WRITE) state = Select(ts, sock, true, timeout, out err);
            else if (stopOnCleanEof && self.ErrSsl == SslNative.SSL_ERROR_ZERO_RETURN
                     && SslNative.SslGetShutdown(self.Ssl) == SslNative.SSL_RECEIVED_SHUTDOWN) return -3;
            else { state = SOCKET_OPERATION_OK; err = false; }
            if (err) return -2;
            switch (state)
            {
                case SOCKET_HAS_TIMED_OUT:
                    ts.SetError(PyExc.TimeoutError, timeoutMessage);
                    return -2;
                case SOCKET_HAS_BEEN_CLOSED:
                    SslErrors.Plain(ts, closedMessage);
                    return -2;
                case SOCKET_IS_NONBLOCKING:
                    return ret;
            }
            if (self.ErrSsl is not (SslNative.SSL_ERROR_WANT_READ or SslNative.SSL_ERROR_WANT_WRITE)) return ret;
        }
    }

    private static PyObject? DoHandshake(ThreadState ts, PySslSocket self)
    {
        if (!CheckSocket(ts, self, out var sock)) return null;
        int ret = Drive(ts, self, sock, SslNative.SslDoHandshake, static r => r < 1,
            "_ssl.c:975: The handshake operation timed out", closedMessage: "_ssl.c:979: Underlying socket has been closed.");
        if (ret == -2) { SslErrors.ChainPending(ts, self); return null; }
        if (ret < 1) return SslErrors.FromSocket(ts, self, ret, 992);
        return SslErrors.ChainPending(ts, self) ? PyNone.Instance : null;
    }

    private static PyObject? Write(ThreadState ts, PySslSocket self, PyObject arg)
    {
        // The buffer stays exported (and pinned) across the call, as CPython holds its Py_buffer.
        if (!Protocols.GetBuffer(ts, arg, false, out var view)) return null;
        try
        {
            if (!CheckSocket(ts, self, out var sock)) return null;
            long timeout = sock?.TimeoutNs ?? 0;
            int first = Select(ts, sock, true, timeout, out bool err);
            if (err) return null;
            if (first == SOCKET_HAS_TIMED_OUT) return ts.Raise(PyExc.TimeoutError, "The write operation timed out");
            if (first == SOCKET_HAS_BEEN_CLOSED) return SslErrors.Plain(ts, "Underlying socket has been closed.");
            return WritePinned(ts, self, sock, view.Span);
        }
        finally { Protocols.ReleaseBuffer(ref view); }
    }

    private static PyObject? WritePinned(ThreadState ts, PySslSocket self, PySocket? sock, Span<byte> data)
    {
        nuint count = 0;
        fixed (byte* pinned = data)
        {
            byte* p = pinned;
            int len = data.Length;
            int ret = Drive(ts, self, sock, ssl =>
            {
                nuint n;
                int r = SslNative.SslWriteEx(ssl, p, (nuint)len, &n);
                count = n;
                return r;
            }, static r => r == 0, "The write operation timed out");
            if (ret == -2) { SslErrors.ChainPending(ts, self); return null; }
            if (ret == 0) return SslErrors.FromSocket(ts, self, ret, 2393);
            return SslErrors.ChainPending(ts, self) ? PyInt.Create((long)count) : null;
        }
    }

    private static PyObject? Read(ThreadState ts, PySslSocket self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is { Length: > 0 }) return ts.TypeError("read() takes no keyword arguments");
        if (args.Length is < 1 or > 2) return ts.TypeError("_ssl._SSLSocket.read requires 1 to 2 arguments");
        if (!PosixArgs.SSize(ts, args[0], out long len)) return null;
        bool intoBuffer = args.Length == 2;
        if (!intoBuffer && len < 0) return ts.ValueError("size should not be negative");
        PyBuffer view = default;
        if (intoBuffer && !Protocols.GetBuffer(ts, args[1], true, out view)) return null;
        try
        {
            if (!CheckSocket(ts, self, out var sock)) return null;
            if (intoBuffer)
            {
                if (len <= 0 || len > view.Length) len = view.Length;
                if (len == 0) return PyInt.Create(0);
            }
            else if (len == 0) return PyBytes.Create([]);
            else if (len > Array.MaxLength) return ts.MemoryError();
            // One SSL_read returns at most one record's plaintext (2**14 bytes): a larger request needs
            // no larger buffer.
            byte[]? buffer = intoBuffer ? null : new byte[Math.Min(len, Math.Max(MaxRecordPlaintext, SslNative.SslPending(self.Ssl)))];
            Span<byte> target = intoBuffer ? view.Span[..(int)len] : buffer;
            nuint count = 0;
            int ret;
            fixed (byte* pinned = target)
            {
                byte* p = pinned;
                int size = target.Length;
                ret = Drive(ts, self, sock, ssl =>
                {
                    nuint n;
                    int r = SslNative.SslReadEx(ssl, p, (nuint)size, &n);
                    count = n;
                    return r;
                }, static r => r == 0, "The read operation timed out", stopOnCleanEof: true);
            }
            if (ret == -3) count = 0;
            else if (ret == -2) { SslErrors.ChainPending(ts, self); return null; }
            else if (ret == 0) return SslErrors.FromSocket(ts, self, ret, 2546);
            else if (!SslErrors.ChainPending(ts, self)) return null;
            if (intoBuffer) return PyInt.Create((long)count);
            return (int)count == buffer!.Length ? PyBytes.Create(buffer) : PyBytes.Create(buffer.AsSpan(0, (int)count));
        }
        finally
        {
            if (intoBuffer) Protocols.ReleaseBuffer(ref view);
        }
    }

    private static PyObject? Shutdown(ThreadState ts, PySslSocket self)
    {
        if (!CheckSocket(ts, self, out var sock, requireOpen: true)) return null;
        long timeout = sock?.TimeoutNs ?? 0;
        long deadline = timeout > 0 ? Environment.TickCount64 + PySocket.MillisecondsCeiling(timeout) : 0;
        int zeros = 0, ret;
        while (true)
        {
            bool seenZero = self.ShutdownSeenZero;
            ret = Call(ts, self, ssl =>
            {
                // Read-ahead off so that unwrap leaves any cleartext after the close_notify unread.
                if (seenZero) SslNative.SslCtrl(ssl, SslNative.SSL_CTRL_SET_READ_AHEAD, 0, null);
                return SslNative.SslShutdown(ssl);
            }, static r => r < 0);
            if (ret > 0) break;
            if (ret == 0)
            {
                if (++zeros > 1) break;
                self.ShutdownSeenZero = true;
                continue;
            }
            if (timeout > 0) timeout = Remaining(deadline, timeout);
            int state;
            bool err;
            if (self.ErrSsl == SslNative.SSL_ERROR_WANT_READ) state = Select(ts, sock, false, timeout, out err);
            else if (self.ErrSsl == SslNative.SSL_ERROR_WANT_WRITE) state = Select(ts, sock, true, timeout, out err);
            else break;
            if (err) return null;
            if (state == SOCKET_HAS_TIMED_OUT)
            {
                SslErrors.ChainPending(ts, self);
                return ts.Raise(PyExc.TimeoutError, self.ErrSsl == SslNative.SSL_ERROR_WANT_READ
                    ? "The read operation timed out" : "The write operation timed out");
            }
            if (state != SOCKET_OPERATION_OK) break;
        }
        if (ret < 0) return SslErrors.FromSocket(ts, self, ret, 2672);
        if (!SslErrors.ChainPending(ts, self)) return null;
        return (PyObject?)sock ?? PyNone.Instance;
    }

    private static readonly ArgSpec s_getpeercert = new("getpeercert", ["der"], required: 0);
    private static readonly ArgSpec s_channelBinding = new("get_channel_binding", ["cb_type"], required: 0, positionalOnly: 0);

    private static PyObject? GetPeerCert(ThreadState ts, PyObject s, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_getpeercert.Parse(ts, args, kw, a)) return null;
        if (!SslModule.BoolArg(ts, a[0], out bool binary)) return null;
        var self = Self(s);
        if (SslNative.SslIsInitFinished(self.Ssl) == 0) return ts.ValueError("handshake not done yet");
        nint cert = SslNative.SslGet1PeerCertificate(self.Ssl);
        if (cert == 0) return PyNone.Instance;
        try
        {
            if (binary) return SslCertDecode.ToDer(ts, cert);
            int verification = SslNative.CtxGetVerifyMode(SslNative.SslGetSslCtx(self.Ssl));
            return (verification & SslNative.SSL_VERIFY_PEER) == 0 ? new PyDict() : SslCertDecode.Decode(ts, cert);
        }
        finally { SslNative.X509Free(cert); }
    }

    private static PyObject? GetChannelBinding(ThreadState ts, PyObject s, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_channelBinding.Parse(ts, args, kw, a)) return null;
        string cbType = "tls-unique";
        if (a[0] is { } t && !SslModule.StrArg(ts, t, "get_channel_binding", "argument 'cb_type'", out cbType)) return null;
        if (cbType != "tls-unique") return ts.ValueError($"'{cbType}' channel binding type not implemented");
        var self = Self(s);
        byte* buf = stackalloc byte[64];
        nuint len = (SslNative.SslSessionReused(self.Ssl) != 0) ^ self.ServerSide
            ? SslNative.SslGetFinished(self.Ssl, buf, 64)
            : SslNative.SslGetPeerFinished(self.Ssl, buf, 64);
        return len == 0 ? PyNone.Instance : PyBytes.Create(new ReadOnlySpan<byte>(buf, (int)len));
    }

    private static PyObject? GetSession(ThreadState ts, PyObject s)
    {
        var self = Self(s);
        nint session = SslNative.SslGet1Session(self.Ssl);
        if (session == 0) return PyNone.Instance;
        return new PySslSession(session, self.Context);
    }

    private static int SetSession(ThreadState ts, PyObject s, PyObject? value)
    {
        var self = Self(s);
        if (value is not PySslSession session) { ts.SetError(PyExc.TypeError, "Value is not a SSLSession."); return -1; }
        if (self.Context.Ctx != session.Context.Ctx) { ts.SetError(PyExc.ValueError, "Session refers to a different SSLContext."); return -1; }
        if (self.ServerSide) { ts.SetError(PyExc.ValueError, "Cannot set session for server-side SSLSocket."); return -1; }
        if (SslNative.SslIsInitFinished(self.Ssl) != 0) { ts.SetError(PyExc.ValueError, "Cannot set session after handshake."); return -1; }
        if (SslNative.SslSetSession(self.Ssl, session.Session) == 0) { SslErrors.SetSslError(ts, null, 2869); return -1; }
        return 0;
    }
}
