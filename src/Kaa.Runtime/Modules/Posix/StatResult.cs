namespace Kaa.Runtime;

/// <summary>
/// <c>os.stat_result</c>: a 10-tuple (mode, ino, dev, nlink, uid, gid, size, and the three times as whole
/// seconds, which have no attribute name) plus st_atime/st_mtime/st_ctime as floats, the *_ns integers,
/// st_blksize, st_blocks and st_rdev.
/// </summary>
internal static class StatResult
{
    private const string U = StructSequenceLayout.UnnamedField;

    public static readonly StructSequenceLayout Layout = new("os.stat_result",
        ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", U, U, U,
         "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
         "st_blksize", "st_blocks", "st_rdev"], visibleCount: 10);

    public static readonly PyType Type = CreateType();

    private static PyType CreateType()
    {
        var t = PyStructSequence.NewType(Layout, instantiable: true,
            "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes only.\n\nSee os.stat for more information.");
        var structseqNew = t.New!;
        // statresult_new: a float time left None takes the integer time's value.
        t.New = (ts, type, args, kw) =>
        {
            var r = structseqNew(ts, type, args, kw);
            if (r is PyStructSequence s)
                for (int i = 7; i <= 9; i++)
                    if (s.Hidden[i - 7] is PyNone) s.Hidden[i - 7] = s.Items[i];
            return r;
        };
        return t;
    }

    /// <summary>The result for what statx filled in.</summary>
    public static PyStructSequence FromStatx(in Statx st)
    {
        var values = new PyObject[19];
        values[0] = PyInt.Create((long)st.Mode);
        values[1] = PyInt.Create(new System.Numerics.BigInteger(st.Ino));
        values[2] = UnsignedInt(Statx.MakeDev(st.DevMajor, st.DevMinor));
        values[3] = PyInt.Create((long)st.Nlink);
        values[4] = PyInt.Create((long)st.Uid);
        values[5] = PyInt.Create((long)st.Gid);
        values[6] = PyInt.Create((long)st.Size);
        FillTime(values, 0, st.Atime);
        FillTime(values, 1, st.Mtime);
        FillTime(values, 2, st.Ctime);
        values[16] = PyInt.Create((long)st.BlkSize);
        values[17] = PyInt.Create((long)st.Blocks);
        values[18] = UnsignedInt(Statx.MakeDev(st.RdevMajor, st.RdevMinor));
        return PyStructSequence.Create(Type, Layout, values);
    }

    private static PyInt UnsignedInt(ulong v) => v <= long.MaxValue ? PyInt.Create((long)v) : PyInt.Create(new System.Numerics.BigInteger(v));

    /// <summary>fill_time: whole seconds in the tuple, sec + nsec * 1e-9 as the float, sec * 10**9 + nsec.</summary>
    private static void FillTime(PyObject[] values, int which, StatxTimestamp t)
    {
        values[7 + which] = PyInt.Create(t.Sec);
        values[10 + which] = PyFloat.Create(t.Sec + t.Nsec * 1e-9);
        values[13 + which] = PyInt.Create(new System.Numerics.BigInteger(t.Sec) * 1_000_000_000 + t.Nsec);
    }

    /// <summary>statx's mask: the basic stat fields.</summary>
    public const uint BasicStats = 0x7ff;

    /// <summary>stat/lstat/fstat through statx: <paramref name="path"/>'s descriptor or bytes.</summary>
    public static unsafe int Stat(in PathArg path, int dirFd, bool followSymlinks, out Statx st)
    {
        st = default;
        fixed (Statx* p = &st)
        {
            if (path.IsFd)
            {
                byte empty = 0;
                return Libc.statx(path.Fd, &empty, Libc.AT_EMPTY_PATH, BasicStats, p);
            }
            fixed (byte* name = path.Bytes)
                return Libc.statx(dirFd, name, followSymlinks ? 0 : Libc.AT_SYMLINK_NOFOLLOW, BasicStats, p);
        }
    }
}
