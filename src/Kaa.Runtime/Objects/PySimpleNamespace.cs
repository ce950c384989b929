namespace Kaa.Runtime;

/// <summary>
/// <c>types.SimpleNamespace</c> (Objects/namespaceobject.c): an object whose attributes live in its dict,
/// built from keyword arguments, shown as <c>namespace(a=1, b=2)</c>, equal when the dicts are equal.
/// Used for <c>sys.implementation</c>.
/// </summary>
public sealed class PySimpleNamespace : PyObject
{
    private PyDict _dict = new();

    public PySimpleNamespace(PyType type) : base(type) { }

    public override PyDict? Dict
    {
        get => _dict;
        set => _dict = value!;
    }

    /// <summary>The process-wide type (created on first use, after the builtin types).</summary>
    public static PyType TypeObject => Holder.Type;

    public static PySimpleNamespace Create() => new(Holder.Type);

    private static class Holder
    {
        internal static readonly PyType Type = Make();

        private static PyType Make()
        {
            var type = PyType.CreateBuiltin("types.SimpleNamespace", BuiltinTypes.Object, TypeFlags.BaseType | TypeFlags.HasInstanceDict);
            type.New = static (ts, t, args, kw) => new PySimpleNamespace(t);
            type.Init = static (ts, self, args, kw) =>
            {
                int npos = args.Length - (kw?.Length ?? 0);
                if (npos > 0)
                {
                    ts.SetError(PyExc.TypeError, $"no positional arguments expected");
                    return -1;
                }
                var d = self.Dict!;
                for (int i = 0; i < (kw?.Length ?? 0); i++) d.SetStr((PyStr)kw!.Items[i], args[npos + i]);
                return 0;
            };
            type.Repr = static (ts, self) =>
            {
                string name = self.Type == Type ? "namespace" : self.Type.Name;
                if (!ts.EnterNative(" while getting the repr of an object")) return null;
                try
                {
                    var sb = new PyStrBuilder().Append(name).Append("(");
                    int pos = 0;
                    bool first = true;
                    var d = self.Dict!;
                    while (d.Next(ref pos, out var k, out var v))
                    {
                        if (k is not PyStr key) continue;
                        if (!first) sb.Append(", ");
                        first = false;
                        if (Protocols.Repr(ts, v) is not PyStr r) return null;
                        sb.Append(key).Append("=").Append(r);
                    }
                    return sb.Append(")").ToPyStr();
                }
                finally { ts.LeaveNative(); }
            };
            type.RichCompare = static (ts, a, b, op) =>
            {
                if ((op != CompareOp.Eq && op != CompareOp.Ne) || b is not PySimpleNamespace) return PyNotImplemented.Instance;
                return Protocols.RichCompare(ts, a.Dict!, b.Dict!, op);
            };
            type.AddGetSet("__dict__", static (ts, self) => self.Dict!);
            // (type(ns), (), ns.__dict__): what copy and pickle rebuild a namespace from.
            type.AddMethod("__reduce__", static (ts, self) => PyTuple.Create([self.Type, PyTuple.Empty, self.Dict!]));
            type.Ready();
            return type;
        }
    }
}
