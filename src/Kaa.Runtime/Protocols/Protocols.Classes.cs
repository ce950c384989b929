namespace Kaa.Runtime;

public static partial class Protocols
{
    /// <summary>isinstance(obj, cls): 1, 0 or -1 (cls may be a tuple, or define __instancecheck__).</summary>
    public static int IsInstance(ThreadState ts, PyObject obj, PyObject cls)
    {
        if (obj.Type == cls) return 1;
        if (cls.Type == BuiltinTypes.Type) return RecursiveIsInstance(ts, obj, (PyType)cls) ? 1 : 0;
        // A union checks each member (object_recursive_isinstance).
        if (cls is PyUnionType u) cls = u.Args;
        if (cls is PyTuple t && cls.Type == BuiltinTypes.Tuple)
        {
            if (!ts.EnterNative(" in __instancecheck__")) return -1;
            try
            {
                foreach (var item in t.Items)
                {
                    int r = IsInstance(ts, obj, item);
                    if (r != 0) return r;
                }
                return 0;
            }
            finally { ts.LeaveNative(); }
        }
        var checker = LookupSpecial(ts, cls, PyStr.Intern("__instancecheck__"));
        if (checker is not null)
        {
            if (!ts.EnterNative(" in __instancecheck__")) return -1;
            var res = Call1(ts, checker, obj);
            ts.LeaveNative();
            return res is null ? -1 : IsTrue(ts, res);
        }
        if (ts.HasError) return -1;
        if (cls is PyType ct) return RecursiveIsInstance(ts, obj, ct) ? 1 : 0;
        ts.SetError(PyExc.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }

    /// <summary>object_isinstance for a real class: by type, then by __class__.</summary>
    public static bool RecursiveIsInstance(ThreadState ts, PyObject obj, PyType cls)
    {
        if (obj.Type.IsSubtypeOf(cls)) return true;
        var c = LookupAttr(ts, obj, PyStr.Intern("__class__"));
        if (c is PyType ct && ct != obj.Type) return ct.IsSubtypeOf(cls);
        if (ts.HasError) ts.ClearError();
        return false;
    }

    /// <summary>issubclass(sub, cls): 1, 0 or -1.</summary>
    public static int IsSubclass(ThreadState ts, PyObject sub, PyObject cls)
    {
        if (cls.Type == BuiltinTypes.Type && sub is PyType st)
            return st.IsSubtypeOf((PyType)cls) ? 1 : 0;
        if (cls is PyUnionType u) cls = u.Args;
        if (cls is PyTuple t && cls.Type == BuiltinTypes.Tuple)
        {
            foreach (var item in t.Items)
            {
                int r = IsSubclass(ts, sub, item);
                if (r != 0) return r;
            }
            return 0;
        }
        var checker = LookupSpecial(ts, cls, PyStr.Intern("__subclasscheck__"));
        if (checker is not null)
        {
            if (!ts.EnterNative(" in __subclasscheck__")) return -1;
            var res = Call1(ts, checker, sub);
            ts.LeaveNative();
            return res is null ? -1 : IsTrue(ts, res);
        }
        if (ts.HasError) return -1;
        if (sub is not PyType s2)
        {
            ts.SetError(PyExc.TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        if (cls is not PyType c2)
        {
            ts.SetError(PyExc.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
            return -1;
        }
        return s2.IsSubtypeOf(c2) ? 1 : 0;
    }
}
