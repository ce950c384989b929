namespace Kaa.Runtime;

/// <summary>One node class of <c>_ast</c>: its base, fields, attributes, optional fields (None on the class).</summary>
internal sealed record AstNodeSpec(string Name, string Base, string[] Fields, string[]? Attributes, string[] NoneDefaults, string Doc, bool Weakref);

/// <summary>
/// The <c>_ast</c> module (Python/Python-ast.c): <c>AST</c> and its node classes, which ast.py re-exports.
/// As in CPython the node classes are ordinary classes made per interpreter (ast.py adds properties to
/// them); <c>AST</c> itself is builtin and gives every node its constructor and pickling.
/// The classes themselves live in <see cref="AstState"/> (one set per interpreter, shared with compile()).
/// </summary>
internal static partial class AstModule
{
    public const int PyCF_ONLY_AST = 0x400, PyCF_TYPE_COMMENTS = 0x1000, PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    internal static readonly PyType AstType = PyType.CreateStatic("ast.AST", (PyType?)null,
        TypeFlags.BaseType | TypeFlags.HasInstanceDict, InstallAst);

    internal static PyModule? Create(ThreadState ts)
    {
        var state = AstState.Get(ts);
        if (state is null) return null;
        var m = PyModule.Create("_ast");
        m.Set("AST", AstType);
        m.Set("PyCF_ONLY_AST", PyInt.Create(PyCF_ONLY_AST));
        m.Set("PyCF_TYPE_COMMENTS", PyInt.Create(PyCF_TYPE_COMMENTS));
        m.Set("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.Create(PyCF_ALLOW_TOP_LEVEL_AWAIT));
        foreach (var spec in s_nodes) m.Set(spec.Name, state.Class(spec.Name));
        return m;
    }

    /// <summary>Every node class of _ast, bases first (AstNodeTable.g.cs).</summary>
    internal static ReadOnlySpan<AstNodeSpec> NodeSpecs => s_nodes;

    private static void InstallAst(PyType type)
    {
        type.AddAttribute("__module__", PyStr.Intern("ast"));
        type.AddAttribute("_fields", PyTuple.Empty);
        type.AddAttribute("_attributes", PyTuple.Empty);
        type.AddAttribute("__match_args__", PyTuple.Empty);
        type.New = static (ts, t, args, kw) => new PyAstNode(t);
        // ast_type_init: positional arguments fill _fields in order, keywords set any attribute.
        type.Init = static (ts, self, args, kw) =>
        {
            var fields = Protocols.LookupAttr(ts, self.Type, "_fields");
            if (ts.HasError) return -1;
            var names = fields is null ? [] : Protocols.ToList(ts, fields);
            if (names is null) return -1;
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos > names.Count)
            {
                ts.SetError(PyExc.TypeError, $"{self.Type.Name} constructor takes at most {names.Count} positional argument{(names.Count == 1 ? "" : "s")}");
                return -1;
            }
            for (int i = 0; i < npos; i++)
            {
                if (names[i] is not PyStr name) { ts.SetError(PyExc.TypeError, "_fields must contain strings"); return -1; }
                if (Protocols.SetAttr(ts, self, name, args[i]) < 0) return -1;
            }
            for (int i = 0; i < (kw?.Length ?? 0); i++)
            {
                var key = (PyStr)kw!.Items[i];
                for (int p = 0; p < npos; p++)
                {
                    if (names[p] is PyStr field && field.EqualsStr(key))
                    {
                        ts.SetError(PyExc.TypeError, $"{self.Type.Name} got multiple values for argument '{key}'");
                        return -1;
                    }
                }
                if (Protocols.SetAttr(ts, self, key, args[npos + i]) < 0) return -1;
            }
            return 0;
        };
        type.AddGetSet("__dict__", static (ts, self) => self.Dict!, static (ts, self, value) =>
        {
            if (value is null)
            {
                ts.SetError(PyExc.TypeError, "cannot delete __dict__");
                return -1;
            }
            if (value is not PyDict d)
            {
                ts.SetError(PyExc.TypeError, $"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
                return -1;
            }
            self.Dict = d;
            return 0;
        });
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var dict = self.Dict;
            return dict is { Count: > 0 }
                ? PyTuple.Create([self.Type, PyTuple.Empty, dict])
                : PyTuple.Create([self.Type, PyTuple.Empty]);
        });
    }
}

/// <summary>An instance of <c>ast.AST</c> or of a node class: its fields live in its dict.</summary>
internal sealed class PyAstNode : PyObject
{
    private PyDict? _dict = new();
    private readonly PyObject?[]? _slots;

    public PyAstNode(PyType type) : base(type)
    {
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
    }

    public override PyDict? Dict { get => _dict; set => _dict = value; }
    public override Span<PyObject?> SlotValues => _slots;
}
