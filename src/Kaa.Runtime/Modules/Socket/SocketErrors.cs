namespace Kaa.Runtime;

/// <summary>The socket module's errors: gaierror from the resolver's codes (EAI_SYSTEM is errno),
/// herror from h_errno, OSError from errno.</summary>
internal static unsafe class SocketErrors
{
    /// <summary>set_gaierror: socket.gaierror(code, gai_strerror(code)); returns -1.</summary>
    public static int GaiError(ThreadState ts, int code)
    {
        if (code == SocketLibc.EAI_SYSTEM)
        {
            PosixErrors.SetError(ts, Libc.Errno);
            return -1;
        }
        var type = ts.Interp.GetModuleState<SocketState>().GaiError ?? PyExc.OSError;
        string message = System.Text.Encoding.UTF8.GetString(Libc.CString(SocketLibc.gai_strerror(code)));
        if (Protocols.Call(ts, type, [PyInt.Create(code), PyStr.Create(message)], null) is PyBaseException e) ts.SetError(e);
        return -1;
    }

    /// <summary>set_herror: socket.herror(h_errno, hstrerror(h_errno)); returns null.</summary>
    public static PyObject? HError(ThreadState ts, int code)
    {
        var type = ts.Interp.GetModuleState<SocketState>().HError ?? PyExc.OSError;
        string message = System.Text.Encoding.UTF8.GetString(Libc.CString(SocketLibc.hstrerror(code)));
        if (Protocols.Call(ts, type, [PyInt.Create(code), PyStr.Create(message)], null) is PyBaseException e) ts.SetError(e);
        return null;
    }

    /// <summary>OSError from errno (the socket's errorhandler); returns null.</summary>
    public static PyObject? FromErrno(ThreadState ts, int errno)
    {
        PosixErrors.SetError(ts, errno);
        return null;
    }
}
