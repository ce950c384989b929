namespace Kaa.Runtime;

/// <summary>
/// <c>object</c>: the generic attribute protocol (descriptors, instance dict), default repr/str/hash/
/// comparison, and <c>object.__new__</c>/<c>__init__</c>.
/// </summary>
internal static partial class ObjectSlots
{
    /// <summary>The generic getattr as one delegate instance, so callers can recognise it by reference.</summary>
    public static readonly GetAttrFunc GenericGetAttrSlot = GenericGetAttr;

    public static readonly SetAttrFunc GenericSetAttrSlot = GenericSetAttr;

    public static readonly NewFunc ObjectNewSlot = ObjectNew;

    public static readonly InitFunc ObjectInitSlot = ObjectInit;

    internal static void Install(PyType type)
    {
        type.GetAttr = GenericGetAttrSlot;
        type.SetAttr = GenericSetAttrSlot;
        type.Repr = DefaultRepr;
        // object_str calls the type's tp_repr itself (not PyObject_Repr), so a bad __repr__ result is
        // reported by str() as "__str__ returned non-string".
        type.Str = static (ts, self) => self.Type.Repr is { } repr ? repr(ts, self) : Protocols.Repr(ts, self);
        type.Hash = static (ts, self) => ts.Interp.IdOf(self) >> 4;
        type.RichCompare = DefaultRichCompare;
        type.New = ObjectNewSlot;
        type.Init = ObjectInitSlot;
        InstallReduce(type);
        type.AddClassMethod(new MethodDef("__subclasshook__", static (ts, cls, args, kw) => PyNotImplemented.Instance));
        type.AddClassMethod(new MethodDef("__init_subclass__", static (ts, cls, args, kw) =>
        {
            string name = ((PyType)cls).Name;
            if (kw is not null && kw.Length > 0) return ts.TypeError($"{name}.__init_subclass__() takes no keyword arguments");
            if (args.Length > 0) return ts.TypeError($"{name}.__init_subclass__() takes no arguments ({args.Length} given)");
            return PyNone.Instance;
        }));
        type.AddMethod("__format__", static (ts, self, spec) =>
        {
            if (spec is not PyStr s) return ts.TypeError($"__format__() argument must be str, not {spec.Type.Name}");
            if (s.Length > 0) return ts.TypeError($"unsupported format string passed to {self.Type.Name}.__format__");
            return Protocols.Str(ts, self);
        });
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(BasicSize(self.Type)));
        type.AddMethod("__dir__", static (ts, self) => ObjectDir(ts, self));
        type.AddGetSet("__class__", static (ts, self) => self.Type, SetClass);
        type.AddAttribute("__doc__", PyStr.Create("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
    }

    /// <summary>tp_basicsize of an instance of <paramref name="type"/> on 64-bit CPython 3.11: a builtin
    /// type's from CPython's table; for a class its builtin base's plus one pointer per __slots__ member
    /// and one for the weak reference list it added (the instance dict lives before the header and is
    /// not counted).</summary>
    internal static long BasicSize(PyType type) => TypeLayout.Of(type).BasicSize;

    private static PyObject? DefaultRepr(ThreadState ts, PyObject self)
    {
        var type = self.Type;
        string module = type.IsHeapType && type.Namespace.GetStr("__module__") is PyStr m ? m.ToString() : type.ModuleName;
        // __qualname__ after __module__ (a builtin type's tp_name "mod.Name" gives both).
        string name = type.QualName;
        if (module != "builtins") name = module + "." + name;
        return PyStr.Create($"<{name} object at {Protocols.AddressOf(ts, self)}>");
    }

    private static PyObject? DefaultRichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        switch (op)
        {
            case CompareOp.Eq:
                return ReferenceEquals(a, b) ? PyBool.True : PyNotImplemented.Instance;
            case CompareOp.Ne:
                // By default, != delegates to == and inverts (unless == is NotImplemented).
                if (a.Type.RichCompare is null) return PyNotImplemented.Instance;
                var r = a.Type.RichCompare(ts, a, b, CompareOp.Eq);
                if (r is null || r == PyNotImplemented.Instance) return r;
                int t = Protocols.IsTrue(ts, r);
                return t < 0 ? null : PyBool.From(t == 0);
            default:
                return PyNotImplemented.Instance;
        }
    }

    // ---- attributes ------------------------------------------------------------------------------

    public static PyObject? GenericGetAttr(ThreadState ts, PyObject obj, PyStr name) => GenericGetAttr(ts, obj, name, suppress: false);

    /// <summary>With suppress (_PyObject_LookupAttr), an AttributeError raised by a descriptor (a property
    /// whose getter raises it) also means "no such attribute".</summary>
    private static PyObject? SuppressAttributeError(ThreadState ts, PyObject? result)
    {
        if (result is null && ts.ErrorMatches(PyExc.AttributeError)) ts.ClearError();
        return result;
    }

    /// <summary>PyObject_GenericGetAttr: data descriptors on the type, then the instance dict, then other class attributes.</summary>
    public static PyObject? GenericGetAttr(ThreadState ts, PyObject obj, PyStr name, bool suppress)
    {
        var type = obj.Type;
        var descr = type.Lookup(name);
        DescrGetFunc? get = null;
        if (descr is not null)
        {
            get = descr.Type.DescrGet;
            if (get is not null && descr.Type.DescrSet is not null)
                return suppress ? SuppressAttributeError(ts, get(ts, descr, obj, type)) : get(ts, descr, obj, type);
        }
        // The instance's own attribute (its __dict__ entry; inline values are read without making the dict).
        if (PyInstance.OwnAttribute(obj, name) is { } v) return v;
        if (get is not null) return suppress ? SuppressAttributeError(ts, get(ts, descr!, obj, type)) : get(ts, descr!, obj, type);
        if (descr is not null) return descr;
        if (suppress) return null;
        return Protocols.NoAttribute(ts, obj, name);
    }

    /// <summary>PyObject_GenericSetAttr (value null deletes).</summary>
    public static int GenericSetAttr(ThreadState ts, PyObject obj, PyStr name, PyObject? value)
    {
        var type = obj.Type;
        var descr = type.Lookup(name);
        if (descr?.Type.DescrSet is { } set) return set(ts, descr, obj, value);
        if (obj is PyInstance pi)
        {
            // Inline values or the dict, whichever holds the instance's attributes now.
            if (value is not null) return pi.SetOwnAttribute(name, value) ? 0 : NoDictError(ts, type, name, descr);
            int deleted = pi.DeleteOwnAttribute(name);
            if (deleted > 0) return 0;
            if (deleted < 0) return NoDictError(ts, type, name, descr);
            Protocols.NoAttribute(ts, obj, name);
            return -1;
        }
        var dict = obj.Dict;
        if (dict is null) return NoDictError(ts, type, name, descr);
        if (value is null)
        {
            if (!dict.DelStr(name))
            {
                Protocols.NoAttribute(ts, obj, name);
                return -1;
            }
            return 0;
        }
        dict.SetStr(name, value);
        return 0;
    }

    /// <summary>Setting or deleting an attribute of an object without <c>__dict__</c>.</summary>
    private static int NoDictError(ThreadState ts, PyType type, PyStr name, PyObject? descr)
    {
        if (descr is null)
            ts.SetError(PyExc.AttributeError, $"'{type.Name}' object has no attribute '{name}'");
        else
            ts.SetError(PyExc.AttributeError, $"'{type.Name}' object attribute '{name}' is read-only");
        return -1;
    }

    private static int SetClass(ThreadState ts, PyObject self, PyObject? value)
    {
        if (value is null)
        {
            ts.SetError(PyExc.TypeError, "can't delete __class__ attribute");
            return -1;
        }
        if (value is not PyType newType)
        {
            ts.SetError(PyExc.TypeError, $"__class__ must be set to a class, not '{value.Type.Name}' object");
            return -1;
        }
        if (!newType.IsHeapType || !self.Type.IsHeapType)
        {
            ts.SetError(PyExc.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
            return -1;
        }
        if (!TypeSlots.CompatibleForAssignment(ts, self.Type, newType, "__class__")) return -1;
        // The inline values are laid out by the old class's keys: they become a dict first (object_set_class).
        if (self is PyInstance pi) pi.Materialize();
        self.Type = newType;
        return 0;
    }

    /// <summary>object.__dir__: the instance's __dict__ keys, then those of its class and all its bases.</summary>
    private static PyObject? ObjectDir(ThreadState ts, PyObject self)
    {
        var names = new PyDict();
        var dictObj = Protocols.LookupAttr(ts, self, PyStr.Intern("__dict__"));
        if (dictObj is null && ts.HasError) ts.ClearError();
        if (dictObj is PyDict d)
        {
            int pos = 0;
            while (d.Next(ref pos, out var k, out _))
                if (!names.SetItem(ts, k, PyNone.Instance)) return null;
        }
        var cls = Protocols.LookupAttr(ts, self, PyStr.Intern("__class__"));
        if (cls is null && ts.HasError) ts.ClearError();
        if (cls is not null && !MergeClassDict(ts, names, cls)) return null;
        return PyList.FromArray(names.KeysSnapshot().ToArray());
    }

    /// <summary>merge_class_dict: a class's namespace keys, then (recursively) its __bases__'.</summary>
    internal static bool MergeClassDict(ThreadState ts, PyDict names, PyObject cls)
    {
        if (!ts.EnterNative(" in __dir__")) return false;
        try
        {
            if (cls is PyType t)
            {
                int pos = 0;
                while (t.Namespace.Next(ref pos, out var k, out _))
                    if (!names.SetItem(ts, k, PyNone.Instance)) return false;
            }
            else
            {
                var d = Protocols.LookupAttr(ts, cls, PyStr.Intern("__dict__"));
                if (d is null && ts.HasError) return false;
                if (d is not null)
                {
                    var keys = Protocols.ToList(ts, d);
                    if (keys is null) return false;
                    foreach (var k in keys)
                        if (!names.SetItem(ts, k, PyNone.Instance)) return false;
                }
            }
            var bases = cls is PyType bt ? PyTuple.Create(bt.Bases.ToArray<PyObject>()) : Protocols.LookupAttr(ts, cls, PyStr.Intern("__bases__"));
            if (bases is null) return !ts.HasError;
            var list = Protocols.ToList(ts, bases);
            if (list is null) return false;
            foreach (var b in list)
                if (!MergeClassDict(ts, names, b)) return false;
            return true;
        }
        finally { ts.LeaveNative(); }
    }

    // ---- creation ---------------------------------------------------------------------------------

    private static bool ExcessArgs(ReadOnlySpan<PyObject> args, PyTuple? kwnames) => args.Length > 0;

    /// <summary>object.__new__: checks the arguments as CPython does and allocates a plain instance.</summary>
    private static PyObject? ObjectNew(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (ExcessArgs(args, kwnames))
        {
            if (!ReferenceEquals(type.New, ObjectNewSlot))
                return ts.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            if (ReferenceEquals(type.Init, ObjectInitSlot))
                return ts.TypeError($"{type.Name}() takes no arguments");
        }
        if ((type.Flags & TypeFlags.IsAbstract) != 0) return TypeSlots.AbstractInstantiationError(ts, type);
        if (!type.IsHeapType)
        {
            if (type != BuiltinTypes.Object)
                return ts.TypeError($"object.__new__({type.Name}) is not safe, use {type.Name}.__new__()");
        }
        var instance = PyInstance.Create(type);
        // object.__new__(C) called directly also gets C's __del__ (Modules/Gc/FinalizerRegistry).
        if (type.Finalize is not null) FinalizerRegistry.Track(ts, instance);
        return instance;
    }

    private static int ObjectInit(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (ExcessArgs(args, kwnames))
        {
            var type = self.Type;
            if (!ReferenceEquals(type.Init, ObjectInitSlot))
            {
                ts.SetError(PyExc.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
                return -1;
            }
            if (ReferenceEquals(type.New, ObjectNewSlot))
            {
                ts.SetError(PyExc.TypeError, $"{type.Name}.__init__() takes exactly one argument (the instance to initialize)");
                return -1;
            }
        }
        return 0;
    }
}
