namespace Kaa.Runtime;

/// <summary>
/// An exception instance (BaseException and every subclass without extra C-level fields): its
/// <c>args</c>, traceback, chaining links and an instance dict (which holds <c>__notes__</c>).
/// Subclasses with extra fields (StopIteration, SystemExit, OSError, SyntaxError, ImportError,
/// AttributeError, NameError, KeyError's str, the Unicode errors, exception groups) are C# subclasses
/// in this folder.
/// </summary>
public class PyBaseException : PyObject
{
    public PyTuple Args;
    public PyTraceback? Traceback;
    /// <summary><c>__cause__</c> (raise ... from ...), null for None.</summary>
    public PyBaseException? Cause;
    /// <summary><c>__context__</c>: the exception being handled when this one was raised.</summary>
    public PyBaseException? Context;
    public bool SuppressContext;
    private PyDict? _dict;

    public PyBaseException(PyType type, PyTuple args) : base(type) => Args = args;

    public override PyDict? Dict
    {
        get => _dict ??= new PyDict();
        set => _dict = value;
    }

    /// <summary>Creates a builtin exception type (see <see cref="PyExc"/>).</summary>
    internal static PyType CreateType(string name, PyType? @base, PyType? second)
    {
        var t = PyType.CreateBuiltin(name, @base ?? BuiltinTypes.Object,
            TypeFlags.BaseType | TypeFlags.HasInstanceDict | TypeFlags.BaseExceptionSubclass);
        if (second is not null) t.Bases = [t.Base!, second];
        return t;
    }

    /// <summary>Installs BaseException's slots and members and the subclasses' extra ones.</summary>
    internal static void InstallAll()
    {
        ExceptionSlots.Install(PyExc.BaseException);
    }

    /// <summary>
    /// Makes an instance of <paramref name="type"/> with <paramref name="args"/> as a raise inside the
    /// runtime does: directly for builtin exception types, by calling the class otherwise (which runs
    /// its <c>__new__</c>/<c>__init__</c>). Null with the error set if the call fails.
    /// </summary>
    public static PyBaseException? Create(ThreadState ts, PyType type, PyTuple args)
    {
        if (!type.IsHeapType && ExceptionSlots.TryCreateBuiltin(type, args, out var exc)) return exc;
        var obj = Protocols.CallObject(ts, type, args.Items, null);
        if (obj is null) return null;
        if (obj is PyBaseException e) return e;
        ts.SetError(PyExc.TypeError, $"calling {type.Name} should have returned an instance of BaseException, not {obj.Type.Name}");
        return null;
    }

    public override string ToString() => $"<{Type.Name} {Args}>";
}
