namespace Kaa.Runtime;

/// <summary><c>None</c>, the only instance of NoneType.</summary>
public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();

    private PyNone() : base(BuiltinTypes.NoneType) { }

    internal const long NoneHash = 611532;

    internal static void Install(PyType type)
    {
        type.Repr = static (ts, self) => PyStr.Intern("None");
        type.Bool = static (ts, self) => 0;
        // CPython 3.11 hashes None by its address (_Py_HashPointer of the static _Py_NoneStruct), a constant
        // of the binary: Debian's python3.11 gives 611532. Using the same value keeps sets and dicts that hold
        // None iterating in CPython's order, whatever ids Kaa has handed out before.
        type.Hash = static (ts, self) => NoneHash;
        type.New = static (ts, t, args, kw) =>
            args.Length > 0 ? ts.TypeError("NoneType takes no arguments") : Instance;
    }

    public override string ToString() => "None";
}
