namespace Kaa.Runtime;

/// <summary>AttributeError with its 3.10+ <c>name</c> and <c>obj</c> attributes (keyword-only in the
/// constructor; used by the "Did you mean" suggestions).</summary>
public sealed class PyAttributeError : PyBaseException
{
    public PyObject? Name;
    public PyObject? Obj;

    public PyAttributeError(PyType type, PyTuple args) : base(type, args) { }

    private static readonly string[] s_keywords = ["name", "obj"];

    internal static void Install(PyType type)
    {
        type.Init = static (ts, self, args, kw) =>
        {
            var e = (PyAttributeError)self;
            e.Args = ExceptionSlots.Positional(args, kw);
            var values = new PyObject?[2];
            if (!ExceptionSlots.KeywordOnly(ts, "AttributeError", args, kw, s_keywords, values)) return -1;
            e.Name = values[0];
            e.Obj = values[1];
            return 0;
        };
        type.AddMember("name", static (ts, self) => ((PyAttributeError)self).Name ?? PyNone.Instance,
            static (ts, self, value) => { ((PyAttributeError)self).Name = value; return 0; }, "attribute name");
        type.AddMember("obj", static (ts, self) => ((PyAttributeError)self).Obj ?? PyNone.Instance,
            static (ts, self, value) => { ((PyAttributeError)self).Obj = value; return 0; }, "object");
    }
}
