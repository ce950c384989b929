namespace Kaa.Runtime;

/// <summary>
/// The iterator os.scandir returns: reads the directory lazily with readdir, yields DirEntry objects
/// (skipping '.' and '..'), and closes the directory at exhaustion, on close() or on leaving a with block.
/// </summary>
internal sealed class ScandirIterator : PyObject
{
    private nint _dir;
    private readonly PathArg _path;
    /// <summary>The path prefix joined to each name ("dir/"), as bytes; empty for a descriptor.</summary>
    private readonly byte[] _prefix;

    public static readonly PyType TypeObject = PyType.CreateStatic("posix.ScandirIterator", (PyType?)null, TypeFlags.None, Install);

    private ScandirIterator(nint dir, PathArg path, byte[] prefix) : base(TypeObject)
    {
        _dir = dir;
        _path = path;
        _prefix = prefix;
    }

    public static unsafe PyObject? Open(ThreadState ts, PathArg path)
    {
        nint dir;
        byte[] prefix;
        if (path.IsFd)
        {
            int fd = Libc.fcntl(path.Fd, 1030 /* F_DUPFD_CLOEXEC */, 0);
            if (fd < 0) return PosixErrors.FromErrno(ts);
            dir = Libc.fdopendir(fd);
            if (dir == 0) { int e = Libc.Errno; Libc.close(fd); return PosixErrors.Raise(ts, e); }
            Libc.rewinddir(dir);
            prefix = [];
        }
        else
        {
            var bytes = path.Bytes ?? [(byte)'.', 0];
            using (ts.ReleaseGil())
            {
                fixed (byte* p = bytes) dir = Libc.opendir(p);
            }
            if (dir == 0) return PosixErrors.FromErrno(ts, path.IsNone ? PyStr.Intern(".") : path.Object);
            int len = bytes.Length - 1;
            bool slash = len > 0 && bytes[len - 1] == '/';
            prefix = new byte[len + (slash ? 0 : 1)];
            Array.Copy(bytes, prefix, len);
            if (!slash) prefix[len] = (byte)'/';
        }
        return new ScandirIterator(dir, path, prefix);
    }

    private static void Install(PyType type)
    {
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) => ((ScandirIterator)self).Next(ts);
        type.AddMethod("close", static (ts, self) => { ((ScandirIterator)self).Close(); return PyNone.Instance; });
        type.AddMethod("__enter__", static (ts, self) => self);
        type.AddMethod("__exit__", static (ts, self, args, kw) => { ((ScandirIterator)self).Close(); return PyNone.Instance; });
        type.AddMethod("__del__", static (ts, self) => { ((ScandirIterator)self).Close(); return PyNone.Instance; });
    }

    private void Close()
    {
        if (_dir == 0) return;
        Libc.closedir(_dir);
        _dir = 0;
    }

    ~ScandirIterator()
    {
        if (_dir != 0) Libc.closedir(_dir);
    }

    private unsafe PyObject? Next(ThreadState ts)
    {
        while (_dir != 0)
        {
            System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);
            Dirent* entry;
            using (ts.ReleaseGil()) entry = Libc.readdir(_dir);
            if (entry is null)
            {
                int e = Libc.Errno;
                Close();
                if (e != 0) return PosixErrors.Raise(ts, e, _path.IsFd ? null : _path.Object);
                return null;
            }
            var name = Libc.CString(entry->Name);
            if (PosixModule.IsDotOrDotDot(name)) continue;
            byte[] full = new byte[_prefix.Length + name.Length];
            _prefix.CopyTo(full, 0);
            name.CopyTo(full, _prefix.Length);
            var statPath = new byte[(_path.IsFd ? name.Length : full.Length) + 1];
            (_path.IsFd ? name : full).CopyTo(statPath, 0);
            bool asBytes = _path.IsBytes;
            var nameObj = PosixModule.PathResult(name, asBytes);
            var pathObj = _path.IsFd ? nameObj : PosixModule.PathResult(full, asBytes);
            return new DirEntry(nameObj, pathObj, statPath, _path.IsFd ? _path.Fd : Libc.AT_FDCWD, entry->Type, entry->Ino);
        }
        return null;
    }
}
