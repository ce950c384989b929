using System.Collections.Concurrent;

namespace Kaa.Runtime;

/// <summary>The threads an interpreter runs, by ident (what sys._current_frames and
/// sys._current_exceptions walk). The main thread registers when sys is created, each _thread thread
/// while it runs.</summary>
internal sealed class RunningThreads
{
    public readonly ConcurrentDictionary<long, ThreadState> ByIdent = new();
}

/// <summary>
/// sys's remaining runtime introspection and knobs: breakpointhook, _current_frames,
/// _current_exceptions, call_tracing, coroutine origin tracking, dlopen flags, and the CPython
/// internals that have no Kaa counterpart but whose names programs look up (_clear_type_cache,
/// _debugmallocstats, getallocatedblocks, _getquickenedcount, _framework, _git).
/// </summary>
internal static partial class SysModule
{
    private static readonly ArgSpec s_setCoroutineOriginTrackingDepth = new("set_coroutine_origin_tracking_depth", ["depth"], required: 1, positionalOnly: 0);

    /// <summary>RTLD_NOW, CPython's default for dlopen flags on Linux.</summary>
    private const int DefaultDlopenFlags = 2;

    /// <summary>The dlopen flags sys.setdlopenflags stored (Kaa loads no extension modules with them).</summary>
    private sealed class DlopenState
    {
        public int Flags = DefaultDlopenFlags;
    }

    private static void AddRuntimeFunctions(Interpreter interp, PyModule m)
    {
        interp.GetModuleState<RunningThreads>().ByIdent[ThreadModule.CurrentIdent()] = interp.MainThread;
        m.Set("_framework", PyStr.Empty);
        m.Set("_git", PyTuple.Create([PyStr.Create("CPython"), PyStr.Empty, PyStr.Empty]));

        m.AddFunction("breakpointhook", BreakpointHook, "breakpointhook(*args, **kws)\n\nThis hook function is called by built-in breakpoint().\n");
        m.Set("__breakpointhook__", m.Namespace.GetStr("breakpointhook")!);
        m.AddFunction("_current_frames", static (ts, self) =>
        {
            var result = new PyDict();
            foreach (var (ident, thread) in ts.Interp.GetModuleState<RunningThreads>().ByIdent)
                if (thread.CurrentFrame is { } f && !result.SetItem(ts, PyInt.Create(ident), f.Expose())) return null;
            return result;
        }, "Return a dict mapping each thread's thread id to its current stack frame.\n\nThis function should be used for specialized purposes only.");
        m.AddFunction("_current_exceptions", static (ts, self) =>
        {
            var result = new PyDict();
            foreach (var (ident, thread) in ts.Interp.GetModuleState<RunningThreads>().ByIdent)
            {
                var e = thread.TopmostHandled;
                PyObject info = e is null
                    ? PyTuple.Create([PyNone.Instance, PyNone.Instance, PyNone.Instance])
                    : PyTuple.Create([e.Type, e, (PyObject?)e.Traceback ?? PyNone.Instance]);
                if (!result.SetItem(ts, PyInt.Create(ident), info)) return null;
            }
            return result;
        }, "Return a dict mapping each thread's identifier to its current raised exception.\n\nThis function should be used for specialized purposes only.");
        m.AddFunction("call_tracing", static (ts, self, args, kw) =>
        {
            if (!BuiltinsModuleFactory.NoKeywords(ts, "call_tracing", kw) || !BuiltinsModuleFactory.ExactArgs(ts, "call_tracing", args, 2)) return null;
            if (args[1] is not PyTuple callArgs) return ts.TypeError($"call_tracing() argument 2 must be tuple, not {args[1].Type.Name}");
            return Tracing.CallTracing(ts, args[0], callArgs.Items);
        }, "Call func(*args), while tracing is enabled.\n\nThe tracing state is saved, and restored afterwards.  This is intended\nto be called from a debugger from a checkpoint, to recursively debug\nsome other code.");
        m.AddFunction("get_coroutine_origin_tracking_depth", static (ts, self) => PyInt.Create(ts.CoroutineOriginTrackingDepth),
            "Check status of origin tracking for coroutine objects in this thread.");
        m.AddFunction("set_coroutine_origin_tracking_depth", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_setCoroutineOriginTrackingDepth.Parse(ts, args, kw, a)) return null;
            if (a[0] is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
            if (!Protocols.AsIndex(ts, a[0]!, out long depth, PyExc.OverflowError)) return null;
            if (depth < 0) return ts.ValueError("depth must be >= 0");
            if (depth > int.MaxValue) return ts.OverflowError("Python int too large to convert to C int");
            ts.CoroutineOriginTrackingDepth = (int)depth;
            return PyNone.Instance;
        }, "Enable or disable origin tracking for coroutine objects in this thread.\n\nCoroutine objects will track 'depth' frames of traceback information\nabout where they came from, available in their cr_origin attribute.\n\nSet a depth of 0 to disable.");
        m.AddFunction("getdlopenflags", static (ts, self) => PyInt.Create(ts.Interp.GetModuleState<DlopenState>().Flags),
            "Return the current value of the flags that are used for dlopen calls.\n\nThe flag constants are defined in the os module.");
        m.AddFunction("setdlopenflags", static (ts, self, arg) =>
        {
            if (arg is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
            if (!Protocols.AsIndex(ts, arg, out long flags, PyExc.OverflowError)) return null;
            if (flags is > int.MaxValue or < int.MinValue) return ts.OverflowError("Python int too large to convert to C int");
            ts.Interp.GetModuleState<DlopenState>().Flags = (int)flags;
            return PyNone.Instance;
        }, "Set the flags used by the interpreter for dlopen calls.\n\nThis is used, for example, when the interpreter loads extension\nmodules. Among other things, this will enable a lazy resolving of\nsymbols when importing a module, if called as sys.setdlopenflags(0).\nTo share symbols across extension modules, call as\nsys.setdlopenflags(os.RTLD_GLOBAL).  Symbolic names for the flag\nmodules can be found in the os module (RTLD_xxx constants, e.g.\nos.RTLD_LAZY).");
        // The managed heap has no block count; the bytes it holds, in CPython's average block size, stand in.
        m.AddFunction("getallocatedblocks", static (ts, self) => PyInt.Create(GC.GetTotalMemory(false) / 64),
            "Return the number of memory blocks currently allocated.");
        m.AddFunction("_clear_type_cache", static (ts, self) => PyNone.Instance, "Clear the internal type lookup cache.");
        // pymalloc's statistics: Kaa allocates on the .NET heap, so there is nothing of that kind to print.
        m.AddFunction("_debugmallocstats", static (ts, self) => PyNone.Instance,
            "Print summary info to stderr about the state of pymalloc's structures.\n\nIn Py_DEBUG mode, also perform some expensive internal consistency\nchecks.");
        m.AddFunction("_getquickenedcount", static (ts, self) => PyInt.Zero);
    }

    /// <summary>sys.breakpointhook: $PYTHONBREAKPOINT names the callable (default pdb.set_trace; "0"
    /// disables it); one that cannot be imported is a RuntimeWarning and nothing happens.</summary>
    private static PyObject? BreakpointHook(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        string spec = Libc.GetEnv("PYTHONBREAKPOINT") is { Length: > 0 } v ? v : "pdb.set_trace";
        if (spec == "0") return PyNone.Instance;
        int dot = spec.LastIndexOf('.');
        PyObject? hook = null;
        if (dot != 0)
        {
            string modulePath = dot < 0 ? "builtins" : spec[..dot];
            string attr = dot < 0 ? spec : spec[(dot + 1)..];
            var module = ImportLeaf(ts, modulePath);
            if (module is null && !ts.ErrorMatches(PyExc.ImportError)) return null;
            if (module is not null)
            {
                hook = Protocols.GetAttr(ts, module, PyStr.Create(attr));
                if (hook is null && !ts.ErrorMatches(PyExc.AttributeError)) return null;
            }
        }
        if (hook is not null) return Protocols.Call(ts, hook, args, kwnames);
        ts.ClearError();
        return WarningsModule.Warn(ts, PyExc.RuntimeWarning, $"Ignoring unimportable $PYTHONBREAKPOINT: \"{spec}\"") ? PyNone.Instance : null;
    }

    /// <summary>PyImport_Import: the module <paramref name="dotted"/> itself (not its top package).</summary>
    private static PyObject? ImportLeaf(ThreadState ts, string dotted)
    {
        if (ImportFunction.ImportModuleLevel(ts, PyStr.Create(dotted), null, null, PyTuple.Create(PyStr.Intern("__doc__")), 0) is null) return null;
        var key = PyStr.Create(dotted);
        int found = ts.Interp.Modules.TryGetItem(ts, key, out var module);
        if (found < 0) return null;
        if (found == 0) ts.SetError(PyExc.KeyError, PyTuple.Create(key));
        return module;
    }
}
