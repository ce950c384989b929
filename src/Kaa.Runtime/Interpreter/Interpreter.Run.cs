using Kaa.Compiler.Code;
using Kaa.Compiler.CodeGen;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;

namespace Kaa.Runtime;

public sealed partial class Interpreter
{
    /// <summary>
    /// Runs a program file as <c>__main__</c> (what <c>python3.11 PATH</c> does) and returns the exit
    /// status: 0, 1 after an uncaught exception (its traceback printed to stderr), or SystemExit's code.
    /// </summary>
    public int RunMain(string path)
    {
        var ts = MainThread;
        byte[] source;
        try
        {
            source = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var err = Options.StderrStream ?? Console.OpenStandardError();
            var msg = System.Text.Encoding.UTF8.GetBytes($"{Options.ProgramName}: can't open file '{Path.GetFullPath(path)}': [Errno 2] No such file or directory\n");
            err.Write(msg);
            err.Flush();
            return 2;
        }
        if (!Start(ts, MainKind.Script, path)) return 1;
        // CPython 3.11 runs the script under its absolute path (cwd joined, not normalised): it is
        // __file__, co_filename, and what tracebacks show.
        if (!Path.IsPathRooted(path)) path = Path.Join(Directory.GetCurrentDirectory(), path);
        var main = MainModule();
        var globals = main.Namespace;
        globals.SetStr("__file__", PyStr.Create(path));
        globals.SetStr("__cached__", PyNone.Instance);
        SetMainLoader(ts, globals, path);
        int status;
        var code = Compile(ts, source, path, "exec");
        if (code is null) status = HandleUncaught(ts);
        else
        {
            var frame = new PyFrame(code, globals, Builtins, globals, null);
            var result = Eval.Run(ts, frame);
            status = result is null ? HandleUncaught(ts) : 0;
        }
        return Finish(ts, status);
    }

    /// <summary>Py_FinalizeEx's part for a finished program: wait for the non-daemon threads, run the atexit
    /// callbacks, finalize what is left, flush the std streams, and, after an uncaught KeyboardInterrupt, die
    /// by SIGINT as CPython's exit_sigint (status 130).</summary>
    private int Finish(ThreadState ts, int status)
    {
        ThreadModule.WaitForThreadShutdown(ts);
        AtexitModule.RunExitFuncs(ts);
        GcModule.FinalizeAtExit(ts);
        FlushStdStreams(ts);
        if (GetModuleState<SignalState>().UnhandledKeyboardInterrupt)
        {
            if (Options.InstallSignalHandlers) SignalModule.ExitBySigint(this);
            return 130;
        }
        return status;
    }

    /// <summary>Runs <c>-c COMMAND</c> in <c>__main__</c> (sys.argv[0] is '-c', as the caller set it).</summary>
    public int RunCommand(string command)
    {
        var ts = MainThread;
        if (!Start(ts, MainKind.Command, null)) return 1;
        var globals = MainModule().Namespace;
        int status;
        var code = Compile(ts, System.Text.Encoding.UTF8.GetBytes(command), "<string>", "exec");
        if (code is null) status = HandleUncaught(ts);
        else
        {
            var frame = new PyFrame(code, globals, Builtins, globals, null);
            status = Eval.Run(ts, frame) is null ? HandleUncaught(ts) : 0;
        }
        return Finish(ts, status);
    }

    /// <summary>Runs the program read from standard input (<c>kaa -</c>, or no program: Kaa has no
    /// interactive prompt yet, so a terminal's input is read as a whole program too).</summary>
    public int RunStdin()
    {
        var ts = MainThread;
        if (!Start(ts, MainKind.Command, null)) return 1;
        byte[] source;
        using (var stdin = Console.OpenStandardInput())
        using (var buffer = new MemoryStream())
        {
            stdin.CopyTo(buffer);
            source = buffer.ToArray();
        }
        var globals = MainModule().Namespace;
        int status;
        var code = Compile(ts, source, "<stdin>", "exec");
        if (code is null) status = HandleUncaught(ts);
        else
        {
            var frame = new PyFrame(code, globals, Builtins, globals, null);
            status = Eval.Run(ts, frame) is null ? HandleUncaught(ts) : 0;
        }
        return Finish(ts, status);
    }

    /// <summary>Runs <c>-m MODULE</c> through <c>runpy._run_module_as_main</c>, as CPython's pymain_run_module.</summary>
    public int RunModule(string module)
    {
        var ts = MainThread;
        if (!Start(ts, MainKind.Module, module)) return 1;
        int status;
        var runpy = ImportModule(ts, "runpy");
        if (runpy is null)
        {
            status = HandleUncaught(ts);
            FlushStdStreams(ts);
            return status;
        }
        var result = Protocols.CallMethod(ts, runpy, "_run_module_as_main", [PyStr.Create(module), PyBool.True]);
        status = result is null ? HandleUncaught(ts) : 0;
        return Finish(ts, status);
    }

    /// <summary>The <c>__main__</c> module start-up made (or a fresh one when start-up made none).</summary>
    private PyModule MainModule()
    {
        if (Modules.GetStr("__main__") is PyModule m) return m;
        m = PyModule.Create("__main__");
        m.Namespace.SetStr("__builtins__", BuiltinsModule);
        Modules.SetStr("__main__", m);
        return m;
    }

    /// <summary>set_main_loader: <c>__loader__</c> is a SourceFileLoader for the script.</summary>
    private void SetMainLoader(ThreadState ts, PyDict globals, string path)
    {
        if (Modules.GetStr("_frozen_importlib_external") is not { } external) return;
        var loaderType = Protocols.LookupAttr(ts, external, "SourceFileLoader");
        var loader = loaderType is null ? null : Protocols.Call(ts, loaderType, [PyStr.Intern("__main__"), PyStr.Create(path)], null);
        if (loader is null)
        {
            ts.ClearError();
            return;
        }
        globals.SetStr("__loader__", loader);
    }

    /// <summary>compile(source, filename, mode): null with SyntaxError (or the parser's other error) set.</summary>
    public PyCode? Compile(ThreadState ts, byte[] source, string filename, string mode)
    {
        try
        {
            var parseMode = mode switch
            {
                "eval" => ParseMode.Eval,
                "single" => ParseMode.Interactive,
                _ => ParseMode.File,
            };
            var tree = PythonParser.ParseBytes(source, filename, parseMode);
            CodeObject co = CodeGenerator.Compile(tree, filename);
            return new PyCode(co);
        }
        catch (SyntaxErrorException e)
        {
            SyntaxErrors.Raise(ts, e, filename, execInput: mode == "exec");
            return null;
        }
    }

    /// <summary>The end of a program that raised: SystemExit's status, or the traceback and 1.</summary>
    internal int HandleUncaught(ThreadState ts)
    {
        var exc = ts.FetchError();
        if (exc is null) return 0;
        FlushStdStreams(ts); // CPython's flush_io() before reporting: earlier output comes first
        if (exc.Type.IsSubtypeOf(PyExc.SystemExit)) return SystemExitStatus(ts, exc);
        if (exc.Type.IsSubtypeOf(PyExc.KeyboardInterrupt)) GetModuleState<SignalState>().UnhandledKeyboardInterrupt = true;
        TracebackPrinter.PrintException(ts, exc);
        return 1;
    }

    private int SystemExitStatus(ThreadState ts, PyBaseException exc)
    {
        var code = exc.Args.Length switch
        {
            0 => PyNone.Instance,
            1 => exc.Args.Items[0],
            _ => exc.Args,
        };
        if (code is PyNone) return 0;
        if (code is PyInt i) return i.TryGetLong(out long v) ? (int)v : -1;
        // Anything else is printed to stderr and the status is 1.
        var text = Protocols.Str(ts, code);
        ts.ClearError();
        if (Sys.Namespace.GetStr("stderr") is { } err && err is not PyNone && text is PyStr s)
        {
            if (Protocols.CallMethod(ts, err, "write", [s]) is null || Protocols.CallMethod(ts, err, "write", [PyStr.Intern("\n")]) is null)
                ts.ClearError();
        }
        return 1;
    }

    internal void FlushStdStreams(ThreadState ts)
    {
        foreach (var name in new[] { "stdout", "stderr" })
        {
            var s = Sys.Namespace.GetStr(name);
            if (s is not null && s is not PyNone)
            {
                if (Protocols.CallMethod(ts, s, "flush", []) is null) ts.ClearError();
            }
        }
        StdStreams.FlushAtExit(ts);
    }
}
