namespace Kaa.Runtime;

/// <summary>
/// <c>_abc</c>: the C half of <c>abc.ABCMeta</c> — abstract-method computation, virtual-subclass
/// registration, and the cached isinstance/issubclass checks.
/// </summary>
internal static class AbcModule
{
    private const TypeFlags CollectionFlags = TypeFlags.Sequence | TypeFlags.Mapping;
    // CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, as __abc_tpflags__ carries them.
    private const long SequenceBit = 1L << 5, MappingBit = 1L << 6;

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_abc", "Module contains faster C implementation of abc.ABCMeta");
        m.AddFunction("_abc_init", Init, "Internal ABC helper for class set-up. Should be never used outside abc module.");
        m.AddFunction("_abc_register", Fixed("_abc_register", Register), "Internal ABC helper for subclasss registration. Should be never used outside abc module.");
        m.AddFunction("_abc_instancecheck", Fixed("_abc_instancecheck", InstanceCheck), "Internal ABC helper for instance checks. Should be never used outside abc module.");
        m.AddFunction("_abc_subclasscheck", Fixed("_abc_subclasscheck", SubclassCheck), "Internal ABC helper for subclasss checks. Should be never used outside abc module.");
        m.AddFunction("_get_dump", GetDump, "Internal ABC helper for cache and registry debugging.\n\nReturn shallow copies of registry, of both caches, and\nnegative cache version. Don't call this function directly,\ninstead use ABC._dump_registry() for a nice repr.");
        m.AddFunction("_reset_registry", static (ts, self, cls) =>
        {
            var impl = GetImpl(ts, cls);
            if (impl is null) return null;
            impl.Registry.Clear();
            return PyNone.Instance;
        }, "Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py");
        m.AddFunction("_reset_caches", static (ts, self, cls) =>
        {
            var impl = GetImpl(ts, cls);
            if (impl is null) return null;
            impl.Cache.Clear();
            impl.NegativeCache.Clear();
            return PyNone.Instance;
        }, "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py");
        m.AddFunction("get_cache_token", static (ts, self) => PyInt.Create(ts.Interp.GetModuleState<AbcState>().InvalidationCounter),
            "Returns the current ABC cache token.\n\nThe token is an opaque object (supporting equality testing) identifying the\ncurrent version of the ABC cache for virtual subclasses. The token changes\nwith every call to register() on any ABC.");
        return m;
    }

    private static FastMethod Fixed(string name, Func<ThreadState, PyObject, PyObject, PyObject?> f)
        => (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError($"_abc.{name}() takes no keyword arguments");
            if (args.Length != 2) return ts.TypeError($"{name} expected 2 arguments, got {args.Length}");
            return f(ts, args[0], args[1]);
        };

    private static AbcData? GetImpl(ThreadState ts, PyObject cls)
    {
        var impl = Protocols.GetAttr(ts, cls, "_abc_impl");
        if (impl is null) return null;
        if (impl is AbcData d) return d;
        ts.SetError(PyExc.TypeError, "_abc_impl is set to a wrong type");
        return null;
    }

    /// <summary>_PyObject_IsAbstract: getattr(obj, "__isabstractmethod__", False) is true. -1 on error.</summary>
    private static int IsAbstract(ThreadState ts, PyObject obj)
    {
        var v = Protocols.LookupAttr(ts, obj, "__isabstractmethod__");
        if (v is null) return ts.HasError ? -1 : 0;
        return Protocols.IsTrue(ts, v);
    }

    /// <summary>compute_abstract_methods: the namespace's abstract members plus the bases' still-abstract ones.</summary>
    private static bool ComputeAbstractMethods(ThreadState ts, PyObject self)
    {
        var abstracts = PySet.Create();
        var ns = Protocols.GetAttr(ts, self, "__dict__");
        if (ns is null) return false;
        var keys = Protocols.CallMethod(ts, ns, "keys", []);
        if (keys is null) return false;
        var keyList = Protocols.ToList(ts, keys);
        if (keyList is null) return false;
        foreach (var key in keyList)
        {
            var value = Protocols.GetItem(ts, ns, key);
            if (value is null) return false;
            int r = IsAbstract(ts, value);
            if (r < 0) return false;
            if (r > 0 && !abstracts.Add(ts, key)) return false;
        }
        var bases = Protocols.GetAttr(ts, self, "__bases__");
        if (bases is null) return false;
        if (bases is not PyTuple bt)
        {
            ts.SetError(PyExc.TypeError, "__bases__ is not tuple");
            return false;
        }
        foreach (var b in bt.Items)
        {
            var baseAbstracts = Protocols.LookupAttr(ts, b, "__abstractmethods__");
            if (baseAbstracts is null)
            {
                if (ts.HasError) return false;
                continue;
            }
            var names = Protocols.ToList(ts, baseAbstracts);
            if (names is null) return false;
            foreach (var key in names)
            {
                if (key is not PyStr ks)
                {
                    ts.SetError(PyExc.TypeError, $"attribute name must be string, not '{key.Type.Name}'");
                    return false;
                }
                var value = Protocols.LookupAttr(ts, self, ks);
                if (value is null)
                {
                    if (ts.HasError) return false;
                    continue;
                }
                int r = IsAbstract(ts, value);
                if (r < 0) return false;
                if (r > 0 && !abstracts.Add(ts, key)) return false;
            }
        }
        var frozen = Protocols.Call1(ts, BuiltinTypes.FrozenSet, abstracts);
        if (frozen is null) return false;
        return Protocols.SetAttr(ts, self, PyStr.Intern("__abstractmethods__"), frozen) >= 0;
    }

    private static PyObject? Init(ThreadState ts, PyObject module, PyObject self)
    {
        if (!ComputeAbstractMethods(ts, self)) return null;
        var data = new AbcData(ts.Interp.GetModuleState<AbcState>().InvalidationCounter);
        if (Protocols.SetAttr(ts, self, PyStr.Intern("_abc_impl"), data) < 0) return null;
        if (self is PyType cls && cls.Namespace.GetStr("__abc_tpflags__") is { } flags)
        {
            if (flags.Type == BuiltinTypes.Int && flags is PyInt fi && fi.TryGetLong(out long val))
            {
                if ((val & (SequenceBit | MappingBit)) == (SequenceBit | MappingBit))
                    return ts.TypeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
                if ((val & SequenceBit) != 0) cls.Flags |= TypeFlags.Sequence;
                if ((val & MappingBit) != 0) cls.Flags |= TypeFlags.Mapping;
            }
            cls.Namespace.DelStr(PyStr.Intern("__abc_tpflags__"));
        }
        return PyNone.Instance;
    }

    private static PyObject? Register(ThreadState ts, PyObject self, PyObject subclass)
    {
        if (subclass is not PyType sub) return ts.TypeError("Can only register classes");
        int r = Protocols.IsSubclass(ts, subclass, self);
        if (r > 0) return subclass;
        if (r < 0) return null;
        // Cycles are checked after "already a subclass", so X.register(X) is a no-op.
        r = Protocols.IsSubclass(ts, self, subclass);
        if (r > 0) return ts.RuntimeError("Refusing to create an inheritance cycle");
        if (r < 0) return null;
        var impl = GetImpl(ts, self);
        if (impl is null) return null;
        if (!impl.InRegistry(subclass)) impl.Registry.Add(subclass);
        ts.Interp.GetModuleState<AbcState>().InvalidationCounter++;
        if (self is PyType selfType && (selfType.Flags & CollectionFlags) is var flag and not 0)
            if (!SetCollectionFlagRecursive(ts, sub, flag)) return null;
        return subclass;
    }

    private static bool SetCollectionFlagRecursive(ThreadState ts, PyType child, TypeFlags flag)
    {
        if (!child.IsHeapType || (child.Flags & CollectionFlags) == flag) return true;
        child.Flags = (child.Flags & ~CollectionFlags) | flag;
        var subs = Protocols.CallMethod(ts, child, "__subclasses__", []);
        if (subs is null) return false;
        var list = Protocols.ToList(ts, subs);
        if (list is null) return false;
        foreach (var s in list)
            if (s is PyType st && !SetCollectionFlagRecursive(ts, st, flag)) return false;
        return true;
    }

    private static PyObject? InstanceCheck(ThreadState ts, PyObject self, PyObject instance)
    {
        var impl = GetImpl(ts, self);
        if (impl is null) return null;
        var subclass = Protocols.GetAttr(ts, instance, "__class__");
        if (subclass is null) return null;
        if (impl.Cache.Contains(subclass)) return PyBool.True;
        var subtype = instance.Type;
        if (ReferenceEquals(subtype, subclass))
        {
            if (impl.NegativeCacheVersion == ts.Interp.GetModuleState<AbcState>().InvalidationCounter && impl.NegativeCache.Contains(subclass))
                return PyBool.False;
            return Protocols.CallMethod(ts, self, "__subclasscheck__", [subclass]);
        }
        var result = Protocols.CallMethod(ts, self, "__subclasscheck__", [subclass]);
        if (result is null) return null;
        int t = Protocols.IsTrue(ts, result);
        if (t < 0) return null;
        if (t > 0) return result;
        return Protocols.CallMethod(ts, self, "__subclasscheck__", [subtype]);
    }

    private static PyObject? SubclassCheck(ThreadState ts, PyObject self, PyObject subclass)
    {
        if (subclass is not PyType sub) return ts.TypeError("issubclass() arg 1 must be a class");
        var impl = GetImpl(ts, self);
        if (impl is null) return null;
        // 1. The positive cache.
        if (impl.Cache.Contains(subclass)) return PyBool.True;
        // 2. The negative cache, dropped when a register() happened since it was filled.
        var state = ts.Interp.GetModuleState<AbcState>();
        if (impl.NegativeCacheVersion < state.InvalidationCounter)
        {
            impl.NegativeCache.Clear();
            impl.NegativeCacheVersion = state.InvalidationCounter;
        }
        else if (impl.NegativeCache.Contains(subclass)) return PyBool.False;
        // 3. The subclass hook.
        var ok = Protocols.CallMethod(ts, self, "__subclasshook__", [subclass]);
        if (ok is null) return null;
        if (ok == PyBool.True)
        {
            impl.Cache.Add(subclass);
            return PyBool.True;
        }
        if (ok == PyBool.False)
        {
            impl.NegativeCache.Add(subclass);
            return PyBool.False;
        }
        if (ok != PyNotImplemented.Instance)
            return ts.Raise(PyExc.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
        // 4. A real subclass.
        foreach (var m in sub.Mro)
        {
            if (ReferenceEquals(m, self))
            {
                impl.Cache.Add(subclass);
                return PyBool.True;
            }
        }
        // 5. A subclass of a registered class.
        if (impl.InRegistry(subclass))
            return PyBool.True;
        foreach (var registered in impl.Registry.ToArray())
        {
            int r = Protocols.IsSubclass(ts, subclass, registered);
            if (r < 0) return null;
            if (r > 0)
            {
                impl.Cache.Add(subclass);
                return PyBool.True;
            }
        }
        // 6. A subclass of a subclass.
        var subclasses = Protocols.CallMethod(ts, self, "__subclasses__", []);
        if (subclasses is null) return null;
        if (subclasses is not PyList list) return ts.TypeError("__subclasses__() must return a list");
        foreach (var scls in list.ToArray())
        {
            int r = Protocols.IsSubclass(ts, subclass, scls);
            if (r < 0) return null;
            if (r > 0)
            {
                impl.Cache.Add(subclass);
                return PyBool.True;
            }
        }
        impl.NegativeCache.Add(subclass);
        return PyBool.False;
    }

    private static PyObject? GetDump(ThreadState ts, PyObject module, PyObject self)
    {
        var impl = GetImpl(ts, self);
        if (impl is null) return null;
        var registry = PySet.Create();
        foreach (var r in impl.Registry) if (!registry.Add(ts, r)) return null;
        var cache = PySet.Create();
        foreach (var c in impl.Cache) if (!cache.Add(ts, c)) return null;
        var negative = PySet.Create();
        foreach (var c in impl.NegativeCache) if (!negative.Add(ts, c)) return null;
        return PyTuple.Create([registry, cache, negative, PyInt.Create(impl.NegativeCacheVersion)]);
    }
}
