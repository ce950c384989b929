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

    /// <summary>classmethod_get: the method bound to <paramref name="cls"/>, which must be a subtype of the
    /// owner (the method's C code takes it for one).</summary>
    private PyObject? Bind(ThreadState ts, PyObject? cls)
    {
        if (cls is null)
            return ts.TypeError($"descriptor '{Def.Name}' for type '{Owner.Name}' needs either an object or a type");
        if (cls is not PyType t)
            return ts.TypeError($"descriptor '{Def.Name}' for type '{Owner.Name}' needs a type, not a '{cls.Type.Name}' as arg 2");
        if (!t.IsSubtypeOf(Owner))
            return ts.TypeError($"descriptor '{Def.Name}' requires a subtype of '{Owner.Name}' but received '{t.Name}'");
        return new PyBuiltinFunction(Def, t);
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
            return d.Bind(ts, owner ?? instance?.Type);
        };
        type.Call = static (ts, self, args, kw) =>
        {
            var d = (PyClassMethodDescriptor)self;
            if (args.Length - (kw?.Length ?? 0) < 1)
                return ts.TypeError($"descriptor '{d.Def.Name}' of '{d.Owner.Name}' object needs an argument");
            var bound = d.Bind(ts, args[0]);
            return bound is null ? null : d.Def.Invoke(ts, args[0], args[1..], kw);
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
