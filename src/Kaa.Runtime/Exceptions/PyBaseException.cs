namespace Kaa.Runtime;

/// <summary>
/// An exception instance (BaseException and every subclass without extra C-level fields): its
/// <c>args</c>, traceback, chaining links, an instance dict (created on first use, as CPython does, so
/// that <c>__reduce__</c> can tell whether one exists) and the <c>__slots__</c> values of Python subclasses.
/// Subclasses with extra fields (StopIteration, SystemExit, OSError, SyntaxError, ImportError,
/// AttributeError, NameError, the Unicode errors, exception groups) are C# subclasses in this folder;
/// <see cref="ExceptionSlots.Allocate"/> picks the class for a type.
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
    /// <summary>Set once <c>__dict__</c> itself was read or assigned (CPython then has a dict even if empty).</summary>
    internal bool DictExposed;
    private readonly PyObject?[]? _slots;

    public PyBaseException(PyType type, PyTuple args) : base(type)
    {
        Args = args;
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
    }

    public override PyDict? Dict
    {
        get => _dict ??= new PyDict();
        set => _dict = value;
    }

    /// <summary>
    /// The instance dict if CPython would have one by now (null otherwise): what <c>__reduce__</c> reports.
    /// Attribute lookups create ours on the fly, so "created" means non-empty or exposed as <c>__dict__</c>.
    /// </summary>
    public PyDict? DictIfCreated => _dict is not null && (DictExposed || _dict.Count > 0) ? _dict : null;

    public override Span<PyObject?> SlotValues => _slots;

    /// <summary>Creates a builtin exception type (see <see cref="PyExc"/>).</summary>
    internal static PyType CreateType(string name, PyType? @base, PyType? second)
    {
        var t = PyType.CreateBuiltin(name, @base ?? BuiltinTypes.Object,
            TypeFlags.BaseType | TypeFlags.HasInstanceDict | TypeFlags.BaseExceptionSubclass);
        if (second is not null) t.Bases = [t.Base!, second];
        return t;
    }

    /// <summary>Installs BaseException's slots and members and the subclasses' extra ones (before the types are readied).</summary>
    internal static void InstallAll()
    {
        ExceptionSlots.Install(PyExc.BaseException);
        PyStopIteration.Install(PyExc.StopIteration);
        PySystemExit.Install(PyExc.SystemExit);
        PyImportError.Install(PyExc.ImportError);
        PyAttributeError.Install(PyExc.AttributeError);
        PyNameError.Install(PyExc.NameError);
        PyOSError.Install(PyExc.OSError);
        PySyntaxError.Install(PyExc.SyntaxError);
        KeyErrorSlots.Install(PyExc.KeyError);
        PyUnicodeError.Install(PyExc.UnicodeError, PyExc.UnicodeEncodeError, PyExc.UnicodeDecodeError, PyExc.UnicodeTranslateError);
        PyBaseExceptionGroup.Install(PyExc.BaseExceptionGroup);
    }

    /// <summary>
    /// Makes an instance of <paramref name="type"/> with <paramref name="args"/> as a raise inside the
    /// runtime does: for builtin exception types by running their new and init slots directly (no
    /// attribute lookups), by calling the class otherwise (which runs its <c>__new__</c>/<c>__init__</c>).
    /// Null with the error set if the call fails.
    /// </summary>
    public static PyBaseException? Create(ThreadState ts, PyType type, PyTuple args)
    {
        if (!type.IsHeapType && ExceptionSlots.TryCreateBuiltin(ts, type, args, out var exc)) return exc;
        if (ts.HasError) return null;
        var obj = Protocols.CallObject(ts, type, args.Items, null);
        if (obj is null) return null;
        if (obj is PyBaseException e) return e;
        ts.SetError(PyExc.TypeError, $"calling {Protocols.ReprText(ts, type)} should have returned an instance of BaseException, not {obj.Type.Name}");
        return null;
    }

    public override string ToString() => $"<{Type.Name} {Args}>";
}
