namespace Kaa.Runtime;

/// <summary><c>classmethod_descriptor</c>: a builtin type's class method (<c>dict.fromkeys</c>); binds to the class.</summary>
public sealed class PyClassMethodDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly MethodDef Def;

    public PyClassMethodDescriptor(PyType owner, MethodDef def) : base(BuiltinTypes.ClassMethodDescriptor)
    {
        Owner = owner;
        Def = def;
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var d = (PyClassMethodDescriptor)self;
            return PyBuiltinFunction.ReduceAsGetAttr(ts, d.Owner, d.Def.Name);
        });
        type.DescrGet = static (ts, self, instance, owner) =>
        {
            var d = (PyClassMethodDescriptor)self;
            var cls = owner as PyType ?? instance?.Type ?? d.Owner;
            if (!cls.IsSubtypeOf(d.Owner))
                return ts.TypeError($"descriptor '{d.Def.Name}' for type '{d.Owner.Name}' doesn't apply to type '{cls.Name}'");
            return new PyBuiltinFunction(d.Def, cls);
        };
        type.Call = static (ts, self, args, kw) =>
        {
            var d = (PyClassMethodDescriptor)self;
            if (args.Length - (kw?.Length ?? 0) < 1 || args[0] is not PyType cls)
                return ts.TypeError($"descriptor '{d.Def.Name}' of '{d.Owner.Name}' object needs a type");
            return d.Def.Invoke(ts, cls, args[1..], kw);
        };
        type.Repr = static (ts, self) =>
        {
            var d = (PyClassMethodDescriptor)self;
            return PyStr.Create($"<method '{d.Def.Name}' of '{d.Owner.Name}' objects>");
        };
        type.AddGetSet("__name__", static (ts, self) => PyStr.Create(((PyClassMethodDescriptor)self).Def.Name));
        type.AddGetSet("__text_signature__", static (ts, self) => TextSignatures.ForMethod(((PyClassMethodDescriptor)self).Owner, ((PyClassMethodDescriptor)self).Def.Name));
        type.AddGetSet("__objclass__", static (ts, self) => ((PyClassMethodDescriptor)self).Owner);
    }
}
