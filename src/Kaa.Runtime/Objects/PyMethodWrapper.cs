namespace Kaa.Runtime;

/// <summary><c>method-wrapper</c>: a slot wrapper bound to an instance (<c>(1).__add__</c>).</summary>
public sealed class PyMethodWrapper : PyObject
{
    public readonly PyWrapperDescriptor Descriptor;
    public readonly PyObject Self;

    public PyMethodWrapper(PyWrapperDescriptor descriptor, PyObject self) : base(BuiltinTypes.MethodWrapper)
    {
        Descriptor = descriptor;
        Self = self;
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var d = (PyMethodWrapper)self;
            return PyBuiltinFunction.ReduceAsGetAttr(ts, d.Self, d.Descriptor.Name);
        });
        type.Call = static (ts, self, args, kw) =>
        {
            var w = (PyMethodWrapper)self;
            return w.Descriptor.Wrapper(ts, w.Self, args, kw);
        };
        type.Repr = static (ts, self) =>
        {
            var w = (PyMethodWrapper)self;
            return PyStr.Create($"<method-wrapper '{w.Descriptor.Name}' of {w.Self.Type.Name} object at {Protocols.AddressOf(ts, w.Self)}>");
        };
        type.AddGetSet("__self__", static (ts, self) => ((PyMethodWrapper)self).Self);
        type.AddGetSet("__doc__", static (ts, self) => CPythonSlotDocs.ByName.TryGetValue(((PyMethodWrapper)self).Descriptor.Name, out var doc) ? PyStr.Create(doc) : PyNone.Instance);
        type.AddGetSet("__text_signature__", static (ts, self) => TextSignatures.ForMethod(((PyMethodWrapper)self).Descriptor.Owner, ((PyMethodWrapper)self).Descriptor.Name));
        type.AddGetSet("__objclass__", static (ts, self) => ((PyMethodWrapper)self).Descriptor.Owner);
        type.AddGetSet("__qualname__", static (ts, self) => PyStr.Create(((PyMethodWrapper)self).Descriptor.Owner.QualName + "." + ((PyMethodWrapper)self).Descriptor.Name));
        type.RichCompare = static (ts, a, b, op) =>
        {
            // Equal when the same wrapper is bound to the same object (wrapper_richcompare).
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || a is not PyMethodWrapper x || b is not PyMethodWrapper y) return PyNotImplemented.Instance;
            bool eq = ReferenceEquals(x.Descriptor, y.Descriptor) && ReferenceEquals(x.Self, y.Self);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        type.Hash = static (ts, self) =>
        {
            var w = (PyMethodWrapper)self;
            long h = (ts.Interp.IdOf(w.Self) >> 4) ^ (ts.Interp.IdOf(w.Descriptor) >> 4);
            return h == -1 ? -2 : h;
        };
        type.AddGetSet("__name__", static (ts, self) => PyStr.Intern(((PyMethodWrapper)self).Descriptor.Name));
    }
}
