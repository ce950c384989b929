namespace Kaa.Runtime;

/// <summary>
/// TEMPORARY minimal stand-ins for the builtin modules importlib's bootstrap needs (<c>_thread</c>,
/// <c>_warnings</c>, <c>_weakref</c>, <c>_io</c>, <c>posix</c>) while their real C# versions are being written
/// by other helpers. Each is offered by <c>_imp</c> only while <see cref="BuiltinModuleTable"/> has no module
/// of that name, and has only what <c>importlib/_bootstrap*.py</c> call. Delete this file once all five are
/// in the table.
/// </summary>
internal static class BootstrapStandIns
{
    /// <summary><c>site</c> needs the real <c>posix</c> and <c>_io</c> (through <c>os</c> and <c>io</c>): start-up skips it until then.</summary>
    public static bool SiteCanRun => BuiltinModuleTable.Contains("posix") && BuiltinModuleTable.Contains("_io");

    private static readonly string[] s_names = ["_io", "_thread", "_warnings", "_weakref", "posix"];

    /// <summary>True while any stand-in is still needed.</summary>
    public static bool InUse => s_names.Any(n => !BuiltinModuleTable.Contains(n));

    /// <summary>sys.builtin_module_names with the stand-ins in use (importlib's BuiltinImporter checks it).</summary>
    public static void AddToBuiltinModuleNames(PyModule sys)
    {
        var names = BuiltinModuleTable.Names.Concat(s_names.Where(n => !BuiltinModuleTable.Contains(n))).Order(StringComparer.Ordinal);
        sys.Set("builtin_module_names", PyTuple.Create([.. names.Select(n => (PyObject)PyStr.Create(n))]));
    }

    /// <summary>The stand-in for <paramref name="name"/>, when the real module is absent.</summary>
    public static BuiltinModuleInit? Find(string name)
    {
        if (BuiltinModuleTable.Contains(name)) return null;
        return name switch
        {
            "_thread" => CreateThread,
            "_warnings" => CreateWarnings,
            "_weakref" => CreateWeakref,
            "_io" => CreateIo,
            "posix" => CreatePosix,
            _ => null,
        };
    }

    // ---- _thread: locks that never contend (one thread until the real module) ------------------------

    private sealed class Lock(PyType type) : PyObject(type)
    {
        public bool Locked;
    }

    private static readonly PyType s_lockType = PyType.CreateStatic("_thread.lock", BuiltinTypes.Object, TypeFlags.None, static t =>
    {
        t.AddMethod("acquire", static (ts, self, args, kw) => { ((Lock)self).Locked = true; return PyBool.True; });
        t.AddMethod("__enter__", static (ts, self, args, kw) => { ((Lock)self).Locked = true; return PyBool.True; });
        t.AddMethod("release", static (ts, self) =>
        {
            var l = (Lock)self;
            if (!l.Locked) return ts.RuntimeError("release unlocked lock");
            l.Locked = false;
            return PyNone.Instance;
        });
        t.AddMethod("__exit__", static (ts, self, args, kw) => { ((Lock)self).Locked = false; return PyNone.Instance; });
        t.AddMethod("locked", static (ts, self) => PyBool.From(((Lock)self).Locked));
    });

    private static PyModule? CreateThread(ThreadState ts)
    {
        var m = PyModule.Create("_thread");
        m.AddFunction("allocate_lock", static (ts, self) => new Lock(s_lockType));
        m.AddFunction("get_ident", static (ts, self) => PyInt.Create(Environment.CurrentManagedThreadId));
        m.Set("LockType", s_lockType);
        return m;
    }

    // ---- _warnings: warnings are dropped until the real module ------------------------------------

    private static PyModule? CreateWarnings(ThreadState ts)
    {
        var m = PyModule.Create("_warnings");
        m.AddFunction("warn", static (ts, self, args, kw) => PyNone.Instance);
        m.AddFunction("warn_explicit", static (ts, self, args, kw) => PyNone.Instance);
        return m;
    }

    // ---- _weakref: strong references until the real module --------------------------------------------

    private sealed class Ref(PyType type, PyObject target) : PyObject(type)
    {
        public readonly PyObject Target = target;
    }

    private static readonly PyType s_refType = PyType.CreateStatic("weakref.ReferenceType", BuiltinTypes.Object, TypeFlags.None, static t =>
    {
        t.New = static (ts, type, args, kw) => args.Length < 1 ? ts.TypeError("__new__ expected at least 1 argument, got 0") : new Ref(type, args[0]);
        t.Call = static (ts, self, args, kw) => ((Ref)self).Target;
    });

    private static PyModule? CreateWeakref(ThreadState ts)
    {
        var m = PyModule.Create("_weakref");
        m.Set("ref", s_refType);
        m.Set("ReferenceType", s_refType);
        return m;
    }

    // ---- _io: FileIO over .NET streams, open_code --------------------------------------------------

    private sealed class FileIO(PyType type, Stream? stream) : PyObject(type)
    {
        public Stream? Stream = stream;
    }

    private static readonly PyType s_fileIOType = PyType.CreateStatic("_io.FileIO", BuiltinTypes.Object, TypeFlags.None, static t =>
    {
        t.New = static (ts, type, args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos < 1) return ts.TypeError("FileIO() missing required argument 'file' (pos 1)");
            string mode = npos > 1 && args[1] is PyStr ms ? ms.ToString() : "r";
            return OpenFileIO(ts, type, args[0], mode);
        };
        t.AddMethod("read", static (ts, self, args, kw) =>
        {
            var s = ((FileIO)self).Stream;
            if (s is null) return ts.ValueError("I/O operation on closed file");
            long n = -1;
            if (args.Length > 0 && args[0] is PyInt i && !Protocols.AsIndex(ts, i, out n, PyExc.OverflowError)) return null;
            try
            {
                if (n < 0)
                {
                    using var ms = new MemoryStream();
                    s.CopyTo(ms);
                    return PyBytes.Create(ms.ToArray());
                }
                var buf = new byte[n];
                int got = s.ReadAtLeast(buf, (int)n, throwOnEndOfStream: false);
                return PyBytes.Create(got == n ? buf : buf[..got]);
            }
            catch (IOException e)
            {
                return RaiseOSError(ts, e, null);
            }
        });
        t.AddMethod("write", static (ts, self, data) =>
        {
            var s = ((FileIO)self).Stream;
            if (s is null) return ts.ValueError("I/O operation on closed file");
            if (!Protocols.GetBuffer(ts, data, false, out var view)) return null;
            try
            {
                s.Write(view.Span);
                return PyInt.Create(view.Length);
            }
            catch (IOException e)
            {
                return RaiseOSError(ts, e, null);
            }
            finally
            {
                Protocols.ReleaseBuffer(ref view);
            }
        });
        t.AddMethod("close", static (ts, self) => CloseFileIO((FileIO)self));
        t.AddMethod("__enter__", static (ts, self) => self);
        t.AddMethod("__exit__", static (ts, self, args, kw) => CloseFileIO((FileIO)self));
    });

    private static PyObject CloseFileIO(FileIO f)
    {
        f.Stream?.Dispose();
        f.Stream = null;
        return PyNone.Instance;
    }

    private static PyObject? OpenFileIO(ThreadState ts, PyType type, PyObject file, string mode)
    {
        if (file is PyInt fdObj)
        {
            if (!Protocols.AsIndex(ts, fdObj, out long fd, PyExc.OverflowError)) return null;
            var table = ts.Interp.GetModuleState<StandInFiles>();
            lock (table.Open)
            {
                if (table.Open.Remove((int)fd, out var stream)) return new FileIO(type, stream);
            }
            // A descriptor from the real posix module.
            try
            {
                var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle((IntPtr)fd, ownsHandle: true);
                return new FileIO(type, new FileStream(handle, mode.Contains('w') ? FileAccess.Write : FileAccess.Read, 1));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                return RaiseErrno(ts, 9, "Bad file descriptor", null);
            }
        }
        if (file is not PyStr path) return ts.TypeError($"expected str, bytes or os.PathLike object, not {file.Type.Name}");
        try
        {
            bool write = mode.Contains('w');
            var stream = write
                ? new FileStream(path.ToString(), FileMode.Create, FileAccess.Write)
                : new FileStream(path.ToString(), FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None);
            return new FileIO(type, stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return RaiseOSError(ts, e, path);
        }
    }

    private static PyModule? CreateIo(ThreadState ts)
    {
        var m = PyModule.Create("_io");
        m.Set("FileIO", s_fileIOType);
        m.AddFunction("open_code", static (ts, self, path) => OpenFileIO(ts, s_fileIOType, path, "rb"));
        return m;
    }

    // ---- posix: what _bootstrap_external calls ----------------------------------------------------

    /// <summary>Streams opened by the stand-in posix.open, handed to FileIO(fd) (per interpreter).</summary>
    private sealed class StandInFiles
    {
        public readonly Dictionary<int, Stream> Open = [];
        public int Next = 1000;
    }

    private const int OWrOnly = 1, ORdWr = 2, OCreat = 64, OExcl = 128, OTrunc = 512, OAppend = 1024;

    private static PyModule? CreatePosix(ThreadState ts)
    {
        var m = PyModule.Create("posix");
        m.Set("environ", new PyDict());
        m.Set("O_RDONLY", PyInt.Create(0));
        m.Set("O_WRONLY", PyInt.Create(OWrOnly));
        m.Set("O_RDWR", PyInt.Create(ORdWr));
        m.Set("O_CREAT", PyInt.Create(OCreat));
        m.Set("O_EXCL", PyInt.Create(OExcl));
        m.Set("O_TRUNC", PyInt.Create(OTrunc));
        m.Set("O_APPEND", PyInt.Create(OAppend));
        m.AddFunction("getcwd", static (ts, self) => PyStr.Create(Directory.GetCurrentDirectory()));
        m.AddFunction("fspath", static (ts, self, p) =>
        {
            if (p is PyStr or PyBytes) return p;
            var f = Protocols.LookupAttr(ts, p, "__fspath__");
            if (f is null) return ts.HasError ? null : ts.TypeError($"expected str, bytes or os.PathLike object, not {p.Type.Name}");
            return Protocols.Call(ts, f, [], null);
        });
        m.AddFunction("stat", static (ts, self, args, kw) =>
        {
            if (args.Length < 1 || args[0] is not PyStr p) return ts.TypeError("stat: path should be string");
            string path = p.ToString();
            try
            {
                FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
                if (!info.Exists) return RaiseErrno(ts, 2, "No such file or directory", p);
                long kind = info is DirectoryInfo ? 0x4000 : 0x8000;
                long perms = OperatingSystem.IsWindows() ? 0x1a4 : (long)File.GetUnixFileMode(path);
                var st = PySimpleNamespace.Create();
                var d = st.Dict!;
                d.SetStr("st_mode", PyInt.Create(kind << 4 | perms));
                double mtime = (info.LastWriteTimeUtc - DateTime.UnixEpoch).Ticks / 1e7;
                d.SetStr("st_mtime", PyFloat.Create(mtime));
                d.SetStr("st_size", PyInt.Create(info is FileInfo fi ? fi.Length : 4096));
                return st;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return RaiseOSError(ts, e, p);
            }
        });
        m.AddFunction("listdir", static (ts, self, args, kw) =>
        {
            string path = args.Length > 0 && args[0] is PyStr p ? p.ToString() : ".";
            try
            {
                var list = new PyList();
                foreach (var entry in Directory.EnumerateFileSystemEntries(path)) list.Append(PyStr.Create(Path.GetFileName(entry)));
                return list;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return RaiseOSError(ts, e, args.Length > 0 ? args[0] : null);
            }
        });
        m.AddFunction("mkdir", static (ts, self, args, kw) =>
        {
            if (args.Length < 1 || args[0] is not PyStr p) return ts.TypeError("mkdir: path should be string");
            if (Directory.Exists(p.ToString()) || File.Exists(p.ToString())) return RaiseErrno(ts, 17, "File exists", p);
            try
            {
                Directory.CreateDirectory(p.ToString());
                return PyNone.Instance;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return RaiseOSError(ts, e, p);
            }
        });
        m.AddFunction("open", static (ts, self, args, kw) =>
        {
            if (args.Length < 2 || args[0] is not PyStr p || !Protocols.AsIndex(ts, args[1], out long flags, PyExc.OverflowError))
                return ts.HasError ? null : ts.TypeError("open: path should be string");
            var mode = (flags & OCreat) != 0 ? (flags & OExcl) != 0 ? FileMode.CreateNew : (flags & OTrunc) != 0 ? FileMode.Create : FileMode.OpenOrCreate : FileMode.Open;
            var access = (flags & 3) switch { OWrOnly => FileAccess.Write, ORdWr => FileAccess.ReadWrite, _ => FileAccess.Read };
            try
            {
                if (mode == FileMode.CreateNew && File.Exists(p.ToString())) return RaiseErrno(ts, 17, "File exists", p);
                var stream = new FileStream(p.ToString(), mode, access);
                var table = ts.Interp.GetModuleState<StandInFiles>();
                lock (table.Open)
                {
                    int fd = table.Next++;
                    table.Open[fd] = stream;
                    return PyInt.Create(fd);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return RaiseOSError(ts, e, p);
            }
        });
        m.AddFunction("replace", static (ts, self, args, kw) =>
        {
            if (args.Length < 2 || args[0] is not PyStr a || args[1] is not PyStr b) return ts.TypeError("replace: paths should be strings");
            try
            {
                File.Move(a.ToString(), b.ToString(), overwrite: true);
                return PyNone.Instance;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return RaiseOSError(ts, e, a);
            }
        });
        m.AddFunction("unlink", static (ts, self, args, kw) =>
        {
            if (args.Length < 1 || args[0] is not PyStr p) return ts.TypeError("unlink: path should be string");
            if (!File.Exists(p.ToString())) return RaiseErrno(ts, 2, "No such file or directory", p);
            try
            {
                File.Delete(p.ToString());
                return PyNone.Instance;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return RaiseOSError(ts, e, p);
            }
        });
        return m;
    }

    private static PyObject? RaiseOSError(ThreadState ts, Exception e, PyObject? filename) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => RaiseErrno(ts, 2, "No such file or directory", filename),
        UnauthorizedAccessException => RaiseErrno(ts, 13, "Permission denied", filename),
        _ => RaiseErrno(ts, 5, "Input/output error", filename),
    };

    /// <summary>OSError(errno, strerror, filename): the constructor picks the subclass (FileNotFoundError, ...).</summary>
    private static PyObject? RaiseErrno(ThreadState ts, int errno, string strerror, PyObject? filename)
    {
        PyObject[] args = filename is null
            ? [PyInt.Create(errno), PyStr.Create(strerror)]
            : [PyInt.Create(errno), PyStr.Create(strerror), filename];
        var exc = Protocols.Call(ts, PyExc.OSError, args, null);
        if (exc is PyBaseException be) ts.Raise(be);
        return null;
    }
}
