namespace Kaa.Runtime;

/// <summary><c>getset_descriptor</c>: a computed attribute of a builtin type (<c>function.__name__</c>).</summary>
public sealed class PyGetSetDescriptor : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly Getter Get;
    public readonly Setter? Set;
    public readonly string? Doc;

    public PyGetSetDescriptor(PyType owner, string name, Getter get, Setter? set, string? doc) : base(BuiltinTypes.GetSetDescriptor)
    {
        Owner = owner;
        Name = name;
        Get = get;
        Set = set;
        Doc = doc;
    }

    private bool CheckInstance(ThreadState ts, PyObject instance)
    {
        if (instance.Type.IsSubtypeOf(Owner)) return true;
        ts.SetError(PyExc.TypeError, $"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
        return false;
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.DescrGet = static (ts, self, instance, owner) =>
        {
            var d = (PyGetSetDescriptor)self;
            if (instance is null) return d;
            return d.CheckInstance(ts, instance) ? d.Get(ts, instance) : null;
        };
        type.DescrSet = static (ts, self, instance, value) =>
        {
            var d = (PyGetSetDescriptor)self;
            if (!d.CheckInstance(ts, instance)) return -1;
            if (d.Set is null)
            {
                ts.SetError(PyExc.AttributeError, value is null
                    ? $"attribute '{d.Name}' of '{d.Owner.Name}' objects is not writable"
                    : $"attribute '{d.Name}' of '{d.Owner.Name}' objects is not writable");
                return -1;
            }
            return d.Set(ts, instance, value);
        };
        type.Repr = static (ts, self) =>
        {
            var d = (PyGetSetDescriptor)self;
            return PyStr.Create($"<attribute '{d.Name}' of '{d.Owner.Name}' objects>");
        };
        type.AddGetSet("__name__", static (ts, self) => PyStr.Create(((PyGetSetDescriptor)self).Name));
        type.AddGetSet("__objclass__", static (ts, self) => ((PyGetSetDescriptor)self).Owner);
        type.AddGetSet("__doc__", static (ts, self) => ((PyGetSetDescriptor)self).Doc is { } doc ? PyStr.Create(doc) : PyNone.Instance);
    }
}
