namespace Kaa.Runtime;

public static partial class Protocols
{
    /// <summary>obj[key].</summary>
    public static PyObject? GetItem(ThreadState ts, PyObject obj, PyObject key)
    {
        var slot = obj.Type.GetItem;
        if (slot is not null) return slot(ts, obj, key);
        if (obj is PyType t)
        {
            // type[...] : __class_getitem__ (PEP 560).
            if (t == BuiltinTypes.Type) return GenericAlias(ts, t, key);
            var cgi = LookupAttr(ts, t, PyStr.Intern("__class_getitem__"));
            if (cgi is not null) return Call1(ts, cgi, key);
            if (ts.HasError) return null;
            return ts.TypeError($"type '{t.Name}' is not subscriptable");
        }
        return ts.TypeError($"'{obj.Type.Name}' object is not subscriptable");
    }

    private static PyObject? GenericAlias(ThreadState ts, PyType t, PyObject key) => PyGenericAlias.Create(t, key);

    /// <summary>obj[key] = value; 0 or -1.</summary>
    public static int SetItem(ThreadState ts, PyObject obj, PyObject key, PyObject value)
    {
        var slot = obj.Type.SetItem;
        if (slot is null)
        {
            ts.SetError(PyExc.TypeError, $"'{obj.Type.Name}' object does not support item assignment");
            return -1;
        }
        return slot(ts, obj, key, value);
    }

    /// <summary>del obj[key]; 0 or -1.</summary>
    public static int DelItem(ThreadState ts, PyObject obj, PyObject key)
    {
        var slot = obj.Type.SetItem;
        if (slot is null)
        {
            ts.SetError(PyExc.TypeError, $"'{obj.Type.Name}' object does not support item deletion");
            return -1;
        }
        return slot(ts, obj, key, null);
    }
}
