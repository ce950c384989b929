namespace Kaa.Runtime;

/// <summary>
/// <c>builtins.__import__</c> and what IMPORT_NAME calls: CPython's PyImport_ImportModuleLevelObject
/// (Python/import.c), importlib's <c>__import__</c>/<c>_gcd_import</c> in C# for the modules already in
/// sys.modules, handing anything else to <c>_bootstrap._find_and_load</c> and packages' fromlists to
/// <c>_bootstrap._handle_fromlist</c>, as CPython does.
/// </summary>
internal static class ImportFunction
{
    private static readonly ArgSpec s_import = new("__import__", ["name", "globals", "locals", "fromlist", "level"], required: 1, positionalOnly: 0);

    private const string ImportDoc =
        "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module\n\nImport a module. Because this function is meant for use by the Python\ninterpreter and not for general use, it is better to use\nimportlib.import_module() to programmatically import a module.\n\nThe globals argument is only used to determine the context;\nthey are not modified.  The locals argument is unused.  The fromlist\nshould be a list of names to emulate ``from name import ...'', or an\nempty list to emulate ``import name''.\nWhen importing a module from a package, note that __import__('A.B', ...)\nreturns package A when fromlist is empty, but its submodule B when\nfromlist is not empty.  The level argument is used to determine whether to\nperform absolute or relative imports: 0 is absolute, while a positive number\nis the number of parent directories to search relative to the current module.";

    /// <summary>The builtin function object (CPython's builtin___import__).</summary>
    public static MethodDef Definition { get; } = new("__import__", Import, ImportDoc);

    private static PyObject? Import(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new PyObject?[5];
        if (!s_import.Parse(ts, args, kwnames, a)) return null;
        if (a[0] is not PyStr name) return ts.TypeError("module name must be a string");
        long level = 0;
        if (a[4] is { } lv)
        {
            if (lv is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
            if (!Protocols.AsIndex(ts, lv, out level, PyExc.OverflowError)) return null;
            if (level > int.MaxValue) return ts.OverflowError("signed integer is greater than maximum");
            if (level < int.MinValue) return ts.OverflowError("signed integer is less than minimum");
        }
        return ImportModuleLevel(ts, name, a[1], a[2], a[3], (int)level);
    }

    /// <summary>PyImport_ImportModuleLevelObject.</summary>
    public static PyObject? ImportModuleLevel(ThreadState ts, PyStr name, PyObject? globals, PyObject? locals, PyObject? fromlist, int level)
    {
        var result = ImportModuleLevelCore(ts, name, globals, fromlist, level);
        if (result is null) RemoveImportlibFrames(ts);
        return result;
    }

    private static PyObject? ImportModuleLevelCore(ThreadState ts, PyStr name, PyObject? globals, PyObject? fromlist, int level)
    {
        var interp = ts.Interp;
        if (level < 0) return ts.ValueError("level must be >= 0");
        PyStr absName;
        if (level > 0)
        {
            var resolved = ResolveName(ts, name, globals is PyNone ? null : globals, level);
            if (resolved is null) return null;
            absName = resolved;
        }
        else
        {
            if (name.Length == 0) return ts.ValueError("Empty module name");
            absName = name;
        }

        var mod = GetModule(ts, absName);
        if (mod is null && ts.HasError) return null;
        if (mod is not null && mod is not PyNone)
        {
            if (!EnsureInitialized(ts, mod, absName)) return null;
        }
        else
        {
            mod = FindAndLoad(ts, absName);
            if (mod is null) return null;
        }

        int hasFrom = 0;
        if (fromlist is not null && fromlist is not PyNone)
        {
            hasFrom = Protocols.IsTrue(ts, fromlist);
            if (hasFrom < 0) return null;
        }
        if (hasFrom == 0)
        {
            int len = name.Length;
            if (level == 0 || len > 0)
            {
                int dot = IndexOf(name, '.', 0, len);
                if (dot < 0) return mod;
                if (level == 0)
                {
                    var front = name.Substring(0, dot);
                    return ImportModuleLevel(ts, front, null, null, null, 0);
                }
                int cutOff = len - dot;
                var toReturn = absName.Substring(0, absName.Length - cutOff);
                var final = GetModule(ts, toReturn);
                if (final is null)
                {
                    if (!ts.HasError)
                    {
                        var repr = Protocols.Repr(ts, toReturn);
                        if (repr is null) return null;
                        ts.SetError(PyExc.KeyError, $"{repr} not in sys.modules as expected");
                    }
                    return null;
                }
                return final;
            }
            return mod;
        }
        var path = Protocols.LookupAttr(ts, mod, "__path__");
        if (path is null)
            return ts.HasError ? null : mod;
        if (interp.ImportLib is not { } importlib) return mod;
        var handle = Protocols.GetAttr(ts, importlib, "_handle_fromlist");
        if (handle is null) return null;
        return Protocols.Call(ts, handle, [mod, fromlist!, interp.ImportFunc ?? PyNone.Instance], null);
    }

    /// <summary>sys.modules[name], or null (no error) when absent.</summary>
    private static PyObject? GetModule(ThreadState ts, PyStr name)
    {
        var modules = ts.Interp.Modules;
        int found = modules.TryGetItem(ts, name, out var m);
        return found > 0 ? m : null;
    }

    /// <summary>import_ensure_initialized: a module another thread is still importing is waited for.</summary>
    private static bool EnsureInitialized(ThreadState ts, PyObject mod, PyStr name)
    {
        if (ts.Interp.ImportLib is not { } importlib) return true;
        var spec = Protocols.LookupAttr(ts, mod, "__spec__");
        if (!IsInitializing(ts, spec)) return true;
        var r = Protocols.CallMethod(ts, importlib, "_lock_unlock_module", [name]);
        return r is not null;
    }

    /// <summary>_PyModuleSpec_IsInitializing: spec._initializing is true (errors ignored).</summary>
    internal static bool IsInitializing(ThreadState ts, PyObject? spec)
    {
        if (spec is null || spec is PyNone)
        {
            ts.ClearError();
            return false;
        }
        var value = Protocols.LookupAttr(ts, spec, "_initializing");
        if (value is null)
        {
            ts.ClearError();
            return false;
        }
        int t = Protocols.IsTrue(ts, value);
        if (t < 0)
        {
            ts.ClearError();
            return false;
        }
        return t == 1;
    }

    /// <summary>import_find_and_load: <c>_bootstrap._find_and_load(abs_name, __import__)</c>.</summary>
    private static PyObject? FindAndLoad(ThreadState ts, PyStr absName)
    {
        var interp = ts.Interp;
        if (interp.ImportLib is not { } importlib)
        {
            // Before the import machinery exists (early start-up): builtin modules only.
            return interp.ImportBuiltin(ts, absName.ToString());
        }
        var find = Protocols.GetAttr(ts, importlib, "_find_and_load");
        if (find is null) return null;
        return Protocols.Call(ts, find, [absName, interp.ImportFunc ?? PyNone.Instance], null);
    }

    /// <summary>resolve_name: the absolute name of a relative import from the module of <paramref name="globals"/>.</summary>
    private static PyStr? ResolveName(ThreadState ts, PyStr name, PyObject? globals, int level)
    {
        if (globals is null)
        {
            ts.SetError(PyExc.KeyError, "'__name__' not in globals");
            return null;
        }
        if (globals is not PyDict g)
        {
            ts.SetError(PyExc.TypeError, "globals must be a dict");
            return null;
        }
        PyObject? package = g.GetStr("__package__");
        if (package is PyNone) package = null;
        var spec = g.GetStr("__spec__");
        if (package is not null)
        {
            if (package is not PyStr)
            {
                ts.SetError(PyExc.TypeError, "package must be a string");
                return null;
            }
            if (spec is not null && spec is not PyNone)
            {
                var parent = Protocols.GetAttr(ts, spec, "parent");
                if (parent is null) return null;
                int equal = Protocols.RichCompareBool(ts, package, parent, CompareOp.Eq);
                if (equal < 0) return null;
                if (equal == 0 && !Warn(ts, PyExc.ImportWarning, "__package__ != __spec__.parent")) return null;
            }
        }
        else if (spec is not null && spec is not PyNone)
        {
            package = Protocols.GetAttr(ts, spec, "parent");
            if (package is null) return null;
            if (package is not PyStr)
            {
                ts.SetError(PyExc.TypeError, "__spec__.parent must be a string");
                return null;
            }
        }
        else
        {
            if (!Warn(ts, PyExc.ImportWarning, "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__")) return null;
            package = g.GetStr("__name__");
            if (package is null)
            {
                ts.SetError(PyExc.KeyError, "'__name__' not in globals");
                return null;
            }
            if (package is not PyStr pn)
            {
                ts.SetError(PyExc.TypeError, "__name__ must be a string");
                return null;
            }
            if (g.GetStr("__path__") is null)
            {
                int dot = LastIndexOf(pn, '.', pn.Length);
                if (dot < 0) return NoParent(ts);
                package = pn.Substring(0, dot);
            }
        }
        var pkg = (PyStr)package;
        int lastDot = pkg.Length;
        if (lastDot == 0) return NoParent(ts);
        for (int up = 1; up < level; up++)
        {
            lastDot = LastIndexOf(pkg, '.', lastDot);
            if (lastDot < 0)
            {
                ts.SetError(PyExc.ImportError, "attempted relative import beyond top-level package");
                return null;
            }
        }
        var @base = pkg.Substring(0, lastDot);
        if (name.Length == 0) return @base;
        return PyStr.Create(@base.ToString() + "." + name.ToString());
    }

    private static PyStr? NoParent(ThreadState ts)
    {
        ts.SetError(PyExc.ImportError, "attempted relative import with no known parent package");
        return null;
    }

    /// <summary>PyErr_WarnEx through <c>_warnings.warn</c> when the module exists (false: the warning raised).</summary>
    private static bool Warn(ThreadState ts, PyType category, string message)
    {
        var warnings = ts.Interp.Modules.GetStr("_warnings");
        if (warnings is null) return true;
        var r = Protocols.CallMethod(ts, warnings, "warn", [PyStr.Create(message), category, PyInt.One]);
        return r is not null;
    }

    /// <summary>
    /// remove_importlib_frames: an ImportError's traceback loses its importlib frames; any other error loses
    /// the chunks of importlib frames that end in <c>_call_with_frames_removed</c> (unless -v).
    /// </summary>
    private static void RemoveImportlibFrames(ThreadState ts)
    {
        var exc = ts.CurrentException;
        if (exc is null || ts.Interp.Config.Verbose > 0) return;
        bool alwaysTrim = exc.Type.IsSubtypeOf(PyExc.ImportError);
        // The traceback as a list of links, rebuilt with the kept entries.
        var kept = new List<PyTraceback>();
        int chunkStart = -1;
        for (var tb = exc.Traceback; tb is not null; tb = tb.Next)
        {
            var code = tb.Frame.Code;
            string file = code.Filename.ToString();
            bool inImportlib = file is "<frozen importlib._bootstrap>" or "<frozen importlib._bootstrap_external>";
            if (!inImportlib)
            {
                chunkStart = -1;
                kept.Add(tb);
                continue;
            }
            if (chunkStart < 0) chunkStart = kept.Count;
            kept.Add(tb);
            if (alwaysTrim || code.Name.ToString() == "_call_with_frames_removed")
            {
                // Drop the chunk so far (this entry included).
                kept.RemoveRange(chunkStart, kept.Count - chunkStart);
            }
        }
        PyTraceback? head = null;
        for (int i = kept.Count - 1; i >= 0; i--)
        {
            kept[i].Next = head;
            head = kept[i];
        }
        exc.Traceback = head;
    }

    private static int IndexOf(PyStr s, char c, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (s[i] == c) return i;
        return -1;
    }

    private static int LastIndexOf(PyStr s, char c, int end)
    {
        for (int i = end - 1; i >= 0; i--)
            if (s[i] == c) return i;
        return -1;
    }
}
