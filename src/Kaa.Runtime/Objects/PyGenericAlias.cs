namespace Kaa.Runtime;

/// <summary>
/// <c>types.GenericAlias</c> (PEP 585): what <c>list[int]</c> evaluates to. Subclassable (collections.abc
/// derives its Callable alias from it).
/// </summary>
public class PyGenericAlias : PyObject
{
    public PyObject Origin { get; private set; } = PyNone.Instance;

    /// <summary><c>__args__</c>: always a tuple.</summary>
    public PyTuple Args { get; private set; } = PyTuple.Empty;

    /// <summary><c>__unpacked__</c>: a starred alias (<c>*tuple[int]</c>).</summary>
    public bool Starred;

    /// <summary><c>__parameters__</c>, computed on first use.</summary>
    internal PyTuple? Parameters;

    protected PyGenericAlias(PyType type) : base(type) { }

    /// <summary>Py_GenericAlias(origin, args): a non-tuple <paramref name="args"/> is one argument.</summary>
    public static PyGenericAlias Create(PyObject origin, PyObject args)
    {
        var ga = new PyGenericAlias(BuiltinTypes.GenericAlias);
        ga.Setup(origin, args);
        return ga;
    }

    internal static PyGenericAlias Allocate(PyType type)
        => type == BuiltinTypes.GenericAlias ? new PyGenericAlias(type) : new Derived(type);

    internal void Setup(PyObject origin, PyObject args)
    {
        Origin = origin;
        Args = args is PyTuple t ? t : PyTuple.Create(args);
        Parameters = null;
    }

    internal sealed class Derived : PyGenericAlias
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }

    internal static void Install(PyType type) => GenericAliasSlots.Install(type);
}

/// <summary><c>generic_alias_iterator</c>: <c>iter(tuple[int])</c> yields the starred alias once (for
/// <c>*tuple[int]</c> in subscripts).</summary>
public sealed class PyGenericAliasIterator : PyObject
{
    internal PyGenericAlias? Alias;

    public PyGenericAliasIterator(PyGenericAlias alias) : base(BuiltinTypes.GenericAliasIterator) => Alias = alias;

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var it = (PyGenericAliasIterator)self;
            if (it.Alias is not { } alias) return null;
            it.Alias = null;
            var starred = PyGenericAlias.Create(alias.Origin, alias.Args);
            starred.Starred = true;
            return starred;
        };
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var it = (PyGenericAliasIterator)self;
            var iter = ts.Interp.Builtins.GetStr("iter")!;
            return PyTuple.Create([iter, PyTuple.Create((PyObject?)it.Alias ?? PyTuple.Empty)]);
        });
    }
}
