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
            string modName = m.Namespace.GetStr("__name__") is PyStr s ? s.ToString() : "?";
            ts.SetError(PyExc.AttributeError, $"module '{modName}' has no attribute '{name}'");
            return null;
        };
        type.Repr = static (ts, self) =>
        {
            var m = (PyModule)self;
            // module_repr: importlib's _module_repr once the import system is installed.
            if (ts.Interp.ImportLib is { } importlib) return Protocols.CallMethod(ts, importlib, "_module_repr", [m]);
            string name = m.Namespace.GetStr("__name__") is PyStr s ? s.ToString() : "?";
            if (m.Namespace.GetStr("__file__") is PyStr file) return PyStr.Create($"<module '{name}' from '{file}'>");
            return PyStr.Create($"<module '{name}' (built-in)>");
        };
        type.New = static (ts, t, args, kw) => new PyModule(t, new PyDict());
        type.Init = static (ts, self, args, kw) =>
        {
            var m = (PyModule)self;
            if (args.Length - (kw?.Length ?? 0) < 1) { ts.SetError(PyExc.TypeError, "module.__init__() missing required argument 'name' (pos 1)"); return -1; }
            m.Namespace.SetStr("__name__", args[0]);
            m.Namespace.SetStr("__doc__", args.Length > 1 ? args[1] : PyNone.Instance);
            m.Namespace.SetStr("__package__", PyNone.Instance);
            m.Namespace.SetStr("__loader__", PyNone.Instance);
            m.Namespace.SetStr("__spec__", PyNone.Instance);
            return 0;
        };
        type.AddGetSet("__dict__", static (ts, self) => ((PyModule)self).Namespace);
        type.AddMethod("__dir__", static (ts, self) =>
        {
            // module_dir: the namespace's own __dir__ when it has one (PEP 562), else its keys.
            var ns = ((PyModule)self).Namespace;
            if (ns.GetStr("__dir__") is { } hook) return Protocols.Call0(ts, hook);
            return PyList.FromArray(ns.KeysSnapshot().ToArray());
        });
    }
}
