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
        type.AddGetSet("__name__", static (ts, self) => PyStr.Intern(((PyMethodWrapper)self).Descriptor.Name));
    }
}
