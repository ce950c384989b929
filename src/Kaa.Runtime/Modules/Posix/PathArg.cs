namespace Kaa.Runtime;

/// <summary>
/// A path argument converted as CPython's path_converter (Modules/posixmodule.c): str (encoded with the
/// file-system encoding), bytes, an os.PathLike, a file descriptor when the function accepts one, or None
/// when it is optional. <see cref="Bytes"/> is NUL-terminated for libc.
/// </summary>
internal struct PathArg
{
    /// <summary>The path as bytes with a trailing NUL; null for a descriptor or None.</summary>
    public byte[]? Bytes;
    /// <summary>The descriptor when the argument was an int; -1 otherwise.</summary>
    public int Fd;
    /// <summary>The str or bytes the path came from (after __fspath__), or the int: the OSError's filename.</summary>
    public PyObject Object;
    /// <summary>Results derived from the path (listdir's names, readlink) are bytes.</summary>
    public bool IsBytes;
    /// <summary>The argument was a file descriptor.</summary>
    public bool IsFd;

    public readonly bool IsNone => Object is PyNone;

    /// <summary>The file name reported by an OSError about this path.</summary>
    public readonly PyObject ErrorFilename => Object;

    /// <summary>
    /// Converts <paramref name="obj"/>. <paramref name="function"/>/<paramref name="argument"/> name the
    /// call in messages ("stat: path should be ..."). False with the exception set.
    /// </summary>
    public static bool Convert(ThreadState ts, PyObject? obj, string function, string argument, bool nullable, bool allowFd, out PathArg path)
    {
        path = new PathArg { Fd = -1, Object = PyNone.Instance };
        if (obj is null || (obj is PyNone && nullable))
            return true;
        PyObject value = obj;
        if (obj is not PyStr && obj is not PyBytes)
        {
            if (obj is not PyStr && LookupFsPath(ts, obj, out var fspath))
            {
                if (fspath is null) return false;
                var r = Protocols.Call(ts, fspath, [], null);
                if (r is null) return false;
                if (r is not PyStr && r is not PyBytes)
                {
                    ts.SetError(PyExc.TypeError, $"expected {obj.Type.Name}.__fspath__() to return str or bytes, not {r.Type.Name}");
                    return false;
                }
                value = r;
            }
            else if (ts.HasError) return false;
            else if (allowFd && (obj is PyInt || obj.Type.Index is not null))
            {
                if (!FdFromIndex(ts, obj, out int fd)) return false;
                path.Fd = fd;
                path.IsFd = true;
                path.Object = obj;
                return true;
            }
            else if (Protocols.HasBuffer(obj))
            {
                // Deprecated by CPython (a DeprecationWarning), still accepted: the bytes of the buffer.
                if (!Protocols.GetBuffer(ts, obj, false, out var view)) return false;
                var copy = view.Span.ToArray();
                Protocols.ReleaseBuffer(ref view);
                value = PyBytes.Create(copy);
            }
            else
            {
                ts.SetError(PyExc.TypeError, $"{function}: {argument} should be {Expected(nullable, allowFd)}, not {obj.Type.Name}");
                return false;
            }
        }
        byte[]? raw;
        if (value is PyStr s)
        {
            raw = FsEncoding.Encode(ts, s);
            if (raw is null) return false;
            if (Array.IndexOf(raw, (byte)0) >= 0)
            {
                ts.SetError(PyExc.ValueError, "embedded null byte");
                return false;
            }
        }
        else
        {
            raw = ((PyBytes)value).Value;
            path.IsBytes = true;
            if (Array.IndexOf(raw, (byte)0) >= 0)
            {
                ts.SetError(PyExc.ValueError, $"{function}: embedded null character in {argument}");
                return false;
            }
        }
        var terminated = new byte[raw.Length + 1];
        raw.CopyTo(terminated, 0);
        path.Bytes = terminated;
        path.Object = value;
        return true;
    }

    private static string Expected(bool nullable, bool allowFd) => (allowFd, nullable) switch
    {
        (true, true) => "string, bytes, os.PathLike, integer or None",
        (true, false) => "string, bytes, os.PathLike or integer",
        (false, true) => "string, bytes, os.PathLike or None",
        _ => "string, bytes or os.PathLike",
    };

    /// <summary>type(obj).__fspath__, if any (false without an exception when absent).</summary>
    internal static bool LookupFsPath(ThreadState ts, PyObject obj, out PyObject? bound)
    {
        bound = null;
        var f = obj.Type.Lookup(PyStr.Intern("__fspath__"));
        if (f is null || f is PyNone) return false;
        bound = Protocols.GetAttr(ts, obj, PyStr.Intern("__fspath__"));
        return true;
    }

    /// <summary>_fd_converter for an index: "fd is greater than maximum" / "fd is less than minimum".</summary>
    internal static bool FdFromIndex(ThreadState ts, PyObject obj, out int fd)
    {
        fd = -1;
        var i = Protocols.Index(ts, obj);
        if (i is null) return false;
        if (!i.TryGetLong(out long v) || v > int.MaxValue || v < int.MinValue)
        {
            ts.SetError(PyExc.OverflowError, i.Sign > 0 ? "fd is greater than maximum" : "fd is less than minimum");
            return false;
        }
        fd = (int)v;
        return true;
    }

    /// <summary>The path as .NET text (for diagnostics and BCL calls): the bytes decoded as UTF-8.</summary>
    public readonly override string ToString()
        => Bytes is null ? $"fd {Fd}" : System.Text.Encoding.UTF8.GetString(Bytes, 0, Bytes.Length - 1);
}
