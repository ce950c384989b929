namespace Kaa.Runtime;

/// <summary>
/// <c>member_descriptor</c>: one <c>__slots__</c> entry of a class, stored at <see cref="Index"/> in the
/// instance's <see cref="PyObject.SlotValues"/>.
/// </summary>
public sealed class PyMemberDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly int Index;

    public PyMemberDescriptor(PyType owner, string name, int index) : base(BuiltinTypes.MemberDescriptor)
    {
        Owner = owner;
        Name = name;
        Index = index;
    }

    private bool CheckInstance(ThreadState ts, PyObject instance)
    {
        if (instance.Type.IsSubtypeOf(Owner) && instance.SlotValues is { } s && Index < s.Length) return true;
        ts.SetError(PyExc.TypeError, $"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
        return false;
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.DescrGet = static (ts, self, instance, owner) =>
        {
            var d = (PyMemberDescriptor)self;
            if (instance is null) return d;
            if (!d.CheckInstance(ts, instance)) return null;
            return instance.SlotValues![d.Index] ?? ts.AttributeError($"'{d.Owner.Name}' object has no attribute '{d.Name}'");
        };
        type.DescrSet = static (ts, self, instance, value) =>
        {
            var d = (PyMemberDescriptor)self;
            if (!d.CheckInstance(ts, instance)) return -1;
            var slots = instance.SlotValues!;
            if (value is null && slots[d.Index] is null)
            {
                ts.SetError(PyExc.AttributeError, $"'{d.Owner.Name}' object has no attribute '{d.Name}'");
                return -1;
            }
            slots[d.Index] = value;
            return 0;
        };
        type.Repr = static (ts, self) =>
        {
            var d = (PyMemberDescriptor)self;
            return PyStr.Create($"<member '{d.Name}' of '{d.Owner.Name}' objects>");
        };
        type.AddGetSet("__name__", static (ts, self) => PyStr.Create(((PyMemberDescriptor)self).Name));
        type.AddGetSet("__objclass__", static (ts, self) => ((PyMemberDescriptor)self).Owner);
    }
}
