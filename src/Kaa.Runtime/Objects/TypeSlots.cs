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
        type.NumberBinary[(int)BinaryOp.Or] = UnionTypeSlots.UnionOr; // int | str
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
        type.AddGetSet("__mro__", static (ts, self) => PyTuple.Create(((PyType)self).Mro.ToArray<PyObject>()), ReadOnlyMember);
        type.AddGetSet("__bases__", static (ts, self) => PyTuple.Create(((PyType)self).Bases.ToArray<PyObject>()), SetBases);
        type.AddGetSet("__base__", static (ts, self) => (PyObject?)((PyType)self).Base ?? PyNone.Instance, ReadOnlyMember);
        type.AddGetSet("__text_signature__", static (ts, self) => TextSignatures.ForType((PyType)self));
        // CPython's layout members (read-only): see TypeLayout.
        type.AddMember("__flags__", static (ts, self) => PyInt.Create((long)TypeLayout.Of((PyType)self).Flags));
        type.AddMember("__basicsize__", static (ts, self) => PyInt.Create(TypeLayout.Of((PyType)self).BasicSize));
        type.AddMember("__itemsize__", static (ts, self) => PyInt.Create(TypeLayout.Of((PyType)self).ItemSize));
        type.AddMember("__dictoffset__", static (ts, self) => PyInt.Create(TypeLayout.Of((PyType)self).DictOffset));
        type.AddMember("__weakrefoffset__", static (ts, self) => PyInt.Create(TypeLayout.Of((PyType)self).WeakrefOffset));
        type.AddGetSet("__dict__", static (ts, self) => new PyMappingProxy(((PyType)self).Namespace));
        type.AddGetSet("__module__", static (ts, self) =>
        {
            var t = (PyType)self;
            if (t.IsHeapType) return t.Namespace.GetStr("__module__") ?? ts.AttributeError("__module__");
            return PyStr.Intern(t.ModuleName); // interned, as CPython's type_module: one object per name (pickle memoizes it by identity)
        }, static (ts, self, value) => SetSpecial(ts, (PyType)self, "__module__", value));
        type.AddGetSet("__doc__", static (ts, self) =>
        {
            var t = (PyType)self;
            var doc = t.Namespace.GetStr("__doc__") ?? PyNone.Instance;
            return doc.Type.DescrGet is { } get ? get(ts, doc, null, t) : doc;
        }, static (ts, self, value) => SetSpecial(ts, (PyType)self, "__doc__", value));
        type.AddGetSet("__abstractmethods__", static (ts, self) =>
        {
            // type itself has the descriptor but no abstract methods.
            var t = (PyType)self;
            if (t != BuiltinTypes.Type && t.Namespace.GetStr("__abstractmethods__") is { } v) return v;
            return ts.AttributeError("__abstractmethods__");
        }, SetAbstractMethods);
        type.AddGetSet("__annotations__", GetAnnotations, SetAnnotations);
        type.AddMethod("mro", static (ts, self) => PyList.FromArray(Mro.Compute(ts, (PyType)self) is { } m ? m.ToArray<PyObject>() : []));
        type.AddMethod("__subclasses__", static (ts, self) => PyList.FromArray(ts.Interp.SubclassesOf((PyType)self).ToArray<PyObject>()));
        type.AddMethod("__instancecheck__", static (ts, self, inst) => PyBool.From(Protocols.RecursiveIsInstance(ts, inst, (PyType)self)));
        type.AddMethod("__subclasscheck__", static (ts, self, sub) =>
        {
            if (sub is not PyType st) return ts.TypeError("issubclass() arg 1 must be a class");
            return PyBool.From(st.IsSubtypeOf((PyType)self));
        });
        type.AddClassMethod(new MethodDef("__prepare__", static (ts, cls, args, kw) => new PyDict()));
        type.AddMethod("__dir__", static (ts, self) =>
        {
            // type.__dir__: the names of the class and of all its bases.
            var names = new PyDict();
            if (!ObjectSlots.MergeClassDict(ts, names, self)) return null;
            return PyList.FromArray(names.KeysSnapshot().ToArray());
        });
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(((PyType)self).IsHeapType ? 920 : 408));
    }

    /// <summary>type's READONLY members (__mro__, __base__, ...) refuse assignment and deletion alike.</summary>
    private static int ReadOnlyMember(ThreadState ts, PyObject self, PyObject? value)
    {
        ts.SetError(PyExc.AttributeError, "readonly attribute");
        return -1;
    }

    /// <summary>Setting __abstractmethods__ (what ABCMeta does) marks the class abstract when the value is true.</summary>
    private static int SetAbstractMethods(ThreadState ts, PyObject self, PyObject? value)
    {
        var t = (PyType)self;
        bool isAbstract = false;
        if (value is not null)
        {
            int truth = Protocols.IsTrue(ts, value);
            if (truth < 0) return -1;
            isAbstract = truth == 1;
            if (!t.IsHeapType)
            {
                ts.SetError(PyExc.TypeError, $"cannot set '__abstractmethods__' attribute of immutable type '{t.Name}'");
                return -1;
            }
            t.Namespace.SetStr("__abstractmethods__", value);
        }
        else if (!t.IsHeapType || !t.Namespace.DelStr(PyStr.Intern("__abstractmethods__")))
        {
            ts.SetError(PyExc.AttributeError, "__abstractmethods__");
            return -1;
        }
        t.Modified(ts);
        if (isAbstract) t.Flags |= TypeFlags.IsAbstract;
        else t.Flags &= ~TypeFlags.IsAbstract;
        return 0;
    }

    /// <summary>type.__annotations__ (3.10+): a class's own annotations dict, created empty on first access.</summary>
    private static PyObject? GetAnnotations(ThreadState ts, PyObject self)
    {
        var t = (PyType)self;
        if (!t.IsHeapType) return ts.AttributeError($"type object '{ShortName(t)}' has no attribute '__annotations__'");
        if (t.Namespace.GetStr("__annotations__") is { } a)
            return a.Type.DescrGet is { } get ? get(ts, a, null, t) : a;
        var d = new PyDict();
        t.Namespace.SetStr("__annotations__", d);
        t.Modified(ts);
        return d;
    }

    private static int SetAnnotations(ThreadState ts, PyObject self, PyObject? value)
    {
        var t = (PyType)self;
        if (!t.IsHeapType)
        {
            ts.SetError(PyExc.TypeError, $"cannot set '__annotations__' attribute of immutable type '{t.Name}'");
            return -1;
        }
        if (value is null)
        {
            if (!t.Namespace.DelStr(PyStr.Intern("__annotations__")))
            {
                ts.SetError(PyExc.AttributeError, "__annotations__");
                return -1;
            }
        }
        else t.Namespace.SetStr("__annotations__", value);
        t.Modified(ts);
        return 0;
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
        if (type == BuiltinTypes.Type)
        {
            int nkw = kwnames?.Length ?? 0;
            int npos = args.Length - nkw;
            if (npos == 1 && nkw == 0) return args[0].Type;
            if (npos == 1) return ts.TypeError("type() takes no keyword arguments");
            if (npos != 3) return ts.TypeError("type() takes 1 or 3 arguments");
        }
        if (type.New is not { } newSlot)
            return ts.TypeError($"cannot create '{type.Name}' instances");
        var obj = newSlot(ts, type, args, kwnames);
        if (obj is null) return null;
        // Instances of classes with __del__ get it called when they die (Modules/Gc/FinalizerRegistry).
        if (obj.Type.Finalize is not null && obj.Type.IsHeapType) FinalizerRegistry.Track(ts, obj);
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

    /// <summary>
    /// compatible_for_assignment: instances of <paramref name="oldto"/> may become instances of
    /// <paramref name="newto"/> (or a class may swap one base for the other) when both are freed the same
    /// way and, after skipping subclasses that add nothing to the layout, reach the same layout.
    /// </summary>
    internal static bool CompatibleForAssignment(ThreadState ts, PyType oldto, PyType newto, string attr)
    {
        if (IsCollected(newto) != IsCollected(oldto))
        {
            ts.SetError(PyExc.TypeError, $"{attr} assignment: '{newto.Name}' deallocator differs from '{oldto.Name}'");
            return false;
        }
        var newBase = newto;
        var oldBase = oldto;
        while (AddsNothingToBase(newBase)) newBase = newBase.Base!;
        while (AddsNothingToBase(oldBase)) oldBase = oldBase.Base!;
        if (newBase == oldBase || (newBase.Base == oldBase.Base && SameSlotsAdded(newBase, oldBase)))
        {
            if (newto.HasInstanceDict == oldto.HasInstanceDict) return true;
        }
        ts.SetError(PyExc.TypeError, $"{attr} assignment: '{newto.Name}' object layout differs from '{oldto.Name}'");
        return false;
    }

    /// <summary>Whether instances are garbage-collected objects (tp_free is PyObject_GC_Del): every class
    /// made by Python code and the builtin containers, not the atomic builtins.</summary>
    private static bool IsCollected(PyType t)
    {
        if (t.IsHeapType) return true;
        return !(t == BuiltinTypes.Object || t == BuiltinTypes.Int || t == BuiltinTypes.Bool || t == BuiltinTypes.Float
            || t == BuiltinTypes.Complex || t == BuiltinTypes.Str || t == BuiltinTypes.Bytes || t == BuiltinTypes.NoneType
            || t == BuiltinTypes.Range || t == BuiltinTypes.Slice);
    }

    /// <summary>compatible_with_tp_base: the class adds no slots, dict or weak reference field to its base.</summary>
    private static bool AddsNothingToBase(PyType t)
    {
        var b = t.Base;
        if (b is null || !t.IsHeapType) return false;
        return t.SlotCount == b.SlotCount && t.HasInstanceDict == b.HasInstanceDict
            && (t.Flags & TypeFlags.HasWeakrefs) == (b.Flags & TypeFlags.HasWeakrefs) && IsCollected(t) == IsCollected(b);
    }

    /// <summary>same_slots_added: two Python classes over one base that add the same __slots__ (and dict/weakref).</summary>
    private static bool SameSlotsAdded(PyType a, PyType b)
    {
        if (!a.IsHeapType || !b.IsHeapType) return false;
        if ((a.Flags & TypeFlags.HasWeakrefs) != (b.Flags & TypeFlags.HasWeakrefs)) return false;
        var sa = OwnSlotNames(a);
        var sb = OwnSlotNames(b);
        return sa.SequenceEqual(sb) && a.SlotCount == b.SlotCount;
    }

    private static List<string> OwnSlotNames(PyType t)
    {
        var names = new List<string>();
        int pos = 0;
        while (t.Namespace.Next(ref pos, out var k, out var v))
            if (v is PyMemberDescriptor m && m.Owner == t) names.Add(k.ToString()!);
        return names;
    }

    /// <summary>type_set_bases: a class takes new bases (layout-compatible ones); the MROs and slots of
    /// it and its subclasses are recomputed.</summary>
    private static int SetBases(ThreadState ts, PyObject self, PyObject? value)
    {
        var type = (PyType)self;
        if (!CheckSettable(ts, type, "__bases__", value)) return -1;
        if (value is not PyTuple tuple)
        {
            ts.SetError(PyExc.TypeError, $"can only assign tuple to {type.Name}.__bases__, not {value!.Type.Name}");
            return -1;
        }
        if (tuple.Length == 0)
        {
            ts.SetError(PyExc.TypeError, $"can only assign non-empty tuple to {type.Name}.__bases__, not ()");
            return -1;
        }
        var bases = new PyType[tuple.Length];
        for (int i = 0; i < bases.Length; i++)
        {
            if (tuple.Items[i] is not PyType b)
            {
                ts.SetError(PyExc.TypeError, $"{type.Name}.__bases__ must be tuple of classes, not '{tuple.Items[i].Type.Name}'");
                return -1;
            }
            if (b.IsSubtypeOf(type))
            {
                ts.SetError(PyExc.TypeError, "a __bases__ item causes an inheritance cycle");
                return -1;
            }
            bases[i] = b;
        }
        var newBase = ClassCreation.SolidBase(ts, bases);
        if (newBase is null) return -1;
        if (!CompatibleForAssignment(ts, type.Base!, newBase, "__bases__")) return -1;

        var oldBases = type.Bases;
        var oldBase = type.Base;
        type.Bases = bases;
        type.Base = newBase;
        if (!RecomputeMros(ts, type))
        {
            type.Bases = oldBases;
            type.Base = oldBase;
            var saved = ts.FetchError();
            RecomputeMros(ts, type);
            if (saved is not null) ts.SetError(saved);
            return -1;
        }
        foreach (var b in bases) ts.Interp.AddSubclass(b, type);
        RefreshSlots(ts, type);
        type.Modified(ts);
        return 0;
    }

    /// <summary>mro_hierarchy: new MROs for a class and every subclass below it.</summary>
    private static bool RecomputeMros(ThreadState ts, PyType type)
    {
        var mro = Mro.Compute(ts, type);
        if (mro is null) return false;
        type.Mro = mro;
        foreach (var sub in ts.Interp.SubclassesOf(type))
            if (!RecomputeMros(ts, sub)) return false;
        return true;
    }

    private static void RefreshSlots(ThreadState ts, PyType type)
    {
        HeapTypeSlots.FixupAll(ts, type);
        foreach (var sub in ts.Interp.SubclassesOf(type)) RefreshSlots(ts, sub);
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
