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
