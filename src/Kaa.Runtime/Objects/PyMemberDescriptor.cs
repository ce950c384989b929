namespace Kaa.Runtime;

/// <summary>
/// <c>member_descriptor</c>: one <c>__slots__</c> entry of a class, stored at <see cref="Index"/> in the
/// instance's <see cref="PyObject.SlotValues"/>; or a field of a builtin type (CPython's PyMemberDef), read
/// and written through <see cref="Get"/>/<see cref="Set"/> (Index is -1).
/// </summary>
public sealed class PyMemberDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly int Index;
    private readonly Getter? Get;
    private readonly Setter? Set;
    private readonly string? Doc;

    public PyMemberDescriptor(PyType owner, string name, int index) : base(BuiltinTypes.MemberDescriptor)
    {
        Owner = owner;
        Name = name;
        Index = index;
    }

    public PyMemberDescriptor(PyType owner, string name, Getter get, Setter? set, string? doc) : base(BuiltinTypes.MemberDescriptor)
    {
        Owner = owner;
        Name = name;
        Index = -1;
        Get = get;
        Set = set;
        Doc = doc;
    }

    private bool CheckInstance(ThreadState ts, PyObject instance)
    {
        if (instance.Type.IsSubtypeOf(Owner) && (Index < 0 || Index < instance.SlotValues.Length)) return true;
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
            if (d.Get is { } get) return get(ts, instance);
            return instance.SlotValues[d.Index] ?? ts.AttributeError($"'{instance.Type.Name}' object has no attribute '{d.Name}'");
        };
        type.DescrSet = static (ts, self, instance, value) =>
        {
            var d = (PyMemberDescriptor)self;
            if (!d.CheckInstance(ts, instance)) return -1;
            if (d.Index < 0)
            {
                if (d.Set is { } set) return set(ts, instance, value);
                ts.SetError(PyExc.AttributeError, "readonly attribute");
                return -1;
            }
            var slots = instance.SlotValues;
            if (value is null && slots[d.Index] is null)
            {
                // Deleting an unset slot names only the slot (structmember.c).
                ts.SetError(PyExc.AttributeError, d.Name);
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
        type.AddGetSet("__qualname__", static (ts, self) => PyStr.Create(((PyMemberDescriptor)self).Owner.QualName + "." + ((PyMemberDescriptor)self).Name));
        type.AddGetSet("__objclass__", static (ts, self) => ((PyMemberDescriptor)self).Owner);
        type.AddGetSet("__doc__", static (ts, self) => ((PyMemberDescriptor)self).Doc is { } doc ? PyStr.Create(doc) : PyNone.Instance);
    }
}
