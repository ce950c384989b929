namespace Kaa.Runtime;

/// <summary>ImportError and ModuleNotFoundError: <c>msg</c> (the one argument), and the keyword-only <c>name</c> and <c>path</c>.</summary>
public sealed class PyImportError : PyBaseException
{
    public PyObject? Msg, Name, Path;

    public PyImportError(PyType type, PyTuple args) : base(type, args) { }

    private static readonly string[] s_keywords = ["name", "path"];

    internal static void Install(PyType type)
    {
        type.Init = static (ts, self, args, kw) =>
        {
            var e = (PyImportError)self;
            e.Args = ExceptionSlots.Positional(args, kw);
            var values = new PyObject?[2];
            if (!ExceptionSlots.KeywordOnly(ts, "ImportError", args, kw, s_keywords, values)) return -1;
            e.Name = values[0];
            e.Path = values[1];
            e.Msg = e.Args.Length == 1 ? e.Args.Items[0] : null;
            return 0;
        };
        type.Str = static (ts, self) =>
        {
            var e = (PyImportError)self;
            if (e.Msg is { } m && m.Type == BuiltinTypes.Str) return m;
            return ExceptionSlots.StrOfArgs(ts, e.Args);
        };
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var e = (PyImportError)self;
            PyObject? state = e.DictIfCreated;
            if (e.Name is not null || e.Path is not null)
            {
                var d = new PyDict();
                if (e.DictIfCreated is { } own && !ExceptionSlots.CopyInto(ts, own, d)) return null;
                if (e.Name is not null) d.SetStr("name", e.Name);
                if (e.Path is not null) d.SetStr("path", e.Path);
                state = d;
            }
            return state is null ? PyTuple.Create(e.Type, e.Args) : PyTuple.Create([e.Type, e.Args, state]);
        });
        type.AddMember("msg", static (ts, self) => ((PyImportError)self).Msg ?? PyNone.Instance,
            static (ts, self, value) => { ((PyImportError)self).Msg = value; return 0; }, "exception message");
        type.AddMember("name", static (ts, self) => ((PyImportError)self).Name ?? PyNone.Instance,
            static (ts, self, value) => { ((PyImportError)self).Name = value; return 0; }, "module name");
        type.AddMember("path", static (ts, self) => ((PyImportError)self).Path ?? PyNone.Instance,
            static (ts, self, value) => { ((PyImportError)self).Path = value; return 0; }, "module path");
    }
}
