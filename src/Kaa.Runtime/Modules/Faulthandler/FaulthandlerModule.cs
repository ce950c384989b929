using System.Text;

namespace Kaa.Runtime;

/// <summary>faulthandler's per-interpreter state: whether enable() was called, and on which file.</summary>
internal sealed class FaulthandlerState
{
    public bool Enabled;
    public PyObject? File;
    public bool AllThreads;
    public readonly Dictionary<int, PyObject> Registered = [];
}

/// <summary>
/// <c>faulthandler</c> (Modules/faulthandler.c). <c>dump_traceback</c> writes the calling thread's Python
/// stack to a descriptor in CPython's format. Kaa's runtime turns crashes into .NET failures rather than
/// signals, so <c>enable</c> records its settings without installing handlers for SIGSEGV and friends;
/// <c>dump_traceback_later</c> and <c>register</c> check their arguments and record them but dump nothing.
/// </summary>
internal static class FaulthandlerModule
{
    private const int MaxFrameDepth = 100;

    private static readonly ArgSpec EnableSpec = new("enable", ["file", "all_threads"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec DumpSpec = new("dump_traceback", ["file", "all_threads"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec LaterSpec = new("dump_traceback_later", ["timeout", "repeat", "file", "exit"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec RegisterSpec = new("register", ["signum", "file", "all_threads", "chain"], required: 1, positionalOnly: 0);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("faulthandler", "faulthandler module.");
        m.AddFunction("enable", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!EnableSpec.Parse(ts, args, kw, a)) return null;
            var file = FileArg(ts, a[0], out _);
            if (file is null) return null;
            var state = ts.Interp.GetModuleState<FaulthandlerState>();
            state.Enabled = true;
            state.File = file;
            state.AllThreads = a[1] is not { } all || Protocols.IsTrue(ts, all) != 0;
            return PyNone.Instance;
        }, "enable(file=sys.stderr, all_threads=True): enable the fault handler");
        m.AddFunction("disable", static (ts, self) =>
        {
            var state = ts.Interp.GetModuleState<FaulthandlerState>();
            bool was = state.Enabled;
            state.Enabled = false;
            state.File = null;
            return PyBool.From(was);
        }, "disable(): disable the fault handler");
        m.AddFunction("is_enabled", static (ts, self) => PyBool.From(ts.Interp.GetModuleState<FaulthandlerState>().Enabled),
            "is_enabled()->bool: check if the handler is enabled");
        m.AddFunction("dump_traceback", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!DumpSpec.Parse(ts, args, kw, a)) return null;
            if (FileArg(ts, a[0], out int fd) is null) return null;
            bool all = true;
            if (a[1] is { } at)
            {
                int truth = Protocols.IsTrue(ts, at);
                if (truth < 0) return null;
                all = truth != 0;
            }
            Write(fd, Dump(ts, all));
            return PyNone.Instance;
        }, "dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all threads if all_threads is True, into file");
        m.AddFunction("dump_traceback_later", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!LaterSpec.Parse(ts, args, kw, a)) return null;
            if (!SocketArgs.Timeout(ts, a[0]!, out long ns, "timeout must be greater than 0")) return null;
            if (ns <= 0) return ts.ValueError("timeout must be greater than 0");
            if (FileArg(ts, a[2], out _) is null) return null;
            return PyNone.Instance;
        }, "dump_traceback_later(timeout, repeat=False, file=sys.stderrn, exit=False):\ndump the traceback of all threads in timeout seconds,\nor each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe.");
        m.AddFunction("cancel_dump_traceback_later", static (ts, self) => PyNone.Instance,
            "cancel_dump_traceback_later():\ncancel the previous call to dump_traceback_later().");
        m.AddFunction("register", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!RegisterSpec.Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.CInt(ts, a[0]!, out int signum)) return null;
            if (signum is 9 or 19 or < 1 or > 64) return ts.Raise(PyExc.RuntimeError, $"signal {signum} cannot be registered, use enable() instead");
            var file = FileArg(ts, a[1], out _);
            if (file is null) return null;
            ts.Interp.GetModuleState<FaulthandlerState>().Registered[signum] = file;
            return PyNone.Instance;
        }, "register(signum, file=sys.stderr, all_threads=True, chain=False): register a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file");
        m.AddFunction("unregister", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int signum)) return null;
            return PyBool.From(ts.Interp.GetModuleState<FaulthandlerState>().Registered.Remove(signum));
        }, "unregister(signum): unregister the handler of the signal 'signum' registered by register()");
        // The crash helpers of CPython's test suite: each really kills the process with its signal.
        m.AddFunction("_read_null", static (ts, self) => Kill(11), "_read_null(): read from NULL, raise a SIGSEGV or SIGBUS signal depending on the platform");
        m.AddFunction("_sigsegv", static (ts, self, args, kw) => Kill(11), "_sigsegv(release_gil=False): raise a SIGSEGV signal");
        m.AddFunction("_sigabrt", static (ts, self) => Kill(6), "_sigabrt(): raise a SIGABRT signal");
        m.AddFunction("_sigfpe", static (ts, self) => Kill(8), "_sigfpe(): raise a SIGFPE signal");
        m.AddFunction("_stack_overflow", static (ts, self) => Kill(11), "_stack_overflow(): recursive call to raise a stack overflow");
        m.AddFunction("_fatal_error_c_thread", static (ts, self) => Kill(6), "fatal_error_c_thread(): call Py_FatalError() in a new C thread.");
        return m;
    }

    private static PyObject? Kill(int signal)
    {
        Libc.kill(Libc.getpid(), signal);
        return PyNone.Instance;
    }

    /// <summary>faulthandler_get_fileno: None is sys.stderr; an int is the descriptor; any other object
    /// gives its fileno() (and is flushed first). Returns the file object (or the int), null on error.</summary>
    private static PyObject? FileArg(ThreadState ts, PyObject? file, out int fd)
    {
        fd = -1;
        if (file is null || file is PyNone)
        {
            file = Protocols.GetAttr(ts, ts.Interp.Sys, PyStr.Intern("stderr"));
            if (file is null) return null;
            if (file is PyNone) return ts.Raise(PyExc.RuntimeError, "sys.stderr is None");
        }
        if (file is PyInt)
        {
            if (!PosixArgs.CInt(ts, file, out fd)) return null;
            // CPython's message, spelling included.
            if (fd < 0) return ts.ValueError("file is not a valid file descripter");
            return file;
        }
        var r = Protocols.CallMethod(ts, file, "fileno", []);
        if (r is null) return null;
        if (r is not PyInt || !PosixArgs.CInt(ts, r, out fd) || fd < 0)
        {
            ts.ClearError();
            return ts.Raise(PyExc.RuntimeError, "file.fileno() is not a valid file descriptor");
        }
        if (Protocols.LookupAttr(ts, file, PyStr.Intern("flush")) is { } flush) Protocols.Call(ts, flush, [], null);
        ts.ClearError();
        return file;
    }

    /// <summary>dump_traceback: the calling thread's frames, most recent first, in CPython's format.</summary>
    private static string Dump(ThreadState ts, bool allThreads)
    {
        var sb = new StringBuilder();
        sb.Append(allThreads ? $"Current thread 0x{ThreadModule.CurrentIdent():x16} (most recent call first):\n" : "Stack (most recent call first):\n");
        int depth = 0;
        var f = ts.CurrentFrame;
        if (f is null) sb.Append("  <no Python frame>\n");
        for (; f is not null; f = f.Back)
        {
            if (depth++ >= MaxFrameDepth) { sb.Append("  ...\n"); break; }
            sb.Append($"  File \"{f.Code.Filename}\", line {f.LineNumber} in {f.Code.Name}\n");
        }
        return sb.ToString();
    }

    private static unsafe void Write(int fd, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        fixed (byte* p = bytes)
        {
            int off = 0;
            while (off < bytes.Length)
            {
                nint n = Libc.write(fd, p + off, bytes.Length - off);
                if (n <= 0) break;
                off += (int)n;
            }
        }
    }
}
