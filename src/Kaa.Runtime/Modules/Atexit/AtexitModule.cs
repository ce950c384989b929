namespace Kaa.Runtime;

/// <summary>
/// <c>atexit</c> (Modules/atexitmodule.c): callbacks kept per interpreter and run last-registered first
/// when the program ends (<see cref="RunExitFuncs"/>, called by the interpreter), each failure reported as
/// "Exception ignored in atexit callback" without stopping the others.
/// </summary>
internal static class AtexitModule
{
    /// <summary>The registered callbacks of one interpreter.</summary>
    internal sealed class State
    {
        public readonly List<(PyObject Func, PyObject[] Args, PyTuple? KwNames)> Callbacks = [];
    }

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("atexit", "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n");
        m.AddFunction("register", static (ts, self, args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos < 1) return ts.TypeError($"register() takes at least 1 argument ({npos} given)");
            var func = args[0];
            if (func.Type.Call is null) return ts.TypeError("the first argument must be callable");
            ts.Interp.GetModuleState<State>().Callbacks.Add((func, args[1..].ToArray(), kw));
            return func;
        }, "register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon normal program termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a decorator.");
        m.AddFunction(new MethodDef("unregister", static (ts, self, func) =>
        {
            var callbacks = ts.Interp.GetModuleState<State>().Callbacks;
            for (int i = 0; i < callbacks.Count; i++)
            {
                int eq = Protocols.RichCompareBool(ts, callbacks[i].Func, func, CompareOp.Eq);
                if (eq < 0) return null;
                if (eq == 1) { callbacks.RemoveAt(i); i--; }
            }
            return PyNone.Instance;
        }, "unregister(func) -> None\n\nUnregister an exit function which was previously registered using\natexit.register\n\n    func - function to be unregistered") { Owner = null });
        m.AddFunction("_run_exitfuncs", static (ts, self) => { RunExitFuncs(ts); return PyNone.Instance; },
            "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\nIf a callback raises an exception, it is logged with sys.unraisablehook.");
        m.AddFunction("_clear", static (ts, self) => { ts.Interp.GetModuleState<State>().Callbacks.Clear(); return PyNone.Instance; },
            "_clear() -> None\n\nClear the list of previously registered exit functions.");
        m.AddFunction("_ncallbacks", static (ts, self) => PyInt.Create(ts.Interp.GetModuleState<State>().Callbacks.Count),
            "_ncallbacks() -> int\n\nReturn the number of registered exit functions.");
        return m;
    }

    /// <summary>atexit_callfuncs: runs and clears the callbacks, newest first.</summary>
    internal static void RunExitFuncs(ThreadState ts)
    {
        var callbacks = ts.Interp.GetModuleState<State>().Callbacks;
        while (callbacks.Count > 0)
        {
            var (func, args, kw) = callbacks[^1];
            callbacks.RemoveAt(callbacks.Count - 1);
            if (Protocols.Call(ts, func, args, kw) is null)
                WriteUnraisable(ts, "Exception ignored in atexit callback", func);
        }
    }

    /// <summary>The default sys.unraisablehook's report: "MSG: repr(obj)", then the traceback.</summary>
    private static void WriteUnraisable(ThreadState ts, string message, PyObject obj)
    {
        var exc = ts.FetchError();
        if (exc is null) return;
        var stderr = ts.Interp.Sys.Namespace.GetStr("stderr");
        if (stderr is null || stderr is PyNone) return;
        var repr = Protocols.Repr(ts, obj);
        string objText = repr is PyStr r ? r.ToString() : "<object repr() failed>";
        if (repr is null) ts.ClearError();
        var text = $"{message}: {objText}\n" + TracebackPrinter.Format(ts, exc);
        if (Protocols.CallMethod(ts, stderr, "write", [PyStr.Create(text)]) is null) ts.ClearError();
        if (Protocols.CallMethod(ts, stderr, "flush", []) is null) ts.ClearError();
    }
}
