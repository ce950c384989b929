namespace Kaa.Runtime;

/// <summary><c>...</c> (<c>Ellipsis</c>).</summary>
public sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();

    private PyEllipsis() : base(BuiltinTypes.Ellipsis) { }

    internal static void Install(PyType type)
    {
        type.Repr = static (ts, self) => PyStr.Intern("Ellipsis");
        type.New = static (ts, t, args, kw) =>
            args.Length > 0 ? ts.TypeError("ellipsis takes no arguments") : Instance;
        type.AddMethod("__reduce__", static (ts, self) => PyStr.Intern("Ellipsis"));
    }
}
