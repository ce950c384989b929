namespace Kaa.Runtime;

/// <summary><c>wrapper_descriptor</c>: a builtin type's slot seen as a method (<c>int.__add__</c>).</summary>
public sealed class PyWrapperDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    /// <summary>Calls the slot with self and the Python-level arguments.</summary>
    public readonly FastMethod Wrapper;
    /// <summary>The slot function this wrapper exposes (update_one_slot uses it directly for subclasses).</summary>
    public Delegate? Wrapped;
    /// <summary>The slot the wrapped function belongs to.</summary>
    internal SlotField? Field;

    public PyWrapperDescriptor(PyType owner, string name, FastMethod wrapper) : base(BuiltinTypes.WrapperDescriptor)
    {
        Owner = owner;
        Name = name;
        Wrapper = wrapper;
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var d = (PyWrapperDescriptor)self;
            return PyBuiltinFunction.ReduceAsGetAttr(ts, d.Owner, d.Name);
        });
        type.DescrGet = static (ts, self, instance, owner) =>
        {
            var d = (PyWrapperDescriptor)self;
            if (instance is null) return d;
            if (!instance.Type.IsSubtypeOf(d.Owner))
                return ts.TypeError($"descriptor '{d.Name}' for '{d.Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
            return new PyMethodWrapper(d, instance);
        };
        type.Call = static (ts, self, args, kw) =>
        {
            var d = (PyWrapperDescriptor)self;
            if (args.Length - (kw?.Length ?? 0) < 1)
                return ts.TypeError($"descriptor '{d.Name}' of '{d.Owner.Name}' object needs an argument");
            if (!args[0].Type.IsSubtypeOf(d.Owner))
                return ts.TypeError($"descriptor '{d.Name}' requires a '{d.Owner.Name}' object but received a '{args[0].Type.Name}'");
            return d.Wrapper(ts, args[0], args[1..], kw);
        };
        type.Repr = static (ts, self) =>
        {
            var d = (PyWrapperDescriptor)self;
            return PyStr.Create($"<slot wrapper '{d.Name}' of '{d.Owner.Name}' objects>");
        };
        type.AddGetSet("__name__", static (ts, self) => PyStr.Intern(((PyWrapperDescriptor)self).Name));
        type.AddGetSet("__qualname__", static (ts, self) => PyStr.Create(((PyWrapperDescriptor)self).Owner.QualName + "." + ((PyWrapperDescriptor)self).Name));
        type.AddGetSet("__doc__", static (ts, self) => CPythonSlotDocs.ByName.TryGetValue(((PyWrapperDescriptor)self).Name, out var doc) ? PyStr.Create(doc) : PyNone.Instance);
        type.AddGetSet("__text_signature__", static (ts, self) => TextSignatures.ForMethod(((PyWrapperDescriptor)self).Owner, ((PyWrapperDescriptor)self).Name));
        type.AddGetSet("__objclass__", static (ts, self) => ((PyWrapperDescriptor)self).Owner);
    }
}
