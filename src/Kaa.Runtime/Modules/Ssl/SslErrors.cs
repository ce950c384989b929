namespace Kaa.Runtime;

/// <summary>The _ssl module's per-interpreter state: its exception classes and error-code tables
/// (CPython's _sslmodulestate).</summary>
internal sealed class SslState
{
    public PyType SslError = null!, CertVerificationError = null!, ZeroReturnError = null!, WantReadError = null!,
        WantWriteError = null!, SyscallError = null!, EofError = null!;
    public PyDict ErrCodesToNames = null!, ErrNamesToCodes = null!, LibCodesToNames = null!;
    public bool Ready;
}

/// <summary>
/// SSLError and its subclasses, and how OpenSSL failures become them (CPython's fill_and_set_sslerror,
/// PySSL_SetError, _setSSLError): "[LIB: REASON] reason text (_ssl.c:LINE)" with the library and reason
/// mnemonics from the error tables and the line of CPython 3.11.2's _ssl.c that raises it, so messages
/// read as CPython's do.
/// </summary>
internal static class SslErrors
{
    // The _PySSL error numbers (the SSL_ERROR_* constants of the module).
    public const int PY_SSL_ERROR_NONE = 0, PY_SSL_ERROR_SSL = 1, PY_SSL_ERROR_WANT_READ = 2, PY_SSL_ERROR_WANT_WRITE = 3,
        PY_SSL_ERROR_WANT_X509_LOOKUP = 4, PY_SSL_ERROR_SYSCALL = 5, PY_SSL_ERROR_ZERO_RETURN = 6,
        PY_SSL_ERROR_WANT_CONNECT = 7, PY_SSL_ERROR_EOF = 8, PY_SSL_ERROR_NO_SOCKET = 9, PY_SSL_ERROR_INVALID_ERROR_CODE = 10;

    private const int ERR_LIB_SSL = 20, SSL_R_CERTIFICATE_VERIFY_FAILED = 134;
    private const int X509_V_ERR_HOSTNAME_MISMATCH = 62, X509_V_ERR_IP_ADDRESS_MISMATCH = 64;

    /// <summary>Makes the exception classes and tables once per interpreter.</summary>
    internal static SslState? State(ThreadState ts)
    {
        var st = ts.Interp.GetModuleState<SslState>();
        if (st.Ready) return st;
        var sslError = SslErrorType;
        st.SslError = sslError;
        PyType? Sub(string name, string doc, PyTuple bases)
        {
            var d = new PyDict();
            d.SetStr("__module__", PyStr.Create("ssl"));
            d.SetStr("__doc__", PyStr.Create(doc));
            return MakeClass(ts, name, bases, d);
        }
        var one = PyTuple.Create(sslError);
        if ((st.CertVerificationError = Sub("SSLCertVerificationError", "A certificate could not be verified.", PyTuple.Create(sslError, PyExc.ValueError))!) is null
            || (st.ZeroReturnError = Sub("SSLZeroReturnError", "SSL/TLS session closed cleanly.", one)!) is null
            || (st.WantWriteError = Sub("SSLWantWriteError", "Non-blocking SSL socket needs to write more data\nbefore the requested operation can be completed.", one)!) is null
            || (st.WantReadError = Sub("SSLWantReadError", "Non-blocking SSL socket needs to read more data\nbefore the requested operation can be completed.", one)!) is null
            || (st.SyscallError = Sub("SSLSyscallError", "System error when attempting SSL operation.", one)!) is null
            || (st.EofError = Sub("SSLEOFError", "SSL/TLS connection terminated abruptly.", one)!) is null)
            return null;
        st.ErrCodesToNames = new PyDict();
        st.ErrNamesToCodes = new PyDict();
        st.LibCodesToNames = new PyDict();
        foreach (var line in SslErrorTable.Reasons.Split('\n'))
        {
            var parts = line.Split(' ');
            var key = PyTuple.Create(PyInt.Create(int.Parse(parts[0])), PyInt.Create(int.Parse(parts[1])));
            var name = PyStr.Create(parts[2]);
            if (!st.ErrCodesToNames.SetItem(ts, key, name) || !st.ErrNamesToCodes.SetItem(ts, name, key)) return null;
        }
        foreach (var line in SslErrorTable.Libraries.Split('\n'))
        {
            int sp = line.IndexOf(' ');
            if (!st.LibCodesToNames.SetItem(ts, PyInt.Create(int.Parse(line[..sp])), PyStr.Create(line[(sp + 1)..]))) return null;
        }
        st.Ready = true;
        return st;
    }

    /// <summary>ssl.SSLError: made from a spec in CPython (tp_name "ssl.SSLError", immutable, OSError's
    /// layout and no weak references), so here a type made once per process; its subclasses are classes
    /// made per interpreter, as PyErr_NewException makes them.</summary>
    internal static readonly PyType SslErrorType = PyType.CreateStatic("ssl.SSLError", PyExc.OSError,
        TypeFlags.BaseType | TypeFlags.HasInstanceDict | TypeFlags.BaseExceptionSubclass, static t =>
        {
            t.Str = ErrorStr;
            t.AddAttribute("__module__", PyStr.Create("ssl"));
            t.AddAttribute("__doc__", PyStr.Create("An error occurred in the SSL implementation."));
        });

    private static PyType? MakeClass(ThreadState ts, string name, PyTuple bases, PyDict ns)
        => Protocols.Call(ts, BuiltinTypes.Type, [PyStr.Create(name), bases, ns], null) as PyType;

    /// <summary>SSLError_str: the strerror when it is a str, else str(args).</summary>
    private static PyObject? ErrorStr(ThreadState ts, PyObject self)
    {
        if (self is PyOSError { StrError: PyStr s }) return s;
        return Protocols.Str(ts, ((PyBaseException)self).Args);
    }

    /// <summary>fill_and_set_sslerror: raises <paramref name="type"/>(sslErrno, message) with its library,
    /// reason and (for a certificate failure on a socket) verify_code and verify_message.</summary>
    internal static unsafe PyObject? Fill(ThreadState ts, SslState st, PySslSocket? sock, PyType type, int sslErrno,
        string? errstr, int lineno, nuint errcode)
    {
        PyObject? reasonObj = null, libObj = null;
        if (errcode != 0)
        {
            int lib = SslNative.ErrLib(errcode), reason = SslNative.ErrReason(errcode);
            if (st.ErrCodesToNames.TryGetItem(ts, PyTuple.Create(PyInt.Create(lib), PyInt.Create(reason)), out reasonObj) < 0
                || st.LibCodesToNames.TryGetItem(ts, PyInt.Create(lib), out libObj) < 0) return null;
            errstr ??= SslNative.Str(SslNative.ErrReasonErrorString(errcode));
        }
        errstr ??= "unknown error";
        PyObject? verifyObj = null, verifyCodeObj = null;
        if (sock is not null && type == st.CertVerificationError)
        {
            long code = SslNative.SslGetVerifyResult(sock.Ssl);
            verifyCodeObj = PyInt.Create(code);
            if (code is X509_V_ERR_HOSTNAME_MISMATCH or X509_V_ERR_IP_ADDRESS_MISMATCH)
            {
                var host = sock.ServerHostname is null ? "(null)" : Protocols.Str(ts, sock.ServerHostname) is PyStr hs ? hs.Chars : null;
                if (host is null) return null;
                verifyObj = PyStr.Create(code == X509_V_ERR_HOSTNAME_MISMATCH
                    ? $"Hostname mismatch, certificate is not valid for '{host}'."
                    : $"IP address mismatch, certificate is not valid for '{host}'.");
            }
            else
            {
                var s = SslNative.Str(SslNative.X509VerifyCertErrorString((nint)code));
                verifyObj = s is null ? PyNone.Instance : PyStr.Create(s);
            }
        }
        string msg;
        if (verifyObj is not null && reasonObj is not null && libObj is not null)
            msg = $"[{StrOf(libObj)}: {StrOf(reasonObj)}] {errstr}: {StrOf(verifyObj)} (_ssl.c:{lineno})";
        else if (reasonObj is not null && libObj is not null)
            msg = $"[{StrOf(libObj)}: {StrOf(reasonObj)}] {errstr} (_ssl.c:{lineno})";
        else if (libObj is not null)
            msg = $"[{StrOf(libObj)}] {errstr} (_ssl.c:{lineno})";
        else
            msg = $"{errstr} (_ssl.c:{lineno})";
        var value = Protocols.Call(ts, type, [PyInt.Create(SslNative.ErrReason((nuint)(uint)sslErrno)), PyStr.Create(msg)], null);
        if (value is null) return null;
        if (Protocols.SetAttr(ts, value, PyStr.Intern("reason"), reasonObj ?? PyNone.Instance) < 0) return null;
        if (Protocols.SetAttr(ts, value, PyStr.Intern("library"), libObj ?? PyNone.Instance) < 0) return null;
        if (sock is not null && type == st.CertVerificationError)
        {
            if (Protocols.SetAttr(ts, value, PyStr.Intern("verify_code"), verifyCodeObj!) < 0) return null;
            if (Protocols.SetAttr(ts, value, PyStr.Intern("verify_message"), verifyObj!) < 0) return null;
        }
        ts.SetError((PyBaseException)value);
        return null;
    }

    private static string StrOf(PyObject o) => o is PyStr s ? s.Chars : o.ToString() ?? "";

    /// <summary>_setSSLError: an SSLError from <paramref name="errstr"/>, or from OpenSSL's last error when
    /// it is null; clears OpenSSL's error queue.</summary>
    internal static PyObject? SetSslError(ThreadState ts, string? errstr, int lineno)
    {
        var st = State(ts);
        if (st is null) return null;
        nuint code = errstr is null ? SslNative.ErrPeekLastError() : 0;
        Fill(ts, st, null, st.SslError, (int)code, errstr, lineno, code);
        SslNative.ErrClearError();
        return null;
    }

    /// <summary>PyErr_SetString(SSLError, message): a plain SSLError without library or reason.</summary>
    internal static PyObject? Plain(ThreadState ts, string message)
    {
        var st = State(ts);
        return st is null ? null : ts.Raise(st.SslError, message);
    }

    /// <summary>PySSL_SetError: turns the last OpenSSL failure of <paramref name="sock"/> (its SSL error
    /// code and errno, recorded after the call) into the matching SSLError subclass or OSError.</summary>
    internal static PyObject? FromSocket(ThreadState ts, PySslSocket sock, int ret, int lineno)
    {
        var st = State(ts);
        if (st is null) return null;
        var type = st.SslError;
        string? errstr = null;
        int p = PY_SSL_ERROR_NONE;
        nuint e = SslNative.ErrPeekLastError();
        switch (sock.ErrSsl)
        {
            case SslNative.SSL_ERROR_ZERO_RETURN:
                errstr = "TLS/SSL connection has been closed (EOF)"; type = st.ZeroReturnError; p = PY_SSL_ERROR_ZERO_RETURN; break;
            case SslNative.SSL_ERROR_WANT_READ:
                errstr = "The operation did not complete (read)"; type = st.WantReadError; p = PY_SSL_ERROR_WANT_READ; break;
            case SslNative.SSL_ERROR_WANT_WRITE:
                errstr = "The operation did not complete (write)"; type = st.WantWriteError; p = PY_SSL_ERROR_WANT_WRITE; break;
            case SslNative.SSL_ERROR_WANT_X509_LOOKUP:
                errstr = "The operation did not complete (X509 lookup)"; p = PY_SSL_ERROR_WANT_X509_LOOKUP; break;
            case SslNative.SSL_ERROR_WANT_CONNECT:
                errstr = "The operation did not complete (connect)"; p = PY_SSL_ERROR_WANT_CONNECT; break;
            case SslNative.SSL_ERROR_SYSCALL:
                if (e == 0)
                {
                    var s = sock.GetSocket();
                    if (ret == 0 || (sock.HasSocket && s is null))
                    {
                        p = PY_SSL_ERROR_EOF; type = st.EofError; errstr = "EOF occurred in violation of protocol";
                    }
                    else if (ret == -1)
                    {
                        SslNative.ErrClearError();
                        if (sock.ErrErrno != 0)
                        {
                            PosixErrors.SetError(ts, sock.ErrErrno);
                            ChainPending(ts, sock);
                            return null;
                        }
                        p = PY_SSL_ERROR_EOF; type = st.EofError; errstr = "EOF occurred in violation of protocol";
                    }
                    else
                    {
                        p = PY_SSL_ERROR_SYSCALL; type = st.SyscallError; errstr = "Some I/O error occurred";
                    }
                }
                else p = PY_SSL_ERROR_SYSCALL;
                break;
            case SslNative.SSL_ERROR_SSL:
                p = PY_SSL_ERROR_SSL;
                if (e == 0) errstr = "A failure in the SSL library occurred";
                if (SslNative.ErrLib(e) == ERR_LIB_SSL && SslNative.ErrReason(e) == SSL_R_CERTIFICATE_VERIFY_FAILED)
                    type = st.CertVerificationError;
                break;
            default:
                p = PY_SSL_ERROR_INVALID_ERROR_CODE; errstr = "Invalid error code"; break;
        }
        Fill(ts, st, sock, type, p, errstr, lineno, e);
        SslNative.ErrClearError();
        ChainPending(ts, sock);
        return null;
    }

    /// <summary>PySSL_ChainExceptions: an exception raised inside a callback (SNI, ...) during the call
    /// becomes the context of the SSL error, or is raised itself when the call succeeded. Returns false
    /// when one was pending.</summary>
    internal static bool ChainPending(ThreadState ts, PySslSocket sock)
    {
        var pending = sock.PendingException;
        if (pending is null) return true;
        sock.PendingException = null;
        if (ts.CurrentException is PyBaseException current)
        {
            current.Context ??= pending;
            return false;
        }
        ts.SetError(pending);
        return false;
    }
}
