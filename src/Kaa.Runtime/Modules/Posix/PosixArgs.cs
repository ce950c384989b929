namespace Kaa.Runtime;

/// <summary>The argument converters of posixmodule.c's clinic signatures, with CPython's messages.</summary>
internal static class PosixArgs
{
    /// <summary>A C int ('i'): __index__, "Python int too large to convert to C int".</summary>
    public static bool CInt(ThreadState ts, PyObject obj, out int value)
    {
        value = 0;
        if (obj is PyFloat)
        {
            ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            return false;
        }
        var i = Protocols.Index(ts, obj);
        if (i is null) return false;
        if (!i.TryGetLong(out long v) || v > int.MaxValue || v < int.MinValue)
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C int");
            return false;
        }
        value = (int)v;
        return true;
    }

    /// <summary>A C long ('l'), also Py_off_t: "Python int too large to convert to C long".</summary>
    public static bool CLong(ThreadState ts, PyObject obj, out long value)
    {
        value = 0;
        if (obj is PyFloat)
        {
            ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            return false;
        }
        var i = Protocols.Index(ts, obj);
        if (i is null) return false;
        if (!i.TryGetLong(out value))
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C long");
            return false;
        }
        return true;
    }

    /// <summary>A Py_ssize_t ('n').</summary>
    public static bool SSize(ThreadState ts, PyObject obj, out long value)
    {
        value = 0;
        var i = Protocols.Index(ts, obj);
        if (i is null) return false;
        if (!i.TryGetLong(out value))
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            return false;
        }
        return true;
    }

    /// <summary>A file descriptor argument (fildes_converter / _PyLong_FileDescriptor_Converter).</summary>
    public static bool Fd(ThreadState ts, PyObject obj, out int fd) => CInt(ts, obj, out fd);

    /// <summary>dir_fd: None (or absent) is AT_FDCWD; "argument should be integer or None, not T".</summary>
    public static bool DirFd(ThreadState ts, PyObject? obj, out int fd)
    {
        fd = Libc.AT_FDCWD;
        if (obj is null || obj is PyNone) return true;
        if (obj is PyInt || obj.Type.Index is not null) return PathArg.FdFromIndex(ts, obj, out fd);
        ts.SetError(PyExc.TypeError, $"argument should be integer or None, not {obj.Type.Name}");
        return false;
    }

    /// <summary>A 'p' (bool) argument; absent gives <paramref name="default"/>.</summary>
    public static bool Flag(ThreadState ts, PyObject? obj, bool @default, out bool value)
    {
        value = @default;
        if (obj is null) return true;
        int r = Protocols.IsTrue(ts, obj);
        if (r < 0) return false;
        value = r == 1;
        return true;
    }

    /// <summary>uid_t/gid_t (_Py_Uid_Converter): -1 allowed; "uid should be integer, not T".</summary>
    public static bool Id(ThreadState ts, PyObject obj, string what, out int id)
    {
        id = -1;
        if (obj is PyFloat || (obj is not PyInt && obj.Type.Index is null))
        {
            ts.SetError(PyExc.TypeError, $"{what} should be integer, not {obj.Type.Name}");
            return false;
        }
        var i = Protocols.Index(ts, obj);
        if (i is null) return false;
        if (!i.TryGetLong(out long v) || v < -1 || v > uint.MaxValue - 1)
        {
            ts.SetError(PyExc.OverflowError, $"{what} is {(i.Sign < 0 ? "less than minimum" : "greater than maximum")}");
            return false;
        }
        id = unchecked((int)(uint)v);
        return true;
    }

    /// <summary>An unsigned id for results: uid_t values above INT_MAX stay positive.</summary>
    public static PyInt IdObject(int id) => id == -1 ? PyInt.Create(-1) : PyInt.Create((long)(uint)id);
}
