namespace Kaa.Runtime;

// posix: processes (ids, signals to processes, waiting, exec, exit); fork is in PosixModule.Fork.cs.
internal static unsafe partial class PosixModule
{
    private static readonly ArgSpec StatusSpec = new("status", ["status"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec Wait3Spec = new("wait3", ["options"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec Wait4Spec = new("wait4", ["pid", "options"], required: 2, positionalOnly: 0);
    private static readonly ArgSpec ExecveSpec = new("execve", ["path", "argv", "env"], required: 3, positionalOnly: 0);
    private static readonly ArgSpec ExitSpec = new("_exit", ["status"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec SystemSpec = new("system", ["command"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec PriorityGetSpec = new("getpriority", ["which", "who"], required: 2, positionalOnly: 0);
    private static readonly ArgSpec PrioritySetSpec = new("setpriority", ["which", "who", "priority"], required: 3, positionalOnly: 0);
    private static readonly ArgSpec PidSpec = new("getpgid", ["pid"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec PolicyMaxSpec = new("sched_get_priority_max", ["policy"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec PolicyMinSpec = new("sched_get_priority_min", ["policy"], required: 1, positionalOnly: 0);

    private static void AddProcessFunctions(PyModule m)
    {
        m.AddFunction("getpid", static (ts, self) => PyInt.Create(Libc.getpid()));
        m.AddFunction("getppid", static (ts, self) => PyInt.Create(Libc.getppid()));
        m.AddFunction("getuid", static (ts, self) => PosixArgs.IdObject(Libc.getuid()));
        m.AddFunction("geteuid", static (ts, self) => PosixArgs.IdObject(Libc.geteuid()));
        m.AddFunction("getgid", static (ts, self) => PosixArgs.IdObject(Libc.getgid()));
        m.AddFunction("getegid", static (ts, self) => PosixArgs.IdObject(Libc.getegid()));
        m.AddFunction("getpgrp", static (ts, self) => PyInt.Create(Libc.getpgrp()));
        m.AddFunction("getpgid", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PidSpec.Parse(ts, args, kw, a) || !PosixArgs.CInt(ts, a[0]!, out int pid)) return null;
            int r = Libc.getpgid(pid);
            return r < 0 ? PosixErrors.FromErrno(ts) : PyInt.Create(r);
        });
        m.AddFunction("getsid", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int pid)) return null;
            int r = Libc.getsid(pid);
            return r < 0 ? PosixErrors.FromErrno(ts) : PyInt.Create(r);
        });
        m.AddFunction("setsid", static (ts, self) => PosixErrors.NoneOrError(ts, Libc.setsid()));
        m.AddFunction("setpgrp", static (ts, self) => PosixErrors.NoneOrError(ts, Libc.setpgid(0, 0)));
        m.AddFunction("setpgid", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "setpgid", args, kw, 2, 2)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int pid) || !PosixArgs.CInt(ts, args[1], out int pgrp)) return null;
            return PosixErrors.NoneOrError(ts, Libc.setpgid(pid, pgrp));
        });
        m.AddFunction("setuid", static (ts, self, arg) => PosixArgs.Id(ts, arg, "uid", out int id) ? PosixErrors.NoneOrError(ts, Libc.setuid(id)) : null);
        m.AddFunction("seteuid", static (ts, self, arg) => PosixArgs.Id(ts, arg, "uid", out int id) ? PosixErrors.NoneOrError(ts, Libc.seteuid(id)) : null);
        m.AddFunction("setgid", static (ts, self, arg) => PosixArgs.Id(ts, arg, "gid", out int id) ? PosixErrors.NoneOrError(ts, Libc.setgid(id)) : null);
        m.AddFunction("setegid", static (ts, self, arg) => PosixArgs.Id(ts, arg, "gid", out int id) ? PosixErrors.NoneOrError(ts, Libc.setegid(id)) : null);
        m.AddFunction("setreuid", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "setreuid", args, kw, 2, 2)) return null;
            if (!PosixArgs.Id(ts, args[0], "uid", out int r) || !PosixArgs.Id(ts, args[1], "uid", out int e)) return null;
            return PosixErrors.NoneOrError(ts, Libc.setreuid(r, e));
        });
        m.AddFunction("setregid", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "setregid", args, kw, 2, 2)) return null;
            if (!PosixArgs.Id(ts, args[0], "gid", out int r) || !PosixArgs.Id(ts, args[1], "gid", out int e)) return null;
            return PosixErrors.NoneOrError(ts, Libc.setregid(r, e));
        });
        m.AddFunction("setresuid", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "setresuid", args, kw, 3, 3)) return null;
            if (!PosixArgs.Id(ts, args[0], "uid", out int r) || !PosixArgs.Id(ts, args[1], "uid", out int e) || !PosixArgs.Id(ts, args[2], "uid", out int s)) return null;
            return PosixErrors.NoneOrError(ts, Libc.setresuid(r, e, s));
        });
        m.AddFunction("setresgid", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "setresgid", args, kw, 3, 3)) return null;
            if (!PosixArgs.Id(ts, args[0], "gid", out int r) || !PosixArgs.Id(ts, args[1], "gid", out int e) || !PosixArgs.Id(ts, args[2], "gid", out int s)) return null;
            return PosixErrors.NoneOrError(ts, Libc.setresgid(r, e, s));
        });
        m.AddFunction("getresuid", static (ts, self) => GetRes(ts, true));
        m.AddFunction("getresgid", static (ts, self) => GetRes(ts, false));
        m.AddFunction("getgroups", static (ts, self) => GetGroups(ts));
        m.AddFunction("kill", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "kill", args, kw, 2, 2)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int pid) || !PosixArgs.CInt(ts, args[1], out int sig)) return null;
            var signals = ts.Interp.GetModuleState<SignalState>();
            long before = Interlocked.Read(ref signals.Delivered);
            if (Libc.kill(pid, sig) < 0) return PosixErrors.FromErrno(ts);
            // A signal sent to ourselves is handled before kill returns, as in CPython (PyErr_CheckSignals).
            if (pid == Libc.getpid() || pid == 0) SignalModule.WaitForDelivery(ts, signals, sig, before);
            return ts.Interp.HandleEvalBreaker(ts) ? PyNone.Instance : null;
        });
        m.AddFunction("killpg", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "killpg", args, kw, 2, 2)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int pgid) || !PosixArgs.CInt(ts, args[1], out int sig)) return null;
            return PosixErrors.NoneOrError(ts, Libc.killpg(pgid, sig));
        });
        m.AddFunction("waitpid", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "waitpid", args, kw, 2, 2)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int pid) || !PosixArgs.CInt(ts, args[1], out int options)) return null;
            return WaitPid(ts, pid, options, withUsage: false);
        });
        m.AddFunction("wait", static (ts, self) => WaitPid(ts, -1, 0, withUsage: false));
        m.AddFunction("wait3", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!Wait3Spec.Parse(ts, args, kw, a) || !PosixArgs.CInt(ts, a[0]!, out int options)) return null;
            return WaitPid(ts, -1, options, withUsage: true);
        });
        m.AddFunction("wait4", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!Wait4Spec.Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.CInt(ts, a[0]!, out int pid) || !PosixArgs.CInt(ts, a[1]!, out int options)) return null;
            return WaitPid(ts, pid, options, withUsage: true);
        });
        m.AddFunction("waitid", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "waitid", args, kw, 3, 3)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int idtype) || !PosixArgs.CInt(ts, args[1], out int id)
                || !PosixArgs.CInt(ts, args[2], out int options)) return null;
            return WaitId(ts, idtype, id, options);
        });
        m.AddFunction("waitstatus_to_exitcode", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!new ArgSpec("waitstatus_to_exitcode", ["status"], 1, 0).Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.CInt(ts, a[0]!, out int status)) return null;
            if ((status & 0x7f) == 0) return PyInt.Create((status >> 8) & 0xff);
            if (((sbyte)((status & 0x7f) + 1) >> 1) > 0) return PyInt.Create(-(status & 0x7f));
            if ((status & 0xff) == 0x7f) return ts.ValueError($"process stopped by delivery of signal {(status >> 8) & 0xff}");
            return ts.ValueError($"invalid wait status: {status}");
        });
        AddStatusFunction(m, "WCOREDUMP", static s => PyBool.From((s & 0x80) != 0), positionalOnly: true);
        AddStatusFunction(m, "WIFCONTINUED", static s => PyBool.From(s == 0xffff));
        AddStatusFunction(m, "WIFSTOPPED", static s => PyBool.From((s & 0xff) == 0x7f));
        AddStatusFunction(m, "WIFSIGNALED", static s => PyBool.From(((sbyte)((s & 0x7f) + 1) >> 1) > 0));
        AddStatusFunction(m, "WIFEXITED", static s => PyBool.From((s & 0x7f) == 0));
        AddStatusFunction(m, "WEXITSTATUS", static s => PyInt.Create((s >> 8) & 0xff));
        AddStatusFunction(m, "WTERMSIG", static s => PyInt.Create(s & 0x7f));
        AddStatusFunction(m, "WSTOPSIG", static s => PyInt.Create((s >> 8) & 0xff));
        m.AddFunction("_exit", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!ExitSpec.Parse(ts, args, kw, a) || !PosixArgs.CInt(ts, a[0]!, out int status)) return null;
            Libc._exit(status);
            return null;
        });
        m.AddFunction("abort", static (ts, self) => { Libc.abort(); return null; });
        m.AddFunction("execv", static (ts, self, args, kw) =>
        {
            if (!Positional(ts, "execv", args, kw, 2, 2)) return null;
            return Exec(ts, "execv", args[0], args[1], null);
        });
        m.AddFunction("execve", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!ExecveSpec.Parse(ts, args, kw, a)) return null;
            return Exec(ts, "execve", a[0]!, a[1]!, a[2]!);
        });
        m.AddFunction("system", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!SystemSpec.Parse(ts, args, kw, a)) return null;
            if (!PathArg.Convert(ts, a[0], "system", "command", false, false, out var command)) return null;
            if (a[0] is not PyStr && a[0] is not PyBytes)
                return ts.TypeError($"system() argument 'command' must be str, not {a[0]!.Type.Name}");
            FlushNothing();
            int r;
            using (ts.ReleaseGil()) r = WithPath(command, static p => Libc.system(p));
            return PyInt.Create(r);
        });
        m.AddFunction("nice", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int inc)) return null;
            Marshal0();
            int r = Libc.nice(inc);
            if (r == -1 && Libc.Errno != 0) return PosixErrors.FromErrno(ts);
            return PyInt.Create(r);
        });
        m.AddFunction("getpriority", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PriorityGetSpec.Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.CInt(ts, a[0]!, out int which) || !PosixArgs.CInt(ts, a[1]!, out int who)) return null;
            Marshal0();
            int r = Libc.getpriority(which, who);
            if (r == -1 && Libc.Errno != 0) return PosixErrors.FromErrno(ts);
            return PyInt.Create(r);
        });
        m.AddFunction("setpriority", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PrioritySetSpec.Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.CInt(ts, a[0]!, out int which) || !PosixArgs.CInt(ts, a[1]!, out int who)
                || !PosixArgs.CInt(ts, a[2]!, out int prio)) return null;
            return PosixErrors.NoneOrError(ts, Libc.setpriority(which, who, prio));
        });
        m.AddFunction("sched_yield", static (ts, self) => { using (ts.ReleaseGil()) Libc.sched_yield(); return PyNone.Instance; });
        m.AddFunction("sched_get_priority_max", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PolicyMaxSpec.Parse(ts, args, kw, a) || !PosixArgs.CInt(ts, a[0]!, out int policy)) return null;
            int r = Libc.sched_get_priority_max(policy);
            return r < 0 ? PosixErrors.FromErrno(ts) : PyInt.Create(r);
        });
        m.AddFunction("sched_get_priority_min", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PolicyMinSpec.Parse(ts, args, kw, a) || !PosixArgs.CInt(ts, a[0]!, out int policy)) return null;
            int r = Libc.sched_get_priority_min(policy);
            return r < 0 ? PosixErrors.FromErrno(ts) : PyInt.Create(r);
        });
        m.AddFunction("sched_getaffinity", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int pid)) return null;
            return SchedGetAffinity(ts, pid);
        });
        m.AddFunction("times", static (ts, self) => Times(ts));
    }

    /// <summary>CPython's os.system does not flush Python-level buffers either; the hook marks the place.</summary>
    private static void FlushNothing() { }

    private static void AddStatusFunction(PyModule m, string name, Func<int, PyObject> f, bool positionalOnly = false)
    {
        var spec = new ArgSpec(name, ["status"], required: 1, positionalOnly: positionalOnly ? 1 : 0);
        m.AddFunction(new MethodDef(name, (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!spec.Parse(ts, args, kw, a) || !PosixArgs.CInt(ts, a[0]!, out int status)) return null;
            return f(status);
        }));
    }

    private static unsafe PyObject? GetRes(ThreadState ts, bool user)
    {
        int r, e, s;
        int rc = user ? Libc.getresuid(&r, &e, &s) : Libc.getresgid(&r, &e, &s);
        if (rc < 0) return PosixErrors.FromErrno(ts);
        return PyTuple.Create([PosixArgs.IdObject(r), PosixArgs.IdObject(e), PosixArgs.IdObject(s)]);
    }

    private static unsafe PyObject? GetGroups(ThreadState ts)
    {
        int n = Libc.getgroups(0, null);
        if (n < 0) return PosixErrors.FromErrno(ts);
        var groups = new int[Math.Max(n, 1)];
        fixed (int* g = groups) n = Libc.getgroups(groups.Length, g);
        if (n < 0) return PosixErrors.FromErrno(ts);
        var list = new PyList();
        for (int i = 0; i < n; i++) list.Append(PosixArgs.IdObject(groups[i]));
        return list;
    }

    private static unsafe PyObject? WaitPid(ThreadState ts, int pid, int options, bool withUsage)
    {
        int status = 0;
        RUsage usage = default;
        long r = Retry(ts, () =>
        {
            int st = 0;
            RUsage ru = default;
            int rc = withUsage ? Libc.wait4(pid, &st, options, &ru) : Libc.waitpid(pid, &st, options);
            status = st;
            if (withUsage) usage = ru;
            return rc;
        }, out int errno);
        if (r < 0) return RetryError(ts, errno);
        if (!withUsage) return PyTuple.Create(PyInt.Create(r), PyInt.Create(status));
        // wait3/wait4 return the rusage as resource.struct_rusage.
        var ru = ResourceModule.RUsageObject(ts, usage);
        if (ru is null) return null;
        return PyTuple.Create([PyInt.Create(r), PyInt.Create(status), ru]);
    }

    private static unsafe PyObject? WaitId(ThreadState ts, int idtype, int id, int options)
    {
        SigInfo info = default;
        long r = Retry(ts, () =>
        {
            SigInfo si = default;
            int rc = Libc.waitid(idtype, id, &si, options);
            info = si;
            return rc;
        }, out int errno);
        if (r < 0) return RetryError(ts, errno);
        if (info.Pid == 0) return PyNone.Instance;
        return PyStructSequence.Create(PosixResultTypes.WaitIdResult, PosixResultTypes.WaitIdLayout,
        [
            PyInt.Create(info.Pid), PosixArgs.IdObject(info.Uid), PyInt.Create(info.Signo),
            PyInt.Create(info.Status), PyInt.Create(info.Code),
        ]);
    }

    private static unsafe PyObject? SchedGetAffinity(ThreadState ts, int pid)
    {
        for (int size = 128; size <= 1 << 20; size *= 2)
        {
            var mask = new byte[size];
            int r;
            fixed (byte* p = mask) r = Libc.sched_getaffinity(pid, size, p);
            if (r < 0)
            {
                if (Libc.Errno == Libc.EINVAL) continue;
                return PosixErrors.FromErrno(ts);
            }
            var set = PySet.Create();
            for (int i = 0; i < size * 8; i++)
                if ((mask[i >> 3] & (1 << (i & 7))) != 0 && !set.Add(ts, PyInt.Create(i))) return null;
            return set;
        }
        return PosixErrors.Raise(ts, Libc.EINVAL);
    }

    private static unsafe PyObject? Times(ThreadState ts)
    {
        Tms t;
        long c = Libc.times(&t);
        if (c == -1) return PosixErrors.FromErrno(ts);
        double ticks = Libc.sysconf(2 /* _SC_CLK_TCK */);
        return PyStructSequence.Create(PosixResultTypes.TimesResult, PosixResultTypes.TimesLayout,
        [
            PyFloat.Create(t.Utime / ticks), PyFloat.Create(t.Stime / ticks), PyFloat.Create(t.Cutime / ticks),
            PyFloat.Create(t.Cstime / ticks), PyFloat.Create(c / ticks),
        ]);
    }

    /// <summary>execv/execve: replaces the process image (returns only with the error set).</summary>
    private static unsafe PyObject? Exec(ThreadState ts, string name, PyObject pathObj, PyObject argvObj, PyObject? env)
    {
        if (!PathArg.Convert(ts, pathObj, name, "path", false, false, out var path)) return null;
        PyObject[] items;
        if (argvObj is PyList l) items = l.ToArray();
        else if (argvObj is PyTuple t) items = t.Items;
        else return ts.TypeError($"{name}() arg 2 must be a tuple or list");
        if (items.Length < 1) return ts.ValueError($"{name}() arg 2 must not be empty");
        var argv = new byte[items.Length][];
        for (int i = 0; i < items.Length; i++)
        {
            if (FsConvert(ts, items[i]) is not { } b) return null;
            argv[i] = b;
        }
        if (argv[0].Length == 1) return ts.ValueError($"{name}() arg 2 first element cannot be empty");
        byte[][]? envp = null;
        if (env is not null)
        {
            envp = EnvironmentBlock(ts, env);
            if (envp is null) return null;
        }
        var handles = new List<System.Runtime.InteropServices.GCHandle>();
        try
        {
            byte** av = Pin(argv, handles);
            byte** ev = envp is null ? null : Pin(envp, handles);
            fixed (byte* p = path.Bytes)
            {
                if (ev is null) Libc.execv(p, av);
                else Libc.execve(p, av, ev);
            }
            return PosixErrors.FromErrno(ts);
        }
        finally
        {
            foreach (var h in handles) h.Free();
        }
    }

    /// <summary>A NULL-terminated array of pointers to the pinned byte strings (freed with the handles).</summary>
    internal static unsafe byte** Pin(byte[][] strings, List<System.Runtime.InteropServices.GCHandle> handles)
    {
        var table = new nint[strings.Length + 1];
        for (int i = 0; i < strings.Length; i++)
        {
            var h = System.Runtime.InteropServices.GCHandle.Alloc(strings[i], System.Runtime.InteropServices.GCHandleType.Pinned);
            handles.Add(h);
            table[i] = h.AddrOfPinnedObject();
        }
        var th = System.Runtime.InteropServices.GCHandle.Alloc(table, System.Runtime.InteropServices.GCHandleType.Pinned);
        handles.Add(th);
        return (byte**)th.AddrOfPinnedObject();
    }

    /// <summary>PyUnicode_FSConverter: str/bytes/PathLike → NUL-terminated bytes (no embedded NUL).</summary>
    internal static byte[]? FsConvert(ThreadState ts, PyObject obj)
    {
        var v = FsPath(ts, obj);
        if (v is null) return null;
        byte[]? raw = v is PyStr s ? FsEncoding.Encode(ts, s) : ((PyBytes)v).Value;
        if (raw is null) return null;
        if (Array.IndexOf(raw, (byte)0) >= 0) { ts.SetError(PyExc.ValueError, "embedded null byte"); return null; }
        var r = new byte[raw.Length + 1];
        raw.CopyTo(r, 0);
        return r;
    }

    /// <summary>execve's env: a mapping turned into "KEY=VALUE" strings.</summary>
    private static byte[][]? EnvironmentBlock(ThreadState ts, PyObject env)
    {
        var keys = Protocols.CallMethod(ts, env, "keys", []);
        if (keys is null)
        {
            ts.ClearError();
            ts.SetError(PyExc.TypeError, "env must be a mapping object");
            return null;
        }
        var keyList = Protocols.ToList(ts, keys);
        if (keyList is null) return null;
        var result = new List<byte[]>();
        foreach (var k in keyList)
        {
            var v = Protocols.GetItem(ts, env, k);
            if (v is null) return null;
            var kb = FsConvert(ts, k);
            if (kb is null) return null;
            var vb = FsConvert(ts, v);
            if (vb is null) return null;
            if (kb.Length == 1 || Array.IndexOf(kb, (byte)'=', 1) >= 0 && Array.IndexOf(kb, (byte)'=') < kb.Length - 1)
            {
                ts.SetError(PyExc.ValueError, "illegal environment variable name");
                return null;
            }
            var entry = new byte[kb.Length + vb.Length];
            kb.AsSpan(0, kb.Length - 1).CopyTo(entry);
            entry[kb.Length - 1] = (byte)'=';
            vb.CopyTo(entry, kb.Length);
            result.Add(entry);
        }
        return result.ToArray();
    }
}
