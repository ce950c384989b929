namespace Kaa.Runtime;

/// <summary>
/// OSError from errno (CPython's PyErr_SetFromErrno / posix_path_error): the subclass the errno maps to
/// (ENOENT → FileNotFoundError, ...), strerror's text, and the file names the call was given.
/// </summary>
internal static class PosixErrors
{
    /// <summary>Sets OSError(errno, strerror(errno)[, filename[, None, filename2]]) and returns null.</summary>
    public static PyObject? Raise(ThreadState ts, int errno, PyObject? filename = null, PyObject? filename2 = null)
    {
        SetError(ts, errno, filename, filename2);
        return null;
    }

    /// <summary>As <see cref="Raise"/> with errno read from the last P/Invoke call.</summary>
    public static PyObject? FromErrno(ThreadState ts, PyObject? filename = null, PyObject? filename2 = null)
        => Raise(ts, Libc.Errno, filename, filename2);

    /// <summary>As <see cref="FromErrno"/> for a path argument (its file name; none for a descriptor).</summary>
    public static PyObject? FromErrno(ThreadState ts, in PathArg path) => Raise(ts, Libc.Errno, path.ErrorFilename);

    public static void SetError(ThreadState ts, int errno, PyObject? filename = null, PyObject? filename2 = null)
    {
        var args = filename2 is not null
            ? new PyObject[] { PyInt.Create(errno), PyStr.Create(Libc.StrError(errno)), filename ?? PyNone.Instance, PyNone.Instance, filename2 }
            : filename is not null
                ? new PyObject[] { PyInt.Create(errno), PyStr.Create(Libc.StrError(errno)), filename }
                : new PyObject[] { PyInt.Create(errno), PyStr.Create(Libc.StrError(errno)) };
        if (Protocols.Call(ts, PyExc.OSError, args, null) is PyBaseException e) ts.SetError(e);
    }

    /// <summary>For functions returning -1 on error: null with OSError set, else None.</summary>
    public static PyObject? NoneOrError(ThreadState ts, int result)
        => result < 0 ? FromErrno(ts) : PyNone.Instance;
}
