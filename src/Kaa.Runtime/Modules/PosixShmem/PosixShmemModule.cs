using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary><c>_posixshmem</c> (Modules/_multiprocessing/posixshmem.c): POSIX named shared memory for
/// multiprocessing.shared_memory — shm_open returns a descriptor, shm_unlink removes the name.</summary>
internal static unsafe partial class PosixShmemModule
{
    [LibraryImport("libc", EntryPoint = "shm_open", SetLastError = true)] private static partial int shm_open(byte* name, int flags, uint mode);
    [LibraryImport("libc", EntryPoint = "shm_unlink", SetLastError = true)] private static partial int shm_unlink(byte* name);

    private static readonly ArgSpec OpenSpec = new("shm_open", ["path", "flags", "mode"], required: 2, positionalOnly: 0);
    private static readonly ArgSpec UnlinkSpec = new("shm_unlink", ["path"], required: 1, positionalOnly: 0);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_posixshmem", null);
        m.AddFunction("shm_open", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!OpenSpec.Parse(ts, args, kw, a)) return null;
            var name = PathBytes(ts, a[0]!, "shm_open");
            if (name is null) return null;
            if (!PosixArgs.CInt(ts, a[1]!, out int flags)) return null;
            int mode = 0x1ff; // 0o777
            if (a[2] is { } md && !PosixArgs.CInt(ts, md, out mode)) return null;
            int fd;
            while (true)
            {
                fixed (byte* n = name) fd = shm_open(n, flags, (uint)mode);
                if (fd >= 0) return PyInt.Create(fd);
                int errno = Marshal.GetLastPInvokeError();
                if (errno != Libc.EINTR) return PosixErrors.Raise(ts, errno, a[0]);
                if (!ts.Interp.HandleEvalBreaker(ts)) return null;
            }
        }, "Open a shared memory object.  Returns a file descriptor (integer).");
        m.AddFunction("shm_unlink", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!UnlinkSpec.Parse(ts, args, kw, a)) return null;
            var name = PathBytes(ts, a[0]!, "shm_unlink");
            if (name is null) return null;
            while (true)
            {
                int r;
                fixed (byte* n = name) r = shm_unlink(n);
                if (r == 0) return PyNone.Instance;
                int errno = Marshal.GetLastPInvokeError();
                if (errno != Libc.EINTR) return PosixErrors.Raise(ts, errno, a[0]);
                if (!ts.Interp.HandleEvalBreaker(ts)) return null;
            }
        }, "Remove a shared memory object (similar to unlink()).\n\nRemove a shared memory object.  Similar to unlink() on a pathname, the\nshared memory object is identified by the name it was opened with.");
        return m;
    }

    /// <summary>The clinic's <c>unicode</c> converter, then UTF-8 with NUL termination (PyUnicode_AsUTF8).</summary>
    private static byte[]? PathBytes(ThreadState ts, PyObject path, string function)
    {
        if (path is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, $"{function}() argument 'path' must be str, not {(path is PyNone ? "None" : path.Type.Name)}");
            return null;
        }
        // An embedded NUL is not rejected: the C call sees the name up to it, as in CPython.
        return [.. System.Text.Encoding.UTF8.GetBytes(s.ToString()), 0];
    }
}
