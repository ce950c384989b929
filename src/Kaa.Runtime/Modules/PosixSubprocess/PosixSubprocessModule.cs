namespace Kaa.Runtime;

/// <summary>
/// <c>_posixsubprocess.fork_exec</c>, the child-process primitive of <c>subprocess</c>, built on
/// posix_spawn: a .NET process is multi-threaded, so fork+exec (CPython's way) is not safe, while glibc's
/// posix_spawn (clone with CLONE_VFORK, exec errors reported back) is. The child's set-up is expressed as
/// spawn file actions and attributes: the std descriptors dup2'd, descriptors ≥ 3 closed except
/// pass_fds, cwd (addchdir_np), a new session or process group, default signal dispositions and an
/// empty signal mask. A failure is reported through errpipe_write in CPython's "OSError:hex-errno:"
/// format (":noexec" when the cwd is unusable), so subprocess raises exactly as it does on CPython.
/// <para>Not supported (they need code to run in the child): preexec_fn, user, group and extra_groups;
/// they raise RuntimeError.</para>
/// </summary>
internal static unsafe class PosixSubprocessModule
{
    private const short POSIX_SPAWN_SETPGROUP = 0x02, POSIX_SPAWN_SETSIGDEF = 0x04, POSIX_SPAWN_SETSIGMASK = 0x08, POSIX_SPAWN_SETSID = 0x80;

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_posixsubprocess", "A POSIX helper for the subprocess module.");
        m.AddFunction("fork_exec", static (ts, self, args, kw) => ForkExec(ts, args, kw),
            "fork_exec(args, executable_list, close_fds, pass_fds, cwd, env,\n          p2cread, p2cwrite, c2pread, c2pwrite,\n          errread, errwrite, errpipe_read, errpipe_write,\n          restore_signals, call_setsid, pgid_to_set,\n          gid, extra_groups, uid,\n          preexec_fn)\n\nForks a child process, closes parent file descriptors as appropriate in the\nchild and dups the few that are needed before calling exec() in the child\nprocess.\n\nIf close_fds is true, close file descriptors 3 and higher, except those listed\nin the sorted tuple pass_fds.\n\nThe preexec_fn, if supplied, will be called immediately before closing file\ndescriptors and exec.\nWARNING: preexec_fn is NOT SAFE if your application uses threads.\n         It may trigger infrequent, difficult to debug deadlocks.\n\nIf an error occurs in the child process before the exec, it is\nserialized and written to the errpipe_write fd per subprocess.py.\n\nReturns: the child process's PID.\n\nRaises: Only on an error in the parent process.\n");
        return m;
    }

    private static PyObject? ForkExec(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Length > 0) return ts.TypeError("fork_exec() takes no keyword arguments");
        if (args.Length != 23) return ts.TypeError($"fork_exec() takes exactly 23 arguments ({args.Length} given)");
        var processArgs = args[0];
        var executableList = args[1];
        int closeFdsFlag = Protocols.IsTrue(ts, args[2]);
        if (closeFdsFlag < 0) return null;
        bool closeFds = closeFdsFlag == 1;
        if (args[3] is not PyTuple fdsToKeep) return ts.TypeError($"fork_exec() argument 4 must be tuple, not {args[3].Type.Name}");
        var cwdObj = args[4];
        var envList = args[5];
        Span<int> fds = stackalloc int[8];
        for (int i = 0; i < 8; i++)
            if (!PosixArgs.CInt(ts, args[6 + i], out fds[i])) return null;
        int p2cread = fds[0], c2pwrite = fds[3], errwrite = fds[5], errpipeWrite = fds[7];
        int restoreSignals = Protocols.IsTrue(ts, args[14]);
        int callSetsid = Protocols.IsTrue(ts, args[15]);
        if (restoreSignals < 0 || callSetsid < 0) return null;
        if (!PosixArgs.CInt(ts, args[16], out int pgidToSet)) return null;
        if (args[17] is not PyNone || args[18] is not PyNone || args[19] is not PyNone)
            return ts.RuntimeError("Kaa's subprocess cannot change the child's user or groups (no fork in .NET)");
        if (!PosixArgs.CInt(ts, args[20], out int childUmask)) return null;
        if (args[21] is not PyNone)
            return ts.RuntimeError("Kaa's subprocess does not support preexec_fn (no fork in .NET)");
        if (closeFds && errpipeWrite < 3) return ts.ValueError("errpipe_write must be >= 3");
        var keep = new List<int>();
        long previous = -1;
        foreach (var item in fdsToKeep.Items)
        {
            if (item is not PyInt pi || !pi.TryGetLong(out long v) || v < 0 || v <= previous || v > int.MaxValue)
                return ts.ValueError("bad value(s) in fds_to_keep");
            keep.Add((int)v);
            previous = v;
        }

        var executables = ByteStrings(ts, executableList, null);
        if (executables is null) return null;
        byte[][]? argv = null;
        if (processArgs is not PyNone)
        {
            if (processArgs is not PyTuple && processArgs is not PyList) return ts.TypeError("argv must be a tuple");
            argv = ByteStrings(ts, processArgs, fsConvert: true);
            if (argv is null) return null;
        }
        byte[][]? envp = null;
        if (envList is not PyNone)
        {
            envp = ByteStrings(ts, envList, null);
            if (envp is null) return null;
        }
        byte[]? cwd = null;
        if (cwdObj is not PyNone)
        {
            cwd = PosixModule.FsConvert(ts, cwdObj);
            if (cwd is null) return null;
        }

        // The cwd is checked here: posix_spawn would report its failure like an exec failure, and
        // subprocess must name the directory ("noexec") rather than the program.
        if (cwd is not null)
        {
            int err = CheckDirectory(cwd);
            if (err != 0) return ReportFailure(ts, errpipeWrite, err, noexec: true);
        }

        var handles = new List<System.Runtime.InteropServices.GCHandle>();
        var extraFds = new List<int>();
        try
        {
            // A std descriptor must not be overwritten by an earlier dup2 (CPython's low-fd dance).
            if (c2pwrite == 0) { c2pwrite = DupHigh(c2pwrite); extraFds.Add(c2pwrite); }
            while (errwrite == 0 || errwrite == 1) { errwrite = DupHigh(errwrite); extraFds.Add(errwrite); }

            byte** argvPtr = PosixModule.Pin(argv ?? [], handles);
            byte** envPtr = envp is null ? PosixModule.EnvironPointer() : PosixModule.Pin(envp, handles);
            var actions = new byte[256];
            var attr = new byte[512];
            int pid = 0, firstError = 0, lastError = 0;
            fixed (byte* fa = actions)
            fixed (byte* at = attr)
            {
                Libc.posix_spawn_file_actions_init(fa);
                Libc.posix_spawnattr_init(at);
                try
                {
                    if (p2cread != -1) Libc.posix_spawn_file_actions_adddup2(fa, p2cread, 0);
                    if (c2pwrite != -1) Libc.posix_spawn_file_actions_adddup2(fa, c2pwrite, 1);
                    if (errwrite != -1) Libc.posix_spawn_file_actions_adddup2(fa, errwrite, 2);
                    if (cwd is not null)
                        fixed (byte* c = cwd) Libc.posix_spawn_file_actions_addchdir_np(fa, c);
                    if (closeFds)
                    {
                        int from = 3;
                        foreach (int k in keep)
                        {
                            if (k == errpipeWrite) continue;
                            for (int fd = from; fd < k; fd++) Libc.posix_spawn_file_actions_addclose(fa, fd);
                            // dup2 onto itself clears close-on-exec: pass_fds are inherited.
                            Libc.posix_spawn_file_actions_adddup2(fa, k, k);
                            from = k + 1;
                        }
                        Libc.posix_spawn_file_actions_addclosefrom_np(fa, from);
                    }
                    short flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
                    ulong* empty = stackalloc ulong[16];
                    ulong* defaults = stackalloc ulong[16];
                    for (int i = 0; i < 16; i++) { empty[i] = 0; defaults[i] = 0; }
                    // Handlers become defaults at exec anyway; ignored SIGPIPE/SIGXFSZ are restored as CPython's _Py_RestoreSignals.
                    if (restoreSignals == 1) defaults[0] |= (1UL << (13 - 1)) | (1UL << (25 - 1));
                    Libc.posix_spawnattr_setsigmask(at, empty);
                    Libc.posix_spawnattr_setsigdefault(at, defaults);
                    if (callSetsid == 1) flags |= POSIX_SPAWN_SETSID;
                    if (pgidToSet >= 0)
                    {
                        flags |= POSIX_SPAWN_SETPGROUP;
                        Libc.posix_spawnattr_setpgroup(at, pgidToSet);
                    }
                    Libc.posix_spawnattr_setflags(at, flags);

                    int oldUmask = childUmask >= 0 ? Libc.umask(childUmask) : -1;
                    try
                    {
                        using (ts.ReleaseGil())
                        {
                            foreach (var exe in executables)
                            {
                                int r;
                                fixed (byte* path = exe) r = Libc.posix_spawn(&pid, path, fa, at, argvPtr, envPtr);
                                if (r == 0) { lastError = 0; break; }
                                lastError = r;
                                if (r != Libc.ENOENT && r != Libc.ENOTDIR && firstError == 0) firstError = r;
                            }
                        }
                    }
                    finally
                    {
                        if (oldUmask >= 0) Libc.umask(oldUmask);
                    }
                }
                finally
                {
                    Libc.posix_spawn_file_actions_destroy(fa);
                    Libc.posix_spawnattr_destroy(at);
                }
            }
            if (lastError != 0 || executables.Length == 0)
                return ReportFailure(ts, errpipeWrite, firstError != 0 ? firstError : lastError != 0 ? lastError : Libc.ENOENT, noexec: false);
            return PyInt.Create(pid);
        }
        finally
        {
            foreach (var h in handles) h.Free();
            foreach (var fd in extraFds) Libc.close(fd);
        }
    }

    /// <summary>
    /// The child's error report as CPython's child writes it ("OSError:&lt;hex errno&gt;:" plus "noexec"
    /// when exec was never reached). No child exists: the pid returned is this process's own, which
    /// subprocess's waitpid answers with ChildProcessError (ignored there).
    /// </summary>
    private static PyObject? ReportFailure(ThreadState ts, int errpipeWrite, int errno, bool noexec)
    {
        var text = System.Text.Encoding.ASCII.GetBytes($"OSError:{errno:x}:{(noexec ? "noexec" : "")}");
        fixed (byte* p = text) Libc.write(errpipeWrite, p, text.Length);
        return PyInt.Create(Libc.getpid());
    }

    /// <summary>0 when <paramref name="path"/> is a directory the child can chdir into, else the errno.</summary>
    private static int CheckDirectory(byte[] path)
    {
        fixed (byte* p = path)
        {
            int fd = Libc.openat(Libc.AT_FDCWD, p, 0x10000 | 0x80000 /* O_DIRECTORY | O_CLOEXEC */ | 0x200000 /* O_PATH */, 0);
            if (fd < 0) return Libc.Errno;
            Libc.close(fd);
            if (Libc.faccessat(Libc.AT_FDCWD, p, 1 /* X_OK */, 0) < 0) return Libc.Errno;
        }
        return 0;
    }

    private static int DupHigh(int fd) => Libc.fcntl(fd, 1030 /* F_DUPFD_CLOEXEC */, 3);

    /// <summary>A sequence of bytes (or, with <paramref name="fsConvert"/>, path-likes) as NUL-terminated byte strings.</summary>
    private static byte[][]? ByteStrings(ThreadState ts, PyObject seq, bool? fsConvert)
    {
        var items = Protocols.ToList(ts, seq);
        if (items is null) return null;
        var result = new byte[items.Count][];
        for (int i = 0; i < items.Count; i++)
        {
            if (fsConvert == true)
            {
                var b = PosixModule.FsConvert(ts, items[i]);
                if (b is null) return null;
                result[i] = b;
                continue;
            }
            if (items[i] is not PyBytes bytes)
            {
                ts.SetError(PyExc.TypeError, "expected bytes, " + items[i].Type.Name + " found");
                return null;
            }
            if (Array.IndexOf(bytes.Value, (byte)0) >= 0)
            {
                ts.SetError(PyExc.ValueError, "embedded null byte");
                return null;
            }
            var z = new byte[bytes.Value.Length + 1];
            bytes.Value.CopyTo(z, 0);
            result[i] = z;
        }
        return result;
    }
}
