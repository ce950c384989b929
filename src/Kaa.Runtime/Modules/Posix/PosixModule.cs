using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>
/// <c>posix</c>: the operating-system interface under <c>os</c> (CPython's Modules/posixmodule.c), on libc
/// through P/Invoke. Paths are str (file-system encoded) or bytes; errors are OSError subclasses with
/// errno, strerror and the file names. The functions live in the partial files by area (Files, Paths,
/// Process, System).
/// </summary>
internal static unsafe partial class PosixModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("posix", "This module provides access to operating system functionality that is\nstandardized by the C Standard and POSIX (a thinly disguised Unix interface).\nRefer to the library manual and corresponding Unix manual entries for more information on calls.");
        foreach (var (name, value) in PosixConstants.All) m.Set(name, PyInt.Create(value));
        m.Set("confstr_names", NameTable(PosixConstants.confstr_names));
        m.Set("pathconf_names", NameTable(PosixConstants.pathconf_names));
        m.Set("sysconf_names", NameTable(PosixConstants.sysconf_names));
        m.Set("error", PyExc.OSError);
        if (ReadEnviron(ts) is not { } environ) return null;
        m.Set("environ", environ);
        var have = new PyObject[HaveFunctions.Length];
        for (int i = 0; i < have.Length; i++) have[i] = PyStr.Intern(HaveFunctions[i]);
        m.Set("_have_functions", PyList.FromArray(have));
        m.Set("stat_result", StatResult.Type);
        m.Set("statvfs_result", PosixResultTypes.StatVfsResult);
        m.Set("terminal_size", PosixResultTypes.TerminalSize);
        m.Set("times_result", PosixResultTypes.TimesResult);
        m.Set("uname_result", PosixResultTypes.UnameResult);
        m.Set("waitid_result", PosixResultTypes.WaitIdResult);
        m.Set("sched_param", PosixResultTypes.SchedParam);
        m.Set("DirEntry", DirEntry.TypeObject);
        AddFileFunctions(m);
        AddPathFunctions(m);
        AddProcessFunctions(m);
        AddForkFunctions(m);
        AddSystemFunctions(m);
        AddSpawnFunctions(m);
        AddExtraFunctions(m);
        return m;
    }

    /// <summary>What this build offers (os.py derives supports_dir_fd, supports_fd, ... from it): the *at
    /// functions are how Kaa implements every path call, so they are all there.</summary>
    private static readonly string[] HaveFunctions =
    [
        "HAVE_EVENTFD", "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN",
        "HAVE_FCHOWNAT", "HAVE_FEXECVE", "HAVE_FDOPENDIR", "HAVE_FPATHCONF", "HAVE_FSTATAT", "HAVE_FSTATVFS",
        "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_FUTIMES", "HAVE_FUTIMESAT", "HAVE_LINKAT", "HAVE_LCHOWN",
        "HAVE_LSTAT", "HAVE_LUTIMES", "HAVE_MEMFD_CREATE", "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_MKNODAT",
        "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT",
    ];

    private static PyDict NameTable((string Name, long Value)[] table)
    {
        var d = new PyDict();
        foreach (var (name, value) in table) d.SetStr(PyStr.Create(name), PyInt.Create(value));
        return d;
    }

    /// <summary>posix.environ: the process environment as a dict of bytes to bytes, in environ's order
    /// (the first of duplicate names wins, entries without '=' are skipped, as convertenviron).</summary>
    private static unsafe PyDict? ReadEnviron(ThreadState ts)
    {
        var d = new PyDict();
        byte** env = EnvironPointer();
        if (env is null) return d;
        for (; *env is not null; env++)
        {
            var entry = Libc.CString(*env);
            int eq = Array.IndexOf(entry, (byte)'=', 1);
            if (eq < 0) continue;
            var key = PyBytes.Create(entry[..eq]);
            if (d.TryGetItem(ts, key, out var existing) < 0) return null;
            if (existing is not null) continue;
            if (!d.SetItem(ts, key, PyBytes.Create(entry[(eq + 1)..]))) return null;
        }
        return d;
    }

    /// <summary>libc's <c>environ</c> variable (a data symbol: found through the loader, AOT-safe).</summary>
    internal static unsafe byte** EnvironPointer()
    {
        if (!NativeLibrary.TryLoad("libc.so.6", out var lib)) return null;
        if (!NativeLibrary.TryGetExport(lib, "environ", out var address)) return null;
        return *(byte***)address;
    }

    // ---- helpers shared by the partial files --------------------------------------------------------

    /// <summary>A str for a path-derived result: bytes when the argument was bytes, else fs-decoded str.</summary>
    internal static PyObject PathResult(ReadOnlySpan<byte> raw, bool asBytes)
        => asBytes ? PyBytes.Create(raw.ToArray()) : FsEncoding.Decode(raw);

    /// <summary>
    /// Runs a blocking libc call with the GIL released, retrying on EINTR after running signal handlers
    /// (PEP 475). A negative result comes with <paramref name="errno"/>; errno 0 then means a signal
    /// handler raised and its exception is set.
    /// </summary>
    internal static long Retry(ThreadState ts, Func<long> call, out int errno)
    {
        while (true)
        {
            long r;
            using (ts.ReleaseGil())
            {
                r = call();
                errno = r < 0 ? Libc.Errno : 0;
            }
            if (r >= 0 || errno != Libc.EINTR) return r;
            if (!ts.Interp.HandleEvalBreaker(ts)) { errno = 0; return -1; }
        }
    }

    /// <summary>The error of a failed <see cref="Retry"/>: OSError, or the signal handler's exception.</summary>
    internal static PyObject? RetryError(ThreadState ts, int errno, PyObject? filename = null)
        => errno == 0 ? null : PosixErrors.Raise(ts, errno, filename);
}
