namespace Kaa.Runtime;

/// <summary>
/// The builtins that look at or run code and namespaces: dir, vars, globals, locals, exec, eval, compile,
/// input, breakpoint (Python/bltinmodule.c).
/// </summary>
internal static partial class BuiltinsModuleFactory
{
    static partial void AddIntrospectionFunctions(PyModule m)
    {
        m.AddFunction("dir", Dir);
        m.AddFunction("vars", Vars);
        m.AddFunction("globals", static (ts, self) => ts.CurrentFrame?.Globals ?? (PyObject)new PyDict());
        m.AddFunction("locals", static (ts, self) => CurrentLocals(ts));
        m.AddFunction("exec", Exec);
        m.AddFunction("eval", EvalBuiltin);
        m.AddFunction("compile", Compile);
        m.AddFunction("input", Input);
        m.AddFunction("breakpoint", Breakpoint);
        // site.py's exit()/quit() (Quitter objects there): raise SystemExit with the code.
        m.AddFunction("exit", Quit);
        m.AddFunction("quit", Quit);
    }

    private static PyObject? Quit(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!NoKeywords(ts, "exit", kwnames)) return null;
        if (args.Length > 1) return ts.TypeError($"Quitter.__call__() takes from 1 to 2 positional arguments but {args.Length + 1} were given");
        ts.SetError(PyExc.SystemExit, args.Length == 1 ? PyTuple.Create(args[0]) : PyTuple.Empty);
        return null;
    }

    // ---- dir, vars, locals -------------------------------------------------------------------------

    /// <summary>dir([object]): the sorted names of the current scope, or of <c>type(obj).__dir__(obj)</c>.</summary>
    private static PyObject? Dir(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!NoKeywords(ts, "dir", kwnames)) return null;
        if (args.Length > 1) return ts.TypeError($"dir expected at most 1 argument, got {args.Length}");
        PyObject? names;
        if (args.Length == 0)
        {
            var locals = CurrentLocals(ts);
            if (locals is null) return null;
            names = Protocols.CallMethod(ts, locals, "keys", []);
        }
        else
        {
            var dirFunc = Protocols.LookupSpecial(ts, args[0], PyStr.Intern("__dir__"));
            if (dirFunc is null)
                return ts.HasError ? null : ts.TypeError("object does not provide __dir__");
            names = Protocols.Call0(ts, dirFunc);
        }
        if (names is null) return null;
        var items = Protocols.ToList(ts, names);
        if (items is null) return null;
        var sorted = items.ToArray();
        if (!SortInPlace(ts, sorted)) return null;
        return PyList.FromArray(sorted);
    }

    /// <summary>A stable merge sort by <c>&lt;</c> that stops at the first comparison error (list.sort without keys).</summary>
    internal static bool SortInPlace(ThreadState ts, PyObject[] items)
    {
        if (items.Length < 2) return true;
        var buffer = new PyObject[items.Length];
        for (int width = 1; width < items.Length; width *= 2)
        {
            for (int lo = 0; lo < items.Length; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, items.Length), hi = Math.Min(lo + 2 * width, items.Length);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi)
                {
                    // Take from the right run only when it is strictly less: keeps equal items in order.
                    int less = Protocols.RichCompareBool(ts, items[j], items[i], CompareOp.Lt);
                    if (less < 0) return false;
                    buffer[k++] = less == 1 ? items[j++] : items[i++];
                }
                while (i < mid) buffer[k++] = items[i++];
                while (j < hi) buffer[k++] = items[j++];
            }
            Array.Copy(buffer, items, items.Length);
        }
        return true;
    }

    private static PyObject? Vars(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!NoKeywords(ts, "vars", kwnames)) return null;
        if (args.Length > 1) return ts.TypeError($"vars expected at most 1 argument, got {args.Length}");
        if (args.Length == 0) return CurrentLocals(ts);
        var d = Protocols.LookupAttr(ts, args[0], PyStr.Intern("__dict__"));
        if (d is not null || ts.HasError) return d;
        return ts.TypeError("vars() argument must have __dict__ attribute");
    }

    /// <summary>locals(): the mapping of a module or class body (or exec/eval), or for a function a
    /// dict snapshot of its fast locals, cells and free variables that have values.</summary>
    internal static PyObject? CurrentLocals(ThreadState ts)
    {
        var frame = ts.CurrentFrame;
        // A function frame's locals() is one dict per frame, refreshed on each call (PyFrame_FastToLocals).
        return frame is null ? new PyDict() : FrameSlots.Locals(ts, frame);
    }

    // ---- exec, eval, compile -----------------------------------------------------------------------

    private static readonly ArgSpec s_evalSpec = new("eval", ["source", "globals", "locals"], required: 1);

    private static PyObject? EvalBuiltin(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_evalSpec.Parse(ts, args, kwnames, a)) return null;
        PyObject source = a[0]!;
        PyObject globals = a[1] ?? PyNone.Instance, locals = a[2] ?? PyNone.Instance;
        if (locals is not PyNone && locals.Type.GetItem is null) return ts.TypeError("locals must be a mapping");
        if (globals is not PyNone && globals is not PyDict)
            return ts.TypeError(globals.Type.GetItem is not null ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        if (!ResolveNamespaces(ts, ref globals, ref locals)) return null;
        var g = (PyDict)globals;
        var builtins = EnsureBuiltins(ts, g);
        if (builtins is null) return null;
        PyCode? code;
        if (source is PyCode c)
        {
            if (c.NFrees > 0) return ts.TypeError("code object passed to eval() may not contain free variables");
            code = c;
        }
        else
        {
            var bytes = SourceBytes(ts, source, "eval", "string, bytes or code");
            if (bytes is null) return null;
            // eval() ignores leading spaces and tabs (an indented expression is not an error).
            int start = 0;
            while (start < bytes.Length && (bytes[start] == (byte)' ' || bytes[start] == (byte)'\t')) start++;
            code = ts.Interp.Compile(ts, start == 0 ? bytes : bytes[start..], "<string>", "eval");
            if (code is null) return null;
        }
        return Eval.Run(ts, new PyFrame(code, g, builtins, locals, null));
    }

    private static readonly ArgSpec s_execSpec = new("exec", ["source", "globals", "locals", "closure"], required: 1, positionalOnly: 3, maxPositional: 3);

    private static PyObject? Exec(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Length ?? 0);
        if (npos < 1) return ts.TypeError($"exec() takes at least 1 positional argument ({npos} given)");
        if (npos > 3) return ts.TypeError($"exec() takes at most 3 positional arguments ({npos} given)");
        var a = new ArgBuffer();
        if (!s_execSpec.Parse(ts, args, kwnames, a)) return null;
        PyObject source = a[0]!;
        PyObject globals = a[1] ?? PyNone.Instance, locals = a[2] ?? PyNone.Instance;
        PyObject? closure = a[3] is PyNone ? null : a[3];
        if (globals is PyNone || locals is PyNone)
        {
            if (!ResolveNamespaces(ts, ref globals, ref locals)) return null;
        }
        if (globals is not PyDict g) return ts.TypeError($"exec() globals must be a dict, not {globals.Type.Name}");
        if (locals.Type.GetItem is null) return ts.TypeError($"locals must be a mapping or None, not {locals.Type.Name}");
        var builtins = EnsureBuiltins(ts, g);
        if (builtins is null) return null;
        PyCode? code;
        if (source is PyCode c)
        {
            if (closure is not null) return ts.TypeError("closure can only be used when source is a code object with free variables");
            if (c.NFrees > 0) return ts.TypeError("code object passed to exec() may not contain free variables");
            code = c;
        }
        else
        {
            if (closure is not null) return ts.TypeError("closure can only be used when source is a code object");
            var bytes = SourceBytes(ts, source, "exec", "string, bytes or code");
            if (bytes is null) return null;
            code = ts.Interp.Compile(ts, bytes, "<string>", "exec");
            if (code is null) return null;
        }
        return Eval.Run(ts, new PyFrame(code, g, builtins, locals, null)) is null ? null : PyNone.Instance;
    }

    /// <summary>None globals/locals mean the caller's (locals default to globals when only globals are given).</summary>
    private static bool ResolveNamespaces(ThreadState ts, ref PyObject globals, ref PyObject locals)
    {
        if (globals is PyNone)
        {
            var frame = ts.CurrentFrame;
            if (frame is null)
            {
                ts.SetError(PyExc.TypeError, "eval must be given globals and locals when called without a frame");
                return false;
            }
            globals = frame.Globals;
            if (locals is PyNone)
            {
                var l = CurrentLocals(ts);
                if (l is null) return false;
                locals = l;
            }
        }
        else if (locals is PyNone) locals = globals;
        return true;
    }

    /// <summary>Puts the current builtins into globals as <c>__builtins__</c> when absent; returns the builtins dict for the frame.</summary>
    private static PyDict? EnsureBuiltins(ThreadState ts, PyDict globals)
    {
        var current = ts.CurrentFrame?.Builtins ?? ts.Interp.Builtins;
        if (!globals.TryGetStr(PyStr.Intern("__builtins__"), out var b))
        {
            globals.SetStr("__builtins__", current);
            return current;
        }
        return b switch
        {
            PyModule mod => mod.Namespace,
            PyDict d => d,
            _ => current,
        };
    }

    /// <summary>_Py_SourceAsString: the UTF-8 bytes of str/bytes source, refusing NUL characters.</summary>
    private static byte[]? SourceBytes(ThreadState ts, PyObject source, string funcName, string what)
    {
        byte[] bytes;
        if (source is PyStr s) bytes = System.Text.Encoding.UTF8.GetBytes(s.ToString());
        else if (source is PyBytes b) bytes = (byte[])b.Value.Clone();
        else
        {
            ts.SetError(PyExc.TypeError, $"{funcName}() arg 1 must be a {what} object");
            return null;
        }
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            ts.SetError(PyExc.ValueError, "source code string cannot contain null bytes");
            return null;
        }
        return bytes;
    }

    private static readonly ArgSpec s_compileSpec = new("compile",
        ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
        required: 3, positionalOnly: 0, maxPositional: 6);

    // PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK: the future-feature flags, CO_NESTED, and the
    // compiler's own (ONLY_AST, DONT_IMPLY_DEDENT, TYPE_COMMENTS, ALLOW_TOP_LEVEL_AWAIT, ALLOW_INCOMPLETE_INPUT).
    private const long KnownCompileFlags = 0x1FE0000 | 0x10 | 0x400 | 0x200 | 0x1000 | 0x2000 | 0x4000;
    private const long OnlyAst = 0x400;

    private static PyObject? Compile(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_compileSpec.Parse(ts, args, kwnames, a)) return null;
        PyObject source = a[0]!, filenameObj = a[1]!, modeObj = a[2]!;
        string filename;
        if (filenameObj is PyStr fs) filename = fs.ToString();
        else if (filenameObj is PyBytes fb) filename = System.Text.Encoding.UTF8.GetString(fb.Value);
        else return ts.TypeError($"expected str, bytes or os.PathLike object, not {filenameObj.Type.Name}");
        if (modeObj is not PyStr modeStr) return ts.TypeError($"compile() argument 'mode' must be str, not {modeObj.Type.Name}");
        long flags = 0;
        if (a[3] is { } flagsObj && !Protocols.AsIndex(ts, flagsObj, out flags, PyExc.OverflowError)) return null;
        if ((flags & ~KnownCompileFlags) != 0) return ts.ValueError("compile(): unrecognised flags");
        long optimize = -1;
        if (a[5] is { } optObj && !Protocols.AsIndex(ts, optObj, out optimize, PyExc.OverflowError)) return null;
        if (optimize is < -1 or > 2) return ts.ValueError("compile(): invalid optimize value");
        string mode = modeStr.ToString();
        bool onlyAst = (flags & OnlyAst) != 0;
        if (mode == "func_type" && !onlyAst) return ts.ValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        if (mode is not ("exec" or "eval" or "single" or "func_type"))
            return ts.ValueError(onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'" : "compile() mode must be 'exec', 'eval' or 'single'");
        // An AST object is returned as it is for ONLY_AST, otherwise checked and compiled (Modules/Ast/AstCompile.cs).
        if (source is not (PyStr or PyBytes))
        {
            int isAst = Protocols.IsInstance(ts, source, AstModule.AstType);
            if (isAst < 0) return null;
            if (isAst > 0) return onlyAst ? source : AstCompile.CompileTree(ts, source, filename, mode, (int)optimize);
        }
        var bytes = SourceBytes(ts, source, "compile", "string, bytes or AST");
        if (bytes is null) return null;
        if (onlyAst) return AstCompile.Parse(ts, source, bytes, filename, mode, flags);
        return ts.Interp.Compile(ts, bytes, filename, mode);
    }

    // ---- input, breakpoint -------------------------------------------------------------------------

    private static PyObject? Input(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!NoKeywords(ts, "input", kwnames)) return null;
        if (args.Length > 1) return ts.TypeError($"input expected at most 1 argument, got {args.Length}");
        var sys = ts.Interp.Sys.Namespace;
        var stdin = sys.GetStr("stdin");
        if (stdin is null || stdin is PyNone) return ts.RuntimeError("input(): lost sys.stdin");
        var stdout = sys.GetStr("stdout");
        if (stdout is null || stdout is PyNone) return ts.RuntimeError("input(): lost sys.stdout");
        var stderr = sys.GetStr("stderr");
        if (stderr is not null && stderr is not PyNone && Protocols.CallMethod(ts, stderr, "flush", []) is null) ts.ClearError();
        // On a terminal, once readline is imported, the line is read through it (PyOS_Readline).
        if (ReadlineInput.TryInput(ts, stdin, stdout, args.Length == 1 ? args[0] : null, out var viaReadline)) return viaReadline;
        if (args.Length == 1)
        {
            var prompt = Protocols.Str(ts, args[0]);
            if (prompt is null || Protocols.CallMethod(ts, stdout, "write", [prompt]) is null) return null;
        }
        if (Protocols.CallMethod(ts, stdout, "flush", []) is null) ts.ClearError();
        var line = Protocols.CallMethod(ts, stdin, "readline", []);
        if (line is null) return null;
        if (line is not PyStr text) return ts.TypeError($"object.readline() returned non-string");
        if (text.Length == 0)
        {
            ts.SetError(PyExc.EOFError, "EOF when reading a line");
            return null;
        }
        string s = text.ToString();
        return s.EndsWith('\n') ? PyStr.Create(s[..^1]) : text;
    }

    /// <summary>breakpoint(*args, **kws): calls sys.breakpointhook with the same arguments.</summary>
    private static PyObject? Breakpoint(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var hook = ts.Interp.Sys.Namespace.GetStr("breakpointhook");
        if (hook is null) return ts.RuntimeError("lost sys.breakpointhook");
        return Protocols.Call(ts, hook, args, kwnames);
    }
}
