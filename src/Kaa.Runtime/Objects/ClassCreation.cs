namespace Kaa.Runtime;

/// <summary>
/// type_new: making a class from a name, bases and a namespace (the end of every class statement,
/// and <c>type(name, bases, dict)</c>): metaclass resolution, the solid base, <c>__slots__</c>,
/// <c>__qualname__</c>/<c>__module__</c>/<c>__classcell__</c>, the MRO, the slots, <c>__set_name__</c>
/// and <c>__init_subclass__</c>.
/// </summary>
internal static class ClassCreation
{
    private static readonly ArgSpec s_typeSpec = new("type", ["name", "bases", "dict"], required: 3);

    public static readonly NewFunc TypeNewSlot = TypeNew;

    private static PyObject? TypeNew(ThreadState ts, PyType metatype, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (metatype == BuiltinTypes.Type && npos == 1 && nkw == 0) return args[0].Type;
        if (npos != 3)
            return ts.TypeError(npos == 1 && metatype == BuiltinTypes.Type ? "type() takes 1 or 3 arguments" : "type.__new__() takes exactly 3 arguments (" + npos + " given)");
        if (args[0] is not PyStr name)
            return ts.TypeError($"type.__new__() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyTuple basesTuple)
            return ts.TypeError($"type.__new__() argument 2 must be tuple, not {args[1].Type.Name}");
        if (args[2] is not PyDict ns)
            return ts.TypeError($"type.__new__() argument 3 must be dict, not {args[2].Type.Name}");

        // The most derived metaclass wins; if it is not this one, it makes the class.
        var winner = metatype;
        foreach (var b in basesTuple.Items)
        {
            var bt = b.Type;
            if (winner.IsSubtypeOf(bt)) continue;
            if (bt.IsSubtypeOf(winner))
            {
                winner = bt;
                continue;
            }
            return ts.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        if (winner != metatype && winner.New is { } winnerNew && !ReferenceEquals(winnerNew, TypeNewSlot))
            return winnerNew(ts, winner, args, kwnames);
        metatype = winner;

        var bases = new PyType[basesTuple.Length];
        for (int i = 0; i < bases.Length; i++)
        {
            if (basesTuple.Items[i] is not PyType bt)
                return ts.TypeError($"bases must be types");
            if (!bt.IsBaseType)
                return ts.TypeError($"type '{bt.Name}' is not an acceptable base type");
            bases[i] = bt;
        }
        if (bases.Length == 0) bases = [BuiltinTypes.Object];

        var solid = SolidBase(ts, bases);
        if (solid is null) return null;

        var dict = new PyDict();
        int pos = 0;
        while (ns.Next(ref pos, out var k, out var v))
            if (!dict.SetItem(ts, k, v)) return null;

        // __qualname__ comes out of the namespace; __module__ defaults to the caller's __name__.
        string qualname = name.ToString();
        if (dict.GetStr("__qualname__") is { } qn)
        {
            if (qn is not PyStr qs) return ts.TypeError($"type __qualname__ must be a str, not {qn.Type.Name}");
            qualname = qs.ToString();
            dict.DelStr(PyStr.Intern("__qualname__"));
        }
        if (dict.GetStr("__module__") is null && ts.CurrentFrame?.Globals.GetStr("__name__") is { } modName)
            dict.SetStr("__module__", modName);

        // Wrap __new__, __init_subclass__ and __class_getitem__ functions as CPython does.
        if (dict.GetStr("__new__") is PyFunction nf) dict.SetStr("__new__", new PyStaticMethod(nf));
        if (dict.GetStr("__init_subclass__") is PyFunction isf) dict.SetStr("__init_subclass__", new PyClassMethod(BuiltinTypes.ClassMethod, isf));
        if (dict.GetStr("__class_getitem__") is PyFunction cgf) dict.SetStr("__class_getitem__", new PyClassMethod(BuiltinTypes.ClassMethod, cgf));

        var flags = TypeFlags.BaseType | (solid.Flags & (TypeFlags.BaseExceptionSubclass | TypeFlags.Sequence | TypeFlags.Mapping));
        foreach (var b in bases) flags |= b.Flags & (TypeFlags.Sequence | TypeFlags.Mapping | TypeFlags.BaseExceptionSubclass);

        // __slots__, __dict__ and __weakref__ (type_new_slots): whether instances get a dict and weak
        // reference support, and the member descriptors of the named slots.
        int slotCount = solid.SlotCount;
        bool mayAddDict = !solid.HasInstanceDict;
        bool mayAddWeak = (solid.Flags & TypeFlags.HasWeakrefs) == 0 && !IsVariableSize(solid);
        bool addDict = false, addWeak = false;
        var slotNames = new List<string>();
        if (dict.GetStr("__slots__") is { } slotsObj)
        {
            var items = slotsObj is PyStr single ? [single] : Protocols.ToList(ts, slotsObj);
            if (items is null) return null;
            foreach (var item in items)
            {
                if (item is not PyStr s) return ts.TypeError($"__slots__ items must be strings, not '{item.Type.Name}'");
                if (!IsIdentifier(s.ToString())) return ts.TypeError("__slots__ must be identifiers");
            }
            foreach (var item in items)
            {
                string sn = item.ToString()!;
                if (sn == "__dict__")
                {
                    if (!mayAddDict || addDict) return ts.TypeError("__dict__ slot disallowed: we already got one");
                    addDict = true;
                    continue;
                }
                if (sn == "__weakref__")
                {
                    if (!mayAddWeak || addWeak)
                        return ts.TypeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                    addWeak = true;
                    continue;
                }
                string mangled = Mangle(name.ToString(), sn);
                if (slotNames.Contains(mangled)) continue;
                slotNames.Add(mangled);
            }
            slotNames.Sort(StringComparer.Ordinal);
            foreach (var sn in slotNames)
            {
                // __classcell__ leaves the namespace before the slots go in (type_new_slots_impl skips it too).
                if (sn != "__classcell__" && dict.GetStr(sn) is not null)
                    return ts.ValueError($"{Protocols.ReprText(ts, PyStr.Create(sn))} in __slots__ conflicts with class variable");
            }
            if (slotNames.Count > 0 && IsVariableSize(solid))
                return ts.TypeError($"nonempty __slots__ not supported for subtype of '{solid.Name}'");
            // Secondary bases may provide the dict or weak references the slots left out.
            if (bases.Length > 1 && ((mayAddDict && !addDict) || (mayAddWeak && !addWeak)))
            {
                foreach (var b in bases)
                {
                    if (b == solid) continue;
                    if (mayAddDict && !addDict && b.HasInstanceDict) addDict = true;
                    if (mayAddWeak && !addWeak && (b.Flags & TypeFlags.HasWeakrefs) != 0) addWeak = true;
                }
            }
        }
        else
        {
            addDict = mayAddDict;
            addWeak = mayAddWeak;
        }
        if (addDict || solid.HasInstanceDict) flags |= TypeFlags.HasInstanceDict;
        if (addWeak || (solid.Flags & TypeFlags.HasWeakrefs) != 0) flags |= TypeFlags.HasWeakrefs;

        var type = PyType.CreateHeapType(metatype, name.ToString(), solid, bases, dict, flags);
        type.QualName = qualname;
        // __classcell__: the cell that super() in methods reads (taken out before a slot of that name goes in).
        if (dict.GetStr("__classcell__") is { } cellObj)
        {
            if (cellObj is not PyCell cell)
                return ts.TypeError($"__classcell__ must be a nonlocal cell, not {cellObj.Type}");
            cell.Contents = type;
            dict.DelStr(PyStr.Intern("__classcell__"));
        }
        foreach (var sn in slotNames)
            dict.SetStr(sn, new PyMemberDescriptor(type, sn, slotCount++));
        type.SlotCount = slotCount;
        if (addDict) dict.SetStr("__dict__", new PyGetSetDescriptor(type, "__dict__", s_getDict, s_setDict, null));
        if (addWeak) dict.SetStr("__weakref__", new PyGetSetDescriptor(type, "__weakref__", s_getWeakref, null, null));
        if (dict.GetStr("__doc__") is null) dict.SetStr("__doc__", PyNone.Instance);

        // The MRO (a metaclass may define mro()).
        PyType[]? mro;
        if (metatype != BuiltinTypes.Type && metatype.Lookup(PyStr.Intern("mro")) is { } mroMethod && mroMethod is not PyMethodDescriptor)
        {
            type.Mro = Mro.Compute(ts, type) ?? [];
            var custom = Protocols.CallMethod(ts, type, "mro", []);
            if (custom is null) return null;
            var list = Protocols.ToList(ts, custom);
            if (list is null) return null;
            mro = new PyType[list.Count];
            for (int i = 0; i < list.Count; i++)
            {
                if (list[i] is not PyType mt) return ts.TypeError($"mro() returned a non-class ('{list[i].Type.Name}')");
                // mro_check: every entry's layout must be one the new class's instances have (else a
                // dict slot would run on an object that is no dict).
                if (!Solid(type).IsSubtypeOf(Solid(mt))) return ts.TypeError($"mro() returned base with unsuitable layout ('{mt.Name}')");
                mro[i] = mt;
            }
        }
        else mro = Mro.Compute(ts, type);
        if (mro is null) return null;
        type.Mro = mro;

        type.ReadyHeapType(ts);
        foreach (var b in bases) ts.Interp.AddSubclass(b, type);

        // __set_name__ on every attribute, then the parent's __init_subclass__.
        foreach (var key in dict.KeysSnapshot())
        {
            if (!dict.TryGetItemNoError(key, out var value)) continue;
            var setName = Protocols.LookupSpecial(ts, value, PyStr.Intern("__set_name__"));
            if (setName is null)
            {
                if (ts.HasError) return null;
                continue;
            }
            if (Protocols.Call(ts, setName, [type, key], null) is null)
            {
                var cause = ts.FetchError();
                ts.SetError(PyExc.RuntimeError, $"Error calling __set_name__ on '{value.Type.Name}' instance {Protocols.Repr(ts, key)} in '{type.Name}'");
                if (ts.CurrentException is { } err)
                {
                    // _PyErr_FormatFromCause: the original error is both the cause and the context.
                    err.Cause = cause;
                    err.Context = cause;
                    err.SuppressContext = true;
                }
                return null;
            }
        }
        if (!InitSubclass(ts, type, args[3..], kwnames)) return null;
        return type;
    }

    private static readonly Getter s_getDict = static (ts, self) =>
    {
        // A class whose metaclass also derives from a class with __dict__: the class's own namespace,
        // through type's descriptor (subtype_dict defers to the builtin base's).
        if (self is PyType) return TypeDictDescriptor(ts, self, null);
        return self.Dict ??= new PyDict();
    };

    private static PyObject? TypeDictDescriptor(ThreadState ts, PyObject self, PyObject? value)
    {
        var descr = BuiltinTypes.Type.Lookup(PyStr.Intern("__dict__"));
        if (descr is null) return ts.RuntimeError("type has no __dict__ descriptor");
        if (value is null) return descr.Type.DescrGet!(ts, descr, self, self.Type);
        return ts.AttributeError("attribute '__dict__' of 'type' objects is not writable");
    }

    private static readonly Setter s_setDict = static (ts, self, value) =>
    {
        if (self is PyType)
        {
            TypeDictDescriptor(ts, self, value ?? PyNone.Instance);
            return -1;
        }
        if (value is null)
        {
            // The dict is dropped; a fresh one appears on next use (CPython re-creates it lazily).
            self.Dict = new PyDict();
            return 0;
        }
        if (value is not PyDict d)
        {
            ts.SetError(PyExc.TypeError, $"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
            return -1;
        }
        self.Dict = d;
        return 0;
    };

    private static readonly Getter s_getWeakref = static (ts, self) => WeakrefModule.FirstWeakref(ts, self);

    private static bool InitSubclass(ThreadState ts, PyType type, ReadOnlySpan<PyObject> kwvalues, PyTuple? kwnames)
    {
        var super = PySuper.Create(ts, type, type);
        if (super is null) return false;
        var f = Protocols.GetAttr(ts, super, PyStr.Intern("__init_subclass__"));
        if (f is null) return false;
        return Protocols.Call(ts, f, kwvalues, kwnames) is not null;
    }

    /// <summary>best_base: the base whose instance layout the others extend.</summary>
    internal static PyType? SolidBase(ThreadState ts, PyType[] bases)
    {
        PyType? winner = null;
        PyType? winnerSolid = null;
        foreach (var b in bases)
        {
            var candidate = Solid(b);
            if (winnerSolid is null)
            {
                winner = b;
                winnerSolid = candidate;
            }
            else if (winnerSolid.IsSubtypeOf(candidate)) { }
            else if (candidate.IsSubtypeOf(winnerSolid))
            {
                winner = b;
                winnerSolid = candidate;
            }
            else
            {
                ts.SetError(PyExc.TypeError, "multiple bases have instance lay-out conflict");
                return null;
            }
        }
        return winner;
    }

    private static PyType Solid(PyType t)
    {
        while (t.IsHeapType && t.SlotCount == (t.Base?.SlotCount ?? 0) && t.Base is not null) t = t.Base;
        // Builtin exceptions share BaseException's layout unless they add fields (KeyError and
        // AttributeError combine; AttributeError and OSError do not).
        if (!t.IsHeapType && t.IsSubtypeOf(PyExc.BaseException)) return ExceptionSlots.LayoutOwner(t);
        return t;
    }

    private static bool IsVariableSize(PyType t)
        => t == BuiltinTypes.Int || t == BuiltinTypes.Tuple || t == BuiltinTypes.Bytes || t.IsSubtypeOf(BuiltinTypes.Int);

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_')) return false;
        foreach (char c in s)
            if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        return true;
    }

    /// <summary>Private names in __slots__ are mangled with the class name.</summary>
    private static string Mangle(string qualname, string name)
    {
        if (!name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal)) return name;
        string cls = qualname.TrimStart('_');
        return cls.Length == 0 ? name : "_" + cls + name;
    }
}
