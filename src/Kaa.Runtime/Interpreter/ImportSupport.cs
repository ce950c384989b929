namespace Kaa.Runtime;

/// <summary>
/// IMPORT_NAME/IMPORT_FROM/IMPORT_STAR (ceval.c's import_name, import_from, import_all_from). IMPORT_NAME
/// calls the C# PyImport_ImportModuleLevelObject directly while <c>builtins.__import__</c> is still the
/// original one, and an override otherwise.
/// </summary>
internal static class ImportSupport
{
    public static PyObject? ImportName(ThreadState ts, PyFrame f, PyStr name, PyObject fromlist, PyObject level)
    {
        var import = f.Builtins.GetStr("__import__");
        if (import is null) return ts.Raise(PyExc.ImportError, "__import__ not found");
        var locals = f.Locals ?? PyNone.Instance;
        if (ReferenceEquals(import, ts.Interp.ImportFunc) && level is PyInt li && li.TryGetLong(out long lv) && lv is >= int.MinValue and <= int.MaxValue)
            return ImportFunction.ImportModuleLevel(ts, name, f.Globals, locals, fromlist, (int)lv);
        return Protocols.Call(ts, import, [name, f.Globals, locals, fromlist, level], null);
    }

    public static PyObject? ImportFrom(ThreadState ts, PyObject module, PyStr name)
    {
        var r = Protocols.LookupAttr(ts, module, name);
        if (r is not null || ts.HasError) return r;
        // A circular relative import may have left the submodule in sys.modules only (bpo-17636).
        var pkgName = Protocols.LookupAttr(ts, module, "__name__");
        if (ts.HasError) ts.ClearError();
        if (pkgName is PyStr pn)
        {
            var full = PyStr.Create(pn.ToString() + "." + name.ToString());
            int found = ts.Interp.Modules.TryGetItem(ts, full, out var sub);
            if (found < 0) return null;
            if (found > 0) return sub;
        }
        else pkgName = null;
        var pkgPath = ModuleFilename(ts, module);
        var nameRepr = Protocols.Repr(ts, name);
        if (nameRepr is null) return null;
        PyObject pkgOrUnknown = pkgName ?? PyStr.Create("<unknown module name>");
        var pkgRepr = Protocols.Repr(ts, pkgOrUnknown);
        if (pkgRepr is null) return null;
        string message;
        if (pkgPath is null)
            message = $"cannot import name {nameRepr} from {pkgRepr} (unknown location)";
        else
        {
            var spec = Protocols.LookupAttr(ts, module, "__spec__");
            message = ImportFunction.IsInitializing(ts, spec)
                ? $"cannot import name {nameRepr} from partially initialized module {pkgRepr} (most likely due to a circular import) ({pkgPath})"
                : $"cannot import name {nameRepr} from {pkgRepr} ({pkgPath})";
        }
        var exc = Protocols.Call(ts, PyExc.ImportError, [PyStr.Create(message)], null);
        if (exc is not PyImportError ie) return null;
        ie.Name = pkgName ?? PyNone.Instance;
        ie.Path = pkgPath ?? (PyObject)PyNone.Instance;
        ts.Raise(ie);
        return null;
    }

    /// <summary>PyModule_GetFilenameObject: the module's <c>__file__</c> when it is a str; null otherwise (no error).</summary>
    private static PyStr? ModuleFilename(ThreadState ts, PyObject module)
    {
        if (module is not PyModule m) return null;
        return m.Namespace.GetStr("__file__") as PyStr;
    }

    public static bool ImportStar(ThreadState ts, PyFrame f, PyObject module)
    {
        if (f.Locals is null)
        {
            ts.SetError(PyExc.SystemError, "no locals found during 'import *'");
            return false;
        }
        var all = Protocols.LookupAttr(ts, module, "__all__");
        if (ts.HasError) return false;
        List<PyObject>? names;
        bool skipPrivate = false;
        if (all is null)
        {
            var dict = Protocols.LookupAttr(ts, module, "__dict__");
            if (dict is not PyDict d)
            {
                if (!ts.HasError) ts.SetError(PyExc.ImportError, "from-import-* object has no __dict__ and no __all__");
                return false;
            }
            names = d.KeysSnapshot();
            skipPrivate = true;
        }
        else
        {
            names = Protocols.ToList(ts, all);
            if (names is null) return false;
        }
        foreach (var n in names)
        {
            if (n is not PyStr s)
            {
                ts.SetError(PyExc.TypeError, $"Item in {(skipPrivate ? "__dict__" : "__all__")} must be str, not {n.Type.Name}");
                return false;
            }
            if (skipPrivate && s.Length > 0 && s[0] == '_') continue;
            var v = Protocols.GetAttr(ts, module, s);
            if (v is null) return false;
            if (Protocols.SetItem(ts, f.Locals, s, v) < 0) return false;
        }
        return true;
    }
}
