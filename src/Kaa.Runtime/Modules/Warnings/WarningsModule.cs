namespace Kaa.Runtime;

/// <summary>
/// The <c>_warnings</c> module (Python/_warnings.c): <c>warn</c> and <c>warn_explicit</c> with the filters,
/// the registries and the default output <c>path:line: Category: message</c> plus the source line on
/// sys.stderr. <see cref="Warn"/> is the entry point for C# code (PyErr_WarnEx).
/// </summary>
internal static class WarningsModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var state = ts.Interp.GetModuleState<WarningsState>();
        var m = PyModule.Create("_warnings", "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.");
        m.Set("filters", state.GetFilters());
        m.Set("_defaultaction", state.DefaultAction);
        m.Set("_onceregistry", state.OnceRegistry);
        m.AddFunction("warn", WarnFunction, "Issue a warning, or maybe ignore it or raise an exception.");
        m.AddFunction("warn_explicit", WarnExplicitFunction, "Low-level interface to warnings functionality.");
        m.AddFunction("_filters_mutated", static (ts, self) =>
        {
            ts.Interp.GetModuleState<WarningsState>().FiltersVersion++;
            return PyNone.Instance;
        });
        return m;
    }

    /// <summary>PyErr_WarnEx: false with the exception set when the warning became an error (or failed).</summary>
    public static bool Warn(ThreadState ts, PyType category, string message, int stackLevel = 1)
        => DoWarn(ts, PyStr.Create(message), category, stackLevel, null) is not null;

    private static readonly ArgSpec s_warn = new("warn", ["message", "category", "stacklevel", "source"], required: 1, positionalOnly: 0);

    private static PyObject? WarnFunction(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_warn.Parse(ts, args, kwnames, a)) return null;
        long stackLevel = 1;
        if (a[2] is { } sl)
        {
            if (sl is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
            if (!Protocols.AsIndex(ts, sl, out stackLevel, PyExc.OverflowError)) return null;
        }
        var category = GetCategory(ts, a[0]!, a[1]);
        if (category is null) return null;
        return DoWarn(ts, a[0]!, category, stackLevel, a[3]);
    }

    /// <summary>get_category: the message's own class when it is a Warning, else the given one (UserWarning).</summary>
    private static PyObject? GetCategory(ThreadState ts, PyObject message, PyObject? category)
    {
        int isWarning = Protocols.IsInstance(ts, message, PyExc.Warning);
        if (isWarning < 0) return null;
        if (isWarning == 1) return message.Type;
        if (category is null || category is PyNone) return PyExc.UserWarning;
        int ok = category is PyType ? Protocols.IsSubclass(ts, category, PyExc.Warning) : 0;
        if (ok < 0) return null;
        if (ok == 0) return ts.TypeError($"category must be a Warning subclass, not '{category.Type.Name}'");
        return category;
    }

    private static PyObject? DoWarn(ThreadState ts, PyObject message, PyObject category, long stackLevel, PyObject? source)
    {
        SetupContext(ts, stackLevel, out var filename, out int lineno, out var module, out var registry);
        if (registry is null) return null;
        return WarnExplicit(ts, category, message, filename, lineno, module, registry, null, source);
    }

    /// <summary>The frame <paramref name="stackLevel"/> levels up (skipping importlib's frames beyond the first).</summary>
    private static void SetupContext(ThreadState ts, long stackLevel, out PyObject filename, out int lineno, out PyObject module, out PyDict? registry)
    {
        var f = ts.CurrentFrame;
        if (stackLevel <= 0 || IsInternalFrame(f))
        {
            while (--stackLevel > 0 && f is not null) f = f.Back;
        }
        else
        {
            while (--stackLevel > 0 && f is not null)
            {
                f = f.Back;
                while (f is not null && IsInternalFrame(f)) f = f.Back;
            }
        }
        PyDict globals;
        if (f is null)
        {
            globals = ts.Interp.Sys.Namespace;
            filename = PyStr.Intern("sys");
            lineno = 1;
        }
        else
        {
            globals = f.Globals;
            filename = f.Code.Filename;
            lineno = f.LineNumber;
        }
        registry = globals.GetStr("__warningregistry__") as PyDict;
        if (registry is null)
        {
            registry = new PyDict();
            globals.SetStr("__warningregistry__", registry);
        }
        var name = globals.GetStr("__name__");
        module = name is PyNone or PyStr ? name : PyStr.Intern("<string>");
    }

    private static bool IsInternalFrame(PyFrame? f)
    {
        if (f is null) return false;
        string file = f.Code.Filename.ToString();
        return file.Contains("importlib", StringComparison.Ordinal) && file.Contains("_bootstrap", StringComparison.Ordinal);
    }

    private static readonly ArgSpec s_warnExplicit = new("warn_explicit",
        ["message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"], required: 4, positionalOnly: 0);

    private static PyObject? WarnExplicitFunction(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_warnExplicit.Parse(ts, args, kwnames, a)) return null;
        if (a[2] is not PyStr filename)
            return ts.TypeError($"warn_explicit() argument 'filename' must be str, not {a[2]!.Type.Name}");
        if (a[3] is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
        if (!Protocols.AsIndex(ts, a[3]!, out long lineno, PyExc.OverflowError)) return null;
        PyObject? sourceLine = null;
        if (a[6] is PyDict moduleGlobals)
        {
            sourceLine = SourceLineFromLoader(ts, moduleGlobals, (int)lineno);
            if (sourceLine is null && ts.HasError) return null;
            if (sourceLine is PyNone) return PyNone.Instance;
        }
        else if (a[6] is { } mg && mg is not PyNone)
            return ts.TypeError($"module_globals must be a dict, not '{mg.Type.Name}'");
        return WarnExplicit(ts, a[1]!, a[0]!, filename, (int)lineno, a[4], a[5], sourceLine, a[7]);
    }

    /// <summary>get_source_line: the line from the module loader's get_source (None when there is no loader).</summary>
    private static PyObject? SourceLineFromLoader(ThreadState ts, PyDict globals, int lineno)
    {
        var loader = globals.GetStr("__loader__");
        var name = globals.GetStr("__name__");
        if (loader is null || loader is PyNone || name is null) return PyNone.Instance;
        var getSource = Protocols.LookupAttr(ts, loader, "get_source");
        if (getSource is null) return ts.HasError ? null : PyNone.Instance;
        var source = Protocols.Call(ts, getSource, [name], null);
        if (source is null) return null;
        if (source is not PyStr s) return PyNone.Instance;
        var lines = s.ToString().Split('\n');
        return lineno >= 1 && lineno <= lines.Length ? PyStr.Create(lines[lineno - 1].TrimEnd('\r')) : null;
    }

    /// <summary>warn_explicit: filter, registry bookkeeping, then raise or show. None, or null on error.</summary>
    internal static PyObject? WarnExplicit(ThreadState ts, PyObject category, PyObject message, PyObject filename, int lineno,
        PyObject? module, PyObject? registry, PyObject? sourceLine, PyObject? source)
    {
        if (module is PyNone) return PyNone.Instance;
        if (registry is not null && registry is not PyDict && registry is not PyNone)
            return ts.TypeError("'registry' must be a dict or None");
        var reg = registry as PyDict;
        module ??= NormalizeModule(filename);
        PyObject text;
        int isWarning = Protocols.IsInstance(ts, message, PyExc.Warning);
        if (isWarning < 0) return null;
        if (isWarning == 1)
        {
            var str = Protocols.Str(ts, message);
            if (str is null) return null;
            text = str;
            category = message.Type;
        }
        else
        {
            text = message;
            var made = Protocols.Call(ts, category, [message], null);
            if (made is null) return null;
            message = made;
        }
        if (source is PyNone) source = null;
        var linenoObj = PyInt.Create(lineno);
        var key = PyTuple.Create([text, category, linenoObj]);
        var state = ts.Interp.GetModuleState<WarningsState>();
        if (reg is not null)
        {
            int rc = AlreadyWarned(ts, state, reg, key, setIt: false);
            if (rc < 0) return null;
            if (rc == 1) return PyNone.Instance;
        }
        var action = GetFilter(ts, state, category, text, lineno, module, out var item);
        if (action is null) return null;
        string act = action.ToString()!;
        if (act == "error")
        {
            if (message is PyBaseException exc) ts.Raise(exc);
            else ts.SetError(PyExc.TypeError, "exceptions must derive from BaseException");
            return null;
        }
        if (act == "ignore") return PyNone.Instance;
        int already = 0;
        if (act != "always")
        {
            if (reg is not null && !reg.SetItem(ts, key, PyBool.True)) return null;
            if (act == "once")
            {
                var onceRegistry = reg ?? OnceRegistry(ts, state);
                if (onceRegistry is null) return null;
                already = AlreadyWarned(ts, state, onceRegistry, PyTuple.Create(text, category), setIt: true);
            }
            else if (act == "module")
            {
                if (reg is not null) already = AlreadyWarned(ts, state, reg, PyTuple.Create(text, category), setIt: true);
            }
            else if (act != "default")
            {
                var ar = Protocols.Repr(ts, action);
                var ir = ar is null ? null : Protocols.Repr(ts, item);
                if (ir is null) return null;
                return ts.RuntimeError($"Unrecognized action ({ar}) in warnings.filters:\n {ir}");
            }
        }
        if (already < 0) return null;
        if (already == 1) return PyNone.Instance;
        if (!ShowWarning(ts, category, text, message, filename, lineno, linenoObj, sourceLine, source)) return null;
        return PyNone.Instance;
    }

    private static PyObject NormalizeModule(PyObject filename)
    {
        string s = filename.ToString()!;
        if (s.Length == 0) return PyStr.Intern("<unknown>");
        return s.EndsWith(".py", StringComparison.Ordinal) ? PyStr.Create(s[..^3]) : filename;
    }

    /// <summary>An attribute of the Python <c>warnings</c> module when it was imported (null otherwise, or on error).</summary>
    private static PyObject? WarningsAttr(ThreadState ts, string name)
    {
        if (ts.Interp.Modules.GetStr("warnings") is not { } warnings || warnings is PyNone) return null;
        return Protocols.LookupAttr(ts, warnings, name);
    }

    private static PyDict? OnceRegistry(ThreadState ts, WarningsState state)
    {
        var r = WarningsAttr(ts, "onceregistry");
        if (r is null) return ts.HasError ? null : state.OnceRegistry;
        if (r is not PyDict d)
        {
            ts.SetError(PyExc.TypeError, $"_warnings.onceregistry must be a dict, not '{r.Type.Name}'");
            return null;
        }
        return state.OnceRegistry = d;
    }

    /// <summary>1 when <paramref name="key"/> was already warned about, 0 when not, -1 on error.</summary>
    private static int AlreadyWarned(ThreadState ts, WarningsState state, PyDict registry, PyObject key, bool setIt)
    {
        var version = registry.GetStr("version");
        if (version is not PyInt vi || vi.Type != BuiltinTypes.Int || !vi.TryGetLong(out long v) || v != state.FiltersVersion)
        {
            registry.Clear();
            registry.SetStr("version", PyInt.Create(state.FiltersVersion));
        }
        else
        {
            int found = registry.TryGetItem(ts, key, out var value);
            if (found < 0) return -1;
            if (found == 1)
            {
                int t = Protocols.IsTrue(ts, value!);
                if (t != 0) return t;
            }
        }
        if (setIt && !registry.SetItem(ts, key, PyBool.True)) return -1;
        return 0;
    }

    private static PyObject? GetFilter(ThreadState ts, WarningsState state, PyObject category, PyObject text, int lineno, PyObject module, out PyObject item)
    {
        item = PyNone.Instance;
        var pyFilters = WarningsAttr(ts, "filters");
        if (pyFilters is null && ts.HasError) return null;
        PyObject filters = pyFilters ?? state.GetFilters();
        if (filters is not PyList list) return ts.ValueError("_warnings.filters must be a list");
        if (pyFilters is PyList pl) state.Filters = pl;
        for (int i = 0; i < list.Count; i++)
        {
            var entry = list.AsSpan()[i];
            if (entry is not PyTuple { Length: 5 } t) return ts.ValueError($"_warnings.filters item {i} isn't a 5-tuple");
            var action = t.Items[0];
            if (action is not PyStr) return ts.TypeError($"action must be a string, not '{action.Type.Name}'");
            int goodMsg = CheckMatched(ts, t.Items[1], text);
            if (goodMsg < 0) return null;
            int goodMod = CheckMatched(ts, t.Items[3], module);
            if (goodMod < 0) return null;
            int isSub = Protocols.IsSubclass(ts, category, t.Items[2]);
            if (isSub < 0) return null;
            if (!Protocols.AsIndex(ts, t.Items[4], out long ln, PyExc.OverflowError)) return null;
            if (goodMsg == 1 && isSub == 1 && goodMod == 1 && (ln == 0 || lineno == ln))
            {
                item = t;
                return action;
            }
        }
        var pyDefault = WarningsAttr(ts, "defaultaction");
        if (pyDefault is null && ts.HasError) return null;
        if (pyDefault is not null)
        {
            if (pyDefault is not PyStr) return ts.TypeError($"_warnings.defaultaction must be a string, not '{pyDefault.Type.Name}'");
            state.DefaultAction = pyDefault;
        }
        return state.DefaultAction;
    }

    /// <summary>check_matched: None matches everything, a str must be equal, anything else is asked <c>.match(arg)</c>.</summary>
    private static int CheckMatched(ThreadState ts, PyObject pattern, PyObject arg)
    {
        if (pattern is PyNone) return 1;
        if (pattern.Type == BuiltinTypes.Str) return arg is PyStr && pattern.ToString() == arg.ToString() ? 1 : 0;
        var result = Protocols.CallMethod(ts, pattern, "match", [arg]);
        if (result is null) return -1;
        return Protocols.IsTrue(ts, result);
    }

    private static bool ShowWarning(ThreadState ts, PyObject category, PyObject text, PyObject message, PyObject filename,
        int lineno, PyObject linenoObj, PyObject? sourceLine, PyObject? source)
    {
        var showFn = WarningsAttr(ts, "_showwarnmsg");
        if (showFn is null)
        {
            if (ts.HasError) return false;
            DefaultShow(ts, filename, lineno, text, category, sourceLine);
            return true;
        }
        if (showFn.Type.Call is null)
        {
            ts.SetError(PyExc.TypeError, "warnings._showwarnmsg() must be set to a callable");
            return false;
        }
        var cls = WarningsAttr(ts, "WarningMessage");
        if (cls is null)
        {
            if (!ts.HasError) ts.SetError(PyExc.RuntimeError, "unable to get warnings.WarningMessage");
            return false;
        }
        var msg = Protocols.Call(ts, cls, [message, category, filename, linenoObj, PyNone.Instance, PyNone.Instance, source ?? PyNone.Instance], null);
        if (msg is null) return false;
        return Protocols.Call(ts, showFn, [msg], null) is not null;
    }

    /// <summary>show_warning: "filename:lineno: Category: text" and the stripped source line, on sys.stderr.</summary>
    private static void DefaultShow(ThreadState ts, PyObject filename, int lineno, PyObject text, PyObject category, PyObject? sourceLine)
    {
        var name = Protocols.GetAttr(ts, category, "__name__");
        var file = ts.Interp.Sys.Namespace.GetStr("stderr");
        var textStr = name is null ? null : Protocols.Str(ts, text);
        if (name is null || textStr is null || file is null || file is PyNone)
        {
            ts.ClearError();
            return;
        }
        var sb = new PyStrBuilder();
        if (Protocols.Str(ts, filename) is PyStr fs) sb.Append(fs);
        sb.Append($":{lineno}: ");
        if (Protocols.Str(ts, name) is PyStr ns) sb.Append(ns);
        sb.Append(": ").Append((PyStr)textStr).Append("\n");
        if (sourceLine is PyStr sl)
        {
            // CPython computes the stripped line but writes the line as given.
            sb.Append(sl).Append("\n");
        }
        else if (sourceLine is null)
        {
            var line = ReadSourceLine(filename.ToString()!, lineno);
            if (line is not null) sb.Append("  ").Append(line).Append("\n");
        }
        ts.ClearError();
        var s = sb.ToPyStr();
        if (Protocols.CallMethod(ts, file, "write", [s]) is null) ts.ClearError();
    }

    /// <summary>_Py_DisplaySourceLine's text: line <paramref name="lineno"/> of the file, without leading blanks.</summary>
    private static string? ReadSourceLine(string path, int lineno)
    {
        if (lineno < 1) return null;
        try
        {
            if (!File.Exists(path)) return null;
            int n = 0;
            foreach (var line in File.ReadLines(path))
            {
                if (++n == lineno) return line.TrimStart(' ', '\t', '\f').TrimEnd('\r', '\n');
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException) { }
        return null;
    }
}
