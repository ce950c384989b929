namespace Kaa.Runtime;

/// <summary>NameError (and UnboundLocalError) with the 3.10+ <c>name</c> attribute (keyword-only in the constructor).</summary>
public sealed class PyNameError : PyBaseException
{
    public PyObject? Name;

    public PyNameError(PyType type, PyTuple args) : base(type, args) { }

    private static readonly string[] s_keywords = ["name"];

    internal static void Install(PyType type)
    {
        type.Init = static (ts, self, args, kw) =>
        {
            var e = (PyNameError)self;
            e.Args = ExceptionSlots.Positional(args, kw);
            var values = new PyObject?[1];
            if (!ExceptionSlots.KeywordOnly(ts, "NameError", args, kw, s_keywords, values)) return -1;
            e.Name = values[0];
            return 0;
        };
        type.AddMember("name", static (ts, self) => ((PyNameError)self).Name ?? PyNone.Instance,
            static (ts, self, value) => { ((PyNameError)self).Name = value; return 0; }, "name");
    }
}
