namespace Kaa.Runtime;

/// <summary><c>NotImplemented</c>: what a binary operation's slot returns when it does not apply.</summary>
public sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();

    private PyNotImplemented() : base(BuiltinTypes.NotImplementedType) { }

    internal static void Install(PyType type)
    {
        type.Repr = static (ts, self) => PyStr.Intern("NotImplemented");
        type.New = static (ts, t, args, kw) =>
            args.Length > 0 ? ts.TypeError("NotImplementedType takes no arguments") : Instance;
        type.AddMethod("__reduce__", static (ts, self) => PyStr.Intern("NotImplemented"));
    }
}
