namespace Kaa.Runtime;

/// <summary>_dbm's per-interpreter state: its <c>error</c> class (PyErr_NewException per module instance).</summary>
internal sealed class DbmState
{
    public PyType? Error;
}

/// <summary>
/// <c>_dbm</c> (Modules/_dbmmodule.c) over Berkeley DB's ndbm interface (<see cref="DbmNative"/>), as
/// Debian's CPython builds it: <c>open(filename, flags='r', mode=0o666)</c>, <c>error</c>, <c>library</c>.
/// </summary>
internal static unsafe class DbmModule
{
    private const int O_RDONLY = 0, O_RDWR = 2, O_CREAT = 0x40, O_TRUNC = 0x200;

    private const string OpenDoc = "Return a database object.\n\n  filename\n    The filename to open.\n  flags\n    How to open the file.  \"r\" for reading, \"w\" for writing, etc.\n  mode\n    If creating a new file, the mode bits for the new file\n    (e.g. os.O_RDWR).";

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_dbm", null);
        var error = ExceptionClass.Create(ts, "_dbm.error", PyExc.OSError);
        if (error is null) return null;
        ts.Interp.GetModuleState<DbmState>().Error = error;
        m.AddFunction("open", Open, OpenDoc);
        m.Set("library", PyStr.Create("Berkeley DB"));
        m.Set("error", error);
        return m;
    }

    private static PyObject? Open(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Length: > 0 }) return ts.TypeError("_dbm.open() takes no keyword arguments");
        if (args.Length < 1) return ts.TypeError($"open expected at least 1 argument, got {args.Length}");
        if (args.Length > 3) return ts.TypeError($"open expected at most 3 arguments, got {args.Length}");
        string flags = "r";
        if (args.Length > 1)
        {
            if (args[1] is not PyStr f) return ts.TypeError($"open() argument 2 must be str, not {TypeName(args[1])}");
            flags = f.ToString();
            if (flags.Contains('\0')) return ts.Raise(PyExc.ValueError, "embedded null character");
        }
        int mode = 0x1b6; // 0o666
        if (args.Length > 2 && !PosixArgs.CInt(ts, args[2], out mode)) return null;
        int iflags = flags switch
        {
            "r" => O_RDONLY,
            "w" => O_RDWR,
            "rw" or "c" => O_RDWR | O_CREAT, // "rw": backward compatibility
            "n" => O_RDWR | O_CREAT | O_TRUNC,
            _ => -1,
        };
        if (iflags < 0) return ts.Raise(DbmType.ErrorType(ts), "arg 2 to open should be 'r', 'w', 'c', or 'n'");
        var name = PosixModule.FsConvert(ts, args[0]);
        if (name is null) return null;
        nint handle;
        int errno = 0;
        fixed (byte* p = name)
        {
            handle = DbmNative.Open(p, iflags, mode);
            if (handle == 0) errno = Libc.Errno;
        }
        if (handle == 0)
        {
            // PyErr_SetFromErrnoWithFilename(_dbm.error, file): the name decoded back from the file system.
            var filename = FsEncoding.Decode(name.AsSpan(0, name.Length - 1));
            var exc = Protocols.Call(ts, DbmType.ErrorType(ts),
                [PyInt.Create(errno), PyStr.Create(Libc.StrError(errno)), filename], null);
            if (exc is PyBaseException e) ts.SetError(e);
            return null;
        }
        return new PyDbm(handle, iflags);
    }

    private static string TypeName(PyObject o) => o is PyNone ? "None" : o.Type.Name;
}
