namespace Kaa.Runtime;

/// <summary>METH_NOARGS: <c>self</c> only.</summary>
public delegate PyObject? NoArgsMethod(ThreadState ts, PyObject self);

/// <summary>METH_O: exactly one positional argument.</summary>
public delegate PyObject? OneArgMethod(ThreadState ts, PyObject self, PyObject arg);

/// <summary>METH_FASTCALL|METH_KEYWORDS: positional arguments then keyword values named by <c>kwnames</c>
/// (parse them with <see cref="ArgSpec"/>).</summary>
public delegate PyObject? FastMethod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

public enum MethodKind
{
    NoArgs,
    OneArg,
    Fast,
}

/// <summary>
/// A C# function exposed to Python (CPython's PyMethodDef): the module functions, the methods of builtin
/// types, class and static methods. The arity checks of <see cref="MethodKind.NoArgs"/> and
/// <see cref="MethodKind.OneArg"/> are done here with CPython's messages; <see cref="MethodKind.Fast"/>
/// functions parse their own arguments, normally through an <see cref="ArgSpec"/>.
/// </summary>
public sealed class MethodDef
{
    public readonly string Name;
    public readonly MethodKind Kind;
    public readonly NoArgsMethod? NoArgs;
    public readonly OneArgMethod? OneArg;
    public readonly FastMethod? Fast;
    public readonly string? Doc;

    /// <summary>The type that defines the method, for "list.append() takes ..." messages; null for module functions.</summary>
    public PyType? Owner;

    /// <summary>The module of a module-level function ("math"), for "math.sqrt() takes ..." messages;
    /// null for builtins (whose messages show the bare name) and for methods.</summary>
    public string? ModuleName;

    public MethodDef(string name, NoArgsMethod f, string? doc = null) { Name = name; Kind = MethodKind.NoArgs; NoArgs = f; Doc = doc; }
    public MethodDef(string name, OneArgMethod f, string? doc = null) { Name = name; Kind = MethodKind.OneArg; OneArg = f; Doc = doc; }
    public MethodDef(string name, FastMethod f, string? doc = null) { Name = name; Kind = MethodKind.Fast; Fast = f; Doc = doc; }

    /// <summary>"list.append" for a method, "len" for a function (the prefix of arity errors).</summary>
    public string QualifiedName => Owner is not null ? Owner.QualName + "." + Name : ModuleName is not null ? ModuleName + "." + Name : Name;

    /// <summary>Calls the function with <paramref name="self"/> bound.</summary>
    public PyObject? Invoke(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        switch (Kind)
        {
            case MethodKind.Fast:
                return Fast!(ts, self, args, kwnames);
            case MethodKind.OneArg:
                if (kwnames is not null && kwnames.Length > 0) return NoKeywords(ts);
                if (args.Length != 1)
                    return ts.TypeError($"{QualifiedName}() takes exactly one argument ({args.Length} given)");
                return OneArg!(ts, self, args[0]);
            default:
                if (kwnames is not null && kwnames.Length > 0) return NoKeywords(ts);
                if (args.Length != 0)
                    return ts.TypeError($"{QualifiedName}() takes no arguments ({args.Length} given)");
                return NoArgs!(ts, self);
        }
    }

    private PyObject? NoKeywords(ThreadState ts) => ts.TypeError($"{QualifiedName}() takes no keyword arguments");
}
