namespace Kaa.Runtime;

/// <summary>
/// The abstract object layer (CPython's Objects/abstract.c and object.c): what every operation on an
/// arbitrary object does, through the slots of its type. All members follow the runtime's error
/// convention (null / -1 with the exception set on the thread state).
/// </summary>
public static partial class Protocols
{
    /// <summary>getattr(obj, name).</summary>
    public static PyObject? GetAttr(ThreadState ts, PyObject obj, PyStr name)
    {
        var slot = obj.Type.GetAttr;
        if (slot is null) return NoAttribute(ts, obj, name);
        return slot(ts, obj, name);
    }

    public static PyObject? GetAttr(ThreadState ts, PyObject obj, string name) => GetAttr(ts, obj, PyStr.Intern(name));

    /// <summary>
    /// _PyObject_LookupAttr: the attribute, or null with no error when it is missing (AttributeError
    /// swallowed); null with an error for any other failure. Check <see cref="ThreadState.HasError"/>.
    /// </summary>
    public static PyObject? LookupAttr(ThreadState ts, PyObject obj, PyStr name)
    {
        var slot = obj.Type.GetAttr;
        if (ReferenceEquals(slot, ObjectSlots.GenericGetAttrSlot))
            return ObjectSlots.GenericGetAttr(ts, obj, name, suppress: true);
        var r = GetAttr(ts, obj, name);
        if (r is null && ts.ErrorMatches(PyExc.AttributeError)) ts.ClearError();
        return r;
    }

    public static PyObject? LookupAttr(ThreadState ts, PyObject obj, string name) => LookupAttr(ts, obj, PyStr.Intern(name));

    /// <summary>setattr(obj, name, value); 0 or -1.</summary>
    public static int SetAttr(ThreadState ts, PyObject obj, PyStr name, PyObject value)
        => SetOrDelAttr(ts, obj, name, value);

    /// <summary>delattr(obj, name); 0 or -1.</summary>
    public static int DelAttr(ThreadState ts, PyObject obj, PyStr name) => SetOrDelAttr(ts, obj, name, null);

    private static int SetOrDelAttr(ThreadState ts, PyObject obj, PyStr name, PyObject? value)
    {
        var slot = obj.Type.SetAttr;
        if (slot is null)
        {
            bool hasGet = obj.Type.GetAttr is not null;
            ts.SetError(PyExc.TypeError, $"'{obj.Type.Name}' object has {(hasGet ? "only read-only" : "no")} attributes ({(value is null ? "del" : "assign to")} .{name})");
            return -1;
        }
        return slot(ts, obj, name, value);
    }

    /// <summary>The standard AttributeError for a missing attribute, with <c>name</c> and <c>obj</c> set.</summary>
    public static PyObject? NoAttribute(ThreadState ts, PyObject obj, PyStr name)
    {
        string message = obj is PyType t
            ? $"type object '{t.Name}' has no attribute '{name}'"
            : obj is PyModule m
                ? $"module '{(m.NameObject is PyStr n ? n.ToString() : "?")}' has no attribute '{name}'"
                : $"'{obj.Type.Name}' object has no attribute '{name}'";
        ts.SetError(PyExc.AttributeError, message);
        if (ts.CurrentException is PyAttributeError e)
        {
            e.Name = name;
            e.Obj = obj;
        }
        return null;
    }

    /// <summary>Looks up <paramref name="name"/> on the type of <paramref name="obj"/> and binds it (_PyObject_LookupSpecial): for dunders, which skip the instance dict. Null without error when missing.</summary>
    public static PyObject? LookupSpecial(ThreadState ts, PyObject obj, PyStr name)
    {
        var attr = obj.Type.Lookup(name);
        if (attr is null) return null;
        var get = attr.Type.DescrGet;
        return get is null ? attr : get(ts, attr, obj, obj.Type);
    }

    /// <summary>hasattr semantics: 1, 0, or -1 when the lookup raised something other than AttributeError.</summary>
    public static int HasAttr(ThreadState ts, PyObject obj, PyStr name)
    {
        var r = LookupAttr(ts, obj, name);
        if (r is not null) return 1;
        return ts.HasError ? -1 : 0;
    }

    /// <summary>The text Python shows for an object's address in default reprs (from its id).</summary>
    public static string AddressOf(ThreadState ts, PyObject obj) => "0x" + ts.Interp.IdOf(obj).ToString("x");
}
