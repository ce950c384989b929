namespace Kaa.Runtime;

/// <summary>
/// IMPORT_NAME/IMPORT_FROM/IMPORT_STAR over <c>builtins.__import__</c>. Until the import system lands,
/// <c>__import__</c> serves the modules already in sys.modules (builtin ones).
/// </summary>
internal static class ImportSupport
{
    public static PyObject? ImportName(ThreadState ts, PyFrame f, PyStr name, PyObject fromlist, PyObject level)
    {
        var import = f.Builtins.GetStr("__import__");
        if (import is null) return ts.Raise(PyExc.ImportError, "__import__ not found");
        var locals = f.Locals ?? PyNone.Instance;
        return Protocols.Call(ts, import, [name, f.Globals, locals, fromlist, level], null);
    }

    public static PyObject? ImportFrom(ThreadState ts, PyObject module, PyStr name)
    {
        var r = Protocols.LookupAttr(ts, module, name);
        if (r is not null || ts.HasError) return r;
        string modName = Protocols.LookupAttr(ts, module, "__name__") is PyStr mn ? mn.ToString() : "<unknown module name>";
        return ts.Raise(PyExc.ImportError, $"cannot import name '{name}' from '{modName}' (unknown location)");
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
