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
        // CPython 3.11 runs the script under its absolute path (cwd joined, not normalised): it is
        // __file__, co_filename, and what tracebacks show.
        if (!Path.IsPathRooted(path)) path = Path.Join(Directory.GetCurrentDirectory(), path);
        if (Options.InstallSignalHandlers) SignalModule.InstallStartupHandlers(this);
        var main = PyModule.Create("__main__");
        var globals = main.Namespace;
        globals.SetStr("__builtins__", BuiltinsModule);
        globals.SetStr("__file__", PyStr.Create(path));
        globals.SetStr("__cached__", PyNone.Instance);
        Modules.SetStr("__main__", main);
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
