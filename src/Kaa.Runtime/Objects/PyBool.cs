namespace Kaa.Runtime;

/// <summary><c>bool</c>: an int subclass with two instances.</summary>
public sealed class PyBool : PyInt
{
    public static readonly PyBool True = new(true);
    public static readonly PyBool False = new(false);

    private PyBool(bool value) : base(BuiltinTypes.Bool, value ? 1 : 0) => IsTrue = value;

    public readonly bool IsTrue;

    public static PyBool From(bool value) => value ? True : False;

    internal static new void Install(PyType type)
    {
        type.Repr = static (ts, self) => PyStr.Intern(((PyBool)self).IsTrue ? "True" : "False");
        type.New = static (ts, t, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("bool() takes no keyword arguments");
            if (args.Length > 1) return ts.TypeError($"bool expected at most 1 argument, got {args.Length}");
            if (args.Length == 0) return False;
            int r = Protocols.IsTrue(ts, args[0]);
            return r < 0 ? null : From(r == 1);
        };
    }

    public override string ToString() => IsTrue ? "True" : "False";
}
