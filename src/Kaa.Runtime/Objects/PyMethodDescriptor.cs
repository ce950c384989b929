namespace Kaa.Runtime;

/// <summary>
/// <c>method_descriptor</c>: a builtin type's method as found on the class (<c>list.append</c>). Calling
/// it takes the instance as the first argument; getting it through an instance binds it into a
/// <see cref="PyBuiltinFunction"/>.
/// </summary>
public sealed class PyMethodDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly MethodDef Def;

    public PyMethodDescriptor(PyType owner, MethodDef def) : base(BuiltinTypes.MethodDescriptor)
    {
        Owner = owner;
        Def = def;
    }

    /// <summary>Calls with <paramref name="self"/> checked to be an instance of the owner.</summary>
    public PyObject? CallBound(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!self.Type.IsSubtypeOf(Owner))
            return ts.TypeError($"descriptor '{Def.Name}' for '{Owner.Name}' objects doesn't apply to a '{self.Type.Name}' object");
        return Def.Invoke(ts, self, args, kwnames);
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var d = (PyMethodDescriptor)self;
            return PyBuiltinFunction.ReduceAsGetAttr(ts, d.Owner, d.Def.Name);
        });
        type.Call = static (ts, self, args, kw) =>
        {
            var d = (PyMethodDescriptor)self;
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos < 1)
                return ts.TypeError($"unbound method {d.Owner.Name}.{d.Def.Name}() needs an argument");
            if (!args[0].Type.IsSubtypeOf(d.Owner))
                return ts.TypeError($"descriptor '{d.Def.Name}' for '{d.Owner.Name}' objects doesn't apply to a '{args[0].Type.Name}' object");
            return d.Def.Invoke(ts, args[0], args[1..], kw);
        };
        type.DescrGet = static (ts, self, instance, owner) =>
        {
            var d = (PyMethodDescriptor)self;
            if (instance is null) return d;
            if (!instance.Type.IsSubtypeOf(d.Owner))
                return ts.TypeError($"descriptor '{d.Def.Name}' for '{d.Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
            return new PyBuiltinFunction(d.Def, instance);
        };
        type.Repr = static (ts, self) =>
        {
            var d = (PyMethodDescriptor)self;
            return PyStr.Create($"<method '{d.Def.Name}' of '{d.Owner.Name}' objects>");
        };
        type.AddGetSet("__name__", static (ts, self) => PyStr.Create(((PyMethodDescriptor)self).Def.Name));
        type.AddGetSet("__qualname__", static (ts, self) =>
        {
            var d = (PyMethodDescriptor)self;
            return PyStr.Create(d.Owner.QualName + "." + d.Def.Name);
        });
        type.AddGetSet("__text_signature__", static (ts, self) => TextSignatures.ForMethod(((PyMethodDescriptor)self).Owner, ((PyMethodDescriptor)self).Def.Name));
        type.AddGetSet("__objclass__", static (ts, self) => ((PyMethodDescriptor)self).Owner);
        type.AddGetSet("__doc__", static (ts, self) => ((PyMethodDescriptor)self).Def.Doc is { } doc ? PyStr.Create(doc) : PyNone.Instance);
    }
}
