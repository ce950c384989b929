namespace Kaa.Runtime;

/// <summary>
/// <c>os.DirEntry</c>: one entry yielded by scandir, with the file type readdir reported (d_type) and the
/// results of stat/lstat cached after the first call, as CPython's DirEntry.
/// </summary>
internal sealed class DirEntry : PyObject
{
    private const byte DT_UNKNOWN = 0, DT_DIR = 4, DT_REG = 8, DT_LNK = 10;
    private const int S_IFMT = 0xF000, S_IFDIR = 0x4000, S_IFREG = 0x8000, S_IFLNK = 0xA000;

    public readonly PyObject Name, Path;
    /// <summary>The name as NUL-terminated bytes, relative to <see cref="_dirFd"/> or joined into a path.</summary>
    private readonly byte[] _statPath;
    /// <summary>The directory's descriptor when scandir was given one (stat relative to it), else AT_FDCWD.</summary>
    private readonly int _dirFd;
    private readonly byte _dType;
    private readonly ulong _ino;
    private PyObject? _stat, _lstat;

    public static readonly PyType TypeObject = PyType.CreateStatic("posix.DirEntry", (PyType?)null, TypeFlags.None, Install);

    public DirEntry(PyObject name, PyObject path, byte[] statPath, int dirFd, byte dType, ulong ino) : base(TypeObject)
    {
        Name = name;
        Path = path;
        _statPath = statPath;
        _dirFd = dirFd;
        _dType = dType;
        _ino = ino;
    }

    private static readonly ArgSpec IsDirSpec = new("is_dir", ["follow_symlinks"], required: 0, positionalOnly: 0, maxPositional: 0);
    private static readonly ArgSpec IsFileSpec = new("is_file", ["follow_symlinks"], required: 0, positionalOnly: 0, maxPositional: 0);
    private static readonly ArgSpec StatSpec = new("stat", ["follow_symlinks"], required: 0, positionalOnly: 0, maxPositional: 0);

    private static void Install(PyType type)
    {
        type.Repr = static (ts, self) =>
        {
            var r = Protocols.Repr(ts, ((DirEntry)self).Name);
            return r is null ? null : new PyStrBuilder().Append("<DirEntry ").Append((PyStr)r).Append(">").ToPyStr();
        };
        GenericAliasSlots.AddClassGetItem(type);
        type.AddGetSet("name", static (ts, self) => ((DirEntry)self).Name, null, "the entry's base filename, relative to scandir() \"path\" argument");
        type.AddGetSet("path", static (ts, self) => ((DirEntry)self).Path, null, "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)");
        type.AddMethod("__fspath__", static (ts, self) => ((DirEntry)self).Path, "Returns the path for the entry.");
        type.AddMethod("inode", static (ts, self) => PyInt.Create(new System.Numerics.BigInteger(((DirEntry)self)._ino)), "Return inode of the entry; cached per entry.");
        type.AddMethod("is_symlink", static (ts, self) =>
        {
            int r = ((DirEntry)self).IsSymlink(ts);
            return r < 0 ? null : PyBool.From(r == 1);
        }, "Return True if the entry is a symbolic link; cached per entry.");
        type.AddMethod("is_dir", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!IsDirSpec.Parse(ts, args, kw, a) || !PosixArgs.Flag(ts, a[0], true, out bool follow)) return null;
            int r = ((DirEntry)self).TestMode(ts, follow, S_IFDIR);
            return r < 0 ? null : PyBool.From(r == 1);
        }, "Return True if the entry is a directory; cached per entry.");
        type.AddMethod("is_file", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!IsFileSpec.Parse(ts, args, kw, a) || !PosixArgs.Flag(ts, a[0], true, out bool follow)) return null;
            int r = ((DirEntry)self).TestMode(ts, follow, S_IFREG);
            return r < 0 ? null : PyBool.From(r == 1);
        }, "Return True if the entry is a file; cached per entry.");
        type.AddMethod("stat", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!StatSpec.Parse(ts, args, kw, a) || !PosixArgs.Flag(ts, a[0], true, out bool follow)) return null;
            return ((DirEntry)self).GetStat(ts, follow);
        }, "Return stat_result object for the entry; cached per entry.");
    }

    /// <summary>1/0, or -1 with the error set.</summary>
    private int IsSymlink(ThreadState ts)
    {
        if (_dType != DT_UNKNOWN) return _dType == DT_LNK ? 1 : 0;
        var st = GetStat(ts, false);
        if (st is null) return -1;
        return (Mode(st) & S_IFMT) == S_IFLNK ? 1 : 0;
    }

    private static long Mode(PyObject st) => ((PyInt)((PyStructSequence)st).Items[0]).TryGetLong(out long m) ? m : 0;

    /// <summary>DirEntry_test_mode: d_type when it answers, else stat (a missing file is "no").</summary>
    private int TestMode(ThreadState ts, bool follow, int modeBits)
    {
        int link = IsSymlink(ts);
        if (link < 0) return -1;
        bool needStat = follow && link == 1;
        if (needStat || _dType == DT_UNKNOWN)
        {
            var st = GetStat(ts, follow);
            if (st is null)
            {
                if (ts.ErrorMatches(PyExc.FileNotFoundError)) { ts.ClearError(); return 0; }
                return -1;
            }
            return (Mode(st) & S_IFMT) == modeBits ? 1 : 0;
        }
        return modeBits == S_IFDIR ? (_dType == DT_DIR ? 1 : 0) : (_dType == DT_REG ? 1 : 0);
    }

    private PyObject? GetStat(ThreadState ts, bool follow)
    {
        if (!follow) return _lstat ??= FetchStat(ts, false);
        int link = IsSymlink(ts);
        if (link < 0) return null;
        if (link == 1) return _stat ??= FetchStat(ts, true);
        return _stat ??= GetStat(ts, false);
    }

    private PyObject? FetchStat(ThreadState ts, bool follow)
    {
        var path = new PathArg { Bytes = _statPath, Fd = -1, Object = Path };
        int r;
        Statx st;
        using (ts.ReleaseGil()) r = StatResult.Stat(path, _dirFd, follow, out st);
        return r < 0 ? PosixErrors.FromErrno(ts, Path) : StatResult.FromStatx(st);
    }
}
