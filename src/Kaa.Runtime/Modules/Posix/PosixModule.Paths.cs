namespace Kaa.Runtime;

// posix: operations on paths (stat family, directories, links, permissions, times).
internal static unsafe partial class PosixModule
{
    private static readonly ArgSpec StatSpec = new("stat", ["path", "dir_fd", "follow_symlinks"], required: 1, positionalOnly: 0, maxPositional: 1);
    private static readonly ArgSpec LstatSpec = new("lstat", ["path", "dir_fd"], required: 1, positionalOnly: 0, maxPositional: 1);
    private static readonly ArgSpec ListdirSpec = new("listdir", ["path"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec MkdirSpec = new("mkdir", ["path", "mode", "dir_fd"], required: 1, positionalOnly: 0, maxPositional: 2);
    private static readonly ArgSpec MkfifoSpec = new("mkfifo", ["path", "mode", "dir_fd"], required: 1, positionalOnly: 0, maxPositional: 2);
    private static readonly ArgSpec MknodSpec = new("mknod", ["path", "mode", "device", "dir_fd"], required: 1, positionalOnly: 0, maxPositional: 3);
    private static readonly ArgSpec RenameSpec = new("rename", ["src", "dst", "src_dir_fd", "dst_dir_fd"], required: 2, positionalOnly: 0, maxPositional: 2);
    private static readonly ArgSpec ReplaceSpec = new("replace", ["src", "dst", "src_dir_fd", "dst_dir_fd"], required: 2, positionalOnly: 0, maxPositional: 2);
    private static readonly ArgSpec LinkSpec = new("link", ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], required: 2, positionalOnly: 0, maxPositional: 2);
    private static readonly ArgSpec SymlinkSpec = new("symlink", ["src", "dst", "target_is_directory", "dir_fd"], required: 2, positionalOnly: 0, maxPositional: 3);
    private static readonly ArgSpec ChmodSpec = new("chmod", ["path", "mode", "dir_fd", "follow_symlinks"], required: 2, positionalOnly: 0, maxPositional: 2);
    private static readonly ArgSpec FchmodSpec = new("fchmod", ["fd", "mode"], required: 2, positionalOnly: 0);
    private static readonly ArgSpec ChownSpec = new("chown", ["path", "uid", "gid", "dir_fd", "follow_symlinks"], required: 3, positionalOnly: 0, maxPositional: 3);
    private static readonly ArgSpec LchownSpec = new("lchown", ["path", "uid", "gid"], required: 3, positionalOnly: 0);
    private static readonly ArgSpec FchownSpec = new("fchown", ["fd", "uid", "gid"], required: 3, positionalOnly: 0);
    private static readonly ArgSpec AccessSpec = new("access", ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], required: 2, positionalOnly: 0, maxPositional: 2);
    private static readonly ArgSpec UtimeSpec = new("utime", ["path", "times", "ns", "dir_fd", "follow_symlinks"], required: 1, positionalOnly: 0, maxPositional: 2);
    private static readonly ArgSpec TruncateSpec = new("truncate", ["path", "length"], required: 2, positionalOnly: 0);
    private static readonly ArgSpec PathconfSpec = new("pathconf", ["path", "name"], required: 2, positionalOnly: 0);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ArgSpec> s_pathSpecs = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ArgSpec> s_pathDirFdSpecs = new();

    private static ArgSpec PathSpec(string name) => s_pathSpecs.GetOrAdd(name, static n => new ArgSpec(n, ["path"], required: 1, positionalOnly: 0));
    private static ArgSpec PathDirFdSpec(string name) => s_pathDirFdSpecs.GetOrAdd(name, static n => new ArgSpec(n, ["path", "dir_fd"], required: 1, positionalOnly: 0, maxPositional: 1));

    private static void AddPathFunctions(PyModule m)
    {
        m.AddFunction("stat", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!StatSpec.Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.Flag(ts, a[2], true, out bool follow)) return null;
            return StatPath(ts, "stat", a[0]!, a[1], follow, allowFd: true);
        });
        m.AddFunction("lstat", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!LstatSpec.Parse(ts, args, kw, a)) return null;
            return StatPath(ts, "lstat", a[0]!, a[1], false, allowFd: false);
        });
        m.AddFunction(FdFunction("fstat", static (ts, fd) =>
        {
            var path = new PathArg { Fd = fd, IsFd = true, Object = PyNone.Instance };
            int r;
            Statx st;
            using (ts.ReleaseGil()) r = StatResult.Stat(path, Libc.AT_FDCWD, true, out st);
            return r < 0 ? PosixErrors.FromErrno(ts) : StatResult.FromStatx(st);
        }));
        m.AddFunction("getcwd", static (ts, self) => GetCwd(ts, asBytes: false));
        m.AddFunction("getcwdb", static (ts, self) => GetCwd(ts, asBytes: true));
        m.AddFunction("listdir", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!ListdirSpec.Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0] ?? PyNone.Instance, "listdir", "path", true, true, out var path)) return null;
            return ListDir(ts, path);
        });
        m.AddFunction("mkdir", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!MkdirSpec.Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0], "mkdir", "path", false, false, out var path)) return null;
            int mode = 0x1ff;
            if (a[1] is { } mo && !PosixArgs.CInt(ts, mo, out mode)) return null;
            if (!PosixArgs.DirFd(ts, a[2], out int dirFd)) return null;
            return PathCall(ts, path, static (p, d, x) => Libc.mkdirat(d, p, x), dirFd, mode);
        });
        m.AddFunction("mkfifo", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!MkfifoSpec.Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0], "mkfifo", "path", false, false, out var path)) return null;
            int mode = 0x1b6;
            if (a[1] is { } mo && !PosixArgs.CInt(ts, mo, out mode)) return null;
            if (!PosixArgs.DirFd(ts, a[2], out int dirFd)) return null;
            return PathCall(ts, path, static (p, d, x) => Libc.mkfifoat(d, p, x), dirFd, mode);
        });
        m.AddFunction("mknod", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!MknodSpec.Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0], "mknod", "path", false, false, out var path)) return null;
            int mode = 0x180;
            if (a[1] is { } mo && !PosixArgs.CInt(ts, mo, out mode)) return null;
            long device = 0;
            if (a[2] is { } dv && !PosixArgs.CLong(ts, dv, out device)) return null;
            if (!PosixArgs.DirFd(ts, a[3], out int dirFd)) return null;
            return PathCall(ts, path, (p, d, x) => Libc.mknodat(d, p, x, (ulong)device), dirFd, mode);
        });
        m.AddFunction("rmdir", static (ts, self, args, kw) => UnlinkLike(ts, "rmdir", args, kw, Libc.AT_REMOVEDIR));
        m.AddFunction("unlink", static (ts, self, args, kw) => UnlinkLike(ts, "unlink", args, kw, 0));
        m.AddFunction("remove", static (ts, self, args, kw) => UnlinkLike(ts, "remove", args, kw, 0));
        m.AddFunction("rename", static (ts, self, args, kw) => Rename(ts, RenameSpec, args, kw));
        m.AddFunction("replace", static (ts, self, args, kw) => Rename(ts, ReplaceSpec, args, kw));
        m.AddFunction("link", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!LinkSpec.Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0], "link", "src", false, false, out var src)) return null;
            if (!PathArg.Convert(ts, a[1], "link", "dst", false, false, out var dst)) return null;
            if (!PosixArgs.DirFd(ts, a[2], out int srcDir) || !PosixArgs.DirFd(ts, a[3], out int dstDir)) return null;
            if (!PosixArgs.Flag(ts, a[4], true, out bool follow)) return null;
            if (src.IsBytes != dst.IsBytes) return ts.TypeError("link: src and dst must be the same type");
            int r = TwoPaths(src, dst, (s, d) => Libc.linkat(srcDir, s, dstDir, d, follow ? Libc.AT_SYMLINK_FOLLOW : 0));
            return r < 0 ? PosixErrors.FromErrno(ts, src.Object, dst.Object) : PyNone.Instance;
        });
        m.AddFunction("symlink", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!SymlinkSpec.Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0], "symlink", "src", false, false, out var src)) return null;
            if (!PathArg.Convert(ts, a[1], "symlink", "dst", false, false, out var dst)) return null;
            if (!PosixArgs.DirFd(ts, a[3], out int dirFd)) return null;
            if (src.IsBytes != dst.IsBytes) return ts.TypeError("symlink: src and dst must be the same type");
            int r = TwoPaths(src, dst, (s, d) => Libc.symlinkat(s, dirFd, d));
            return r < 0 ? PosixErrors.FromErrno(ts, src.Object, dst.Object) : PyNone.Instance;
        });
        m.AddFunction("readlink", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PathDirFdSpec("readlink").Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0], "readlink", "path", false, false, out var path)) return null;
            if (!PosixArgs.DirFd(ts, a[1], out int dirFd)) return null;
            return ReadLink(ts, path, dirFd);
        });
        m.AddFunction("chmod", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!ChmodSpec.Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0], "chmod", "path", false, true, out var path)) return null;
            if (!PosixArgs.CInt(ts, a[1]!, out int mode)) return null;
            if (!PosixArgs.DirFd(ts, a[2], out int dirFd)) return null;
            if (!PosixArgs.Flag(ts, a[3], true, out bool follow)) return null;
            if (!CheckFdCombination(ts, "chmod", path, dirFd, follow)) return null;
            int r = path.IsFd ? Libc.fchmod(path.Fd, mode) : WithPath(path, p => Libc.fchmodat(dirFd, p, mode, follow ? 0 : Libc.AT_SYMLINK_NOFOLLOW));
            return r < 0 ? PosixErrors.FromErrno(ts, path) : PyNone.Instance;
        });
        m.AddFunction("fchmod", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!FchmodSpec.Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.Fd(ts, a[0]!, out int fd) || !PosixArgs.CInt(ts, a[1]!, out int mode)) return null;
            return Libc.fchmod(fd, mode) < 0 ? PosixErrors.FromErrno(ts) : PyNone.Instance;
        });
        m.AddFunction("chown", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!ChownSpec.Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0], "chown", "path", false, true, out var path)) return null;
            if (!PosixArgs.Id(ts, a[1]!, "uid", out int uid) || !PosixArgs.Id(ts, a[2]!, "gid", out int gid)) return null;
            if (!PosixArgs.DirFd(ts, a[3], out int dirFd)) return null;
            if (!PosixArgs.Flag(ts, a[4], true, out bool follow)) return null;
            if (!CheckFdCombination(ts, "chown", path, dirFd, follow)) return null;
            int r = path.IsFd ? Libc.fchown(path.Fd, uid, gid) : WithPath(path, p => Libc.fchownat(dirFd, p, uid, gid, follow ? 0 : Libc.AT_SYMLINK_NOFOLLOW));
            return r < 0 ? PosixErrors.FromErrno(ts, path) : PyNone.Instance;
        });
        m.AddFunction("lchown", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!LchownSpec.Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0], "lchown", "path", false, false, out var path)) return null;
            if (!PosixArgs.Id(ts, a[1]!, "uid", out int uid) || !PosixArgs.Id(ts, a[2]!, "gid", out int gid)) return null;
            int r = WithPath(path, p => Libc.fchownat(Libc.AT_FDCWD, p, uid, gid, Libc.AT_SYMLINK_NOFOLLOW));
            return r < 0 ? PosixErrors.FromErrno(ts, path) : PyNone.Instance;
        });
        m.AddFunction("fchown", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!FchownSpec.Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.Fd(ts, a[0]!, out int fd)) return null;
            if (!PosixArgs.Id(ts, a[1]!, "uid", out int uid) || !PosixArgs.Id(ts, a[2]!, "gid", out int gid)) return null;
            return Libc.fchown(fd, uid, gid) < 0 ? PosixErrors.FromErrno(ts) : PyNone.Instance;
        });
        m.AddFunction("access", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!AccessSpec.Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0], "access", "path", false, false, out var path)) return null;
            if (!PosixArgs.CInt(ts, a[1]!, out int mode)) return null;
            if (!PosixArgs.DirFd(ts, a[2], out int dirFd)) return null;
            if (!PosixArgs.Flag(ts, a[3], false, out bool effective) || !PosixArgs.Flag(ts, a[4], true, out bool follow)) return null;
            int flags = (effective ? Libc.AT_EACCESS : 0) | (follow ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
            int r;
            using (ts.ReleaseGil()) r = WithPath(path, p => Libc.faccessat(dirFd, p, mode, flags));
            return PyBool.From(r == 0);
        });
        m.AddFunction("chdir", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PathSpec("chdir").Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0], "chdir", "path", false, true, out var path)) return null;
            int r = path.IsFd ? Libc.fchdir(path.Fd) : WithPath(path, static p => Libc.chdir(p));
            return r < 0 ? PosixErrors.FromErrno(ts, path) : PyNone.Instance;
        });
        m.AddFunction(FileDescriptorFunction("fchdir", static (ts, fd) => Libc.fchdir(fd) < 0 ? PosixErrors.FromErrno(ts) : PyNone.Instance));
        m.AddFunction("chroot", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PathSpec("chroot").Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0], "chroot", "path", false, false, out var path)) return null;
            return WithPath(path, static p => Libc.chroot(p)) < 0 ? PosixErrors.FromErrno(ts, path) : PyNone.Instance;
        });
        m.AddFunction("truncate", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!TruncateSpec.Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0], "truncate", "path", false, true, out var path)) return null;
            if (!PosixArgs.CLong(ts, a[1]!, out long length)) return null;
            int r;
            using (ts.ReleaseGil()) r = path.IsFd ? Libc.ftruncate(path.Fd, length) : WithPath(path, p => Libc.truncate(p, length));
            return r < 0 ? PosixErrors.FromErrno(ts, path) : PyNone.Instance;
        });
        m.AddFunction("utime", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!UtimeSpec.Parse(ts, args, kw, a)) return null;
            return Utime(ts, a[0]!, a[1], a[2], a[3], a[4]);
        });
        m.AddFunction("statvfs", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PathSpec("statvfs").Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0], "statvfs", "path", false, true, out var path)) return null;
            return StatVfs(ts, path);
        });
        m.AddFunction("fstatvfs", static (ts, self, arg) =>
        {
            if (!PosixArgs.Fd(ts, arg, out int fd)) return null;
            return StatVfs(ts, new PathArg { Fd = fd, IsFd = true, Object = PyNone.Instance });
        });
        m.AddFunction("pathconf", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PathconfSpec.Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0], "pathconf", "path", false, true, out var path)) return null;
            if (!ConfName(ts, a[1]!, PosixConstants.pathconf_names, out int name)) return null;
            Marshal0();
            long r = path.IsFd ? Libc.fpathconf(path.Fd, name) : WithPathLong(path, p => Libc.pathconf(p, name));
            if (r == -1 && Libc.Errno != 0) return PosixErrors.FromErrno(ts, path);
            return PyInt.Create(r);
        });
        m.AddFunction("fpathconf", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "fpathconf", args, kw, 2, 2)) return null;
            if (!AsFileDescriptor(ts, args[0], out int fd)) return null;
            if (!ConfName(ts, args[1], PosixConstants.pathconf_names, out int name)) return null;
            Marshal0();
            long r = Libc.fpathconf(fd, name);
            if (r == -1 && Libc.Errno != 0) return PosixErrors.FromErrno(ts);
            return PyInt.Create(r);
        });
        m.AddFunction("umask", static (ts, self, arg) => PosixArgs.CInt(ts, arg, out int mask) ? PyInt.Create(Libc.umask(mask)) : null);
        m.AddFunction("sync", static (ts, self) => { using (ts.ReleaseGil()) Libc.sync(); return PyNone.Instance; });
        m.AddFunction("major", static (ts, self, arg) => PosixArgs.CLong(ts, arg, out long dev) ? PyInt.Create((long)(((ulong)dev >> 8) & 0xfff | (((ulong)dev >> 32) & ~0xfffUL))) : null);
        m.AddFunction("minor", static (ts, self, arg) => PosixArgs.CLong(ts, arg, out long dev) ? PyInt.Create((long)(((ulong)dev & 0xff) | (((ulong)dev >> 12) & ~0xffUL))) : null);
        m.AddFunction("makedev", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "makedev", args, kw, 2, 2)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int major) || !PosixArgs.CInt(ts, args[1], out int minor)) return null;
            return PyInt.Create((long)Statx.MakeDev((uint)major, (uint)minor));
        });
        m.AddFunction("fspath", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PathSpec("fspath").Parse(ts, args, kw, a)) return null;
            return FsPath(ts, a[0]!);
        });
        m.AddFunction("_path_normpath", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PathSpec("_path_normpath").Parse(ts, args, kw, a)) return null;
            if (a[0] is not PyStr s) return ts.TypeError($"expected 'str', not '{a[0]!.Type.Name}'");
            return NormPath(s);
        });
        m.AddFunction("scandir", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!ListdirSpec.Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0] ?? PyNone.Instance, "scandir", "path", true, true, out var path)) return null;
            return ScandirIterator.Open(ts, path);
        });
    }

    /// <summary>Sets errno to 0 (for calls whose -1 result is also a valid value).</summary>
    private static void Marshal0() => System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);

    private static bool ConfName(ThreadState ts, PyObject obj, (string Name, long Value)[] table, out int value)
    {
        value = 0;
        if (obj is PyStr s)
        {
            var text = s.ToString();
            foreach (var (name, v) in table)
                if (name == text) { value = (int)v; return true; }
            ts.SetError(PyExc.ValueError, "unrecognized configuration name");
            return false;
        }
        if (obj is PyInt || obj.Type.Index is not null) return PosixArgs.CInt(ts, obj, out value);
        ts.SetError(PyExc.TypeError, "configuration names must be strings or integers");
        return false;
    }

    internal static unsafe int WithPath(in PathArg path, PathFunc f)
    {
        fixed (byte* p = path.Bytes) return f(p);
    }

    internal static unsafe long WithPathLong(in PathArg path, PathFuncLong f)
    {
        fixed (byte* p = path.Bytes) return f(p);
    }

    internal unsafe delegate int PathFunc(byte* path);
    internal unsafe delegate long PathFuncLong(byte* path);
    internal unsafe delegate int PathDirFunc(byte* path, int dirFd, int extra);
    internal unsafe delegate int TwoPathFunc(byte* a, byte* b);

    private static unsafe int TwoPaths(in PathArg a, in PathArg b, TwoPathFunc f)
    {
        fixed (byte* pa = a.Bytes)
        fixed (byte* pb = b.Bytes)
            return f(pa, pb);
    }

    /// <summary>A call on one path and a dir_fd, the GIL released; None or OSError naming the path.</summary>
    private static unsafe PyObject? PathCall(ThreadState ts, in PathArg path, PathDirFunc f, int dirFd, int extra)
    {
        int r;
        var bytes = path.Bytes;
        using (ts.ReleaseGil())
        {
            fixed (byte* p = bytes) r = f(p, dirFd, extra);
        }
        return r < 0 ? PosixErrors.FromErrno(ts, path) : PyNone.Instance;
    }

    private static PyObject? UnlinkLike(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int flags)
    {
        var a = new ArgBuffer();
        if (!PathDirFdSpec(name).Parse(ts, args, kw, a)) return null;
        if (!PathArg.Convert(ts, a[0], name, "path", false, false, out var path)) return null;
        if (!PosixArgs.DirFd(ts, a[1], out int dirFd)) return null;
        return PathCall(ts, path, static (p, d, x) => Libc.unlinkat(d, p, x), dirFd, flags);
    }

    private static PyObject? Rename(ThreadState ts, ArgSpec spec, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!spec.Parse(ts, args, kw, a)) return null;
        string name = spec.FunctionName;
        if (!PathArg.Convert(ts, a[0], name, "src", false, false, out var src)) return null;
        if (!PathArg.Convert(ts, a[1], name, "dst", false, false, out var dst)) return null;
        if (!PosixArgs.DirFd(ts, a[2], out int srcDir) || !PosixArgs.DirFd(ts, a[3], out int dstDir)) return null;
        if (src.IsBytes != dst.IsBytes) return ts.TypeError($"{name}: src and dst must be the same type");
        int r;
        using (ts.ReleaseGil()) r = TwoPaths(src, dst, (s, d) => Libc.renameat(srcDir, s, dstDir, d));
        return r < 0 ? PosixErrors.FromErrno(ts, src.Object, dst.Object) : PyNone.Instance;
    }

    /// <summary>The checks CPython makes when a descriptor is given where a path may be.</summary>
    private static bool CheckFdCombination(ThreadState ts, string function, in PathArg path, int dirFd, bool follow)
    {
        if (!path.IsFd) return true;
        if (dirFd != Libc.AT_FDCWD)
        {
            ts.SetError(PyExc.ValueError, $"{function}: can't specify dir_fd without matching path");
            return false;
        }
        if (!follow)
        {
            ts.SetError(PyExc.ValueError, $"{function}: cannot use fd and follow_symlinks together");
            return false;
        }
        return true;
    }

    private static PyObject? StatPath(ThreadState ts, string function, PyObject pathObj, PyObject? dirFdObj, bool follow, bool allowFd)
    {
        if (!PathArg.Convert(ts, pathObj, function, "path", false, allowFd, out var path)) return null;
        if (!PosixArgs.DirFd(ts, dirFdObj, out int dirFd)) return null;
        if (!CheckFdCombination(ts, function, path, dirFd, follow)) return null;
        int r;
        Statx st;
        using (ts.ReleaseGil()) r = StatResult.Stat(path, dirFd, follow, out st);
        return r < 0 ? PosixErrors.FromErrno(ts, path) : StatResult.FromStatx(st);
    }

    private static unsafe PyObject? GetCwd(ThreadState ts, bool asBytes)
    {
        for (int size = 1024; ; size *= 2)
        {
            var buf = new byte[size];
            fixed (byte* p = buf)
            {
                if (Libc.getcwd(p, size) is not null)
                    return PathResult(Libc.CString(p), asBytes);
                if (Libc.Errno != Libc.ERANGE) return PosixErrors.FromErrno(ts);
            }
        }
    }

    /// <summary>listdir: the names in the directory except '.' and '..', in the order readdir gives.</summary>
    private static unsafe PyObject? ListDir(ThreadState ts, in PathArg path)
    {
        nint dir;
        if (path.IsFd)
        {
            int fd = Libc.fcntl(path.Fd, F_DUPFD_CLOEXEC, 0);
            if (fd < 0) return PosixErrors.FromErrno(ts);
            dir = Libc.fdopendir(fd);
            if (dir == 0) { int e = Libc.Errno; Libc.close(fd); return PosixErrors.Raise(ts, e); }
            Libc.rewinddir(dir);
        }
        else
        {
            var bytes = path.Bytes ?? "."u8.ToArray().Append((byte)0).ToArray();
            using (ts.ReleaseGil())
            {
                fixed (byte* p = bytes) dir = Libc.opendir(p);
            }
            if (dir == 0) return PosixErrors.FromErrno(ts, path.IsNone ? PyStr.Intern(".") : path.Object);
        }
        var names = new PyList();
        bool asBytes = path.IsBytes;
        try
        {
            while (true)
            {
                System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
                Dirent* entry = Libc.readdir(dir);
                if (entry is null)
                {
                    int e = Libc.Errno;
                    if (e != 0) return PosixErrors.Raise(ts, e, path.IsFd ? null : path.Object);
                    break;
                }
                var name = Libc.CString(entry->Name);
                if (IsDotOrDotDot(name)) continue;
                names.Append(PathResult(name, asBytes));
            }
        }
        finally
        {
            Libc.closedir(dir);
        }
        return names;
    }

    internal static bool IsDotOrDotDot(ReadOnlySpan<byte> name)
        => name.Length == 1 && name[0] == '.' || name.Length == 2 && name[0] == '.' && name[1] == '.';

    private static unsafe PyObject? ReadLink(ThreadState ts, in PathArg path, int dirFd)
    {
        for (int size = 256; ; size *= 4)
        {
            var buf = new byte[size];
            nint n;
            fixed (byte* p = path.Bytes)
            fixed (byte* b = buf)
                n = Libc.readlinkat(dirFd, p, b, size);
            if (n < 0) return PosixErrors.FromErrno(ts, path);
            if (n < size) return PathResult(buf.AsSpan(0, (int)n), path.IsBytes);
        }
    }

    private static unsafe PyObject? StatVfs(ThreadState ts, in PathArg path)
    {
        StatVfs st;
        int r;
        if (path.IsFd) r = Libc.fstatvfs(path.Fd, &st);
        else fixed (byte* p = path.Bytes) r = Libc.statvfs(p, &st);
        if (r < 0) return PosixErrors.FromErrno(ts, path);
        return PyStructSequence.Create(PosixResultTypes.StatVfsResult, PosixResultTypes.StatVfsLayout,
        [
            PyInt.Create((long)st.Bsize), PyInt.Create((long)st.Frsize), PyInt.Create((long)st.Blocks),
            PyInt.Create((long)st.Bfree), PyInt.Create((long)st.Bavail), PyInt.Create((long)st.Files),
            PyInt.Create((long)st.Ffree), PyInt.Create((long)st.Favail), PyInt.Create((long)st.Flag),
            PyInt.Create((long)st.Namemax), PyInt.Create((long)st.Fsid),
        ]);
    }

    /// <summary>os.fspath: str and bytes as they are, else __fspath__() (which must give str or bytes).</summary>
    internal static PyObject? FsPath(ThreadState ts, PyObject path)
    {
        if (path is PyStr || path is PyBytes) return path;
        if (!PathArg.LookupFsPath(ts, path, out var f))
        {
            if (ts.HasError) return null;
            return ts.TypeError($"expected str, bytes or os.PathLike object, not {path.Type.Name}");
        }
        if (f is null) return null;
        var r = Protocols.Call(ts, f, [], null);
        if (r is null) return null;
        if (r is not PyStr && r is not PyBytes)
            return ts.TypeError($"expected {path.Type.Name}.__fspath__() to return str or bytes, not {r.Type.Name}");
        return r;
    }

    /// <summary>_Py_normpath: collapses separators, '.' and '..' lexically; '' stays ''; two leading
    /// slashes are kept (POSIX leaves their meaning to the implementation), more become one.</summary>
    private static PyStr NormPath(PyStr path)
    {
        int n = path.Length;
        if (n == 0) return path;
        var cps = new int[n];
        for (int i = 0; i < n; i++) cps[i] = path[i];
        int lead = 0;
        while (lead < n && cps[lead] == '/') lead++;
        int keep = lead == 2 ? 2 : lead > 0 ? 1 : 0;
        var parts = new List<(int Start, int Length)>();
        int pos = lead;
        while (pos < n)
        {
            int start = pos;
            while (pos < n && cps[pos] != '/') pos++;
            int len = pos - start;
            while (pos < n && cps[pos] == '/') pos++;
            if (len == 0 || (len == 1 && cps[start] == '.')) continue;
            if (len == 2 && cps[start] == '.' && cps[start + 1] == '.')
            {
                if (parts.Count > 0 && !(parts[^1].Length == 2 && cps[parts[^1].Start] == '.' && cps[parts[^1].Start + 1] == '.'))
                { parts.RemoveAt(parts.Count - 1); continue; }
                if (keep > 0) continue; // '..' at the root is the root
            }
            parts.Add((start, len));
        }
        var result = new List<int>(n);
        for (int i = 0; i < keep; i++) result.Add('/');
        for (int i = 0; i < parts.Count; i++)
        {
            if (i > 0) result.Add('/');
            for (int k = 0; k < parts[i].Length; k++) result.Add(cps[parts[i].Start + k]);
        }
        if (result.Count == 0) return PyStr.Intern(".");
        return PyStr.FromCodePoints(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(result));
    }

    private const long UTIME_NOW = (1L << 30) - 1, UTIME_OMIT = (1L << 30) - 2;

    private static unsafe PyObject? Utime(ThreadState ts, PyObject pathObj, PyObject? times, PyObject? ns, PyObject? dirFdObj, PyObject? followObj)
    {
        if (!PathArg.Convert(ts, pathObj, "utime", "path", false, true, out var path)) return null;
        if (!PosixArgs.DirFd(ts, dirFdObj, out int dirFd)) return null;
        if (!PosixArgs.Flag(ts, followObj, true, out bool follow)) return null;
        if (times is PyNone) times = null;
        var spec = stackalloc Timespec[2];
        if (times is not null && ns is not null)
            return ts.ValueError("utime: you may specify either 'times' or 'ns' but not both");
        if (times is not null)
        {
            if (times is not PyTuple t || t.Length != 2)
                return ts.TypeError("utime: 'times' must be either a tuple of two ints or None");
            if (!ToTimespec(ts, t.Items[0], out spec[0]) || !ToTimespec(ts, t.Items[1], out spec[1])) return null;
        }
        else if (ns is not null)
        {
            if (ns is not PyTuple t || t.Length != 2)
                return ts.TypeError("utime: 'ns' must be a tuple of two ints");
            if (!NsToTimespec(ts, t.Items[0], out spec[0]) || !NsToTimespec(ts, t.Items[1], out spec[1])) return null;
        }
        else
        {
            spec[0].Nsec = spec[1].Nsec = UTIME_NOW;
        }
        if (!CheckFdCombination(ts, "utime", path, dirFd, follow)) return null;
        int r;
        if (path.IsFd) r = Libc.futimens(path.Fd, spec);
        else fixed (byte* p = path.Bytes) r = Libc.utimensat(dirFd, p, spec, follow ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
        return r < 0 ? PosixErrors.FromErrno(ts, path) : PyNone.Instance;
    }

    /// <summary>_PyTime_ObjectToTimespec with rounding toward negative infinity.</summary>
    private static bool ToTimespec(ThreadState ts, PyObject obj, out Timespec spec)
    {
        spec = default;
        if (obj is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d)) { ts.SetError(PyExc.ValueError, "Invalid value NaN (not a number)"); return false; }
            double sec = Math.Floor(d);
            double frac = Math.Floor((d - sec) * 1e9);
            if (frac >= 1e9) { frac -= 1e9; sec += 1; }
            if (sec < long.MinValue || sec >= 9.2233720368547758e18)
            {
                ts.SetError(PyExc.OverflowError, "timestamp out of range for platform time_t");
                return false;
            }
            spec.Sec = (long)sec;
            spec.Nsec = (long)frac;
            return true;
        }
        if (!PosixArgs.CLong(ts, obj, out long s))
        {
            if (ts.ErrorMatches(PyExc.OverflowError)) { ts.ClearError(); ts.SetError(PyExc.OverflowError, "timestamp out of range for platform time_t"); }
            return false;
        }
        spec.Sec = s;
        return true;
    }

    private static bool NsToTimespec(ThreadState ts, PyObject obj, out Timespec spec)
    {
        spec = default;
        var i = Protocols.Index(ts, obj);
        if (i is null) return false;
        var v = i.Value;
        var sec = System.Numerics.BigInteger.DivRem(v, 1_000_000_000, out var rem);
        if (rem < 0) { rem += 1_000_000_000; sec -= 1; }
        if (sec > long.MaxValue || sec < long.MinValue)
        {
            ts.SetError(PyExc.OverflowError, "timestamp out of range for platform time_t");
            return false;
        }
        spec.Sec = (long)sec;
        spec.Nsec = (long)rem;
        return true;
    }
}
