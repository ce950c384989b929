namespace Kaa.Runtime;

/// <summary><c>_contextvars.ContextVar</c>: a name, an optional default, and get/set/reset on the current context.</summary>
internal sealed class PyContextVar : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_contextvars.ContextVar", (PyType?)null, TypeFlags.None, Install);

    public readonly PyStr Name;
    public readonly PyObject? Default;

    public PyContextVar(PyStr name, PyObject? @default) : base(TypeObject)
    {
        Name = name;
        Default = @default;
    }

    private static readonly ArgSpec s_new = new("ContextVar", ["name", "default"], required: 1, positionalOnly: 1);

    /// <summary>ContextVar.get: the value in the current context, else the given default, else the variable's
    /// default; null with LookupError when none.</summary>
    public PyObject? Get(ThreadState ts, PyObject? fallback)
    {
        if (PyContext.Current(ts).TryGet(this, out var value)) return value;
        if (fallback is not null) return fallback;
        if (Default is not null) return Default;
        ts.SetError(PyExc.LookupError, PyTuple.Create(this));
        return null;
    }

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_new.Parse(ts, args, kw, a)) return null;
            if (a[0] is not PyStr name) return ts.TypeError("context variable name must be a str");
            return new PyContextVar(name, a[1]);
        };
        type.Repr = static (ts, self) =>
        {
            var v = (PyContextVar)self;
            var sb = new PyStrBuilder().Append("<ContextVar name=");
            if (Protocols.Repr(ts, v.Name) is not PyStr nr) return null;
            sb.Append(nr);
            if (v.Default is not null)
            {
                if (Protocols.Repr(ts, v.Default) is not PyStr dr) return null;
                sb.Append(" default=").Append(dr);
            }
            return sb.Append($" at {Protocols.AddressOf(ts, self)}>").ToPyStr();
        };
        type.AddGetSet("name", static (ts, self) => ((PyContextVar)self).Name);
        type.AddMethod("get", static (ts, self, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("get() takes no keyword arguments");
            if (args.Length > 1) return ts.TypeError($"get expected at most 1 argument, got {args.Length}");
            return ((PyContextVar)self).Get(ts, args.Length == 1 ? args[0] : null);
        });
        type.AddMethod("set", static (ts, self, value) =>
        {
            var v = (PyContextVar)self;
            var ctx = PyContext.Current(ts);
            var old = ctx.TryGet(v, out var o) ? o : PyContextToken.Missing;
            ctx.Set(v, value);
            return new PyContextToken(ctx, v, old);
        });
        type.AddMethod("reset", static (ts, self, arg) =>
        {
            var v = (PyContextVar)self;
            if (arg is not PyContextToken token)
                return ts.TypeError($"expected an instance of Token, got {Protocols.ReprText(ts, arg)}");
            if (token.Used) return ts.RuntimeError($"{Protocols.ReprText(ts, token)} has already been used once");
            if (!ReferenceEquals(token.Var, v)) return ts.ValueError($"{Protocols.ReprText(ts, token)} was created by a different ContextVar");
            var ctx = PyContext.Current(ts);
            if (!ReferenceEquals(token.Context, ctx)) return ts.ValueError($"{Protocols.ReprText(ts, token)} was created in a different Context");
            token.Used = true;
            if (ReferenceEquals(token.OldValue, PyContextToken.Missing)) ctx.Delete(v);
            else ctx.Set(v, token.OldValue);
            return PyNone.Instance;
        });
        GenericAliasSlots.AddClassGetItem(type);
    }
}
