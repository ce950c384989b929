namespace Kaa.Runtime;

/// <summary>
/// <c>type</c>: attribute lookup on classes (metaclass descriptors first), calling a class to make an
/// instance, class creation (<c>type(name, bases, ns)</c>, which a class statement ends in), and the
/// class attributes (<c>__name__</c>, <c>__mro__</c>, ...).
/// </summary>
internal static partial class TypeSlots
{
    internal static void Install(PyType type)
    {
        type.GetAttr = TypeGetAttr;
        type.SetAttr = TypeSetAttr;
        type.Call = TypeCall;
        type.Repr = static (ts, self) =>
        {
            var t = (PyType)self;
            string module = t.IsHeapType && t.Namespace.GetStr("__module__") is PyStr m ? m.ToString() : t.ModuleName;
            string name = t.IsHeapType ? t.QualName : (t.Name.LastIndexOf('.') is int dot and >= 0 ? t.Name[(dot + 1)..] : t.Name);
            return PyStr.Create(module == "builtins" ? $"<class '{name}'>" : $"<class '{module}.{name}'>");
        };
        type.New = ClassCreation.TypeNewSlot;
        type.Init = static (ts, self, args, kw) =>
        {
            int n = args.Length - (kw?.Length ?? 0);
            if (n != 1 && n != 3)
            {
                ts.SetError(PyExc.TypeError, "type.__init__() takes 1 or 3 arguments");
                return -1;
            }
            return 0;
        };
        type.Hash = static (ts, self) => ts.Interp.IdOf(self) >> 4;

        type.AddGetSet("__name__", static (ts, self) => PyStr.Create(((PyType)self).IsHeapType ? ((PyType)self).Name : ShortName((PyType)self)),
            static (ts, self, value) => SetName(ts, (PyType)self, value));
        type.AddGetSet("__qualname__", static (ts, self) => PyStr.Create(((PyType)self).QualName),
            static (ts, self, value) => SetQualName(ts, (PyType)self, value));
        type.AddGetSet("__mro__", static (ts, self) => PyTuple.Create(((PyType)self).Mro.ToArray<PyObject>()));
        type.AddGetSet("__bases__", static (ts, self) => PyTuple.Create(((PyType)self).Bases.ToArray<PyObject>()));
        type.AddGetSet("__base__", static (ts, self) => (PyObject?)((PyType)self).Base ?? PyNone.Instance);
        type.AddGetSet("__dict__", static (ts, self) => new PyMappingProxy(((PyType)self).Namespace));
        type.AddGetSet("__module__", static (ts, self) =>
        {
            var t = (PyType)self;
            if (t.IsHeapType) return t.Namespace.GetStr("__module__") ?? ts.AttributeError("__module__");
            return PyStr.Create(t.ModuleName);
        }, static (ts, self, value) => SetSpecial(ts, (PyType)self, "__module__", value));
        type.AddGetSet("__doc__", static (ts, self) =>
        {
            var t = (PyType)self;
            var doc = t.Namespace.GetStr("__doc__") ?? PyNone.Instance;
            return doc.Type.DescrGet is { } get ? get(ts, doc, null, t) : doc;
        }, static (ts, self, value) => SetSpecial(ts, (PyType)self, "__doc__", value));
        type.AddMethod("mro", static (ts, self) => PyList.FromArray(Mro.Compute(ts, (PyType)self) is { } m ? m.ToArray<PyObject>() : []));
        type.AddMethod("__subclasses__", static (ts, self) => PyList.FromArray(ts.Interp.SubclassesOf((PyType)self).ToArray<PyObject>()));
        type.AddMethod("__instancecheck__", static (ts, self, inst) => PyBool.From(Protocols.RecursiveIsInstance(ts, inst, (PyType)self)));
        type.AddMethod("__subclasscheck__", static (ts, self, sub) =>
        {
            if (sub is not PyType st) return ts.TypeError("issubclass() arg 1 must be a class");
            return PyBool.From(st.IsSubtypeOf((PyType)self));
        });
        type.AddClassMethod(new MethodDef("__prepare__", static (ts, cls, args, kw) => new PyDict()));
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(((PyType)self).IsHeapType ? 920 : 408));
    }

    /// <summary>A builtin type's __name__: tp_name after the last dot.</summary>
    private static string ShortName(PyType t)
    {
        int dot = t.Name.LastIndexOf('.');
        return dot >= 0 ? t.Name[(dot + 1)..] : t.Name;
    }

    /// <summary>type_getattro: data descriptors of the metatype, then the class's MRO (binding with instance None), then the metatype's other attributes.</summary>
    public static PyObject? TypeGetAttr(ThreadState ts, PyObject self, PyStr name)
    {
        var type = (PyType)self;
        var meta = type.Type;
        var metaAttr = meta.Lookup(name);
        DescrGetFunc? metaGet = null;
        if (metaAttr is not null)
        {
            metaGet = metaAttr.Type.DescrGet;
            if (metaGet is not null && metaAttr.Type.DescrSet is not null)
                return metaGet(ts, metaAttr, type, meta);
        }
        var attr = type.Lookup(name);
        if (attr is not null)
        {
            var get = attr.Type.DescrGet;
            return get is null ? attr : get(ts, attr, null, type);
        }
        if (metaGet is not null) return metaGet(ts, metaAttr!, type, meta);
        if (metaAttr is not null) return metaAttr;
        return Protocols.NoAttribute(ts, type, name);
    }

    private static int TypeSetAttr(ThreadState ts, PyObject self, PyStr name, PyObject? value)
    {
        var type = (PyType)self;
        if (!type.IsHeapType)
        {
            ts.SetError(PyExc.TypeError, $"cannot set '{name}' attribute of immutable type '{type.Name}'");
            return -1;
        }
        var meta = type.Type;
        var metaAttr = meta.Lookup(name);
        if (metaAttr?.Type.DescrSet is { } set) return set(ts, metaAttr, type, value);
        if (value is null)
        {
            if (!type.Namespace.DelStr(name))
            {
                ts.SetError(PyExc.AttributeError, $"type object '{type.Name}' has no attribute '{name}'");
                return -1;
            }
        }
        else type.Namespace.SetStr(name, value);
        type.Modified(ts);
        if (HeapTypeSlots.IsSlotName(name)) HeapTypeSlots.UpdateSlot(ts, type, name);
        return 0;
    }

    /// <summary>type_call: <c>cls(...)</c> runs <c>__new__</c>, then <c>__init__</c> when the result is an instance of cls.</summary>
    public static PyObject? TypeCall(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var type = (PyType)self;
        if (type == BuiltinTypes.Type && args.Length == 1 && (kwnames is null || kwnames.Length == 0))
            return args[0].Type;
        if (type.New is not { } newSlot)
            return ts.TypeError($"cannot create '{type.Name}' instances");
        var obj = newSlot(ts, type, args, kwnames);
        if (obj is null) return null;
        if (!obj.Type.IsSubtypeOf(type)) return obj;
        if (obj.Type.Init is { } init && init(ts, obj, args, kwnames) < 0) return null;
        return obj;
    }

    private static int SetName(ThreadState ts, PyType type, PyObject? value)
    {
        if (!CheckSettable(ts, type, "__name__", value)) return -1;
        if (value is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, $"can only assign string to {type.Name}.__name__, not '{value!.Type.Name}'");
            return -1;
        }
        type.Name = s.ToString();
        return 0;
    }

    private static int SetQualName(ThreadState ts, PyType type, PyObject? value)
    {
        if (!CheckSettable(ts, type, "__qualname__", value)) return -1;
        if (value is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, $"can only assign string to {type.Name}.__qualname__, not '{value!.Type.Name}'");
            return -1;
        }
        type.QualName = s.ToString();
        return 0;
    }

    private static int SetSpecial(ThreadState ts, PyType type, string name, PyObject? value)
    {
        if (!CheckSettable(ts, type, name, value)) return -1;
        type.Namespace.SetStr(name, value!);
        type.Modified(ts);
        return 0;
    }

    private static bool CheckSettable(ThreadState ts, PyType type, string name, PyObject? value)
    {
        if (!type.IsHeapType)
        {
            ts.SetError(PyExc.TypeError, $"cannot set '{name}' attribute of immutable type '{type.Name}'");
            return false;
        }
        if (value is null)
        {
            ts.SetError(PyExc.TypeError, $"cannot delete '{name}' attribute of immutable type '{type.Name}'");
            return false;
        }
        return true;
    }

    /// <summary>Whether instances of <paramref name="a"/> can become instances of <paramref name="b"/> (__class__ assignment).</summary>
    internal static bool LayoutCompatible(PyType a, PyType b)
    {
        static PyType Solid(PyType t)
        {
            while (t.IsHeapType && t.Base is not null) t = t.Base;
            return t;
        }
        return Solid(a) == Solid(b) && a.SlotCount == b.SlotCount && a.HasInstanceDict == b.HasInstanceDict;
    }

    internal static PyObject? AbstractInstantiationError(ThreadState ts, PyType type)
    {
        var names = new List<string>();
        if (type.Namespace.GetStr("__abstractmethods__") is { } abs && Protocols.ToList(ts, abs) is { } items)
        {
            foreach (var n in items) names.Add(n.ToString()!);
            names.Sort(StringComparer.Ordinal);
        }
        string plural = names.Count > 1 ? "s" : "";
        return ts.TypeError($"Can't instantiate abstract class {type.Name} with abstract method{plural} {string.Join(", ", names)}");
    }
}
