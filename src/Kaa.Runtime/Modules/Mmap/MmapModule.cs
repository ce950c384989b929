using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// <c>mmap</c> (Modules/mmapmodule.c, the Unix build): the mmap type over mmap(2)/mremap(2)/msync(2)/
/// madvise(2), its constants, and <c>error</c> (OSError). Messages are CPython's, including the
/// PyArg_ParseTuple arity messages of its METH_VARARGS methods.
/// </summary>
internal static unsafe class MmapModule
{
    private const int MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_ANONYMOUS = 0x20, PROT_READ = 1, PROT_WRITE = 2;

    private static readonly (string Name, int Value)[] Constants =
    [
        ("ACCESS_COPY", 3), ("ACCESS_DEFAULT", 0), ("ACCESS_READ", 1), ("ACCESS_WRITE", 2), ("ALLOCATIONGRANULARITY", 4096),
        ("MADV_DODUMP", 17), ("MADV_DOFORK", 11), ("MADV_DONTDUMP", 16), ("MADV_DONTFORK", 10), ("MADV_DONTNEED", 4),
        ("MADV_FREE", 8), ("MADV_HUGEPAGE", 14), ("MADV_HWPOISON", 100), ("MADV_MERGEABLE", 12), ("MADV_NOHUGEPAGE", 15),
        ("MADV_NORMAL", 0), ("MADV_RANDOM", 1), ("MADV_REMOVE", 9), ("MADV_SEQUENTIAL", 2), ("MADV_UNMERGEABLE", 13),
        ("MADV_WILLNEED", 3), ("MAP_ANON", 32), ("MAP_ANONYMOUS", 32), ("MAP_DENYWRITE", 2048), ("MAP_EXECUTABLE", 4096),
        ("MAP_POPULATE", 32768), ("MAP_PRIVATE", 2), ("MAP_SHARED", 1), ("MAP_STACK", 131072), ("PAGESIZE", 4096),
        ("PROT_EXEC", 4), ("PROT_READ", 1), ("PROT_WRITE", 2),
    ];

    private static readonly ArgSpec NewSpec = new("mmap", ["fileno", "length", "flags", "prot", "access", "offset"], required: 2, positionalOnly: 0);

    public static readonly PyType MmapType = PyType.CreateStatic("mmap.mmap", (PyType?)null, TypeFlags.BaseType | TypeFlags.HasWeakrefs, Install);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("mmap", null);
        foreach (var (name, value) in Constants) m.Set(name, PyInt.Create(value));
        m.Set("error", PyExc.OSError);
        m.Set("mmap", MmapType);
        return m;
    }

    private const string Doc = "Windows: mmap(fileno, length[, tagname[, access[, offset]]])\n\nMaps length bytes from the file specified by the file handle fileno,\nand returns a mmap object.  If length is larger than the current size\nof the file, the file is extended to contain length bytes.  If length\nis 0, the maximum length of the map is the current size of the file,\nexcept that if the file is empty Windows raises an exception (you cannot\ncreate an empty mapping on Windows).\n\nUnix: mmap(fileno, length[, flags[, prot[, access[, offset]]]])\n\nMaps length bytes from the file specified by the file descriptor fileno,\nand returns a mmap object.  If length is 0, the maximum length of the map\nwill be the current size of the file when mmap is called.\nflags specifies the nature of the mapping. MAP_PRIVATE creates a\nprivate copy-on-write mapping, so changes to the contents of the mmap\nobject will be private to this process, and MAP_SHARED creates a mapping\nthat's shared with all other processes mapping the same areas of the file.\nThe default value is MAP_SHARED.\n\nTo map anonymous memory, pass -1 as the fileno (both versions).";

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create(Doc));
        type.New = New;
        type.Repr = Repr;
        type.Length = static (ts, self) => Valid(ts, self) is { } m ? (nint)m.Size : -1;
        type.GetItem = GetItem;
        type.SetItem = SetItem;
        type.Iter = static (ts, self) =>
        {
            if (Valid(ts, self) is null) return null;
            return new PySeqIterator(new MmapByteView((PyMmap)self));
        };
        type.AddMethod("close", static (ts, self) =>
        {
            var m = (PyMmap)self;
            if (m.Exports > 0) BufferReclaim.CollectAbandonedViews();
            if (m.Exports > 0) return ts.Raise(PyExc.BufferError, "cannot close exported pointers exist");
            using (ts.ReleaseGil()) m.Close();
            return PyNone.Instance;
        });
        type.AddGetSet("closed", static (ts, self) => PyBool.From(((PyMmap)self).IsClosed));
        type.AddMethod("__enter__", static (ts, self) => Valid(ts, self) is null ? null : self);
        type.AddMethod("__exit__", static (ts, self, args, kw) =>
        {
            var m = (PyMmap)self;
            if (m.Exports > 0) BufferReclaim.CollectAbandonedViews();
            if (m.Exports > 0) return ts.Raise(PyExc.BufferError, "cannot close exported pointers exist");
            m.Close();
            return PyNone.Instance;
        });
        type.AddMethod("read_byte", static (ts, self) =>
        {
            if (Valid(ts, self) is not { } m) return null;
            if (m.Pos >= m.Size) return ts.ValueError("read byte out of range");
            return PyInt.Create(m.At(m.Pos++));
        });
        type.AddMethod("readline", static (ts, self) =>
        {
            if (Valid(ts, self) is not { } m) return null;
            long remaining = m.Pos < m.Size ? m.Size - m.Pos : 0;
            if (remaining == 0) return PyBytes.Empty;
            var rest = m.Range(m.Pos, remaining);
            int eol = rest.IndexOf((byte)'\n');
            int n = eol < 0 ? rest.Length : eol + 1;
            var result = PyBytes.Create(rest[..n].ToArray());
            m.Pos += n;
            return result;
        });
        type.AddMethod("read", static (ts, self, args, kw) =>
        {
            if (Valid(ts, self) is not { } m || !Arity(ts, "read", args, kw, 0, 1)) return null;
            long n = long.MaxValue;
            if (args.Length == 1 && args[0] is not PyNone)
            {
                if (!IsIndex(args[0])) return ts.TypeError($"argument should be integer or None, not '{args[0].Type.Name}'");
                if (!Protocols.AsIndex(ts, args[0], out n, PyExc.OverflowError)) return null;
            }
            long remaining = m.Pos < m.Size ? m.Size - m.Pos : 0;
            if (n < 0 || n > remaining) n = remaining;
            var result = PyBytes.Create(m.Range(m.Pos, n).ToArray());
            m.Pos += n;
            return result;
        });
        type.AddMethod("find", static (ts, self, args, kw) => Find(ts, self, args, kw, reverse: false));
        type.AddMethod("rfind", static (ts, self, args, kw) => Find(ts, self, args, kw, reverse: true));
        type.AddMethod("write", static (ts, self, args, kw) =>
        {
            if (Valid(ts, self) is not { } m || !Arity(ts, "write", args, kw, 1, 1)) return null;
            if (!Protocols.GetBuffer(ts, args[0], false, out var data)) return null;
            try
            {
                if (!Writable(ts, m)) return null;
                if (m.Pos > m.Size || m.Size - m.Pos < data.Length) return ts.ValueError("data out of range");
                data.Span.CopyTo(m.Range(m.Pos, data.Length));
                m.Pos += data.Length;
                return PyInt.Create(data.Length);
            }
            finally { Protocols.ReleaseBuffer(ref data); }
        });
        type.AddMethod("write_byte", static (ts, self, args, kw) =>
        {
            if (Valid(ts, self) is not { } m || !Arity(ts, "write_byte", args, kw, 1, 1)) return null;
            if (!UnsignedByte(ts, args[0], out byte value)) return null;
            if (!Writable(ts, m)) return null;
            if (m.Pos >= m.Size) return ts.ValueError("write byte out of range");
            m.At(m.Pos++) = value;
            return PyNone.Instance;
        });
        type.AddMethod("size", static (ts, self) =>
        {
            if (Valid(ts, self) is not { } m) return null;
            // The size of the file (fstat), not of the map; an anonymous map has no file: fstat(-1) fails.
            return FileSize(ts, m.Fd);
        });
        type.AddMethod("tell", static (ts, self) => Valid(ts, self) is { } m ? PyInt.Create(m.Pos) : null);
        type.AddMethod("seek", static (ts, self, args, kw) =>
        {
            if (Valid(ts, self) is not { } m || !Arity(ts, "seek", args, kw, 1, 2)) return null;
            if (!Ssize(ts, args[0], out long dist)) return null;
            int how = 0;
            if (args.Length == 2 && !PosixArgs.CInt(ts, args[1], out how)) return null;
            long where;
            switch (how)
            {
                case 0: where = dist; break;
                case 1:
                    if (long.MaxValue - m.Pos < dist) return ts.ValueError("seek out of range");
                    where = m.Pos + dist;
                    break;
                case 2:
                    if (long.MaxValue - m.Size < dist) return ts.ValueError("seek out of range");
                    where = m.Size + dist;
                    break;
                default: return ts.ValueError("unknown seek type");
            }
            if (where > m.Size || where < 0) return ts.ValueError("seek out of range");
            m.Pos = where;
            return PyNone.Instance;
        });
        type.AddMethod("move", static (ts, self, args, kw) =>
        {
            if (Valid(ts, self) is not { } m || !Arity(ts, "move", args, kw, 3, 3)) return null;
            if (!Ssize(ts, args[0], out long dest) || !Ssize(ts, args[1], out long src) || !Ssize(ts, args[2], out long cnt)) return null;
            if (!Writable(ts, m)) return null;
            if (dest < 0 || src < 0 || cnt < 0 || m.Size - dest < cnt || m.Size - src < cnt)
                return ts.ValueError("source, destination, or count out of range");
            m.Range(src, cnt).CopyTo(m.Range(dest, cnt));
            return PyNone.Instance;
        });
        type.AddMethod("flush", static (ts, self, args, kw) =>
        {
            if (Valid(ts, self) is not { } m || !Arity(ts, "flush", args, kw, 0, 2)) return null;
            long offset = 0, size = m.Size;
            if (args.Length >= 1 && !Ssize(ts, args[0], out offset)) return null;
            if (args.Length >= 2 && !Ssize(ts, args[1], out size)) return null;
            if (size < 0 || offset < 0 || m.Size - offset < size) return ts.ValueError("flush values out of range");
            if (m.Access == PyMmap.AccessRead || m.Access == PyMmap.AccessCopy) return PyNone.Instance;
            if (MmapLibc.msync(m.Data + (nint)offset, (nint)size, MmapLibc.MS_SYNC) < 0) return PosixErrors.FromErrno(ts);
            return PyNone.Instance;
        });
        type.AddMethod("madvise", static (ts, self, args, kw) =>
        {
            if (Valid(ts, self) is not { } m || !Arity(ts, "madvise", args, kw, 1, 3)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int option)) return null;
            long start = 0, length = m.Size;
            if (args.Length >= 2 && !Ssize(ts, args[1], out start)) return null;
            if (args.Length >= 3 && !Ssize(ts, args[2], out length)) return null;
            if (start < 0 || start >= m.Size) return ts.ValueError("madvise start out of bounds");
            if (length < 0) return ts.ValueError("madvise length invalid");
            if (long.MaxValue - start < length) return ts.Raise(PyExc.OverflowError, "madvise length too large");
            if (start + length > m.Size) length = m.Size - start;
            if (MmapLibc.madvise(m.Data + (nint)start, (nint)length, option) != 0) return PosixErrors.FromErrno(ts);
            return PyNone.Instance;
        });
        type.AddMethod("resize", static (ts, self, args, kw) =>
        {
            if (Valid(ts, self) is not { } m || !Arity(ts, "resize", args, kw, 1, 1)) return null;
            if (!Ssize(ts, args[0], out long newSize)) return null;
            if (m.Exports > 0) BufferReclaim.CollectAbandonedViews();
            if (m.Exports > 0) return ts.Raise(PyExc.BufferError, "mmap can't resize with extant buffers exported.");
            if (m.Access != PyMmap.AccessWrite && m.Access != PyMmap.AccessDefault)
                return ts.TypeError("mmap can't resize a readonly or copy-on-write memory map.");
            if (newSize < 0 || long.MaxValue - newSize < m.Offset) return ts.ValueError("new size out of range");
            if (m.Fd != -1 && MmapLibc.ftruncate(m.Fd, m.Offset + newSize) == -1) return PosixErrors.FromErrno(ts);
            nint moved = MmapLibc.mremap(m.Data, (nint)m.Size, (nint)newSize, MmapLibc.MREMAP_MAYMOVE);
            if (moved == -1) return PosixErrors.FromErrno(ts);
            m.Data = moved;
            m.Size = newSize;
            return PyNone.Instance;
        });
    }

    private static bool IsIndex(PyObject o) => o is PyInt || o.Type.Index is not null;

    /// <summary>st_size of a regular file open as <paramref name="fd"/>; null for anything else.</summary>
    private static long? RegularFileSize(int fd)
    {
        var path = new PathArg { Fd = fd, IsFd = true, Object = PyNone.Instance };
        if (StatResult.Stat(path, Libc.AT_FDCWD, true, out Statx st) < 0) return null;
        return (st.Mode & 0xF000) == 0x8000 ? (long)st.Size : null;
    }

    /// <summary>size(): fstat of the descriptor (OSError for an anonymous map, whose descriptor is -1).</summary>
    private static PyObject? FileSize(ThreadState ts, int fd)
    {
        var path = new PathArg { Fd = fd, IsFd = true, Object = PyNone.Instance };
        if (StatResult.Stat(path, Libc.AT_FDCWD, true, out Statx st) < 0) return PosixErrors.FromErrno(ts);
        return PyInt.Create((long)st.Size);
    }

    /// <summary>CHECK_VALID: the mmap, or null with "mmap closed or invalid".</summary>
    private static PyMmap? Valid(ThreadState ts, PyObject self)
    {
        var m = (PyMmap)self;
        if (!m.IsClosed) return m;
        ts.SetError(PyExc.ValueError, "mmap closed or invalid");
        return null;
    }

    private static bool Writable(ThreadState ts, PyMmap m)
    {
        if (m.Access != PyMmap.AccessRead) return true;
        ts.SetError(PyExc.TypeError, "mmap can't modify a readonly memory map.");
        return false;
    }

    /// <summary>PyArg_ParseTuple's arity checks and messages for a METH_VARARGS method.</summary>
    private static bool Arity(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max)
    {
        if (kw is not null && kw.Length > 0)
        {
            ts.SetError(PyExc.TypeError, $"{name}() takes no keyword arguments");
            return false;
        }
        if (args.Length >= min && args.Length <= max) return true;
        string how = min == max ? "exactly" : args.Length < min ? "at least" : "at most";
        int n = args.Length < min ? min : max;
        ts.SetError(PyExc.TypeError, $"{name}() takes {how} {n} argument{(n == 1 ? "" : "s")} ({args.Length} given)");
        return false;
    }

    /// <summary>The "n" converter (Py_ssize_t).</summary>
    private static bool Ssize(ThreadState ts, PyObject obj, out long value)
    {
        value = 0;
        if (obj is PyFloat)
        {
            ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            return false;
        }
        return Protocols.AsIndex(ts, obj, out value, PyExc.OverflowError);
    }

    /// <summary>The "b" converter: 0..255, CPython's messages.</summary>
    private static bool UnsignedByte(ThreadState ts, PyObject obj, out byte value)
    {
        value = 0;
        if (!Ssize(ts, obj, out long v)) return false;
        if (v < 0) { ts.SetError(PyExc.OverflowError, "unsigned byte integer is less than minimum"); return false; }
        if (v > 255) { ts.SetError(PyExc.OverflowError, "unsigned byte integer is greater than maximum"); return false; }
        value = (byte)v;
        return true;
    }

    private static PyObject? Find(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool reverse)
    {
        string name = reverse ? "rfind" : "find";
        if (Valid(ts, self) is not { } m || !Arity(ts, name, args, kw, 1, 3)) return null;
        if (!Protocols.GetBuffer(ts, args[0], false, out var view)) return null;
        try
        {
            long start = m.Pos, end = m.Size;
            if (args.Length >= 2 && !Ssize(ts, args[1], out start)) return null;
            if (args.Length >= 3 && !Ssize(ts, args[2], out end)) return null;
            start = Clip(start, m.Size);
            end = Clip(end, m.Size);
            if (end < start) return PyInt.Create(-1);
            var hay = m.Range(start, (end - start));
            int i = reverse ? hay.LastIndexOf(view.Span) : hay.IndexOf(view.Span);
            return PyInt.Create(i < 0 ? -1 : start + i);
        }
        finally { Protocols.ReleaseBuffer(ref view); }
    }

    private static long Clip(long i, long size)
    {
        if (i < 0) i += size;
        if (i < 0) return 0;
        return i > size ? size : i;
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var m = (PyMmap)self;
        if (m.IsClosed) return PyStr.Create($"<{m.Type.Name} closed=True>");
        string access = m.Access switch
        {
            PyMmap.AccessRead => "ACCESS_READ",
            PyMmap.AccessWrite => "ACCESS_WRITE",
            PyMmap.AccessCopy => "ACCESS_COPY",
            _ => "ACCESS_DEFAULT",
        };
        return PyStr.Create($"<{m.Type.Name} closed=False, access={access}, length={m.Size}, pos={m.Pos}, offset={m.Offset}>");
    }

    private static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        if (Valid(ts, self) is not { } m) return null;
        if (key is PySlice slice)
        {
            if (!SliceIndices.GetIndices(ts, slice, m.Size, out long start, out long step, out long count)) return null;
            if (count <= 0) return PyBytes.Empty;
            var result = new byte[count];
            for (long i = 0, j = start; i < count; i++, j += step) result[i] = m.At(j);
            return PyBytes.Create(result);
        }
        if (!IsIndex(key)) return ts.TypeError("mmap indices must be integers");
        if (!Protocols.AsIndex(ts, key, out long index, PyExc.IndexError)) return null;
        if (index < 0) index += m.Size;
        if (index < 0 || index >= m.Size) return ts.IndexError("mmap index out of range");
        return PyInt.Create(m.At(index));
    }

    private static int SetItem(ThreadState ts, PyObject self, PyObject key, PyObject? value)
    {
        if (Valid(ts, self) is not { } m) return -1;
        if (!Writable(ts, m)) return -1;
        if (key is PySlice slice)
        {
            if (!SliceIndices.GetIndices(ts, slice, m.Size, out long start, out long step, out long count)) return -1;
            if (value is null)
            {
                ts.SetError(PyExc.TypeError, "mmap object doesn't support slice deletion");
                return -1;
            }
            if (!Protocols.GetBuffer(ts, value, false, out var buf)) return -1;
            try
            {
                if (buf.Length != count)
                {
                    ts.SetError(PyExc.IndexError, "mmap slice assignment is wrong size");
                    return -1;
                }
                var src = buf.Span;
                for (long i = 0, j = start; i < count; i++, j += step) m.At(j) = src[(int)i];
                return 0;
            }
            finally { Protocols.ReleaseBuffer(ref buf); }
        }
        if (!IsIndex(key))
        {
            ts.SetError(PyExc.TypeError, "mmap indices must be integer");
            return -1;
        }
        if (!Protocols.AsIndex(ts, key, out long index, PyExc.IndexError)) return -1;
        if (index < 0) index += m.Size;
        if (index < 0 || index >= m.Size)
        {
            ts.SetError(PyExc.IndexError, "mmap index out of range");
            return -1;
        }
        if (value is null)
        {
            ts.SetError(PyExc.TypeError, "mmap doesn't support item deletion");
            return -1;
        }
        if (!IsIndex(value))
        {
            ts.SetError(PyExc.TypeError, "mmap item value must be an int");
            return -1;
        }
        if (!Protocols.AsIndex(ts, value, out long v, PyExc.TypeError)) return -1;
        if (v < 0 || v > 255)
        {
            ts.SetError(PyExc.ValueError, "mmap item value must be in range(0, 256)");
            return -1;
        }
        m.At(index) = (byte)v;
        return 0;
    }

    /// <summary>mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ, access=ACCESS_DEFAULT, offset=0).</summary>
    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!NewSpec.Parse(ts, args, kw, a)) return null;
        if (!PosixArgs.CInt(ts, a[0]!, out int fd) || !Ssize(ts, a[1]!, out long mapSize)) return null;
        int flags = MAP_SHARED, prot = PROT_WRITE | PROT_READ, access = PyMmap.AccessDefault;
        long offset = 0;
        if (a[2] is { } f && !PosixArgs.CInt(ts, f, out flags)) return null;
        if (a[3] is { } p && !PosixArgs.CInt(ts, p, out prot)) return null;
        if (a[4] is { } ac && !PosixArgs.CInt(ts, ac, out access)) return null;
        if (a[5] is { } o && !Ssize(ts, o, out offset)) return null;
        if (mapSize < 0) return ts.Raise(PyExc.OverflowError, "memory mapped length must be positive");
        if (offset < 0) return ts.Raise(PyExc.OverflowError, "memory mapped offset must be positive");
        if (access != PyMmap.AccessDefault && (flags != MAP_SHARED || prot != (PROT_WRITE | PROT_READ)))
            return ts.ValueError("mmap can't specify both access and flags, prot.");
        switch (access)
        {
            case PyMmap.AccessRead: flags = MAP_SHARED; prot = PROT_READ; break;
            case PyMmap.AccessWrite: flags = MAP_SHARED; prot = PROT_READ | PROT_WRITE; break;
            case PyMmap.AccessCopy: flags = MAP_PRIVATE; prot = PROT_READ | PROT_WRITE; break;
            case PyMmap.AccessDefault:
                if ((prot & PROT_READ) != 0 && (prot & PROT_WRITE) != 0) { }
                else if ((prot & PROT_WRITE) != 0) access = PyMmap.AccessWrite;
                else access = PyMmap.AccessRead;
                break;
            default: return ts.ValueError("mmap invalid access parameter.");
        }
        if (fd != -1 && RegularFileSize(fd) is long fileSize)
        {
            if (mapSize == 0)
            {
                if (fileSize == 0) return ts.ValueError("cannot mmap an empty file");
                if (offset >= fileSize) return ts.ValueError("mmap offset is greater than file size");
                mapSize = fileSize - offset;
            }
            else if (offset > fileSize || fileSize - offset < mapSize)
            {
                return ts.ValueError("mmap length is greater than file size");
            }
        }
        var m = new PyMmap(type) { Size = mapSize, Offset = offset, Access = access };
        if (fd == -1) flags |= MAP_ANONYMOUS;
        else
        {
            m.Fd = Libc.fcntl(fd, 1030 /* F_DUPFD_CLOEXEC */, 0);
            if (m.Fd < 0) return PosixErrors.FromErrno(ts);
        }
        nint data = MmapLibc.mmap(0, (nint)mapSize, prot, flags, fd, offset);
        if (data == -1)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (m.Fd >= 0) Libc.close(m.Fd);
            m.Fd = -1;
            GC.SuppressFinalize(m);
            return PosixErrors.Raise(ts, errno);
        }
        m.Data = data;
        return m;
    }
}

/// <summary>What iterating an mmap walks: its bytes one by one as length-1 bytes objects (sq_item).</summary>
internal sealed class MmapByteView : PyObject
{
    public static readonly PyType ViewType = PyType.CreateStatic("mmap_items", (PyType?)null, TypeFlags.None, static t =>
    {
        t.GetItem = static (ts, self, key) =>
        {
            var m = ((MmapByteView)self).Map;
            if (m.IsClosed) return ts.ValueError("mmap closed or invalid");
            if (!Protocols.AsIndex(ts, key, out long i, PyExc.IndexError)) return null;
            if (i < 0 || i >= m.Size) return ts.IndexError("mmap index out of range");
            return PyBytes.Create([m.At(i)]);
        };
    });

    public readonly PyMmap Map;

    public MmapByteView(PyMmap map) : base(ViewType) => Map = map;
}
