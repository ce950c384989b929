using System.Runtime.InteropServices;
using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// The functions OpenSSL calls back (function pointers to <c>[UnmanagedCallersOnly]</c> methods, so the
/// NativeAOT build needs no thunks): server name (SNI), ALPN selection, key log, PEM password. They run
/// inside an OpenSSL call; the SNI one takes the GIL back for the Python callback as CPython's
/// PyGILState_Ensure does, and none lets a .NET exception escape into native code.
/// </summary>
internal static unsafe class SslCallbacks
{
    private const int SSL_TLSEXT_ERR_OK = 0, SSL_TLSEXT_ERR_ALERT_FATAL = 2, SSL_TLSEXT_ERR_NOACK = 3;
    private const int SSL_AD_HANDSHAKE_FAILURE = 40, SSL_AD_INTERNAL_ERROR = 80;

    /// <summary>_servername_callback: calls sni_callback(sslobject, server_name, context).</summary>
    [UnmanagedCallersOnly]
    internal static int ServerName(nint ssl, int* al, nint arg)
    {
        try
        {
            var sock = PySslSocket.FromSsl(ssl);
            var ts = sock?.CallingTs;
            if (sock is null || ts is null) return SSL_TLSEXT_ERR_OK;
            var servername = SslNative.Str(SslNative.SslGetServername(ssl, 0));
            ts.Interp.Gil.Acquire(ts);
            try
            {
                var ctx = sock.Context;
                var cb = ctx.SniCallback;
                if (cb is null) return SSL_TLSEXT_ERR_OK;
                var target = sock.OwnerObject() ?? (sock.HasSocket ? sock.GetSocket() : sock);
                if (target is null) { *al = SSL_AD_INTERNAL_ERROR; return SSL_TLSEXT_ERR_ALERT_FATAL; }
                var result = Protocols.Call(ts, cb, [target, servername is null ? PyNone.Instance : PyStr.Create(servername), ctx], null);
                if (result is null)
                {
                    Unraisable.Write(ts, null, cb);
                    *al = SSL_AD_HANDSHAKE_FAILURE;
                    return SSL_TLSEXT_ERR_ALERT_FATAL;
                }
                if (result is PyNone) return SSL_TLSEXT_ERR_OK;
                if (result is PyInt i && i.TryGetLong(out long code) && code is >= int.MinValue and <= int.MaxValue) *al = (int)code;
                else
                {
                    if (result is PyInt) ts.SetError(PyExc.OverflowError, "Python int too large to convert to C long");
                    else ts.SetError(PyExc.TypeError, $"an integer is required (got type {result.Type.Name})");
                    Unraisable.Write(ts, null, result);
                    *al = SSL_AD_INTERNAL_ERROR;
                }
                return SSL_TLSEXT_ERR_ALERT_FATAL;
            }
            finally { ts.Interp.Gil.Release(ts); }
        }
        catch
        {
            *al = SSL_AD_INTERNAL_ERROR;
            return SSL_TLSEXT_ERR_ALERT_FATAL;
        }
    }

    /// <summary>_PySSL_msg_callback: reports each TLS message to the context's _msg_callback as
    /// (sslobject, "read"/"write", version, content type, message type, data); an exception it raises is
    /// kept for the SSL call to raise.</summary>
    [UnmanagedCallersOnly]
    internal static void Message(int writeP, int version, int contentType, byte* buf, nuint len, nint ssl, nint arg)
    {
        try
        {
            var sock = PySslSocket.FromSsl(ssl);
            var ts = sock?.CallingTs;
            if (sock is null || ts is null) return;
            ts.Interp.Gil.Acquire(ts);
            try
            {
                var cb = sock.Context.MsgCallback;
                if (cb is null) return;
                var target = sock.OwnerObject() ?? (sock.HasSocket ? (PyObject?)sock.GetSocket() ?? PyNone.Instance : sock);
                var b = (sbyte*)buf;
                int msgType;
                switch (contentType)
                {
                    case 20: msgType = 0x0101; break;           // SSL3_RT_CHANGE_CIPHER_SPEC
                    case 21: msgType = b[1]; break;             // SSL3_RT_ALERT: level, then alert type
                    case 22: msgType = b[0]; break;             // SSL3_RT_HANDSHAKE
                    case 0x100: version = (b[1] << 8) | (b[2] & 0xFF); msgType = b[0]; break; // SSL3_RT_HEADER
                    case 0x101: msgType = b[0]; break;          // SSL3_RT_INNER_CONTENT_TYPE
                    default: msgType = -1; break;
                }
                var r = Protocols.Call(ts, cb, [target, PyStr.Create(writeP != 0 ? "write" : "read"), PyInt.Create(version),
                    PyInt.Create(contentType), PyInt.Create(msgType), PyBytes.Create(new ReadOnlySpan<byte>(buf, (int)len))], null);
                if (r is null) sock.PendingException = ts.FetchError();
            }
            finally { ts.Interp.Gil.Release(ts); }
        }
        catch
        {
            // Nothing may escape into OpenSSL.
        }
    }

    /// <summary>_selectALPN_cb: the first of the server's protocols the client offers.</summary>
    [UnmanagedCallersOnly]
    internal static int SelectAlpn(nint ssl, byte** @out, byte* outlen, byte* client, uint clientLen, nint arg)
    {
        byte* block = (byte*)arg;
        uint serverLen = block is null ? 0 : *(uint*)block;
        byte empty = 0;
        byte* server = block is null ? &empty : block + 4;
        if (client is null) { client = &empty; clientLen = 0; }
        int r = SslNative.SelectNextProto(@out, outlen, server, serverLen, client, clientLen);
        return r != 1 /* OPENSSL_NPN_NEGOTIATED */ ? SSL_TLSEXT_ERR_NOACK : SSL_TLSEXT_ERR_OK;
    }

    private static readonly object s_keylogLock = new();

    /// <summary>_PySSL_keylog_callback: appends the line to the context's keylog file.</summary>
    [UnmanagedCallersOnly]
    internal static void Keylog(nint ssl, byte* line)
    {
        try
        {
            var sock = PySslSocket.FromSsl(ssl);
            var path = sock?.Context.KeylogPath;
            if (path is null) return;
            var text = SslNative.Str(line) + "\n";
            lock (s_keylogLock) File.AppendAllText(path, text, Encoding.ASCII);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // CPython records the OSError for the socket call to raise; a failing debug log is dropped here.
        }
    }

    /// <summary>_password_callback: the password (or the callable's result) copied into OpenSSL's buffer.
    /// Runs with the GIL held: load_cert_chain keeps it.</summary>
    [UnmanagedCallersOnly]
    internal static int Password(byte* buf, int size, int rwflag, nint userdata)
    {
        try
        {
            var info = (SslContextType.PasswordInfo)GCHandle.FromIntPtr(userdata).Target!;
            if (info.Error is not null) return -1;
            var ts = info.Ts;
            if (info.Callable is not null)
            {
                var r = Protocols.Call(ts, info.Callable, [], null);
                if (r is null || !SslContextType.PasswordBytes(ts, info, r, "password callback must return a string"))
                {
                    info.Error = ts.FetchError();
                    return -1;
                }
            }
            var pw = info.Password ?? [];
            if (pw.Length > size)
            {
                ts.SetError(PyExc.ValueError, $"password cannot be longer than {size} bytes");
                info.Error = ts.FetchError();
                return -1;
            }
            pw.CopyTo(new Span<byte>(buf, size));
            return pw.Length;
        }
        catch
        {
            return -1;
        }
    }
}
