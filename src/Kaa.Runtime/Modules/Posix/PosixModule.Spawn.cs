namespace Kaa.Runtime;

// posix: posix_spawn/posix_spawnp (also the safe primitive behind _posixsubprocess in Kaa).
internal static unsafe partial class PosixModule
{
    private static readonly ArgSpec SpawnSpec = new("posix_spawn",
        ["path", "argv", "env", "file_actions", "setpgroup", "resetids", "setsid", "setsigmask", "setsigdef", "scheduler"],
        required: 3, positionalOnly: 3, maxPositional: 3);
    private static readonly ArgSpec SpawnpSpec = new("posix_spawnp",
        ["path", "argv", "env", "file_actions", "setpgroup", "resetids", "setsid", "setsigmask", "setsigdef", "scheduler"],
        required: 3, positionalOnly: 3, maxPositional: 3);

    private const int POSIX_SPAWN_OPEN = 0, POSIX_SPAWN_CLOSE = 1, POSIX_SPAWN_DUP2 = 2;

    private static void AddSpawnFunctions(PyModule m)
    {
        m.AddFunction("posix_spawn", static (ts, self, args, kw) => Spawn(ts, SpawnSpec, args, kw, usePath: false));
        m.AddFunction("posix_spawnp", static (ts, self, args, kw) => Spawn(ts, SpawnpSpec, args, kw, usePath: true));
    }

    private static PyObject? Spawn(ThreadState ts, ArgSpec spec, ReadOnlySpan<PyObject> args, PyTuple? kw, bool usePath)
    {
        var a = new PyObject?[10];
        if (!spec.Parse(ts, args, kw, a)) return null;
        string name = spec.FunctionName;
        if (!PathArg.Convert(ts, a[0], name, "path", false, false, out var path)) return null;
        PyObject[] argvItems;
        if (a[1] is PyList l) argvItems = l.ToArray();
        else if (a[1] is PyTuple t) argvItems = t.Items;
        else return ts.TypeError($"{name}: argv must be a tuple or list");
        if (argvItems.Length < 1) return ts.ValueError($"{name}: argv must not be empty");
        var env = a[2]!;
        if (env is not PyDict && Protocols.LookupAttr(ts, env, "keys") is null)
        {
            ts.ClearError();
            return ts.TypeError($"{name}: environment must be a mapping object");
        }
        var argv = new byte[argvItems.Length][];
        for (int i = 0; i < argv.Length; i++)
            if ((argv[i] = FsConvert(ts, argvItems[i])!) is null) return null;
        if (argv[0].Length == 1) return ts.ValueError($"{name}: argv first element cannot be empty");
        var envp = EnvironmentBlock(ts, env);
        if (envp is null) return null;
        var handles = new List<System.Runtime.InteropServices.GCHandle>();
        var actions = new byte[256];
        var attr = new byte[512];
        try
        {
            fixed (byte* fa = actions)
            fixed (byte* at = attr)
            {
                Libc.posix_spawn_file_actions_init(fa);
                Libc.posix_spawnattr_init(at);
                try
                {
                    bool hasActions = a[3] is not null && a[3] is not PyNone;
                    if (hasActions && !AddFileActions(ts, a[3]!, fa, handles)) return null;
                    short flags = 0;
                    if (a[4] is { } pg)
                    {
                        if (!PosixArgs.CInt(ts, pg, out int pgroup)) return null;
                        flags |= 0x02;
                        Libc.posix_spawnattr_setpgroup(at, pgroup);
                    }
                    if (!PosixArgs.Flag(ts, a[5], false, out bool resetIds) || !PosixArgs.Flag(ts, a[6], false, out bool setSid)) return null;
                    if (resetIds) flags |= 0x01;
                    if (setSid) flags |= 0x80;
                    ulong* mask = stackalloc ulong[16];
                    ulong* defaults = stackalloc ulong[16];
                    if (a[7] is { } sm)
                    {
                        if (!SigsetArg(ts, sm, mask)) return null;
                        flags |= 0x08;
                        Libc.posix_spawnattr_setsigmask(at, mask);
                    }
                    if (a[8] is { } sd)
                    {
                        if (!SigsetArg(ts, sd, defaults)) return null;
                        flags |= 0x04;
                        Libc.posix_spawnattr_setsigdefault(at, defaults);
                    }
                    if (a[9] is not null) return ts.Raise(PyExc.NotImplementedError, "posix_spawn: scheduler is not supported by Kaa");
                    Libc.posix_spawnattr_setflags(at, flags);
                    byte** av = Pin(argv, handles);
                    byte** ev = Pin(envp, handles);
                    int pid = 0, r;
                    using (ts.ReleaseGil())
                    {
                        fixed (byte* p = path.Bytes)
                            r = usePath ? Libc.posix_spawnp(&pid, p, fa, at, av, ev) : Libc.posix_spawn(&pid, p, fa, at, av, ev);
                    }
                    if (r != 0) return PosixErrors.Raise(ts, r, path.Object);
                    return PyInt.Create(pid);
                }
                finally
                {
                    Libc.posix_spawn_file_actions_destroy(fa);
                    Libc.posix_spawnattr_destroy(at);
                }
            }
        }
        finally
        {
            foreach (var h in handles) h.Free();
        }
    }

    private static bool SigsetArg(ThreadState ts, PyObject obj, ulong* set)
    {
        for (int i = 0; i < 16; i++) set[i] = 0;
        var items = Protocols.ToList(ts, obj);
        if (items is null) return false;
        foreach (var item in items)
        {
            if (!PosixArgs.CInt(ts, item, out int sig)) return false;
            if (sig < 1 || sig >= 65)
            {
                ts.SetError(PyExc.ValueError, $"signal number {sig} out of range [1; 64]");
                return false;
            }
            set[(sig - 1) / 64] |= 1UL << ((sig - 1) % 64);
        }
        return true;
    }

    private static bool AddFileActions(ThreadState ts, PyObject actions, byte* fa, List<System.Runtime.InteropServices.GCHandle> handles)
    {
        var items = Protocols.ToList(ts, actions);
        if (items is null)
        {
            ts.ClearError();
            ts.SetError(PyExc.TypeError, "file_actions must be a sequence or None");
            return false;
        }
        foreach (var item in items)
        {
            if (item is not PyTuple t || t.Length == 0)
            {
                ts.SetError(PyExc.TypeError, "Each file_actions element must be a non-empty tuple");
                return false;
            }
            if (!PosixArgs.CInt(ts, t.Items[0], out int tag)) return false;
            switch (tag)
            {
                case POSIX_SPAWN_OPEN:
                    {
                        if (t.Length != 5) return Fail(ts, "A open file_action tuple must have 5 elements");
                        if (!PosixArgs.CInt(ts, t.Items[1], out int fd)) return false;
                        var p = FsConvert(ts, t.Items[2]);
                        if (p is null) return false;
                        if (!PosixArgs.CInt(ts, t.Items[3], out int oflag) || !PosixArgs.CInt(ts, t.Items[4], out int mode)) return false;
                        var h = System.Runtime.InteropServices.GCHandle.Alloc(p, System.Runtime.InteropServices.GCHandleType.Pinned);
                        handles.Add(h);
                        Libc.posix_spawn_file_actions_addopen(fa, fd, (byte*)h.AddrOfPinnedObject(), oflag, mode);
                        break;
                    }
                case POSIX_SPAWN_CLOSE:
                    {
                        if (t.Length != 2) return Fail(ts, "A close file_action tuple must have 2 elements");
                        if (!PosixArgs.CInt(ts, t.Items[1], out int fd)) return false;
                        Libc.posix_spawn_file_actions_addclose(fa, fd);
                        break;
                    }
                case POSIX_SPAWN_DUP2:
                    {
                        if (t.Length != 3) return Fail(ts, "A dup2 file_action tuple must have 3 elements");
                        if (!PosixArgs.CInt(ts, t.Items[1], out int fd) || !PosixArgs.CInt(ts, t.Items[2], out int fd2)) return false;
                        Libc.posix_spawn_file_actions_adddup2(fa, fd, fd2);
                        break;
                    }
                default:
                    return Fail(ts, "Unknown file_actions identifier");
            }
        }
        return true;
    }

    private static bool Fail(ThreadState ts, string message)
    {
        ts.SetError(PyExc.TypeError, message);
        return false;
    }
}
