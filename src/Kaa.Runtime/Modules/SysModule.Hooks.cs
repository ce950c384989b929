namespace Kaa.Runtime;

/// <summary>sys.displayhook and sys.excepthook (and their saved originals __displayhook__/__excepthook__).</summary>
internal static partial class SysModule
{
    private static void AddHooks(PyModule m)
    {
        m.AddFunction("displayhook", static (ts, self, value) =>
        {
            // Print repr(value) unless None; '_' is None while printing (against recursion), then value.
            if (value is PyNone) return PyNone.Instance;
            var builtins = ts.Interp.BuiltinsModule;
            var underscore = PyStr.Intern("_");
            if (Protocols.SetAttr(ts, builtins, underscore, PyNone.Instance) < 0) return null;
            var stdout = ts.Interp.Sys.Namespace.GetStr("stdout");
            if (stdout is null || stdout is PyNone) return ts.RuntimeError("lost sys.stdout");
            if (Protocols.Repr(ts, value) is not PyStr text) return null;
            if (Protocols.CallMethod(ts, stdout, "write", [text]) is null) return null;
            if (Protocols.CallMethod(ts, stdout, "write", [PyStr.Intern("\n")]) is null) return null;
            if (Protocols.SetAttr(ts, builtins, underscore, value) < 0) return null;
            return PyNone.Instance;
        }, "Print an object to sys.stdout and also save it in builtins._");
        m.AddFunction("excepthook", static (ts, self, args, kw) =>
        {
            if (!BuiltinsModuleFactory.NoKeywords(ts, "excepthook", kw)) return null;
            if (args.Length != 3) return ts.TypeError($"excepthook expected 3 arguments, got {args.Length}");
            if (args[1] is not PyBaseException exc)
            {
                var stderr = ts.Interp.Sys.Namespace.GetStr("stderr");
                if (stderr is not null && stderr is not PyNone)
                {
                    var msg = PyStr.Create($"TypeError: print_exception(): Exception expected for value, {args[1].Type.Name} found\n");
                    if (Protocols.CallMethod(ts, stderr, "write", [msg]) is null) return null;
                }
                return PyNone.Instance;
            }
            if (args[2] is PyTraceback tb && exc.Traceback is null) exc.Traceback = tb;
            TracebackPrinter.Display(ts, exc);
            return PyNone.Instance;
        }, "Handle an exception by displaying it with a traceback on sys.stderr.");
        m.AddFunction("unraisablehook", static (ts, self, args) => Unraisable.DefaultHook(ts, args),
            "Handle an unraisable exception.\n\nThe unraisable argument has the following attributes:\n\n* exc_type: Exception type.\n* exc_value: Exception value, can be None.\n* exc_traceback: Exception traceback, can be None.\n* err_msg: Error message, can be None.\n* object: Object causing the exception, can be None.");
        m.Set("__unraisablehook__", m.Namespace.GetStr("unraisablehook")!);
        m.Set("__displayhook__", m.Namespace.GetStr("displayhook")!);
        m.Set("__excepthook__", m.Namespace.GetStr("excepthook")!);
    }
}
