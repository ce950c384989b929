namespace Kaa.Runtime;

/// <summary>
/// The per-interpreter state of <c>_ast</c> (CPython's <c>struct ast_state</c>): the node classes, made
/// once per interpreter and shared by every <c>_ast</c> module object and by compile(), and the shared
/// instances CPython hands out for the field-less nodes (<c>Load()</c>, <c>Add()</c>, ...).
/// </summary>
internal sealed class AstState
{
    private Dictionary<string, PyType>? _classes;
    private Dictionary<string, PyObject>? _singletons;

    /// <summary>The node classes by name (null before <see cref="Ensure"/> succeeded).</summary>
    public IReadOnlyDictionary<string, PyType> Classes => _classes!;

    /// <summary>The node class <paramref name="name"/> (the state is initialised).</summary>
    public PyType Class(string name) => _classes![name];

    /// <summary>The shared instance of the field-less node <paramref name="name"/> (Load, Store, Add, Eq, ...).</summary>
    public PyObject Singleton(string name) => _singletons![name];

    /// <summary>The state of <paramref name="ts"/>'s interpreter, its classes made on first use; null with the error set.</summary>
    public static AstState? Get(ThreadState ts)
    {
        var state = ts.Interp.GetModuleState<AstState>();
        return state._classes is not null || state.Initialise(ts) ? state : null;
    }

    private bool Initialise(ThreadState ts)
    {
        var made = new Dictionary<string, PyType>(StringComparer.Ordinal) { ["AST"] = AstModule.AstType };
        var singletons = new Dictionary<string, PyObject>(StringComparer.Ordinal);
        foreach (var spec in AstModule.NodeSpecs)
        {
            var ns = new PyDict();
            ns.SetStr("__module__", PyStr.Intern("ast"));
            ns.SetStr("__doc__", PyStr.Create(spec.Doc));
            var fields = Names(spec.Fields);
            ns.SetStr("_fields", fields);
            ns.SetStr("__match_args__", fields);
            if (spec.Attributes is not null) ns.SetStr("_attributes", Names(spec.Attributes));
            foreach (var name in spec.NoneDefaults) ns.SetStr(name, PyNone.Instance);
            var cls = Protocols.Call(ts, BuiltinTypes.Type, [PyStr.Intern(spec.Name), PyTuple.Create(made[spec.Base]), ns], null);
            if (cls is null) return false;
            var type = (PyType)cls;
            made[spec.Name] = type;
            // Constructors of the operator and context sums have no fields: CPython shares one instance of each.
            if (spec.Fields.Length == 0 && spec.Attributes is null && spec.Base is "expr_context" or "boolop" or "operator" or "unaryop" or "cmpop")
                singletons[spec.Name] = new PyAstNode(type);
        }
        _singletons = singletons;
        _classes = made;
        return true;
    }

    private static PyTuple Names(string[] names) => PyTuple.Create([.. names.Select(n => (PyObject)PyStr.Intern(n))]);
}
