namespace Kaa.Runtime;

/// <summary><c>_io.FileIO</c>'s methods (Modules/_io/fileio.c): opening by name or descriptor, the mode
/// string, and unbuffered read/write/seek with CPython's errors.</summary>
internal static class FileIOSlots
{
    private static readonly ArgSpec s_init = new("FileIO", ["file", "mode", "closefd", "opener"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_read = new("read", ["size"], required: 0);
    private static readonly ArgSpec s_seek = new("seek", ["pos", "whence"], required: 1);
    private static readonly ArgSpec s_truncate = new("truncate", ["size"], required: 0);

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => new PyFileIO(t);
        type.Init = Init;
        type.Repr = Repr;
        type.AddMethod("read", static (ts, self, args, kw) =>
        {
            var f = (PyFileIO)self;
            var a = new ArgBuffer();
            if (!s_read.Parse(ts, args, kw, a)) return null;
            if (!CheckOpen(ts, f) || !CheckReadable(ts, f)) return null;
            if (!IoSupport.OptionalSize(ts, a[0], out long size)) return null;
            if (size < 0) return f.ReadAll(ts);
            var buffer = new byte[size];
            nint n = f.ReadInto(ts, buffer);
            if (n == -1) return null;
            if (n == -2) return PyNone.Instance;
            if (n != size) Array.Resize(ref buffer, (int)n);
            return PyBytes.Create(buffer);
        });
        type.AddMethod("readall", static (ts, self) =>
        {
            var f = (PyFileIO)self;
            return CheckOpen(ts, f) && CheckReadable(ts, f) ? f.ReadAll(ts) : null;
        });
        type.AddMethod("readinto", static (ts, self, arg) =>
        {
            var f = (PyFileIO)self;
            if (!CheckOpen(ts, f) || !CheckReadable(ts, f)) return null;
            if (!IoSupport.WithWritableBuffer(ts, arg, out var view)) return null;
            nint n = f.ReadInto(ts, view.Span);
            Protocols.ReleaseBuffer(ref view);
            return n == -1 ? null : n == -2 ? PyNone.Instance : PyInt.Create((long)n);
        });
        type.AddMethod("write", static (ts, self, arg) =>
        {
            var f = (PyFileIO)self;
            if (!CheckOpen(ts, f)) return null;
            if (!f.Writable) return IoSupport.Unsupported(ts, "File not open for writing");
            if (!Protocols.GetBuffer(ts, arg, false, out var view)) return null;
            nint n = f.WriteFrom(ts, view.Span);
            Protocols.ReleaseBuffer(ref view);
            return n == -1 ? null : n == -2 ? PyNone.Instance : PyInt.Create((long)n);
        });
        type.AddMethod("seek", static (ts, self, args, kw) =>
        {
            var f = (PyFileIO)self;
            var a = new ArgBuffer();
            if (!s_seek.Parse(ts, args, kw, a)) return null;
            long whence = 0;
            if (a[1] is { } w && !Protocols.AsIndex(ts, w, out whence, PyExc.OverflowError)) return null;
            if (!CheckOpen(ts, f)) return null;
            if (a[0] is PyFloat) return ts.TypeError("an integer is required");
            if (!Protocols.AsIndex(ts, a[0]!, out long pos, PyExc.OverflowError)) return null;
            long r = f.Seek(ts, pos, (int)whence);
            return r < 0 ? null : PyInt.Create(r);
        });
        type.AddMethod("tell", static (ts, self) =>
        {
            var f = (PyFileIO)self;
            if (!CheckOpen(ts, f)) return null;
            long r = f.Seek(ts, 0, IoLibc.SEEK_CUR);
            return r < 0 ? null : PyInt.Create(r);
        });
        type.AddMethod("truncate", static (ts, self, args, kw) =>
        {
            var f = (PyFileIO)self;
            var a = new ArgBuffer();
            if (!s_truncate.Parse(ts, args, kw, a)) return null;
            if (!CheckOpen(ts, f)) return null;
            if (!f.Writable) return IoSupport.Unsupported(ts, "File not open for writing");
            long size;
            if (a[0] is null || a[0] is PyNone)
            {
                size = f.Seek(ts, 0, IoLibc.SEEK_CUR);
                if (size < 0) return null;
            }
            else if (!Protocols.AsIndex(ts, a[0]!, out size, PyExc.OverflowError)) return null;
            if (IoLibc.FTruncate(f.Fd, size) < 0) return IoLibc.RaiseErrno(ts, IoLibc.Errno);
            return PyInt.Create(size);
        });
        type.AddMethod("close", static (ts, self) =>
        {
            var f = (PyFileIO)self;
            // _RawIOBase.close first (flush, mark closed), then the descriptor; an error of each is reported.
            var r = Protocols.Call1(ts, IoTypes.IOBase.Lookup("close")!, self);
            var flushError = r is null ? ts.FetchError() : null;
            if (f.Fd >= 0 && f.CloseDescriptor(ts) < 0)
            {
                IoSupport.ChainErrors(ts, flushError);
                return null;
            }
            if (flushError is not null) { ts.SetError(flushError); return null; }
            return PyNone.Instance;
        });
        type.AddMethod("seekable", static (ts, self) =>
        {
            var f = (PyFileIO)self;
            if (!CheckOpen(ts, f)) return null;
            if (f.SeekableState < 0) f.SeekableState = IoLibc.LSeek(f.Fd, 0, IoLibc.SEEK_CUR) < 0 ? 0 : 1;
            return PyBool.From(f.SeekableState == 1);
        });
        type.AddMethod("readable", static (ts, self) => CheckOpen(ts, (PyFileIO)self) ? PyBool.From(((PyFileIO)self).Readable) : null);
        type.AddMethod("writable", static (ts, self) => CheckOpen(ts, (PyFileIO)self) ? PyBool.From(((PyFileIO)self).Writable) : null);
        type.AddMethod("fileno", static (ts, self) => CheckOpen(ts, (PyFileIO)self) ? PyInt.Create(((PyFileIO)self).Fd) : null);
        type.AddMethod("isatty", static (ts, self) =>
        {
            var f = (PyFileIO)self;
            if (!CheckOpen(ts, f)) return null;
            if (f.HostOut is not null || f.HostIn is not null) return PyBool.False;
            return PyBool.From(IoLibc.IsATty(f.Fd) == 1);
        });
        type.AddMethod("_dealloc_warn", static (ts, self, arg) => PyNone.Instance);
        type.AddGetSet("closed", static (ts, self) => PyBool.From(((PyFileIO)self).IsClosed), doc: "True if the file is closed");
        type.AddGetSet("closefd", static (ts, self) => PyBool.From(((PyFileIO)self).CloseFd), doc: "True if the file descriptor will be closed by close().");
        type.AddGetSet("mode", static (ts, self) => PyStr.Intern(((PyFileIO)self).ModeString), doc: "String giving the file mode");
        type.AddGetSet("_blksize", static (ts, self) => PyInt.Create(((PyFileIO)self).BlkSize));
        type.AddGetSet("_finalizing", static (ts, self) => PyBool.From(((PyFileIO)self).Finalizing));
    }

    internal static bool CheckOpen(ThreadState ts, PyFileIO f)
    {
        if (!f.IsClosed) return true;
        ts.ValueError("I/O operation on closed file");
        return false;
    }

    private static bool CheckReadable(ThreadState ts, PyFileIO f)
    {
        if (f.Readable) return true;
        IoSupport.Unsupported(ts, "File not open for reading");
        return false;
    }

    private static int Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var f = (PyFileIO)self;
        var a = new ArgBuffer();
        if (!s_init.Parse(ts, args, kw, a)) return -1;
        PyObject file = a[0]!;
        string mode = "r";
        if (a[1] is { } m)
        {
            if (m is not PyStr ms) { ts.TypeError($"FileIO() argument 'mode' must be str, not {m.Type.Name}"); return -1; }
            mode = ms.ToString();
        }
        bool closefd = true;
        if (a[2] is { } cf)
        {
            int t = Protocols.IsTrue(ts, cf);
            if (t < 0) return -1;
            closefd = t == 1;
        }
        var opener = a[3] is PyNone ? null : a[3];
        if (f.Fd >= 0)
        {
            // Re-initialising an open FileIO closes the old descriptor first.
            if (f.CloseFd) f.CloseDescriptor(ts);
            else f.Fd = -1;
        }
        return Open(ts, f, file, mode, closefd, opener) ? 0 : -1;
    }

    /// <summary>Parses a FileIO mode: false with ValueError for a bad one.</summary>
    internal static bool ParseMode(ThreadState ts, string mode, out int flags, out bool readable, out bool writable, out bool created, out bool appending)
    {
        flags = 0;
        readable = writable = created = appending = false;
        bool rwa = false, plus = false;
        foreach (char c in mode)
        {
            switch (c)
            {
                case 'x' or 'r' or 'w' or 'a':
                    if (rwa) goto bad;
                    rwa = true;
                    if (c == 'x') { created = writable = true; flags |= IoLibc.O_EXCL | IoLibc.O_CREAT; }
                    else if (c == 'r') readable = true;
                    else if (c == 'w') { writable = true; flags |= IoLibc.O_CREAT | IoLibc.O_TRUNC; }
                    else { writable = appending = true; flags |= IoLibc.O_APPEND | IoLibc.O_CREAT; }
                    break;
                case '+':
                    if (plus) goto bad;
                    readable = writable = plus = true;
                    break;
                case 'b':
                    break;
                default:
                    ts.ValueError($"invalid mode: {mode}");
                    return false;
            }
        }
        if (!rwa) goto bad;
        flags |= readable && writable ? IoLibc.O_RDWR : readable ? IoLibc.O_RDONLY : IoLibc.O_WRONLY;
        flags |= IoLibc.O_CLOEXEC;
        return true;
    bad:
        ts.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
        return false;
    }

    /// <summary>os.fspath for a file name: str (encoded UTF-8 with surrogateescape) or bytes; null with TypeError.</summary>
    internal static byte[]? FileSystemPath(ThreadState ts, PyObject file, out PyObject? decoded)
    {
        decoded = null;
        var path = file;
        if (path is not PyStr && path is not PyBytes)
        {
            var fspath = path.Type.Lookup("__fspath__");
            if (fspath is null)
            {
                ts.TypeError($"expected str, bytes or os.PathLike object, not {path.Type.Name}");
                return null;
            }
            var r = Protocols.Call1(ts, fspath, path);
            if (r is null) return null;
            if (r is not PyStr && r is not PyBytes)
            {
                ts.TypeError($"expected {path.Type.Name}.__fspath__() to return str or bytes, not {r.Type.Name}");
                return null;
            }
            path = r;
        }
        decoded = path;
        byte[]? bytes = path is PyBytes pb ? pb.Value : UnicodeCodecs.Encode(ts, (PyStr)path, UnicodeCodecs.Codec.Utf8, "surrogateescape");
        if (bytes is null) return null;
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            ts.ValueError("embedded null byte");
            return null;
        }
        return bytes;
    }

    internal static bool Open(ThreadState ts, PyFileIO f, PyObject file, string mode, bool closefd, PyObject? opener)
    {
        int fd = -1;
        if (file is PyInt || (file is not PyStr && file is not PyBytes && file.Type.Index is not null && file is not PyFloat))
        {
            if (!Protocols.AsIndex(ts, file, out long n, PyExc.OverflowError)) return false;
            if (n < 0) { ts.ValueError("negative file descriptor"); return false; }
            fd = (int)n;
        }
        if (!ParseMode(ts, mode, out int flags, out bool readable, out bool writable, out bool created, out bool appending)) return false;
        f.Readable = readable;
        f.Writable = writable;
        f.Created = created;
        f.Appending = appending;
        if (fd >= 0)
        {
            f.Fd = fd;
            f.CloseFd = closefd;
        }
        else
        {
            f.CloseFd = true;
            if (!closefd) { ts.ValueError("Cannot use closefd=False with file name"); return false; }
            byte[]? path = FileSystemPath(ts, file, out _);
            if (path is null) return false;
            if (opener is null)
            {
                while (true)
                {
                    using (ts.ReleaseGil()) fd = IoLibc.Open(path, flags, 438 /* 0o666 */);
                    if (fd >= 0) break;
                    int errno = IoLibc.Errno;
                    if (errno == IoLibc.EINTR) continue;
                    IoLibc.RaiseErrno(ts, errno, file);
                    return false;
                }
            }
            else
            {
                var r = Protocols.Call(ts, opener, [file, PyInt.Create(flags)], null);
                if (r is null) return false;
                if (r is not PyInt) { ts.TypeError("expected integer from opener"); return false; }
                if (!Protocols.AsIndex(ts, r, out long n, PyExc.OverflowError)) return false;
                if (n < 0) { ts.ValueError($"opener returned {n}"); return false; }
                fd = (int)n;
            }
            f.Fd = fd;
        }
        f.BlkSize = IoSupport.DefaultBufferSize;
        if (IoLibc.FStat(fd, out bool isDir, out long blk, out _) < 0)
        {
            int errno = IoLibc.Errno;
            if (errno == IoLibc.EBADF)
            {
                IoLibc.RaiseErrno(ts, errno);
                Fail(f);
                return false;
            }
        }
        else
        {
            if (isDir)
            {
                IoLibc.RaiseErrno(ts, IoLibc.EISDIR, file);
                Fail(f);
                return false;
            }
            if (blk > 1) f.BlkSize = blk;
        }
        if (Protocols.SetAttr(ts, f, PyStr.Intern("name"), file) < 0) { Fail(f); return false; }
        if (appending) IoLibc.LSeek(fd, 0, IoLibc.SEEK_END);
        return true;
    }

    private static void Fail(PyFileIO f)
    {
        if (f.CloseFd && f.Fd >= 0) IoLibc.Close(f.Fd);
        f.Fd = -1;
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var f = (PyFileIO)self;
        string typeName = self.Type.Name;
        if (f.IsClosed) return PyStr.Create($"<{typeName} [closed]>");
        var name = Protocols.LookupAttr(ts, self, PyStr.Intern("name"));
        if (name is null && ts.HasError) return null;
        string closefd = f.CloseFd ? "True" : "False";
        if (name is null) return PyStr.Create($"<{typeName} fd={f.Fd} mode='{f.ModeString}' closefd={closefd}>");
        if (ts.ReprEnter(self)) return ts.RuntimeError($"reentrant call inside {typeName}.__repr__");
        var r = Protocols.Repr(ts, name);
        ts.ReprLeave(self);
        if (r is null) return null;
        return PyStr.Create($"<{typeName} name={r} mode='{f.ModeString}' closefd={closefd}>");
    }
}
