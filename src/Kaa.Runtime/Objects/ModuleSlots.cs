namespace Kaa.Runtime;

/// <summary>The slots and attributes of <c>module</c>.</summary>
internal static partial class ModuleSlots
{
    internal static void Install(PyType type)
    {
        type.GetAttr = static (ts, self, name) =>
        {
            var r = ObjectSlots.GenericGetAttr(ts, self, name, suppress: true);
            if (r is not null || ts.HasError) return r;
            var m = (PyModule)self;
            // PEP 562: a module-level __getattr__.
            if (m.Namespace.GetStr("__getattr__") is { } hook) return Protocols.Call1(ts, hook, name);
            // A module whose __name__ is gone (or not a str) is anonymous in the message.
            ts.SetError(PyExc.AttributeError, m.Namespace.GetStr("__name__") is PyStr s
                ? $"module '{s}' has no attribute '{name}'"
                : $"module has no attribute '{name}'");
            return null;
        };
        type.Repr = Repr;
        type.New = static (ts, t, args, kw) => new PyModule(t, new PyDict());
        type.Init = static (ts, self, args, kw) =>
        {
            var m = (PyModule)self;
            var a = new ArgBuffer();
            if (!s_init.Parse(ts, args, kw, a)) return -1;
            if (a[0] is not PyStr) { ts.SetError(PyExc.TypeError, $"module() argument 'name' must be str, not {a[0]!.Type.Name}"); return -1; }
            m.Namespace.SetStr("__name__", a[0]!);
            m.Namespace.SetStr("__doc__", a[1] ?? PyNone.Instance);
            m.Namespace.SetStr("__package__", PyNone.Instance);
            m.Namespace.SetStr("__loader__", PyNone.Instance);
            m.Namespace.SetStr("__spec__", PyNone.Instance);
            return 0;
        };
        // A read-only member in CPython (not a getset): assignment says "readonly attribute".
        type.AddMember("__dict__", static (ts, self) => ((PyModule)self).Namespace);
        type.AddMethod("__dir__", static (ts, self) =>
        {
            // module_dir: the namespace's own __dir__ when it has one (PEP 562), else its keys.
            // The __dict__ attribute is read as such: a subclass may replace it (with something not a dict).
            var d = Protocols.GetAttr(ts, self, "__dict__");
            if (d is null) return null;
            if (d is not PyDict ns) return ts.TypeError("<module>.__dict__ is not a dictionary");
            if (ns.GetStr("__dir__") is { } hook) return Protocols.Call0(ts, hook);
            return PyList.FromArray(ns.KeysSnapshot().ToArray());
        });
    }

    /// <summary>
    /// module_repr: CPython 3.11 asks importlib (<c>_bootstrap._module_repr</c>), which describes the module
    /// from its spec; before importlib is loaded the same rules apply to what the module has:
    /// <c>&lt;module 'x' from 'path'&gt;</c>, <c>&lt;module 'x' (loader)&gt;</c> or <c>&lt;module 'x'&gt;</c>.
    /// </summary>
    private static readonly ArgSpec s_init = new("module", ["name", "doc"], required: 1, positionalOnly: 0);

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        if (ts.Interp.ImportLib is { } importlib) return Protocols.CallMethod(ts, importlib, "_module_repr", [self]);
        var name = Protocols.LookupAttr(ts, self, "__name__");
        if (ts.HasError) return null;
        var nameRepr = name is null ? PyStr.Intern("'?'") : Protocols.Repr(ts, name);
        if (nameRepr is null) return null;
        var file = Protocols.LookupAttr(ts, self, "__file__");
        if (ts.HasError) return null;
        if (file is not null)
        {
            var fileRepr = Protocols.Repr(ts, file);
            return fileRepr is null ? null : PyStr.Create($"<module {nameRepr} from {fileRepr}>");
        }
        var loader = Protocols.LookupAttr(ts, self, "__loader__");
        if (ts.HasError) return null;
        if (loader is null or PyNone) return PyStr.Create($"<module {nameRepr}>");
        var loaderRepr = Protocols.Repr(ts, loader);
        return loaderRepr is null ? null : PyStr.Create($"<module {nameRepr} ({loaderRepr})>");
    }
}
