namespace Kaa.Runtime;

/// <summary>
/// The slots of classes defined in Python (CPython's slot_* functions and update_one_slot): when a
/// class defines or inherits a dunder from Python code, the matching slot becomes a dispatcher that
/// looks the dunder up on the type and calls it; when the nearest definition is a builtin type's own
/// slot wrapper, the builtin slot is used directly.
/// </summary>
internal static partial class HeapTypeSlots
{
    /// <summary>One slot and the dunder names that feed it.</summary>
    private sealed record SlotEntry(string[] Names, Action<PyType, bool> Set);

    private static readonly Dictionary<string, SlotEntry> s_byName = new(StringComparer.Ordinal);
    private static readonly List<SlotEntry> s_entries = [];

    static HeapTypeSlots()
    {
        Add(["__repr__"], (t, on) => t.Repr = on ? Repr : null);
        Add(["__str__"], (t, on) => t.Str = on ? Str : null);
        Add(["__hash__"], (t, on) => t.Hash = on ? Hash : null);
        Add(["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"], (t, on) => t.RichCompare = on ? RichCompare : null);
        Add(["__getattribute__", "__getattr__"], (t, on) => t.GetAttr = on ? GetAttrHook : null);
        Add(["__setattr__", "__delattr__"], (t, on) => t.SetAttr = on ? SetAttrHook : null);
        Add(["__call__"], (t, on) => t.Call = on ? CallHook : null);
        Add(["__new__"], (t, on) => t.New = on ? NewHook : null);
        Add(["__init__"], (t, on) => t.Init = on ? InitHook : null);
        Add(["__get__"], (t, on) => t.DescrGet = on ? DescrGetHook : null);
        Add(["__set__", "__delete__"], (t, on) => t.DescrSet = on ? DescrSetHook : null);
        Add(["__iter__"], (t, on) => t.Iter = on ? IterHook : null);
        Add(["__next__"], (t, on) => t.IterNext = on ? NextHook : null);
        Add(["__len__"], (t, on) => t.Length = on ? LenHook : null);
        Add(["__getitem__"], (t, on) => t.GetItem = on ? GetItemHook : null);
        Add(["__setitem__", "__delitem__"], (t, on) => t.SetItem = on ? SetItemHook : null);
        Add(["__contains__"], (t, on) => t.Contains = on ? ContainsHook : null);
        Add(["__bool__"], (t, on) => t.Bool = on ? BoolHook : null);
        Add(["__neg__"], (t, on) => t.Negative = on ? Unary("__neg__") : null);
        Add(["__pos__"], (t, on) => t.Positive = on ? Unary("__pos__") : null);
        Add(["__abs__"], (t, on) => t.Absolute = on ? Unary("__abs__") : null);
        Add(["__invert__"], (t, on) => t.Invert = on ? Unary("__invert__") : null);
        Add(["__int__"], (t, on) => t.Int = on ? Unary("__int__") : null);
        Add(["__float__"], (t, on) => t.Float = on ? Unary("__float__") : null);
        Add(["__index__"], (t, on) => t.Index = on ? Unary("__index__") : null);
        Add(["__del__"], (t, on) => t.Finalize = on ? Unary("__del__") : null);
        Add(["__pow__", "__rpow__"], (t, on) => t.Power = on ? PowerHook : null);
        Add(["__ipow__"], (t, on) => t.InplacePower = on ? InplacePowerHook : null);
        string[] names = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];
        for (int i = 0; i < names.Length; i++)
        {
            int index = i;
            if (names[i] == "pow")
            {
                // pow's binary entry comes from the ternary slot (PyType.InheritSlots adds the adapter).
                Add(["__ipow__"], (t, on) => t.NumberBinary[index + PyType.InplaceOffset] = on ? Inplace("__ipow__") : null);
                continue;
            }
            var f = Binary("__" + names[i] + "__", "__r" + names[i] + "__");
            Add(["__" + names[i] + "__", "__r" + names[i] + "__"], (t, on) => t.NumberBinary[index] = on ? f : null);
            var inplace = Inplace("__i" + names[i] + "__");
            Add(["__i" + names[i] + "__"], (t, on) => t.NumberBinary[index + PyType.InplaceOffset] = on ? inplace : null);
        }
        Add(["__divmod__", "__rdivmod__"], (t, on) => t.DivMod = on ? Binary("__divmod__", "__rdivmod__") : null);
    }

    private static void Add(string[] names, Action<PyType, bool> set)
    {
        var e = new SlotEntry(names, set);
        s_entries.Add(e);
        foreach (var n in names) s_byName.TryAdd(n, e);
    }

    public static bool IsSlotName(PyStr name) => s_byName.ContainsKey(name.ToString());

    /// <summary>fixup_slot_dispatchers: every slot of a new class from its MRO.</summary>
    public static void FixupAll(ThreadState ts, PyType type)
    {
        // A class that defines __eq__ without __hash__ is unhashable (its namespace gets __hash__ = None).
        if (type.Namespace.GetStr("__eq__") is not null && type.Namespace.GetStr("__hash__") is null)
            type.Namespace.SetStr("__hash__", PyNone.Instance);
        foreach (var e in s_entries) Update(type, e);
    }

    /// <summary>update_slot: after <c>cls.__x__ = ...</c>, the slot of the class and its subclasses.</summary>
    public static void UpdateSlot(ThreadState ts, PyType type, PyStr name)
    {
        if (!s_byName.TryGetValue(name.ToString(), out var e)) return;
        Update(type, e);
        foreach (var sub in ts.Interp.SubclassesOf(type)) UpdateSlot(ts, sub, name);
    }

    private static void Update(PyType type, SlotEntry e)
    {
        // The nearest class in the MRO that defines one of the names decides.
        foreach (var t in type.Mro)
        {
            foreach (var n in e.Names)
            {
                if (!t.Namespace.TryGetStr(PyStr.Intern(n), out var value)) continue;
                if (!t.IsHeapType)
                {
                    CopyBuiltinSlot(type, t, e);
                    return;
                }
                if (n == "__hash__" && value is PyNone)
                {
                    type.Hash = Unhashable;
                    return;
                }
                e.Set(type, true);
                return;
            }
        }
        // No class defines it: the slot keeps what inherit_slots gave (a builtin base's own slot).
    }

    /// <summary>The builtin type <paramref name="from"/> is the nearest definer: use its C# slot.</summary>
    private static void CopyBuiltinSlot(PyType type, PyType from, SlotEntry e)
    {
        // Set to the dispatcher, then read what the builtin has for the same fields by applying the entry
        // to a scratch copy is overkill: each builtin slot field is copied directly.
        type.Repr = e.Names[0] == "__repr__" ? from.Repr : type.Repr;
        type.Str = e.Names[0] == "__str__" ? from.Str : type.Str;
        if (e.Names[0] == "__hash__") type.Hash = from.Hash;
        if (e.Names[0] == "__lt__") type.RichCompare = from.RichCompare;
        if (e.Names[0] == "__getattribute__") type.GetAttr = from.GetAttr;
        if (e.Names[0] == "__setattr__") type.SetAttr = from.SetAttr;
        if (e.Names[0] == "__call__") type.Call = from.Call;
        if (e.Names[0] == "__new__") type.New = from.New;
        if (e.Names[0] == "__init__") type.Init = from.Init;
        if (e.Names[0] == "__get__") type.DescrGet = from.DescrGet;
        if (e.Names[0] == "__set__") type.DescrSet = from.DescrSet;
        if (e.Names[0] == "__iter__") type.Iter = from.Iter;
        if (e.Names[0] == "__next__") type.IterNext = from.IterNext;
        if (e.Names[0] == "__len__") type.Length = from.Length;
        if (e.Names[0] == "__getitem__") type.GetItem = from.GetItem;
        if (e.Names[0] == "__setitem__") type.SetItem = from.SetItem;
        if (e.Names[0] == "__contains__") type.Contains = from.Contains;
        if (e.Names[0] == "__bool__") type.Bool = from.Bool;
        if (e.Names[0] == "__neg__") type.Negative = from.Negative;
        if (e.Names[0] == "__pos__") type.Positive = from.Positive;
        if (e.Names[0] == "__abs__") type.Absolute = from.Absolute;
        if (e.Names[0] == "__invert__") type.Invert = from.Invert;
        if (e.Names[0] == "__int__") type.Int = from.Int;
        if (e.Names[0] == "__float__") type.Float = from.Float;
        if (e.Names[0] == "__index__") type.Index = from.Index;
        if (e.Names[0] == "__del__") type.Finalize = from.Finalize;
        if (e.Names[0] == "__pow__") type.Power = from.Power;
        if (e.Names[0] == "__ipow__" && e.Names.Length == 1)
        {
            type.InplacePower = from.InplacePower;
            type.NumberBinary[(int)BinaryOp.InplacePower] = from.NumberBinary[(int)BinaryOp.InplacePower];
        }
        if (e.Names[0] == "__divmod__") type.DivMod = from.DivMod;
        for (int i = 0; i < PyType.BinaryOpCount; i++)
        {
            if (SlotNameOf(i) == e.Names[0]) type.NumberBinary[i] = from.NumberBinary[i];
        }
    }

    private static readonly string[] s_binaryNames =
        ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];

    private static string SlotNameOf(int index)
        => index < PyType.InplaceOffset ? "__" + s_binaryNames[index] + "__" : "__i" + s_binaryNames[index - PyType.InplaceOffset] + "__";

    // ---- calling the dunder ------------------------------------------------------------------------

    /// <summary>Looks <paramref name="name"/> up on the type of <paramref name="self"/> and calls it with self first.
    /// <paramref name="found"/> is false (and nothing is set) when the type has no such attribute.</summary>
    internal static PyObject? CallDunder(ThreadState ts, PyObject self, string name, ReadOnlySpan<PyObject> args, out bool found)
    {
        var attr = self.Type.Lookup(PyStr.Intern(name));
        found = attr is not null;
        if (attr is null) return null;
        if (attr is PyFunction)
        {
            Span<PyObject> full = args.Length < 4 ? new PyObject[args.Length + 1] : new PyObject[args.Length + 1];
            full[0] = self;
            args.CopyTo(full[1..]);
            return Protocols.Call(ts, attr, full, null);
        }
        var get = attr.Type.DescrGet;
        var bound = get is null ? attr : get(ts, attr, self, self.Type);
        if (bound is null) return null;
        return Protocols.Call(ts, bound, args, null);
    }

    private static PyObject? CallDunder(ThreadState ts, PyObject self, string name, ReadOnlySpan<PyObject> args)
    {
        var r = CallDunder(ts, self, name, args, out bool found);
        if (!found) return Protocols.NoAttribute(ts, self, PyStr.Intern(name));
        return r;
    }

    private static PyObject? Repr(ThreadState ts, PyObject self) => CallDunder(ts, self, "__repr__", []);

    private static PyObject? Str(ThreadState ts, PyObject self) => CallDunder(ts, self, "__str__", []);

    private static long Unhashable(ThreadState ts, PyObject self)
    {
        ts.SetError(PyExc.TypeError, $"unhashable type: '{self.Type.Name}'");
        return -1;
    }

    private static long Hash(ThreadState ts, PyObject self)
    {
        var attr = self.Type.Lookup(PyStr.Intern("__hash__"));
        if (attr is null or PyNone) return Unhashable(ts, self);
        var r = CallDunder(ts, self, "__hash__", []);
        if (r is null) return -1;
        if (r is not PyInt i)
        {
            ts.SetError(PyExc.TypeError, "__hash__ method should return an integer");
            return -1;
        }
        // A big result is reduced as int's own hash is (so hash(x) == hash(int(x))).
        long h = i.TryGetLong(out long small) ? small : IntHash(i);
        return h == -1 ? -2 : h;
    }

    private static long IntHash(PyInt i) => Kaa.Compiler.Hashing.PyHash.HashInt(i.Value);

    private static readonly string[] s_compareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    private static PyObject? RichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        var r = CallDunder(ts, a, s_compareNames[(int)op], [b], out bool found);
        return found ? r : PyNotImplemented.Instance;
    }

    private static PyObject? GetAttrHook(ThreadState ts, PyObject self, PyStr name)
    {
        var type = self.Type;
        var getattribute = type.Lookup(PyStr.Intern("__getattribute__"));
        PyObject? r;
        if (getattribute is null || (getattribute is PyWrapperDescriptor w && w.Owner == BuiltinTypes.Object))
            r = ObjectSlots.GenericGetAttr(ts, self, name);
        else
            r = CallDunder(ts, self, "__getattribute__", [name]);
        if (r is not null || !ts.ErrorMatches(PyExc.AttributeError)) return r;
        if (type.Lookup(PyStr.Intern("__getattr__")) is null) return null;
        ts.ClearError();
        return CallDunder(ts, self, "__getattr__", [name]);
    }

    private static int SetAttrHook(ThreadState ts, PyObject self, PyStr name, PyObject? value)
    {
        var r = value is null ? CallDunder(ts, self, "__delattr__", [name]) : CallDunder(ts, self, "__setattr__", [name, value]);
        return r is null ? -1 : 0;
    }

    private static PyObject? CallHook(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var attr = self.Type.Lookup(PyStr.Intern("__call__"));
        if (attr is null) return ts.TypeError($"'{self.Type.Name}' object is not callable");
        var get = attr.Type.DescrGet;
        var bound = get is null ? attr : get(ts, attr, self, self.Type);
        return bound is null ? null : Protocols.Call(ts, bound, args, kwnames);
    }

    private static PyObject? NewHook(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        // __new__ is a static method: look it up (unbound) and call it with the class first.
        var f = Protocols.GetAttr(ts, type, PyStr.Intern("__new__"));
        if (f is null) return null;
        var full = new PyObject[args.Length + 1];
        full[0] = type;
        args.CopyTo(full.AsSpan(1));
        return Protocols.Call(ts, f, full, kwnames);
    }

    private static int InitHook(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var attr = self.Type.Lookup(PyStr.Intern("__init__"));
        if (attr is null) return 0;
        PyObject? r;
        if (attr is PyFunction)
        {
            var full = new PyObject[args.Length + 1];
            full[0] = self;
            args.CopyTo(full.AsSpan(1));
            r = Protocols.Call(ts, attr, full, kwnames);
        }
        else
        {
            var get = attr.Type.DescrGet;
            var bound = get is null ? attr : get(ts, attr, self, self.Type);
            if (bound is null) return -1;
            r = Protocols.Call(ts, bound, args, kwnames);
        }
        if (r is null) return -1;
        if (r is not PyNone)
        {
            ts.SetError(PyExc.TypeError, $"__init__() should return None, not '{r.Type.Name}'");
            return -1;
        }
        return 0;
    }

    private static PyObject? DescrGetHook(ThreadState ts, PyObject self, PyObject? instance, PyObject? owner)
        => CallDunder(ts, self, "__get__", [instance ?? PyNone.Instance, owner ?? PyNone.Instance]);

    private static int DescrSetHook(ThreadState ts, PyObject self, PyObject instance, PyObject? value)
    {
        var r = value is null ? CallDunder(ts, self, "__delete__", [instance]) : CallDunder(ts, self, "__set__", [instance, value]);
        return r is null ? -1 : 0;
    }

    private static PyObject? IterHook(ThreadState ts, PyObject self)
    {
        var attr = self.Type.Lookup(PyStr.Intern("__iter__"));
        if (attr is PyNone) return ts.TypeError($"'{self.Type.Name}' object is not iterable");
        return CallDunder(ts, self, "__iter__", []);
    }

    private static PyObject? NextHook(ThreadState ts, PyObject self) => CallDunder(ts, self, "__next__", []);

    private static nint LenHook(ThreadState ts, PyObject self)
    {
        var r = CallDunder(ts, self, "__len__", []);
        if (r is null) return -1;
        if (r is not PyInt)
        {
            if (r.Type.Index is null)
            {
                ts.SetError(PyExc.TypeError, $"'{r.Type.Name}' object cannot be interpreted as an integer");
                return -1;
            }
        }
        if (!Protocols.AsIndex(ts, r, out long n, PyExc.OverflowError)) return -1;
        if (n < 0)
        {
            ts.SetError(PyExc.ValueError, "__len__() should return >= 0");
            return -1;
        }
        return (nint)n;
    }

    private static PyObject? GetItemHook(ThreadState ts, PyObject self, PyObject key) => CallDunder(ts, self, "__getitem__", [key]);

    private static int SetItemHook(ThreadState ts, PyObject self, PyObject key, PyObject? value)
    {
        var r = value is null ? CallDunder(ts, self, "__delitem__", [key]) : CallDunder(ts, self, "__setitem__", [key, value]);
        return r is null ? -1 : 0;
    }

    private static int ContainsHook(ThreadState ts, PyObject self, PyObject item)
    {
        var attr = self.Type.Lookup(PyStr.Intern("__contains__"));
        if (attr is PyNone)
        {
            ts.SetError(PyExc.TypeError, $"'{self.Type.Name}' object is not a container");
            return -1;
        }
        var r = CallDunder(ts, self, "__contains__", [item]);
        return r is null ? -1 : Protocols.IsTrue(ts, r);
    }

    private static int BoolHook(ThreadState ts, PyObject self)
    {
        var r = CallDunder(ts, self, "__bool__", [], out bool found);
        if (!found)
        {
            // __bool__ absent: __len__ decides (the slot is shared with classes defining only __len__).
            if (self.Type.Length is { } len)
            {
                nint n = len(ts, self);
                return n < 0 ? -1 : n > 0 ? 1 : 0;
            }
            return 1;
        }
        if (r is null) return -1;
        if (r is not PyBool b)
        {
            ts.SetError(PyExc.TypeError, $"__bool__ should return bool, returned {r.Type.Name}");
            return -1;
        }
        return b.IsTrue ? 1 : 0;
    }

    private static UnaryFunc Unary(string name) => (ts, self) => CallDunder(ts, self, name, []);

    private static BinaryFunc Inplace(string name) => (ts, a, b) =>
    {
        var r = CallDunder(ts, a, name, [b], out bool found);
        return found ? r : PyNotImplemented.Instance;
    };

    /// <summary>SLOT1BINFULL: the left operand's <paramref name="name"/>, or the right operand's reflected <paramref name="rname"/>.</summary>
    private static BinaryFunc Binary(string name, string rname)
    {
        BinaryFunc? self = null;
        self = (ts, a, b) =>
        {
            bool doOther = a.Type != b.Type && b.Type.IsHeapType && HasDispatcher(b.Type, self!, name);
            if (a.Type.IsHeapType && HasDispatcher(a.Type, self!, name))
            {
                if (doOther && b.Type.IsSubtypeOf(a.Type) && Overrides(b.Type, a.Type, rname))
                {
                    var r1 = CallDunder(ts, b, rname, [a], out bool f1);
                    if (!f1 || r1 is null || r1 != PyNotImplemented.Instance) { if (f1) return r1; }
                    doOther = false;
                }
                var r = CallDunder(ts, a, name, [b], out bool found);
                if (found && (r is null || r != PyNotImplemented.Instance || a.Type == b.Type)) return r;
            }
            if (doOther)
            {
                var r = CallDunder(ts, b, rname, [a], out bool found);
                if (found) return r;
            }
            return PyNotImplemented.Instance;
        };
        return self;
    }

    private static bool HasDispatcher(PyType t, BinaryFunc f, string name)
    {
        for (int i = 0; i < PyType.BinaryOpCount; i++)
            if (ReferenceEquals(t.NumberBinary[i], f)) return true;
        return ReferenceEquals(t.DivMod, f);
    }

    /// <summary>method_is_overloaded: <paramref name="sub"/>'s <paramref name="name"/> differs from <paramref name="sup"/>'s.</summary>
    private static bool Overrides(PyType sub, PyType sup, string name)
    {
        var a = sub.Lookup(PyStr.Intern(name));
        if (a is null) return false;
        var b = sup.Lookup(PyStr.Intern(name));
        return !ReferenceEquals(a, b);
    }

    private static PyObject? PowerHook(ThreadState ts, PyObject a, PyObject b, PyObject c)
    {
        if (c is PyNone)
        {
            var r = CallDunder(ts, a, "__pow__", [b], out bool found);
            if (found && a.Type.Lookup(PyStr.Intern("__pow__")) is not null && (r is null || r != PyNotImplemented.Instance)) return r;
            if (a.Type != b.Type)
            {
                var r2 = CallDunder(ts, b, "__rpow__", [a], out bool f2);
                if (f2) return r2;
            }
            return PyNotImplemented.Instance;
        }
        var r3 = CallDunder(ts, a, "__pow__", [b, c], out bool f3);
        return f3 ? r3 : PyNotImplemented.Instance;
    }

    private static PyObject? InplacePowerHook(ThreadState ts, PyObject a, PyObject b, PyObject c)
    {
        var r = CallDunder(ts, a, "__ipow__", [b], out bool found);
        return found ? r : PyNotImplemented.Instance;
    }
}
