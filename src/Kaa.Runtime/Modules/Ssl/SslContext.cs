using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// <c>_ssl._SSLContext</c>: one SSL_CTX (CPython's PySSLContext) with the settings OpenSSL does not keep
/// itself (check_hostname, host flags, post-handshake auth, the SNI callback, the ALPN list, the keylog
/// file). Native callbacks find the context through a weak GCHandle kept in the SSL_CTX's app data.
/// Instances of Python subclasses (ssl.SSLContext) carry their dict and slots here.
/// </summary>
internal sealed unsafe class PySslContext : PyObject
{
    internal nint Ctx;
    internal int Protocol;
    internal bool CheckHostname;
    internal uint HostFlags = 0x4; // X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS
    internal bool PostHandshakeAuth;
    internal PyObject? SniCallback, MsgCallback, KeylogFilename;
    internal string? KeylogPath;
    /// <summary>The ALPN protocols in wire format, in native memory: a uint length, then the bytes
    /// (read by the ALPN select callback without touching managed objects).</summary>
    internal byte* Alpn;
    internal readonly GCHandle Handle;

    private PyDict? _dict;
    private readonly PyObject?[]? _slots;

    public PySslContext(PyType type, nint ctx) : base(type)
    {
        Ctx = ctx;
        if (type.HasInstanceDict) _dict = new PyDict();
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        Handle = GCHandle.Alloc(this, GCHandleType.Weak);
        SslNative.CtxSetExData(ctx, 0, GCHandle.ToIntPtr(Handle));
    }

    public override PyDict? Dict { get => _dict; set => _dict = value; }
    public override Span<PyObject?> SlotValues => _slots;

    ~PySslContext()
    {
        // An SSL object made from this context holds its own reference to the SSL_CTX.
        SslNative.CtxSetExData(Ctx, 0, 0);
        SslNative.CtxFree(Ctx);
        if (Alpn is not null) NativeMemory.Free(Alpn);
        Handle.Free();
    }

    internal static PySslContext? FromCtx(nint ctx)
    {
        nint h = SslNative.CtxGetExData(ctx, 0);
        return h == 0 ? null : GCHandle.FromIntPtr(h).Target as PySslContext;
    }
}

/// <summary>The <c>_ssl._SSLContext</c> type: construction, the settings as getsets and the loading,
/// cipher and wrapping methods (CPython's context_methods and context_getsetlist).</summary>
internal static unsafe class SslContextType
{
    internal static readonly PyType Type = PyType.CreateStatic("_ssl._SSLContext", (PyType?)null, TypeFlags.BaseType, Install);

    private static readonly ArgSpec s_loadCertChain = new("load_cert_chain", ["certfile", "keyfile", "password"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_loadVerify = new("load_verify_locations", ["cafile", "capath", "cadata"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec s_wrapSocket = new("_wrap_socket", ["sock", "server_side", "server_hostname", "owner", "session"], required: 2, positionalOnly: 0, maxPositional: 3);
    private static readonly ArgSpec s_wrapBio = new("_wrap_bio", ["incoming", "outgoing", "server_side", "server_hostname", "owner", "session"], required: 3, positionalOnly: 0, maxPositional: 4);
    private static readonly ArgSpec s_getCaCerts = new("get_ca_certs", ["binary_form"], required: 0, positionalOnly: 0);

    private static PySslContext Self(PyObject o) => (PySslContext)o;

    private static void Install(PyType type)
    {
        // Made from a spec in CPython: the module name lives in the class dict.
        type.AddAttribute("__module__", PyStr.Create("_ssl"));
        type.New = New;
        type.AddGetSet("check_hostname", static (ts, s) => PyBool.From(Self(s).CheckHostname), SetCheckHostname);
        type.AddGetSet("_host_flags", static (ts, s) => PyInt.Create((long)Self(s).HostFlags), SetHostFlags);
        type.AddGetSet("minimum_version", static (ts, s) => GetProtoVersion(Self(s), SslNative.SSL_CTRL_GET_MIN_PROTO_VERSION, SslModule.PROTO_MINIMUM_SUPPORTED),
            static (ts, s, v) => SetProtoVersion(ts, Self(s), v, max: false));
        type.AddGetSet("maximum_version", static (ts, s) => GetProtoVersion(Self(s), SslNative.SSL_CTRL_GET_MAX_PROTO_VERSION, SslModule.PROTO_MAXIMUM_SUPPORTED),
            static (ts, s, v) => SetProtoVersion(ts, Self(s), v, max: true));
        type.AddGetSet("keylog_filename", static (ts, s) => Self(s).KeylogFilename ?? PyNone.Instance, SetKeylogFilename);
        type.AddGetSet("_msg_callback", static (ts, s) => Self(s).MsgCallback ?? PyNone.Instance, static (ts, s, v) =>
        {
            var c = Self(s);
            c.MsgCallback = null;
            if (v is null || v is PyNone) { SslNative.CtxSetMsgCallback(c.Ctx, null); return 0; }
            if (v.Type.Call is null)
            {
                SslNative.CtxSetMsgCallback(c.Ctx, null);
                ts.SetError(PyExc.TypeError, "not a callable object");
                return -1;
            }
            c.MsgCallback = v;
            SslNative.CtxSetMsgCallback(c.Ctx, (delegate* unmanaged<int, int, int, byte*, nuint, nint, nint, void>)&SslCallbacks.Message);
            return 0;
        });
        type.AddGetSet("sni_callback", static (ts, s) => Self(s).SniCallback ?? PyNone.Instance, SetSniCallback,
            "Set a callback that will be called when a server name is provided by the SSL/TLS client in the SNI extension.\n\nIf the argument is None then the callback is disabled. The method is called\nwith the SSLSocket, the server name as a string, and the SSLContext object.\nSee RFC 6066 for details of the SNI extension.");
        type.AddGetSet("num_tickets", static (ts, s) => PyInt.Create((long)SslNative.CtxGetNumTickets(Self(s).Ctx)), SetNumTickets,
            "Control the number of TLSv1.3 session tickets");
        type.AddGetSet("options", static (ts, s) => PyInt.Create((long)SslNative.CtxGetOptions(Self(s).Ctx)), SetOptions);
        type.AddGetSet("post_handshake_auth", static (ts, s) => PyBool.From(Self(s).PostHandshakeAuth), static (ts, s, v) =>
        {
            if (v is null) { ts.SetError(PyExc.AttributeError, "cannot delete attribute"); return -1; }
            int t = Protocols.IsTrue(ts, v);
            if (t < 0) return -1;
            Self(s).PostHandshakeAuth = t > 0;
            return 0;
        });
        type.AddGetSet("protocol", static (ts, s) => PyInt.Create(Self(s).Protocol));
        type.AddGetSet("verify_flags", static (ts, s) => PyInt.Create(new System.Numerics.BigInteger((ulong)SslNative.X509VerifyParamGetFlags(SslNative.CtxGet0Param(Self(s).Ctx)))), SetVerifyFlags);
        type.AddGetSet("verify_mode", GetVerifyMode, SetVerifyMode);
        type.AddGetSet("security_level", static (ts, s) => PyInt.Create(SslNative.CtxGetSecurityLevel(Self(s).Ctx)), null, "The current security level");

        type.AddMethod("_set_alpn_protocols", SetAlpnProtocols, null);
        type.AddMethod("_wrap_socket", WrapSocket, null);
        type.AddMethod("_wrap_bio", WrapBio, null);
        type.AddMethod("set_ciphers", static (ts, s, arg) =>
        {
            if (!SslModule.StrArg(ts, arg, "set_ciphers", "argument", out string list)) return null;
            int r;
            fixed (byte* p = SslModule.CString(list)) r = SslNative.CtxSetCipherList(Self(s).Ctx, p);
            if (r == 0)
            {
                SslNative.ErrClearError();
                return SslErrors.Plain(ts, "No cipher can be selected.");
            }
            return PyNone.Instance;
        }, null);
        type.AddMethod("get_ciphers", static (ts, s) =>
        {
            nint ssl = SslNative.SslNew(Self(s).Ctx);
            if (ssl == 0) return SslErrors.SetSslError(ts, null, 3267);
            try
            {
                nint sk = SslNative.SslGetCiphers(ssl);
                int n = SslNative.SkNum(sk);
                var items = new PyObject[n];
                for (int i = 0; i < n; i++) items[i] = SslCiphers.ToDict(SslNative.SkValue(sk, i));
                return PyList.FromArray(items);
            }
            finally { SslNative.SslFree(ssl); }
        }, null);
        type.AddMethod("load_cert_chain", LoadCertChain, null);
        type.AddMethod("load_dh_params", LoadDhParams, null);
        type.AddMethod("load_verify_locations", LoadVerifyLocations, null);
        type.AddMethod("session_stats", SessionStats, null);
        type.AddMethod("set_default_verify_paths", static (ts, s) =>
        {
            int rc;
            using (ts.ReleaseGil()) rc = SslNative.CtxSetDefaultVerifyPaths(Self(s).Ctx);
            return rc == 0 ? SslErrors.SetSslError(ts, null, 4316) : PyNone.Instance;
        }, null);
        type.AddMethod("set_ecdh_curve", SetEcdhCurve, null);
        type.AddMethod("cert_store_stats", CertStoreStats, "Returns quantities of loaded X.509 certificates.\n\nX.509 certificates with a CA extension and certificate revocation lists\ninside the context\'s cert store.\n\nNOTE: Certificates in a capath directory aren\'t loaded unless they have\nbeen used at least once.");
        type.AddMethod("get_ca_certs", GetCaCerts, "Returns a list of dicts with information of loaded CA certs.\n\nIf the optional argument is True, returns a DER-encoded copy of the CA\ncertificate.\n\nNOTE: Certificates in a capath directory aren\'t loaded unless they have\nbeen used at least once.");
    }

    // ---- construction ------------------------------------------------------------------------------

    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (type == Type && kw is { Length: > 0 }) return ts.TypeError("_SSLContext() takes no keyword arguments");
        int npos = args.Length - (kw?.Length ?? 0);
        if (npos != 1) return ts.TypeError($"_SSLContext expected 1 argument, got {npos}");
        if (!PosixArgs.CInt(ts, args[0], out int proto)) return null;
        nint method = 0;
        string? deprecated = null;
        switch (proto)
        {
            case SslModule.PROTOCOL_TLSv1: deprecated = "ssl.PROTOCOL_TLSv1 is deprecated"; method = SslNative.Tls1Method(); break;
            case SslModule.PROTOCOL_TLSv1_1: deprecated = "ssl.PROTOCOL_TLSv1_1 is deprecated"; method = SslNative.Tls11Method(); break;
            case SslModule.PROTOCOL_TLSv1_2: deprecated = "ssl.PROTOCOL_TLSv1_2 is deprecated"; method = SslNative.Tls12Method(); break;
            case SslModule.PROTOCOL_TLS: deprecated = "ssl.PROTOCOL_TLS is deprecated"; method = SslNative.TlsMethod(); break;
            case SslModule.PROTOCOL_TLS_CLIENT: method = SslNative.TlsClientMethod(); break;
            case SslModule.PROTOCOL_TLS_SERVER: method = SslNative.TlsServerMethod(); break;
        }
        if (deprecated is not null && !WarningsModule.Warn(ts, PyExc.DeprecationWarning, deprecated, 2)) return null;
        if (method == 0) return ts.ValueError($"invalid or unsupported protocol version {proto}");
        if (SslErrors.State(ts) is null) return null;
        nint ctx;
        using (ts.ReleaseGil()) ctx = SslNative.CtxNew(method);
        if (ctx == 0) return SslErrors.SetSslError(ts, null, 3063);
        var self = new PySslContext(type, ctx) { Protocol = proto };
        self.CheckHostname = proto == SslModule.PROTOCOL_TLS_CLIENT;
        SetMode(self, self.CheckHostname ? 2 : 0);
        ulong options = (SslModule.OP_ALL & ~SslModule.OP_DONT_INSERT_EMPTY_FRAGMENTS) | SslModule.OP_NO_SSLv3
            | SslModule.OP_NO_COMPRESSION | SslModule.OP_CIPHER_SERVER_PREFERENCE | SslModule.OP_IGNORE_UNEXPECTED_EOF;
        SslNative.CtxSetOptions(ctx, options);
        SslNative.CtxCtrl(ctx, SslNative.SSL_CTRL_MODE, 0x10 /* SSL_MODE_RELEASE_BUFFERS */, null);
        fixed (byte* sid = "Python\0"u8) SslNative.CtxSetSessionIdContext(ctx, sid, 7);
        nint param = SslNative.CtxGet0Param(ctx);
        SslNative.X509VerifyParamSetFlags(param, 0x8000 /* X509_V_FLAG_TRUSTED_FIRST */);
        SslNative.X509VerifyParamSetHostflags(param, self.HostFlags);
        SslNative.CtxSetPostHandshakeAuth(ctx, 0);
        return self;
    }

    /// <summary>_set_verify_mode: CERT_NONE, CERT_OPTIONAL or CERT_REQUIRED onto the SSL_CTX.</summary>
    private static bool SetMode(PySslContext c, int n)
    {
        int mode = n switch
        {
            0 => SslNative.SSL_VERIFY_NONE,
            1 => SslNative.SSL_VERIFY_PEER,
            2 => SslNative.SSL_VERIFY_PEER | SslNative.SSL_VERIFY_FAIL_IF_NO_PEER_CERT,
            _ => -1,
        };
        if (mode < 0) return false;
        SslNative.CtxSetVerify(c.Ctx, mode, SslNative.CtxGetVerifyCallback(c.Ctx));
        return true;
    }

    // ---- settings ----------------------------------------------------------------------------------

    private static PyObject? GetVerifyMode(ThreadState ts, PyObject s)
    {
        switch (SslNative.CtxGetVerifyMode(Self(s).Ctx) & 3)
        {
            case SslNative.SSL_VERIFY_NONE: return PyInt.Create(0);
            case SslNative.SSL_VERIFY_PEER: return PyInt.Create(1);
            case SslNative.SSL_VERIFY_PEER | SslNative.SSL_VERIFY_FAIL_IF_NO_PEER_CERT: return PyInt.Create(2);
        }
        return SslErrors.Plain(ts, "invalid return value from SSL_CTX_get_verify_mode");
    }

    private static bool Deleting(ThreadState ts, PyObject? v)
    {
        if (v is not null) return false;
        ts.SetError(PyExc.AttributeError, "cannot delete attribute");
        return true;
    }

    private static int SetVerifyMode(ThreadState ts, PyObject s, PyObject? v)
    {
        if (Deleting(ts, v) || !PosixArgs.CInt(ts, v!, out int n)) return -1;
        var c = Self(s);
        if (n == 0 && c.CheckHostname)
        {
            ts.SetError(PyExc.ValueError, "Cannot set verify_mode to CERT_NONE when check_hostname is enabled.");
            return -1;
        }
        if (!SetMode(c, n)) { ts.SetError(PyExc.ValueError, "invalid value for verify_mode"); return -1; }
        return 0;
    }

    private static int SetCheckHostname(ThreadState ts, PyObject s, PyObject? v)
    {
        if (Deleting(ts, v)) return -1;
        int t = Protocols.IsTrue(ts, v!);
        if (t < 0) return -1;
        var c = Self(s);
        if (t > 0 && SslNative.CtxGetVerifyMode(c.Ctx) == SslNative.SSL_VERIFY_NONE) SetMode(c, 2);
        c.CheckHostname = t > 0;
        return 0;
    }

    private static bool CLong(ThreadState ts, PyObject v, out long value)
    {
        value = 0;
        if (v is PyFloat) { ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer"); return false; }
        return Protocols.AsIndex(ts, v, out value, PyExc.OverflowError);
    }

    private static bool CULong(ThreadState ts, PyObject v, out ulong value)
    {
        value = 0;
        if (v is PyFloat) { ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer"); return false; }
        if (v is not PyInt i)
        {
            var idx = Protocols.Index(ts, v);
            if (idx is null) return false;
            i = (PyInt)idx;
        }
        // "k": the low bits of any int, as PyLong_AsUnsignedLongMask.
        value = (ulong)(i.Value & ulong.MaxValue);
        return true;
    }

    private static int SetHostFlags(ThreadState ts, PyObject s, PyObject? v)
    {
        if (Deleting(ts, v) || !CULong(ts, v!, out ulong flags)) return -1;
        var c = Self(s);
        c.HostFlags = (uint)flags;
        SslNative.X509VerifyParamSetHostflags(SslNative.CtxGet0Param(c.Ctx), c.HostFlags);
        return 0;
    }

    private static int SetVerifyFlags(ThreadState ts, PyObject s, PyObject? v)
    {
        if (Deleting(ts, v) || !CULong(ts, v!, out ulong newFlags)) return -1;
        nint param = SslNative.CtxGet0Param(Self(s).Ctx);
        ulong flags = SslNative.X509VerifyParamGetFlags(param);
        ulong clear = flags & ~newFlags, set = ~flags & newFlags;
        if (clear != 0 && SslNative.X509VerifyParamClearFlags(param, (nuint)clear) == 0) { SslErrors.SetSslError(ts, null, 3421); return -1; }
        if (set != 0 && SslNative.X509VerifyParamSetFlags(param, (nuint)set) == 0) { SslErrors.SetSslError(ts, null, 3427); return -1; }
        return 0;
    }

    private static int SetOptions(ThreadState ts, PyObject s, PyObject? v)
    {
        if (Deleting(ts, v) || !CLong(ts, v!, out long newOpts)) return -1;
        var ctx = Self(s).Ctx;
        ulong opts = SslNative.CtxGetOptions(ctx);
        ulong clear = opts & ~(ulong)newOpts, set = ~opts & (ulong)newOpts;
        ulong optNo = SslModule.OP_NO_SSLv3 | SslModule.OP_NO_TLSv1 | SslModule.OP_NO_TLSv1_1 | SslModule.OP_NO_TLSv1_2 | SslModule.OP_NO_TLSv1_3;
        if ((set & optNo) != 0 && !WarningsModule.Warn(ts, PyExc.DeprecationWarning, "ssl.OP_NO_SSL*/ssl.OP_NO_TLS* options are deprecated", 2)) return -1;
        if (clear != 0) SslNative.CtxClearOptions(ctx, clear);
        if (set != 0) SslNative.CtxSetOptions(ctx, set);
        return 0;
    }

    private static PyObject GetProtoVersion(PySslContext c, int cmd, int zero)
    {
        long v = SslNative.CtxCtrl(c.Ctx, cmd, 0, null);
        return PyInt.Create(v == 0 ? zero : v);
    }

    private static int SetProtoVersion(ThreadState ts, PySslContext c, PyObject? arg, bool max)
    {
        if (Deleting(ts, arg) || !CLong(ts, arg!, out long v)) return -1;
        if (v > int.MaxValue) { ts.SetError(PyExc.OverflowError, "Option is too long"); return -1; }
        if (c.Protocol is not (SslModule.PROTOCOL_TLS_CLIENT or SslModule.PROTOCOL_TLS_SERVER or SslModule.PROTOCOL_TLS))
        {
            ts.SetError(PyExc.ValueError, "The context's protocol doesn't support modification of highest and lowest version.");
            return -1;
        }
        string? deprecated = v switch
        {
            SslModule.PROTO_SSLv3 => "ssl.TLSVersion.SSLv3 is deprecated",
            SslModule.PROTO_TLSv1 => "ssl.TLSVersion.TLSv1 is deprecated",
            SslModule.PROTO_TLSv1_1 => "ssl.TLSVersion.TLSv1_1 is deprecated",
            _ => null,
        };
        if (deprecated is not null)
        {
            if (!WarningsModule.Warn(ts, PyExc.DeprecationWarning, deprecated, 2)) return -1;
        }
        else if (v is not (SslModule.PROTO_MINIMUM_SUPPORTED or SslModule.PROTO_MAXIMUM_SUPPORTED or SslModule.PROTO_TLSv1_2 or SslModule.PROTO_TLSv1_3))
        {
            ts.SetError(PyExc.ValueError, $"Unsupported TLS/SSL version 0x{(uint)v:x}");
            return -1;
        }
        if (!max) v = v == SslModule.PROTO_MINIMUM_SUPPORTED ? 0 : v == SslModule.PROTO_MAXIMUM_SUPPORTED ? SslModule.PROTO_TLSv1_3 : v;
        else v = v == SslModule.PROTO_MAXIMUM_SUPPORTED ? 0 : v == SslModule.PROTO_MINIMUM_SUPPORTED ? SslModule.PROTO_SSLv3 : v;
        long r = SslNative.CtxCtrl(c.Ctx, max ? SslNative.SSL_CTRL_SET_MAX_PROTO_VERSION : SslNative.SSL_CTRL_SET_MIN_PROTO_VERSION, (nint)v, null);
        if (r == 0)
        {
            ts.SetError(PyExc.ValueError, $"Unsupported protocol version 0x{(uint)v:x}");
            return -1;
        }
        return 0;
    }

    private static int SetNumTickets(ThreadState ts, PyObject s, PyObject? v)
    {
        if (Deleting(ts, v) || !CLong(ts, v!, out long num)) return -1;
        var c = Self(s);
        if (num < 0) { ts.SetError(PyExc.ValueError, "value must be non-negative"); return -1; }
        if (c.Protocol != SslModule.PROTOCOL_TLS_SERVER) { ts.SetError(PyExc.ValueError, "SSLContext is not a server context."); return -1; }
        if (SslNative.CtxSetNumTickets(c.Ctx, (nuint)num) != 1) { ts.SetError(PyExc.ValueError, "failed to set num tickets."); return -1; }
        return 0;
    }

    private static int SetSniCallback(ThreadState ts, PyObject s, PyObject? v)
    {
        var c = Self(s);
        if (c.Protocol == SslModule.PROTOCOL_TLS_CLIENT)
        {
            ts.SetError(PyExc.ValueError, "sni_callback cannot be set on TLS_CLIENT context");
            return -1;
        }
        if (v is null || v is PyNone)
        {
            c.SniCallback = null;
            SslNative.CtxCallbackCtrl(c.Ctx, SslNative.SSL_CTRL_SET_TLSEXT_SERVERNAME_CB, null);
            return 0;
        }
        if (v.Type.Call is null)
        {
            SslNative.CtxCallbackCtrl(c.Ctx, SslNative.SSL_CTRL_SET_TLSEXT_SERVERNAME_CB, null);
            ts.SetError(PyExc.TypeError, "not a callable object");
            return -1;
        }
        c.SniCallback = v;
        SslNative.CtxCallbackCtrl(c.Ctx, SslNative.SSL_CTRL_SET_TLSEXT_SERVERNAME_CB, (delegate* unmanaged<nint, int*, nint, int>)&SslCallbacks.ServerName);
        return 0;
    }

    private static int SetKeylogFilename(ThreadState ts, PyObject s, PyObject? v)
    {
        var c = Self(s);
        SslNative.CtxSetKeylogCallback(c.Ctx, null);
        c.KeylogFilename = null;
        c.KeylogPath = null;
        if (v is null || v is PyNone) return 0;
        var path = PosixModule.FsConvert(ts, v);
        if (path is null) return -1;
        string p = Encoding.UTF8.GetString(path, 0, path.Length - 1);
        // Opened as fopen(path, "a") opens it, so that errors carry its errno; a header goes into a
        // seekable, empty file (not a pipe).
        int fd;
        fixed (byte* f = path) fd = Libc.openat(-100 /* AT_FDCWD */, f, 0x1 | 0x40 | 0x400 | 0x80000 /* O_WRONLY|O_CREAT|O_APPEND|O_CLOEXEC */, 0x1b6);
        if (fd < 0)
        {
            PosixErrors.SetError(ts, Marshal.GetLastPInvokeError(), v);
            return -1;
        }
        if (Libc.lseek(fd, 0, 2 /* SEEK_END */) == 0)
        {
            var header = "# TLS secrets log file, generated by OpenSSL / Python\n"u8;
            fixed (byte* h = header) Libc.write(fd, h, header.Length);
        }
        Libc.close(fd);
        c.KeylogFilename = v;
        c.KeylogPath = p;
        SslNative.CtxSetKeylogCallback(c.Ctx, (delegate* unmanaged<nint, byte*, void>)&SslCallbacks.Keylog);
        return 0;
    }

    // ---- methods -----------------------------------------------------------------------------------

    private static PyObject? SetAlpnProtocols(ThreadState ts, PyObject s, PyObject arg)
    {
        if (!Protocols.GetBuffer(ts, arg, false, out var view)) return null;
        var data = view.Span.ToArray();
        Protocols.ReleaseBuffer(ref view);
        var c = Self(s);
        var block = (byte*)NativeMemory.Alloc((nuint)(4 + data.Length));
        *(uint*)block = (uint)data.Length;
        data.CopyTo(new Span<byte>(block + 4, data.Length));
        var old = c.Alpn;
        c.Alpn = block;
        int r;
        fixed (byte* p = data) r = SslNative.CtxSetAlpnProtos(c.Ctx, p, (uint)data.Length);
        if (old is not null) NativeMemory.Free(old);
        if (r != 0) return ts.MemoryError();
        SslNative.CtxSetAlpnSelectCb(c.Ctx, (delegate* unmanaged<nint, byte**, byte*, byte*, uint, nint, int>)&SslCallbacks.SelectAlpn, (nint)block);
        return PyNone.Instance;
    }

    /// <summary>password handling of load_cert_chain (CPython's _PySSLPasswordInfo).</summary>
    internal sealed class PasswordInfo
    {
        public PyObject? Callable;
        public byte[]? Password;
        public PyBaseException? Error;
        public ThreadState Ts = null!;
    }

    /// <summary>_pwinfo_set: str (UTF-8), bytes or bytearray.</summary>
    internal static bool PasswordBytes(ThreadState ts, PasswordInfo info, PyObject pw, string badType)
    {
        byte[] data;
        if (pw is PyStr s)
        {
            var enc = Protocols.CallMethod(ts, s, "encode", [PyStr.Create("utf-8")]);
            if (enc is null) return false;
            data = ((PyBytes)enc).Value;
        }
        else if (pw is PyBytes b) data = b.Value;
        else if (pw is PyByteArray ba) data = ba.AsSpan().ToArray();
        else { ts.SetError(PyExc.TypeError, badType); return false; }
        info.Password = data;
        return true;
    }

    private static PyObject? LoadCertChain(ThreadState ts, PyObject s, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_loadCertChain.Parse(ts, args, kw, a)) return null;
        var c = Self(s);
        var keyfile = a[1] is PyNone ? null : a[1];
        var password = a[2] ?? PyNone.Instance;
        SslNative.ErrClearError();
        var certBytes = FsPathOr(ts, a[0]!, "certfile should be a valid filesystem path");
        if (certBytes is null) return null;
        byte[]? keyBytes = null;
        if (keyfile is not null && (keyBytes = FsPathOr(ts, keyfile, "keyfile should be a valid filesystem path")) is null) return null;
        var info = new PasswordInfo { Ts = ts };
        GCHandle handle = default;
        if (password is not PyNone)
        {
            if (password.Type.Call is not null) info.Callable = password;
            else if (!PasswordBytes(ts, info, password, "password should be a string or callable")) return null;
            handle = GCHandle.Alloc(info);
            SslNative.CtxSetDefaultPasswdCb(c.Ctx, (delegate* unmanaged<byte*, int, int, nint, int>)&SslCallbacks.Password);
            SslNative.CtxSetDefaultPasswdCbUserdata(c.Ctx, GCHandle.ToIntPtr(handle));
        }
        try
        {
            // Loaded with the GIL held: the password callback calls Python code on this thread.
            Marshal.SetLastSystemError(0);
            int r;
            fixed (byte* p = certBytes) r = SslNative.CtxUseCertificateChainFile(c.Ctx, p);
            if (r != 1) return LoadFailure(ts, info, 3877);
            Marshal.SetLastSystemError(0);
            fixed (byte* p = keyBytes ?? certBytes) r = SslNative.CtxUsePrivateKeyFile(c.Ctx, p, SslNative.SSL_FILETYPE_PEM);
            if (r != 1) return LoadFailure(ts, info, 3898);
            if (SslNative.CtxCheckPrivateKey(c.Ctx) != 1) return SslErrors.SetSslError(ts, null, 3906);
            return PyNone.Instance;
        }
        finally
        {
            if (handle.IsAllocated)
            {
                SslNative.CtxSetDefaultPasswdCb(c.Ctx, null);
                SslNative.CtxSetDefaultPasswdCbUserdata(c.Ctx, 0);
                handle.Free();
            }
        }
    }

    private static PyObject? LoadFailure(ThreadState ts, PasswordInfo info, int line)
    {
        int errno = Marshal.GetLastSystemError();
        if (info.Error is not null)
        {
            SslNative.ErrClearError();
            ts.SetError(info.Error);
            return null;
        }
        if (errno != 0)
        {
            SslNative.ErrClearError();
            PosixErrors.SetError(ts, errno);
            return null;
        }
        return SslErrors.SetSslError(ts, null, line);
    }

    /// <summary>PyUnicode_FSConverter, its TypeError replaced by <paramref name="typeMessage"/>.</summary>
    private static byte[]? FsPathOr(ThreadState ts, PyObject obj, string typeMessage)
    {
        var r = PosixModule.FsConvert(ts, obj);
        if (r is null && ts.CurrentException is { } e && e.Type.IsSubtypeOf(PyExc.TypeError))
        {
            ts.ClearError();
            ts.SetError(PyExc.TypeError, typeMessage);
        }
        return r;
    }

    private static PyObject? LoadVerifyLocations(ThreadState ts, PyObject s, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_loadVerify.Parse(ts, args, kw, a)) return null;
        var c = Self(s);
        PyObject? cafile = a[0] is PyNone ? null : a[0], capath = a[1] is PyNone ? null : a[1], cadata = a[2] is PyNone ? null : a[2];
        if (cafile is null && capath is null && cadata is null) return ts.TypeError("cafile, capath and cadata cannot be all omitted");
        byte[]? fileBytes = null, pathBytes = null;
        if (cafile is not null && (fileBytes = FsPathOr(ts, cafile, "cafile should be a valid filesystem path")) is null) return null;
        if (capath is not null && (pathBytes = FsPathOr(ts, capath, "capath should be a valid filesystem path")) is null) return null;
        if (cadata is not null)
        {
            if (cadata is PyStr str)
            {
                if (str.Chars.Any(ch => ch > 127)) return ts.TypeError("cadata should be an ASCII string or a bytes-like object");
                if (!AddCaCerts(ts, c, Encoding.ASCII.GetBytes(str.Chars), pem: true)) return null;
            }
            else if (Protocols.HasBuffer(cadata))
            {
                if (!Protocols.GetBuffer(ts, cadata, false, out var view)) return null;
                var data = view.Span.ToArray();
                Protocols.ReleaseBuffer(ref view);
                if (!AddCaCerts(ts, c, data, pem: false)) return null;
            }
            else return ts.TypeError("cadata should be an ASCII string or a bytes-like object");
        }
        if (fileBytes is not null || pathBytes is not null)
        {
            Marshal.SetLastSystemError(0);
            int r;
            fixed (byte* f = fileBytes)
            fixed (byte* p = pathBytes)
                r = SslNative.CtxLoadVerifyLocations(c.Ctx, f, p);
            if (r != 1)
            {
                int errno = Marshal.GetLastSystemError();
                if (errno != 0)
                {
                    SslNative.ErrClearError();
                    PosixErrors.SetError(ts, errno);
                    return null;
                }
                return SslErrors.SetSslError(ts, null, 4126);
            }
        }
        return PyNone.Instance;
    }

    /// <summary>_add_ca_certs: every certificate of PEM text or concatenated DER into the store.</summary>
    private static bool AddCaCerts(ThreadState ts, PySslContext c, byte[] data, bool pem)
    {
        if (data.Length == 0) { ts.SetError(PyExc.ValueError, "Empty certificate data"); return false; }
        nint bio;
        fixed (byte* p = data)
        {
            bio = SslNative.BioNewMemBuf(p, data.Length);
            if (bio == 0) { SslErrors.SetSslError(ts, "Can't allocate buffer", 3947); return false; }
            try
            {
                nint store = SslNative.CtxGetCertStore(c.Ctx);
                int loaded = 0;
                while (true)
                {
                    nint cert = pem ? SslNative.PemReadBioX509(bio, null, 0, 0) : SslNative.D2iX509Bio(bio, null);
                    if (cert == 0) break;
                    int r = SslNative.X509StoreAddCert(store, cert);
                    SslNative.X509Free(cert);
                    if (r == 0)
                    {
                        nuint e = SslNative.ErrPeekLastError();
                        // X509_R_CERT_ALREADY_IN_HASH_TABLE: not an error.
                        if (SslNative.ErrLib(e) == 11 && SslNative.ErrReason(e) == 101) SslNative.ErrClearError();
                        else break;
                    }
                    loaded++;
                }
                nuint err = SslNative.ErrPeekLastError();
                if (loaded == 0)
                {
                    SslErrors.SetSslError(ts, pem ? "no start line: cadata does not contain a certificate"
                        : "not enough data: cadata does not contain a certificate", 3992);
                    return false;
                }
                // The end of the data (ASN1_R_HEADER_TOO_LONG, PEM_R_NO_START_LINE) is no error.
                if ((!pem && SslNative.ErrLib(err) == 13 && SslNative.ErrReason(err) == 123)
                    || (pem && SslNative.ErrLib(err) == 9 && SslNative.ErrReason(err) == 108))
                {
                    SslNative.ErrClearError();
                    return true;
                }
                if (err != 0) { SslErrors.SetSslError(ts, null, 4007); return false; }
                return true;
            }
            finally { SslNative.BioFree(bio); }
        }
    }

    private static PyObject? LoadDhParams(ThreadState ts, PyObject s, PyObject path)
    {
        var p = PosixModule.FsConvert(ts, path);
        if (p is null) return null;
        nint bio = SslModule.OpenFileBio(p, "rb\0"u8);
        if (bio == 0)
        {
            SslNative.ErrClearError();
            int errno = Marshal.GetLastSystemError();
            PosixErrors.SetError(ts, errno != 0 ? errno : 2, path);
            return null;
        }
        Marshal.SetLastSystemError(0);
        nint dh = SslNative.PemReadBioDhParams(bio, 0, 0, 0);
        SslNative.BioFree(bio);
        if (dh == 0) return SslErrors.SetSslError(ts, null, 4174);
        long r = SslNative.CtxCtrl(Self(s).Ctx, SslNative.SSL_CTRL_SET_TMP_DH, 0, (void*)dh);
        SslNative.DhFree(dh);
        return r == 0 ? SslErrors.SetSslError(ts, null, 4180) : PyNone.Instance;
    }

    private static PyObject? SetEcdhCurve(ThreadState ts, PyObject s, PyObject name)
    {
        var bytes = PosixModule.FsConvert(ts, name);
        if (bytes is null) return null;
        int nid;
        fixed (byte* p = bytes) nid = SslNative.ObjSn2Nid(p);
        if (nid == 0)
        {
            var repr = Protocols.Repr(ts, name);
            return repr is null ? null : ts.ValueError($"unknown elliptic curve name {((PyStr)repr).Chars}");
        }
        int* groups = stackalloc int[1];
        groups[0] = nid;
        if (SslNative.CtxCtrl(Self(s).Ctx, SslNative.SSL_CTRL_SET_GROUPS, 1, groups) == 0) return SslErrors.SetSslError(ts, null, 4349);
        return PyNone.Instance;
    }

    private static PyObject? SessionStats(ThreadState ts, PyObject s)
    {
        var ctx = Self(s).Ctx;
        var d = new PyDict();
        (string, int)[] stats = [("number", 20), ("connect", 21), ("connect_good", 22), ("connect_renegotiate", 23), ("accept", 24),
            ("accept_good", 25), ("accept_renegotiate", 26), ("hits", 27), ("misses", 29), ("timeouts", 30), ("cache_full", 31)];
        foreach (var (key, cmd) in stats) d.SetStr(key, PyInt.Create((long)SslNative.CtxCtrl(ctx, cmd, 0, null)));
        return d;
    }

    private static PyObject? CertStoreStats(ThreadState ts, PyObject s)
    {
        nint objs = SslNative.X509StoreGet0Objects(SslNative.CtxGetCertStore(Self(s).Ctx));
        int x509 = 0, crl = 0, ca = 0, n = SslNative.SkNum(objs);
        for (int i = 0; i < n; i++)
        {
            nint obj = SslNative.SkValue(objs, i);
            switch (SslNative.X509ObjectGetType(obj))
            {
                case SslNative.X509_LU_X509:
                    x509++;
                    if (SslNative.X509CheckCa(SslNative.X509ObjectGet0X509(obj)) != 0) ca++;
                    break;
                case SslNative.X509_LU_CRL:
                    crl++;
                    break;
            }
        }
        var d = new PyDict();
        d.SetStr("x509", PyInt.Create(x509));
        d.SetStr("crl", PyInt.Create(crl));
        d.SetStr("x509_ca", PyInt.Create(ca));
        return d;
    }

    private static PyObject? GetCaCerts(ThreadState ts, PyObject s, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_getCaCerts.Parse(ts, args, kw, a)) return null;
        if (!SslModule.BoolArg(ts, a[0], out bool binary)) return null;
        nint objs = SslNative.X509StoreGet0Objects(SslNative.CtxGetCertStore(Self(s).Ctx));
        var list = new List<PyObject>();
        int n = SslNative.SkNum(objs);
        for (int i = 0; i < n; i++)
        {
            nint obj = SslNative.SkValue(objs, i);
            if (SslNative.X509ObjectGetType(obj) != SslNative.X509_LU_X509) continue;
            nint cert = SslNative.X509ObjectGet0X509(obj);
            if (SslNative.X509CheckCa(cert) == 0) continue;
            var item = binary ? SslCertDecode.ToDer(ts, cert) : SslCertDecode.Decode(ts, cert);
            if (item is null) return null;
            list.Add(item);
        }
        return PyList.FromArray(list.ToArray());
    }

    private static PyObject? WrapSocket(ThreadState ts, PyObject s, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_wrapSocket.Parse(ts, args, kw, a)) return null;
        if (a[0] is not PySocket sock)
            return ts.TypeError($"_wrap_socket() argument 'sock' must be _socket.socket, not {a[0]!.Type.Name}");
        if (!PosixArgs.CInt(ts, a[1]!, out int serverSide)) return null;
        if (!Hostname(ts, a[2], out var hostname)) return null;
        return SslSocketType.Create(ts, Self(s), sock, serverSide != 0, hostname, a[3], a[4], null, null);
    }

    private static PyObject? WrapBio(ThreadState ts, PyObject s, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_wrapBio.Parse(ts, args, kw, a)) return null;
        if (a[0] is not PyMemoryBio incoming)
            return ts.TypeError($"_wrap_bio() argument 'incoming' must be _ssl.MemoryBIO, not {a[0]!.Type.Name}");
        if (a[1] is not PyMemoryBio outgoing)
            return ts.TypeError($"_wrap_bio() argument 'outgoing' must be _ssl.MemoryBIO, not {a[1]!.Type.Name}");
        if (!PosixArgs.CInt(ts, a[2]!, out int serverSide)) return null;
        if (!Hostname(ts, a[3], out var hostname)) return null;
        return SslSocketType.Create(ts, Self(s), null, serverSide != 0, hostname, a[4], a[5], incoming, outgoing);
    }

    /// <summary>server_hostname: None, or a str/bytes encoded as ASCII ("es" with "ascii") without NUL.</summary>
    private static bool Hostname(ThreadState ts, PyObject? obj, out string? hostname)
    {
        hostname = null;
        if (obj is null || obj is PyNone) return true;
        if (obj is PyStr str)
        {
            var enc = Protocols.CallMethod(ts, str, "encode", [PyStr.Create("ascii")]);
            if (enc is null) return false;
        }
        else if (obj is not PyBytes and not PyByteArray)
        {
            ts.SetError(PyExc.TypeError, $"argument 1 must be str, bytes or bytearray, not {obj.Type.Name}");
            return false;
        }
        hostname = obj is PyStr st ? st.Chars : Encoding.Latin1.GetString(obj is PyBytes pb ? pb.Value : ((PyByteArray)obj).AsSpan());
        if (hostname.Contains('\0'))
        {
            ts.SetError(PyExc.TypeError, $"argument must be encoded string without null bytes, not {obj.Type.Name}");
            return false;
        }
        return true;
    }
}
