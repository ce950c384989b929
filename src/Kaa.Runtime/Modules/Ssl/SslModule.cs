using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// <c>_ssl</c> (CPython's Modules/_ssl.c) over the system OpenSSL 3: the constants, the exception
/// hierarchy (<see cref="SslErrors"/>), the random and object-name functions, and the types
/// <c>_SSLContext</c>, <c>_SSLSocket</c>, <c>MemoryBIO</c>, <c>SSLSession</c> and <c>Certificate</c>.
/// </summary>
internal static unsafe class SslModule
{
    private const string Doc = "Implementation module for SSL socket operations.  See the socket module\nfor documentation.";

    /// <summary>PY_SSL_DEFAULT_CIPHER_STRING of Debian's build: OpenSSL's own default list (the context
    /// keeps OpenSSL's default ciphers).</summary>
    internal const string DefaultCiphers = "ALL:!COMPLEMENTOFDEFAULT:!eNULL";

    internal const int PROTOCOL_SSLv2 = 0, PROTOCOL_SSLv3 = 1, PROTOCOL_TLS = 2, PROTOCOL_TLSv1 = 3, PROTOCOL_TLSv1_1 = 4,
        PROTOCOL_TLSv1_2 = 5, PROTOCOL_TLS_CLIENT = 0x10, PROTOCOL_TLS_SERVER = 0x11;
    internal const int PROTO_MINIMUM_SUPPORTED = -2, PROTO_MAXIMUM_SUPPORTED = -1, PROTO_SSLv3 = 0x300, PROTO_TLSv1 = 0x301,
        PROTO_TLSv1_1 = 0x302, PROTO_TLSv1_2 = 0x303, PROTO_TLSv1_3 = 0x304;

    internal const ulong OP_ALL = 0x80000850, OP_NO_SSLv2 = 0, OP_NO_SSLv3 = 0x02000000, OP_NO_TLSv1 = 0x04000000,
        OP_NO_TLSv1_1 = 0x10000000, OP_NO_TLSv1_2 = 0x08000000, OP_NO_TLSv1_3 = 0x20000000,
        OP_CIPHER_SERVER_PREFERENCE = 0x00400000, OP_NO_COMPRESSION = 0x00020000, OP_IGNORE_UNEXPECTED_EOF = 0x80,
        OP_DONT_INSERT_EMPTY_FRAGMENTS = 0x800;

    private static readonly (string Name, long Value)[] Constants =
    [
        ("SSL_ERROR_ZERO_RETURN", 6), ("SSL_ERROR_WANT_READ", 2), ("SSL_ERROR_WANT_WRITE", 3), ("SSL_ERROR_WANT_X509_LOOKUP", 4),
        ("SSL_ERROR_SYSCALL", 5), ("SSL_ERROR_SSL", 1), ("SSL_ERROR_WANT_CONNECT", 7), ("SSL_ERROR_EOF", 8),
        ("SSL_ERROR_INVALID_ERROR_CODE", 10),
        ("CERT_NONE", 0), ("CERT_OPTIONAL", 1), ("CERT_REQUIRED", 2),
        ("VERIFY_DEFAULT", 0), ("VERIFY_CRL_CHECK_LEAF", 0x4), ("VERIFY_CRL_CHECK_CHAIN", 0x4 | 0x8),
        ("VERIFY_X509_STRICT", 0x20), ("VERIFY_ALLOW_PROXY_CERTS", 0x40), ("VERIFY_X509_TRUSTED_FIRST", 0x8000),
        ("VERIFY_X509_PARTIAL_CHAIN", 0x80000),
        ("ALERT_DESCRIPTION_CLOSE_NOTIFY", 0), ("ALERT_DESCRIPTION_UNEXPECTED_MESSAGE", 10), ("ALERT_DESCRIPTION_BAD_RECORD_MAC", 20),
        ("ALERT_DESCRIPTION_RECORD_OVERFLOW", 22), ("ALERT_DESCRIPTION_DECOMPRESSION_FAILURE", 30),
        ("ALERT_DESCRIPTION_HANDSHAKE_FAILURE", 40), ("ALERT_DESCRIPTION_BAD_CERTIFICATE", 42),
        ("ALERT_DESCRIPTION_UNSUPPORTED_CERTIFICATE", 43), ("ALERT_DESCRIPTION_CERTIFICATE_REVOKED", 44),
        ("ALERT_DESCRIPTION_CERTIFICATE_EXPIRED", 45), ("ALERT_DESCRIPTION_CERTIFICATE_UNKNOWN", 46),
        ("ALERT_DESCRIPTION_ILLEGAL_PARAMETER", 47), ("ALERT_DESCRIPTION_UNKNOWN_CA", 48), ("ALERT_DESCRIPTION_ACCESS_DENIED", 49),
        ("ALERT_DESCRIPTION_DECODE_ERROR", 50), ("ALERT_DESCRIPTION_DECRYPT_ERROR", 51), ("ALERT_DESCRIPTION_PROTOCOL_VERSION", 70),
        ("ALERT_DESCRIPTION_INSUFFICIENT_SECURITY", 71), ("ALERT_DESCRIPTION_INTERNAL_ERROR", 80),
        ("ALERT_DESCRIPTION_USER_CANCELLED", 90), ("ALERT_DESCRIPTION_NO_RENEGOTIATION", 100),
        ("ALERT_DESCRIPTION_UNSUPPORTED_EXTENSION", 110), ("ALERT_DESCRIPTION_CERTIFICATE_UNOBTAINABLE", 111),
        ("ALERT_DESCRIPTION_UNRECOGNIZED_NAME", 112), ("ALERT_DESCRIPTION_BAD_CERTIFICATE_STATUS_RESPONSE", 113),
        ("ALERT_DESCRIPTION_BAD_CERTIFICATE_HASH_VALUE", 114), ("ALERT_DESCRIPTION_UNKNOWN_PSK_IDENTITY", 115),
        ("PROTOCOL_SSLv23", PROTOCOL_TLS), ("PROTOCOL_TLS", PROTOCOL_TLS), ("PROTOCOL_TLS_CLIENT", PROTOCOL_TLS_CLIENT),
        ("PROTOCOL_TLS_SERVER", PROTOCOL_TLS_SERVER), ("PROTOCOL_TLSv1", PROTOCOL_TLSv1), ("PROTOCOL_TLSv1_1", PROTOCOL_TLSv1_1),
        ("PROTOCOL_TLSv1_2", PROTOCOL_TLSv1_2),
        ("OP_ALL", (long)(OP_ALL & ~OP_DONT_INSERT_EMPTY_FRAGMENTS)), ("OP_NO_SSLv2", (long)OP_NO_SSLv2), ("OP_NO_SSLv3", (long)OP_NO_SSLv3),
        ("OP_NO_TLSv1", (long)OP_NO_TLSv1), ("OP_NO_TLSv1_1", (long)OP_NO_TLSv1_1), ("OP_NO_TLSv1_2", (long)OP_NO_TLSv1_2),
        ("OP_NO_TLSv1_3", (long)OP_NO_TLSv1_3), ("OP_CIPHER_SERVER_PREFERENCE", (long)OP_CIPHER_SERVER_PREFERENCE),
        ("OP_SINGLE_DH_USE", 0), ("OP_NO_TICKET", 0x4000), ("OP_SINGLE_ECDH_USE", 0), ("OP_NO_COMPRESSION", (long)OP_NO_COMPRESSION),
        ("OP_ENABLE_MIDDLEBOX_COMPAT", 0x00100000), ("OP_NO_RENEGOTIATION", 0x40000000),
        ("OP_IGNORE_UNEXPECTED_EOF", (long)OP_IGNORE_UNEXPECTED_EOF),
        ("HOSTFLAG_ALWAYS_CHECK_SUBJECT", 0x1), ("HOSTFLAG_NEVER_CHECK_SUBJECT", 0x20), ("HOSTFLAG_NO_WILDCARDS", 0x2),
        ("HOSTFLAG_NO_PARTIAL_WILDCARDS", 0x4), ("HOSTFLAG_MULTI_LABEL_WILDCARDS", 0x8), ("HOSTFLAG_SINGLE_LABEL_SUBDOMAINS", 0x10),
        ("PROTO_MINIMUM_SUPPORTED", PROTO_MINIMUM_SUPPORTED), ("PROTO_MAXIMUM_SUPPORTED", PROTO_MAXIMUM_SUPPORTED),
        ("PROTO_SSLv3", PROTO_SSLv3), ("PROTO_TLSv1", PROTO_TLSv1), ("PROTO_TLSv1_1", PROTO_TLSv1_1), ("PROTO_TLSv1_2", PROTO_TLSv1_2),
        ("PROTO_TLSv1_3", PROTO_TLSv1_3),
        ("ENCODING_PEM", 1), ("ENCODING_DER", 2),
    ];

    private static readonly (string Name, bool Value)[] Flags =
    [
        ("HAS_SNI", true), ("HAS_TLS_UNIQUE", true), ("HAS_ECDH", true), ("HAS_NPN", false), ("HAS_ALPN", true),
        ("HAS_SSLv2", false), ("HAS_SSLv3", false), ("HAS_TLSv1", true), ("HAS_TLSv1_1", true), ("HAS_TLSv1_2", true),
        ("HAS_TLSv1_3", true),
    ];

    private static readonly ArgSpec s_txt2obj = new("txt2obj", ["txt", "name"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_randAdd = new("RAND_add", ["string", "entropy"], required: 2);

    internal static PyModule? Create(ThreadState ts)
    {
        var st = SslErrors.State(ts);
        if (st is null) return null;
        var m = PyModule.Create("_ssl", Doc);
        m.Set("_SSLContext", SslContextType.Type);
        m.Set("_SSLSocket", SslSocketType.Type);
        m.Set("MemoryBIO", MemoryBioType.Type);
        m.Set("SSLSession", SslSessionType.Type);
        m.Set("Certificate", SslCertificateType.Type);
        m.Set("SSLError", st.SslError);
        m.Set("SSLCertVerificationError", st.CertVerificationError);
        m.Set("SSLZeroReturnError", st.ZeroReturnError);
        m.Set("SSLWantWriteError", st.WantWriteError);
        m.Set("SSLWantReadError", st.WantReadError);
        m.Set("SSLSyscallError", st.SyscallError);
        m.Set("SSLEOFError", st.EofError);
        m.Set("_DEFAULT_CIPHERS", PyStr.Create(DefaultCiphers));
        foreach (var (name, value) in Constants) m.Set(name, PyInt.Create(value));
        foreach (var (name, value) in Flags) m.Set(name, value ? PyBool.True : PyBool.False);
        m.Set("err_codes_to_names", st.ErrCodesToNames);
        m.Set("err_names_to_codes", st.ErrNamesToCodes);
        m.Set("lib_codes_to_names", st.LibCodesToNames);
        ulong libver = SslNative.OpenSslVersionNum();
        m.Set("OPENSSL_VERSION_NUMBER", PyInt.Create((long)libver));
        m.Set("OPENSSL_VERSION_INFO", VersionTuple(libver));
        m.Set("OPENSSL_VERSION", PyStr.Create(SslNative.Str(SslNative.OpenSslVersion(0)) ?? ""));
        // The API level CPython 3.11.2 was compiled against on Debian (OPENSSL_VERSION_NUMBER of its headers).
        m.Set("_OPENSSL_API_VERSION", VersionTuple(0x30000160));

        m.AddFunction("_test_decode_cert", TestDecodeCert, null);
        m.AddFunction("RAND_add", RandAdd, "Mix string into the OpenSSL PRNG state.\n\nentropy (a float) is a lower bound on the entropy contained in\nstring.  See RFC 4086.");
        m.AddFunction("RAND_bytes", static (ts, _, arg) => Rand(ts, arg, pseudo: false), "Generate n cryptographically strong pseudo-random bytes.");
        m.AddFunction("RAND_pseudo_bytes", static (ts, _, arg) =>
        {
            if (!WarningsModule.Warn(ts, PyExc.DeprecationWarning, "ssl.RAND_pseudo_bytes() is deprecated", 1)) return null;
            return Rand(ts, arg, pseudo: true);
        }, "Generate n pseudo-random bytes.\n\nReturn a pair (bytes, is_cryptographic).  is_cryptographic is True\nif the bytes generated are cryptographically strong.");
        m.AddFunction("RAND_status", static (ts, _) => PyBool.From(SslNative.RandStatus() == 1),
            "Returns True if the OpenSSL PRNG has been seeded with enough data and False if not.\n\nIt is necessary to seed the PRNG with RAND_add() on some platforms before\nusing the ssl() function.");
        m.AddFunction("get_default_verify_paths", static (ts, _) => PyTuple.Create([
                PyStr.Create(SslNative.Str(SslNative.X509DefaultCertFileEnv())!), PyStr.Create(SslNative.Str(SslNative.X509DefaultCertFile())!),
                PyStr.Create(SslNative.Str(SslNative.X509DefaultCertDirEnv())!), PyStr.Create(SslNative.Str(SslNative.X509DefaultCertDir())!)]),
            "Return search paths and environment vars that are used by SSLContext's set_default_verify_paths() to load default CAs.\n\nThe values are 'cert_file_env', 'cert_file', 'cert_dir_env', 'cert_dir'.");
        m.AddFunction("txt2obj", Txt2Obj, "Lookup NID, short name, long name and OID of an ASN1_OBJECT.\n\nBy default objects are looked up by OID. With name=True short and\nlong name are also matched.");
        m.AddFunction("nid2obj", static (ts, _, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int nid)) return null;
            if (nid < 0) return ts.ValueError("NID must be positive.");
            nint obj = SslNative.ObjNid2Obj(nid);
            if (obj == 0) return ts.ValueError($"unknown NID {nid}");
            var r = ObjTuple(ts, obj);
            SslNative.Asn1ObjectFree(obj);
            return r;
        }, "Lookup NID, short name, long name and OID of an ASN1_OBJECT by NID.");
        return m;
    }

    private static PyTuple VersionTuple(ulong v)
        => PyTuple.Create([PyInt.Create((long)(v >> 28) & 0xFF), PyInt.Create((long)(v >> 20) & 0xFF), PyInt.Create((long)(v >> 12) & 0xFF),
            PyInt.Create((long)(v >> 4) & 0xFF), PyInt.Create((long)v & 0xF)]);

    /// <summary>A str argument as clinic's "str" converter takes it: no other type, no embedded NUL.</summary>
    internal static bool StrArg(ThreadState ts, PyObject obj, string function, string what, out string value)
    {
        value = "";
        if (obj is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, $"{function}() {what} must be str, not {obj.Type.Name}");
            return false;
        }
        value = s.Chars;
        if (value.Contains('\0')) { ts.SetError(PyExc.ValueError, "embedded null character"); return false; }
        return true;
    }

    /// <summary>A bool argument (clinic's "bool": any object's truth), false when absent.</summary>
    internal static bool BoolArg(ThreadState ts, PyObject? obj, out bool value)
    {
        value = false;
        if (obj is null) return true;
        int t = Protocols.IsTrue(ts, obj);
        value = t > 0;
        return t >= 0;
    }

    /// <summary>BIO_new_file over a path from PyUnicode_FSConverter (NUL-terminated); 0 on failure.</summary>
    internal static nint OpenFileBio(byte[] path, ReadOnlySpan<byte> mode)
    {
        fixed (byte* p = path)
        fixed (byte* m = mode) return SslNative.BioNewFile(p, m);
    }

    /// <summary>A NUL-terminated UTF-8 copy of <paramref name="s"/> for OpenSSL.</summary>
    internal static byte[] CString(string s)
    {
        var b = new byte[Encoding.UTF8.GetByteCount(s) + 1];
        Encoding.UTF8.GetBytes(s, b);
        return b;
    }

    private static PyObject? Txt2Obj(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_txt2obj.Parse(ts, args, kw, a)) return null;
        if (!StrArg(ts, a[0]!, "txt2obj", "argument 'txt'", out string txt)) return null;
        if (!SslModule.BoolArg(ts, a[1], out bool name)) return null;
        nint obj;
        fixed (byte* p = CString(txt)) obj = SslNative.ObjTxt2Obj(p, name ? 0 : 1);
        if (obj == 0) return ts.ValueError($"unknown object '{(txt.Length > 100 ? txt[..100] : txt)}'");
        var r = ObjTuple(ts, obj);
        SslNative.Asn1ObjectFree(obj);
        return r;
    }

    /// <summary>asn1obj2py: (nid, short name, long name, dotted OID).</summary>
    private static PyObject? ObjTuple(ThreadState ts, nint obj)
    {
        int nid = SslNative.ObjObj2Nid(obj);
        if (nid == 0) return ts.ValueError("Unknown object");
        var oid = SslCertDecode.ObjText(obj, true);
        if (oid is null) return SslErrors.SetSslError(ts, null, 1012);
        return PyTuple.Create([PyInt.Create(nid), PyStr.Create(SslNative.Str(SslNative.ObjNid2Sn(nid)) ?? ""),
            PyStr.Create(SslNative.Str(SslNative.ObjNid2Ln(nid)) ?? ""), oid.Length == 0 ? PyNone.Instance : PyStr.Create(oid)]);
    }

    private static PyObject? Rand(ThreadState ts, PyObject arg, bool pseudo)
    {
        if (!PosixArgs.CInt(ts, arg, out int n)) return null;
        if (n < 0) return ts.ValueError("num must be positive");
        var buf = new byte[n];
        int ok;
        fixed (byte* p = buf) ok = SslNative.RandBytes(p, n);
        if (ok != 1)
        {
            if (!pseudo || ok != 0)
            {
                var st = SslErrors.State(ts);
                if (st is null) return null;
                nuint err = SslNative.ErrGetError();
                var errstr = SslNative.Str(SslNative.ErrReasonErrorString(err));
                ts.SetError(st.SslError, PyTuple.Create(PyInt.Create((long)err), errstr is null ? PyNone.Instance : PyStr.Create(errstr)));
                return null;
            }
        }
        return pseudo ? PyTuple.Create(PyBytes.Create(buf), PyBool.From(ok == 1)) : PyBytes.Create(buf);
    }

    private static PyObject? RandAdd(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!s_randAdd.Parse(ts, args, kw, a)) return null;
        byte[] data;
        if (a[0] is PyStr s) data = Encoding.UTF8.GetBytes(s.Chars);
        else
        {
            if (!Protocols.GetBuffer(ts, a[0]!, false, out var view)) return null;
            data = view.Span.ToArray();
            Protocols.ReleaseBuffer(ref view);
        }
        if (!MathModule.ToDouble(ts, a[1]!, out double entropy)) return null;
        fixed (byte* p = data) SslNative.RandAdd(p, data.Length, entropy);
        return PyNone.Instance;
    }

    private static PyObject? TestDecodeCert(ThreadState ts, PyObject self, PyObject arg)
    {
        var path = PosixModule.FsConvert(ts, arg);
        if (path is null) return null;
        nint bio = OpenFileBio(path, "r\0"u8);
        if (bio == 0)
        {
            SslNative.ErrClearError();
            return SslErrors.Plain(ts, "Can't open file");
        }
        try
        {
            nint x = SslNative.PemReadBioX509(bio, null, 0, 0);
            if (x == 0) return SslErrors.Plain(ts, "Error decoding PEM-encoded file");
            var r = SslCertDecode.Decode(ts, x);
            SslNative.X509Free(x);
            return r;
        }
        finally { SslNative.BioFree(bio); }
    }
}
