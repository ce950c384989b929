namespace Kaa.Runtime;

/// <summary>The slots and members of staticmethod, classmethod and property (funcobject.c, descrobject.c).</summary>
internal static partial class DescriptorSlots
{
    // ---- staticmethod ------------------------------------------------------------------------------

    internal static void InstallStaticMethod(PyType type)
    {
        type.New = static (ts, t, args, kw) => t == BuiltinTypes.StaticMethod ? new PyStaticMethod(t, null) : new PyStaticMethod.Derived(t);
        type.Init = static (ts, self, args, kw) =>
        {
            var callable = SingleArgument(ts, "staticmethod", args, kw);
            if (callable is null) return -1;
            ((PyStaticMethod)self).Callable = callable;
            return CopyWrappedAttributes(ts, self, callable) ? 0 : -1;
        };
        type.DescrGet = static (ts, self, instance, owner) => ((PyStaticMethod)self).Callable ?? ts.RuntimeError("uninitialized staticmethod object");
        type.Call = static (ts, self, args, kw) =>
        {
            var callable = ((PyStaticMethod)self).Callable;
            return callable is null ? ts.RuntimeError("uninitialized staticmethod object") : Protocols.Call(ts, callable, args, kw);
        };
        type.Repr = static (ts, self) => WrapperRepr(ts, self, "staticmethod", ((PyStaticMethod)self).Callable);
        type.AddMember("__func__", static (ts, self) => ((PyStaticMethod)self).Callable ?? PyNone.Instance);
        type.AddMember("__wrapped__", static (ts, self) => ((PyStaticMethod)self).Callable ?? PyNone.Instance);
        type.AddGetSet("__isabstractmethod__", static (ts, self) => IsAbstractResult(ts, ((PyStaticMethod)self).Callable));
        type.AddGetSet("__dict__", static (ts, self) => self.Dict!, SetDict);
    }

    // ---- classmethod -------------------------------------------------------------------------------

    internal static void InstallClassMethod(PyType type)
    {
        type.New = static (ts, t, args, kw) => t == BuiltinTypes.ClassMethod ? new PyClassMethod(t, null) : new PyClassMethod.Derived(t);
        type.Init = static (ts, self, args, kw) =>
        {
            var callable = SingleArgument(ts, "classmethod", args, kw);
            if (callable is null) return -1;
            ((PyClassMethod)self).Callable = callable;
            return CopyWrappedAttributes(ts, self, callable) ? 0 : -1;
        };
        type.DescrGet = static (ts, self, instance, owner) =>
        {
            var cm = (PyClassMethod)self;
            if (cm.Callable is null) return ts.RuntimeError("uninitialized classmethod object");
            var cls = owner ?? instance!.Type;
            // 3.9+: a classmethod over another descriptor binds that descriptor to the class (chaining).
            if (cm.Callable.Type.DescrGet is { } get) return get(ts, cm.Callable, cls, cls);
            return new PyMethod(cm.Callable, cls);
        };
        type.Repr = static (ts, self) => WrapperRepr(ts, self, "classmethod", ((PyClassMethod)self).Callable);
        type.AddMember("__func__", static (ts, self) => ((PyClassMethod)self).Callable ?? PyNone.Instance);
        type.AddMember("__wrapped__", static (ts, self) => ((PyClassMethod)self).Callable ?? PyNone.Instance);
        type.AddGetSet("__isabstractmethod__", static (ts, self) => IsAbstractResult(ts, ((PyClassMethod)self).Callable));
        type.AddGetSet("__dict__", static (ts, self) => self.Dict!, SetDict);
    }

    /// <summary>The one positional argument of staticmethod()/classmethod().</summary>
    private static PyObject? SingleArgument(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Length > 0) return ts.TypeError($"{name}() takes no keyword arguments");
        if (args.Length != 1) return ts.TypeError($"{name} expected 1 argument, got {args.Length}");
        return args[0];
    }

    private static readonly string[] s_wrappedAttributes = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"];

    /// <summary>functools_wraps: the wrapper takes the wrapped callable's name, doc, module and annotations (3.10+).</summary>
    private static bool CopyWrappedAttributes(ThreadState ts, PyObject wrapper, PyObject wrapped)
    {
        foreach (var name in s_wrappedAttributes)
        {
            var key = PyStr.Intern(name);
            var value = Protocols.LookupAttr(ts, wrapped, key);
            if (value is null)
            {
                if (ts.HasError) return false;
                continue;
            }
            if (Protocols.SetAttr(ts, wrapper, key, value) < 0) return false;
        }
        return true;
    }

    private static PyObject? WrapperRepr(ThreadState ts, PyObject self, string kind, PyObject? callable)
    {
        if (callable is null) return ObjectDefaultRepr(ts, self);
        var inner = Protocols.Repr(ts, callable);
        return inner is null ? null : PyStr.Create($"<{kind}({inner})>");
    }

    private static PyObject? ObjectDefaultRepr(ThreadState ts, PyObject self)
        => BuiltinTypes.Object.Repr!(ts, self);

    private static int SetDict(ThreadState ts, PyObject self, PyObject? value)
    {
        if (value is not PyDict d)
        {
            ts.SetError(PyExc.TypeError, value is null ? "cannot delete __dict__" : $"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
            return -1;
        }
        self.Dict = d;
        return 0;
    }

    /// <summary>_PyObject_IsAbstract: the truth of <c>obj.__isabstractmethod__</c>, false when absent; -1 on error.</summary>
    internal static int IsAbstract(ThreadState ts, PyObject? obj)
    {
        if (obj is null) return 0;
        var v = Protocols.LookupAttr(ts, obj, PyStr.Intern("__isabstractmethod__"));
        if (v is null) return ts.HasError ? -1 : 0;
        return Protocols.IsTrue(ts, v);
    }

    private static PyObject? IsAbstractResult(ThreadState ts, PyObject? obj)
    {
        int r = IsAbstract(ts, obj);
        return r < 0 ? null : PyBool.From(r == 1);
    }

    // ---- property ----------------------------------------------------------------------------------

    private static readonly ArgSpec s_propertySpec = new("property", ["fget", "fset", "fdel", "doc"], required: 0, positionalOnly: 0);

    internal static void InstallProperty(PyType type)
    {
        type.New = static (ts, t, args, kw) => t == BuiltinTypes.Property ? new PyProperty(t) : new PyProperty.Derived(t);
        type.Init = PropertyInit;
        type.DescrGet = PropertyGet;
        type.DescrSet = PropertySet;
        type.AddMethod("getter", static (ts, self, f) => PropertyCopy(ts, (PyProperty)self, f, null, null));
        type.AddMethod("setter", static (ts, self, f) => PropertyCopy(ts, (PyProperty)self, null, f, null));
        type.AddMethod("deleter", static (ts, self, f) => PropertyCopy(ts, (PyProperty)self, null, null, f));
        type.AddMethod("__set_name__", static (ts, self, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("__set_name__() takes no keyword arguments");
            if (args.Length != 2) return ts.TypeError($"__set_name__() takes 2 positional arguments but {args.Length} were given");
            ((PyProperty)self).Name = args[1];
            return PyNone.Instance;
        });
        type.AddMember("fget", static (ts, self) => ((PyProperty)self).Get ?? PyNone.Instance);
        type.AddMember("fset", static (ts, self) => ((PyProperty)self).Set ?? PyNone.Instance);
        type.AddMember("fdel", static (ts, self) => ((PyProperty)self).Delete ?? PyNone.Instance);
        type.AddGetSet("__doc__", static (ts, self) => ((PyProperty)self).Doc ?? PyNone.Instance, static (ts, self, value) =>
        {
            ((PyProperty)self).Doc = value;
            return 0;
        });
        type.AddGetSet("__isabstractmethod__", static (ts, self) =>
        {
            var p = (PyProperty)self;
            foreach (var f in (ReadOnlySpan<PyObject?>)[p.Get, p.Set, p.Delete])
            {
                int r = IsAbstract(ts, f);
                if (r != 0) return r < 0 ? null : PyBool.True;
            }
            return PyBool.False;
        });
    }

    private static int PropertyInit(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!s_propertySpec.Parse(ts, args, kwnames, a)) return -1;
        var p = (PyProperty)self;
        p.Get = a[0] is PyNone ? null : a[0];
        p.Set = a[1] is PyNone ? null : a[1];
        p.Delete = a[2] is PyNone ? null : a[2];
        p.Doc = a[3];
        p.Name = null;
        p.GetterDoc = false;
        // No docstring given: take the getter's (a subclass instance keeps it in its __dict__, where it
        // is not shadowed by the subclass's own __doc__).
        if ((p.Doc is null || p.Doc is PyNone) && p.Get is not null)
        {
            var doc = Protocols.LookupAttr(ts, p.Get, PyStr.Intern("__doc__"));
            if (doc is null) return ts.HasError ? -1 : 0;
            if (p.Type == BuiltinTypes.Property) p.Doc = doc;
            else if (Protocols.SetAttr(ts, p, PyStr.Intern("__doc__"), doc) < 0) return -1;
            p.GetterDoc = true;
        }
        return 0;
    }

    /// <summary>property_copy: a new property (of the same type) with one accessor replaced.</summary>
    private static PyObject? PropertyCopy(ThreadState ts, PyProperty old, PyObject? get, PyObject? set, PyObject? del)
    {
        if (get is null || get is PyNone) get = old.Get ?? PyNone.Instance;
        if (set is null || set is PyNone) set = old.Set ?? PyNone.Instance;
        if (del is null || del is PyNone) del = old.Delete ?? PyNone.Instance;
        PyObject doc = old.GetterDoc && get is not PyNone ? PyNone.Instance : old.Doc ?? PyNone.Instance;
        var made = Protocols.Call(ts, old.Type, [get, set, del, doc], null);
        if (made is PyProperty p) p.Name = old.Name;
        return made;
    }

    private static string? QualNameOf(PyObject? obj) => obj?.Type.QualName;

    private static PyObject? PropertyGet(ThreadState ts, PyObject self, PyObject? instance, PyObject? owner)
    {
        if (instance is null || instance is PyNone) return self;
        var p = (PyProperty)self;
        if (p.Get is null)
        {
            string qual = QualNameOf(instance)!;
            if (p.Name is not null)
                return ts.AttributeError($"property {Protocols.ReprText(ts, p.Name)} of '{qual}' object has no getter");
            return ts.AttributeError($"property of '{qual}' object has no getter");
        }
        return Protocols.Call1(ts, p.Get, instance);
    }

    private static int PropertySet(ThreadState ts, PyObject self, PyObject instance, PyObject? value)
    {
        var p = (PyProperty)self;
        var func = value is null ? p.Delete : p.Set;
        if (func is null)
        {
            string what = value is null ? "deleter" : "setter";
            string qual = QualNameOf(instance)!;
            if (p.Name is not null)
                ts.SetError(PyExc.AttributeError, $"property {Protocols.ReprText(ts, p.Name)} of '{qual}' object has no {what}");
            else
                ts.SetError(PyExc.AttributeError, $"property of '{qual}' object has no {what}");
            return -1;
        }
        var r = value is null ? Protocols.Call1(ts, func, instance) : Protocols.Call(ts, func, [instance, value], null);
        return r is null ? -1 : 0;
    }
}
