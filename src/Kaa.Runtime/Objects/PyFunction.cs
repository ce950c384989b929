namespace Kaa.Runtime;

/// <summary><c>function</c>: a code object with its globals, defaults and closure.</summary>
public sealed class PyFunction : PyObject
{
    public PyCode Code;
    public readonly PyDict Globals;
    /// <summary>The builtins namespace the function's frames use (from its globals' <c>__builtins__</c> when created).</summary>
    public readonly PyDict Builtins;
    public PyObject Name;
    public PyObject QualName;
    /// <summary><c>__defaults__</c>; null for None.</summary>
    public PyTuple? Defaults;
    /// <summary><c>__kwdefaults__</c>; null for None.</summary>
    public PyDict? KwDefaults;
    /// <summary><c>__closure__</c>: cells for the code's free variables; null for None.</summary>
    public PyTuple? Closure;
    public PyObject Doc;
    public PyObject Module;
    /// <summary><c>__annotations__</c> (a dict, or a tuple of name/value pairs until first read, as MAKE_FUNCTION leaves it).</summary>
    public PyObject? Annotations;
    private PyDict? _dict;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins, PyObject qualname) : base(BuiltinTypes.Function)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Name = code.Name;
        QualName = qualname;
        Doc = code.Docstring;
        // (An interned name: MAKE_FUNCTION runs once per closure made, and interning a .NET string is a
        // table lookup.)
        // A module's namespace holds __name__ first: that entry is tried before a lookup (closures are made
        // once per call of their outer function).
        Module = globals.GetStrAt(0, DunderNames.__name__) ?? (globals.TryGetStr(DunderNames.__name__, out var module) ? module : PyNone.Instance);
    }

    public override PyDict? Dict { get => _dict ??= new PyDict(); set => _dict = value; }

    internal static void Install(PyType type) => FunctionSlots.Install(type);

    public override string ToString() => $"<function {QualName}>";
}
