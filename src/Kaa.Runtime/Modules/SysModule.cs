namespace Kaa.Runtime;

/// <summary>The <c>sys</c> module (Python/sysmodule.c): the basics the VM needs; the rest in partial files.</summary>
internal static partial class SysModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = PyModule.Create("sys", "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.");
        var o = interp.Options;
        // The standard streams are _io objects (Modules/Io/StdStreams.cs); this also installs builtins.open.
        if (!StdStreams.Install(interp.MainThread, interp, m))
            throw new InvalidOperationException("cannot create the standard streams: " + (interp.MainThread.FetchError() is { } e ? $"{e.Type.Name}: {(e.Args.Length > 0 ? e.Args.Items[0] : "")}" : "?"));
        m.Set("argv", PyList.FromArray(o.Argv.Select(a => (PyObject)PyStr.Create(a)).ToArray()));
        m.Set("modules", interp.Modules);
        m.AddFunction("getswitchinterval", static (ts, self) => PyFloat.Create(ts.Interp.Gil.IntervalMicroseconds / 1e6));
        m.AddFunction("setswitchinterval", static (ts, self, arg) =>
        {
            if (!FloatSlots.AsDouble(ts, arg, "must be real number, not {0}", out double interval)) return null;
            if (interval <= 0) return ts.ValueError("switch interval must be strictly positive");
            ts.Interp.Gil.IntervalMicroseconds = (int)Math.Min(1e6 * interval, int.MaxValue);
            return PyNone.Instance;
        });
        m.AddFunction("getrecursionlimit", static (ts, self) => PyInt.Create(ts.Interp.RecursionLimit));
        m.AddFunction("setrecursionlimit", static (ts, self, arg) =>
        {
            if (arg is not PyInt) return ts.TypeError($"'{arg.Type.Name}' object cannot be interpreted as an integer");
            if (!Protocols.AsIndex(ts, arg, out long n, PyExc.OverflowError)) return null;
            if (n < 1) return ts.ValueError("recursion limit must be greater or equal than 1");
            if (n > int.MaxValue) return ts.OverflowError("Python int too large to convert to C int");
            int depth = ts.RecursionDepth + ts.NativeDepth;
            if (n <= depth) return ts.Raise(PyExc.RecursionError, $"cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low");
            ts.Interp.RecursionLimit = (int)n;
            return PyNone.Instance;
        });
        m.AddFunction("exc_info", static (ts, self) =>
        {
            var e = ts.TopmostHandled;
            if (e is null) return PyTuple.Create([PyNone.Instance, PyNone.Instance, PyNone.Instance]);
            return PyTuple.Create([e.Type, e, (PyObject?)e.Traceback ?? PyNone.Instance]);
        });
        m.AddFunction("exception", static (ts, self) => (PyObject?)ts.TopmostHandled ?? PyNone.Instance);
        m.AddFunction("exit", static (ts, self, args, kw) =>
        {
            if (!BuiltinsModuleFactory.NoKeywords(ts, "exit", kw)) return null;
            if (args.Length > 1) return ts.TypeError($"exit expected at most 1 argument, got {args.Length}");
            // PyErr_SetObject(SystemExit, status): a tuple is the argument list, None means no argument.
            var status = args.Length == 0 ? PyNone.Instance : args[0];
            ts.SetError(PyExc.SystemExit, status switch
            {
                PyNone => PyTuple.Empty,
                PyTuple t when t.Type == BuiltinTypes.Tuple => t,
                _ => PyTuple.Create(status),
            });
            return null;
        });
        m.AddFunction("intern", static (ts, self, arg) =>
        {
            if (arg is not PyStr) return ts.TypeError($"intern() argument must be str, not {arg.Type.Name}");
            if (arg.Type != BuiltinTypes.Str) return ts.TypeError($"can't intern {arg.Type.Name}");
            return PyStr.Intern((PyStr)arg);
        });
        m.AddFunction("_getframe", static (ts, self, args, kw) =>
        {
            long depth = 0;
            if (args.Length > 0 && !Protocols.AsIndex(ts, args[0], out depth, PyExc.OverflowError)) return null;
            var f = ts.CurrentFrame;
            while (depth-- > 0 && f is not null) f = f.Back;
            return f?.Expose() ?? ts.ValueError("call stack is not deep enough");
        });
        AddMore(interp, m);
        AddAsyncGenHooks(m);
        return m;
    }

    /// <summary>Further sys members (each family in its own partial file) hook in here.</summary>
    static partial void AddMore(Interpreter interp, PyModule m);
}
