namespace Kaa.Runtime;

/// <summary><c>_contextvars.Token</c>: what ContextVar.set returns, to undo the set once with reset().</summary>
internal sealed class PyContextToken : PyObject
{
    /// <summary><c>Token.MISSING</c>: the old value of a variable that had none.</summary>
    internal static readonly PyObject Missing = new MissingMarker();

    // After Missing: Install stores it in the type.
    internal static readonly PyType TypeObject = PyType.CreateStatic("_contextvars.Token", (PyType?)null, TypeFlags.None, Install);

    public readonly PyContext Context;
    public readonly PyContextVar Var;
    public readonly PyObject OldValue;
    public bool Used;

    public PyContextToken(PyContext context, PyContextVar var, PyObject oldValue) : base(TypeObject)
    {
        Context = context;
        Var = var;
        OldValue = oldValue;
    }

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => ts.RuntimeError("Tokens can only be created by ContextVars");
        type.Repr = static (ts, self) =>
        {
            var t = (PyContextToken)self;
            if (Protocols.Repr(ts, t.Var) is not PyStr vr) return null;
            return new PyStrBuilder().Append(t.Used ? "<Token used var=" : "<Token var=").Append(vr)
                .Append($" at {Protocols.AddressOf(ts, self)}>").ToPyStr();
        };
        type.AddGetSet("var", static (ts, self) => ((PyContextToken)self).Var);
        type.AddGetSet("old_value", static (ts, self) => ((PyContextToken)self).OldValue);
        type.AddAttribute("MISSING", Missing);
        GenericAliasSlots.AddClassGetItem(type);
    }

    /// <summary>The type of <c>Token.MISSING</c> (<c>&lt;class 'Token.MISSING'&gt;</c>).</summary>
    private sealed class MissingMarker : PyObject
    {
        private static readonly PyType s_type = PyType.CreateStatic("Token.MISSING", (PyType?)null, TypeFlags.None, static t =>
        {
            t.Repr = static (ts, self) => PyStr.Intern("<Token.MISSING>");
        });

        public MissingMarker() : base(s_type) { }
    }
}
