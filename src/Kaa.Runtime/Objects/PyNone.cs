namespace Kaa.Runtime;

/// <summary><c>None</c>, the only instance of NoneType.</summary>
public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();

    private PyNone() : base(BuiltinTypes.NoneType) { }

    internal static void Install(PyType type)
    {
        type.Repr = static (ts, self) => PyStr.Intern("None");
        type.Bool = static (ts, self) => 0;
        type.New = static (ts, t, args, kw) =>
            args.Length > 0 ? ts.TypeError("NoneType takes no arguments") : Instance;
    }

    public override string ToString() => "None";
}
