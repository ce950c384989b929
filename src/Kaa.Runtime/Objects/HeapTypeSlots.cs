namespace Kaa.Runtime;

/// <summary>
/// The slots of classes defined in Python (CPython's slot_* functions and update_one_slot): when a
/// class defines or inherits a dunder from Python code, the matching slot becomes a dispatcher that
/// looks the dunder up on the type and calls it; when the nearest definition is a builtin type's own
/// slot wrapper, the builtin slot is used directly.
/// </summary>
internal static partial class HeapTypeSlots
{
    private static readonly GetAttrFunc s_getAttrHook = GetAttrHook;
    private static readonly SetAttrFunc s_setAttrHook = SetAttrHook;
    private static readonly NewFunc s_newHook = NewHook;

    /// <summary>The tp_init of classes whose __init__ is Python code (the VM calls such an __init__ in its
    /// own loop when it sees this slot: Eval.TryPushInitFrame).</summary>
    internal static readonly InitFunc InitDispatcher = InitHook;

    /// <summary>The slot_* dispatcher of each slot field (the function a class's slot gets when Python code defines the dunder).</summary>
    private static readonly Dictionary<SlotField, Delegate> s_dispatchers = BuildDispatchers();

    private static readonly BinaryFunc s_powerBinary = Binary("__pow__", "__rpow__");
    private static readonly BinaryFunc s_inplacePowerBinary = Inplace("__ipow__");

    private static Dictionary<SlotField, Delegate> BuildDispatchers()
    {
        var d = new Dictionary<SlotField, Delegate>
        {
            [SlotWrappers.Repr] = (UnaryFunc)Repr,
            [SlotWrappers.Str] = (UnaryFunc)Str,
            [SlotWrappers.Hash] = (HashFunc)Hash,
            [SlotWrappers.RichCompare] = (RichCompareFunc)RichCompare,
            [SlotWrappers.GetAttr] = s_getAttrHook,
            [SlotWrappers.SetAttr] = s_setAttrHook,
            [SlotWrappers.Call] = (CallFunc)CallHook,
            [SlotWrappers.New] = s_newHook,
            [SlotWrappers.Init] = InitDispatcher,
            [SlotWrappers.DescrGet] = (DescrGetFunc)DescrGetHook,
            [SlotWrappers.DescrSet] = (DescrSetFunc)DescrSetHook,
            [SlotWrappers.Iter] = (UnaryFunc)IterHook,
            [SlotWrappers.IterNext] = (IterNextFunc)NextHook,
            [SlotWrappers.Length] = (LenFunc)LenHook,
            [SlotWrappers.GetItem] = (BinaryFunc)GetItemHook,
            [SlotWrappers.SetItem] = (SetItemFunc)SetItemHook,
            [SlotWrappers.Contains] = (ContainsFunc)ContainsHook,
            [SlotWrappers.Bool] = (InquiryFunc)BoolHook,
            [SlotWrappers.Negative] = Unary("__neg__"),
            [SlotWrappers.Positive] = Unary("__pos__"),
            [SlotWrappers.Absolute] = Unary("__abs__"),
            [SlotWrappers.Invert] = Unary("__invert__"),
            [SlotWrappers.Int] = Unary("__int__"),
            [SlotWrappers.Float] = Unary("__float__"),
            [SlotWrappers.Index] = Unary("__index__"),
            [SlotWrappers.Finalize] = Unary("__del__"),
            [SlotWrappers.Power] = (TernaryFunc)PowerHook,
            [SlotWrappers.InplacePower] = (TernaryFunc)InplacePowerHook,
            [SlotWrappers.DivMod] = Binary("__divmod__", "__rdivmod__"),
        };
        string[] names = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i] == "pow") continue; // derived from the ternary slots (see Update)
            d[SlotWrappers.NumberBinary[i]] = Binary("__" + names[i] + "__", "__r" + names[i] + "__");
            d[SlotWrappers.NumberBinary[i + PyType.InplaceOffset]] = Inplace("__i" + names[i] + "__");
        }
        return d;
    }

    /// <summary>Whether a tp_new is slot_tp_new (a class whose __new__ is Python code).</summary>
    internal static bool IsNewDispatcher(NewFunc? f) => ReferenceEquals(f, s_newHook);

    /// <summary>Whether a tp_setattro is slot_tp_setattro.</summary>
    internal static bool IsSetAttrDispatcher(SetAttrFunc? f) => ReferenceEquals(f, s_setAttrHook);

    public static bool IsSlotName(PyStr name) => SlotWrappers.FieldOf(name.ToString()) is not null;

    /// <summary>fixup_slot_dispatchers: every slot of a new class from its MRO.</summary>
    public static void FixupAll(ThreadState ts, PyType type)
    {
        // A class that defines __eq__ without __hash__ inherits no hash (overrides_hash), so
        // type_ready_set_hash marks it unhashable in its namespace.
        if (type.Namespace.GetStr("__eq__") is not null && type.Namespace.GetStr("__hash__") is null)
            type.Namespace.SetStr("__hash__", PyNone.Instance);
        foreach (var f in SlotWrappers.Fields) Update(type, f);
    }

    /// <summary>update_slot: after <c>cls.__x__ = ...</c>, the slot of the class and its subclasses.</summary>
    public static void UpdateSlot(ThreadState ts, PyType type, PyStr name)
    {
        var field = SlotWrappers.FieldOf(name.ToString());
        if (field is null) return;
        UpdateRecursive(ts, type, field);
    }

    private static void UpdateRecursive(ThreadState ts, PyType type, SlotField field)
    {
        Update(type, field);
        foreach (var sub in ts.Interp.SubclassesOf(type))
        {
            // A subclass that defines the dunder itself is not affected (update_subclasses stops there).
            bool own = false;
            foreach (var n in field.Names) own |= sub.Namespace.TryGetStr(n, out _);
            if (!own) UpdateRecursive(ts, sub, field);
        }
    }

    /// <summary>
    /// update_one_slot: look each dunder of the slot up along the MRO. If every one found is a builtin
    /// type's wrapper of this very slot, the class uses that builtin function directly; if any is Python
    /// code (or another object), the slot dispatches to the dunder; if none is found, the slot is empty.
    /// </summary>
    private static void Update(PyType type, SlotField field)
    {
        Delegate? specific = null;
        PyType? specificOwner = null;
        bool generic = false, unhashable = false, any = false;
        foreach (var n in field.Names)
        {
            // Uncached: fixing a class's slots looks up every dunder once, which would grow the class's
            // lookup cache to its largest size for names most programs never use again.
            var descr = type.LookupUncached(n);
            if (descr is null) continue;
            any = true;
            if (descr is PyWrapperDescriptor w && ReferenceEquals(w.Field, field) && w.Wrapped is not null && type.IsSubtypeOf(w.Owner))
            {
                if (specific is null || ReferenceEquals(specific, w.Wrapped))
                {
                    specific = w.Wrapped;
                    specificOwner = w.Owner;
                }
                else generic = true;
            }
            else if (descr is PyNone && ReferenceEquals(field, SlotWrappers.Hash))
            {
                unhashable = true;
            }
            else if (ReferenceEquals(field, SlotWrappers.New) && SlotWrappers.IsNewWrapper(descr))
            {
                // A builtin __new__ found: the solid base's allocator, called directly.
                specific = type.Base?.New;
                if (specific is null && ((PyBuiltinFunction)descr).Self is PyType nt) specific = nt.New;
                specificOwner = type.Base;
                // Under a builtin type that cannot be instantiated (_hashlib.HASH) tp_new stays NULL.
                if (type.New is null && PyType.NewBlockedInMro(type)) return;
            }
            else generic = true;
        }
        Delegate? result;
        if (!any) result = null;
        else if (unhashable && !generic) result = null;
        else if (generic || specific is null) result = s_dispatchers[field];
        else result = specific;
        field.Set(type, result);

        // The binary forms of ** and **= follow their ternary slots.
        if (ReferenceEquals(field, SlotWrappers.Power))
            type.NumberBinary[(int)BinaryOp.Power] = result is null ? null : generic || specificOwner is null ? s_powerBinary : specificOwner.NumberBinary[(int)BinaryOp.Power];
        else if (ReferenceEquals(field, SlotWrappers.InplacePower))
            type.NumberBinary[(int)BinaryOp.InplacePower] = result is null ? null : generic || specificOwner is null ? s_inplacePowerBinary : specificOwner.NumberBinary[(int)BinaryOp.InplacePower];
    }

    // ---- calling the dunder ------------------------------------------------------------------------

    /// <summary>Looks <paramref name="name"/> up on the type of <paramref name="self"/> and calls it with self first.
    /// <paramref name="found"/> is false (and nothing is set) when the type has no such attribute.</summary>
    internal static PyObject? CallDunder(ThreadState ts, PyObject self, string name, ReadOnlySpan<PyObject> args, out bool found)
        => CallDunder(ts, self, PyStr.Intern(name), args, out found);

    internal static PyObject? CallDunder(ThreadState ts, PyObject self, PyStr name, ReadOnlySpan<PyObject> args, out bool found)
    {
        var attr = self.Type.Lookup(name);
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

    private static PyObject? CallDunder(ThreadState ts, PyObject self, PyStr name, ReadOnlySpan<PyObject> args)
    {
        var r = CallDunder(ts, self, name, args, out bool found);
        // vectorcall_method: a dunder missing from the type is an AttributeError naming just the dunder.
        if (!found) return ts.AttributeError(name.ToString());
        return r;
    }

    private static PyObject? Repr(ThreadState ts, PyObject self) => CallDunder(ts, self, DunderNames.__repr__, []);

    private static PyObject? Str(ThreadState ts, PyObject self) => CallDunder(ts, self, DunderNames.__str__, []);

    private static long Hash(ThreadState ts, PyObject self)
    {
        var attr = self.Type.Lookup(DunderNames.__hash__);
        if (attr is null or PyNone)
        {
            ts.SetError(PyExc.TypeError, $"unhashable type: '{self.Type.Name}'");
            return -1;
        }
        var r = CallDunder(ts, self, DunderNames.__hash__, []);
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

    private static readonly PyStr[] s_compareNames = Array.ConvertAll(["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"], PyStr.Intern);

    private static PyObject? RichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        var attr = a.Type.Lookup(s_compareNames[(int)op]);
        if (attr is null) return PyNotImplemented.Instance;
        // Method descriptors are called unbound (lookup_maybe_method), so a wrapper of another class raises.
        if (attr is PyFunction or PyWrapperDescriptor or PyMethodDescriptor) return Protocols.Call(ts, attr, [a, b], null);
        // slot_tp_richcompare: a failing lookup (a property raising, say) is NotImplemented, the error dropped.
        var get = attr.Type.DescrGet;
        var bound = get is null ? attr : get(ts, attr, a, a.Type);
        if (bound is null)
        {
            ts.ClearError();
            return PyNotImplemented.Instance;
        }
        return Protocols.Call(ts, bound, [b], null);
    }

    private static PyObject? GetAttrHook(ThreadState ts, PyObject self, PyStr name)
    {
        var type = self.Type;
        var getattribute = type.Lookup(DunderNames.__getattribute__);
        PyObject? r;
        if (getattribute is null || (getattribute is PyWrapperDescriptor w && w.Owner == BuiltinTypes.Object))
            r = ObjectSlots.GenericGetAttr(ts, self, name);
        else
            r = CallDunder(ts, self, DunderNames.__getattribute__, [name]);
        if (r is not null || !ts.ErrorMatches(PyExc.AttributeError)) return r;
        if (type.Lookup(DunderNames.__getattr__) is null) return null;
        ts.ClearError();
        return CallDunder(ts, self, DunderNames.__getattr__, [name]);
    }

    private static int SetAttrHook(ThreadState ts, PyObject self, PyStr name, PyObject? value)
    {
        var r = value is null ? CallDunder(ts, self, DunderNames.__delattr__, [name]) : CallDunder(ts, self, DunderNames.__setattr__, [name, value]);
        return r is null ? -1 : 0;
    }

    private static PyObject? CallHook(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var attr = self.Type.Lookup(DunderNames.__call__);
        if (attr is null) return ts.TypeError($"'{self.Type.Name}' object is not callable");
        var get = attr.Type.DescrGet;
        var bound = get is null ? attr : get(ts, attr, self, self.Type);
        return bound is null ? null : Protocols.Call(ts, bound, args, kwnames);
    }

    private static PyObject? NewHook(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        // __new__ is a static method: look it up (unbound) and call it with the class first.
        var f = Protocols.GetAttr(ts, type, DunderNames.__new__);
        if (f is null) return null;
        var full = new PyObject[args.Length + 1];
        full[0] = type;
        args.CopyTo(full.AsSpan(1));
        return Protocols.Call(ts, f, full, kwnames);
    }

    private static int InitHook(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var attr = self.Type.Lookup(DunderNames.__init__);
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
        => CallDunder(ts, self, DunderNames.__get__, [instance ?? PyNone.Instance, owner ?? PyNone.Instance]);

    private static int DescrSetHook(ThreadState ts, PyObject self, PyObject instance, PyObject? value)
    {
        var r = value is null ? CallDunder(ts, self, DunderNames.__delete__, [instance]) : CallDunder(ts, self, DunderNames.__set__, [instance, value]);
        return r is null ? -1 : 0;
    }

    private static PyObject? IterHook(ThreadState ts, PyObject self)
    {
        var attr = self.Type.Lookup(DunderNames.__iter__);
        if (attr is PyNone) return ts.TypeError($"'{self.Type.Name}' object is not iterable");
        return CallDunder(ts, self, DunderNames.__iter__, []);
    }

    private static PyObject? NextHook(ThreadState ts, PyObject self) => CallDunder(ts, self, DunderNames.__next__, []);

    private static nint LenHook(ThreadState ts, PyObject self)
    {
        var r = CallDunder(ts, self, DunderNames.__len__, []);
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

    private static PyObject? GetItemHook(ThreadState ts, PyObject self, PyObject key) => CallDunder(ts, self, DunderNames.__getitem__, [key]);

    private static int SetItemHook(ThreadState ts, PyObject self, PyObject key, PyObject? value)
    {
        var r = value is null ? CallDunder(ts, self, DunderNames.__delitem__, [key]) : CallDunder(ts, self, DunderNames.__setitem__, [key, value]);
        return r is null ? -1 : 0;
    }

    private static int ContainsHook(ThreadState ts, PyObject self, PyObject item)
    {
        var attr = self.Type.Lookup(DunderNames.__contains__);
        if (attr is PyNone)
        {
            ts.SetError(PyExc.TypeError, $"'{self.Type.Name}' object is not a container");
            return -1;
        }
        var r = CallDunder(ts, self, DunderNames.__contains__, [item]);
        return r is null ? -1 : Protocols.IsTrue(ts, r);
    }

    private static int BoolHook(ThreadState ts, PyObject self)
    {
        var r = CallDunder(ts, self, DunderNames.__bool__, [], out bool found);
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

    private static UnaryFunc Unary(string name)
    {
        var dunder = PyStr.Intern(name);
        return (ts, self) => CallDunder(ts, self, dunder, []);
    }

    private static BinaryFunc Inplace(string name)
    {
        var dunder = PyStr.Intern(name);
        return (ts, a, b) =>
        {
            var r = CallDunder(ts, a, dunder, [b], out bool found);
            return found ? r : PyNotImplemented.Instance;
        };
    }

    /// <summary>SLOT1BINFULL: the left operand's <paramref name="name"/>, or the right operand's reflected <paramref name="rname"/>.</summary>
    private static BinaryFunc Binary(string nameText, string rnameText)
    {
        PyStr name = PyStr.Intern(nameText), rname = PyStr.Intern(rnameText);
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

    private static bool HasDispatcher(PyType t, BinaryFunc f, PyStr name)
    {
        for (int i = 0; i < PyType.BinaryOpCount; i++)
            if (ReferenceEquals(t.NumberBinary[i], f)) return true;
        return ReferenceEquals(t.DivMod, f);
    }

    /// <summary>method_is_overloaded: <paramref name="sub"/>'s <paramref name="name"/> differs from <paramref name="sup"/>'s.</summary>
    private static bool Overrides(PyType sub, PyType sup, PyStr name)
    {
        var a = sub.Lookup(name);
        if (a is null) return false;
        var b = sup.Lookup(name);
        return !ReferenceEquals(a, b);
    }

    private static PyObject? PowerHook(ThreadState ts, PyObject a, PyObject b, PyObject c)
    {
        if (c is PyNone)
        {
            var r = CallDunder(ts, a, DunderNames.__pow__, [b], out bool found);
            if (found && a.Type.Lookup(DunderNames.__pow__) is not null && (r is null || r != PyNotImplemented.Instance)) return r;
            if (a.Type != b.Type)
            {
                var r2 = CallDunder(ts, b, DunderNames.__rpow__, [a], out bool f2);
                if (f2) return r2;
            }
            return PyNotImplemented.Instance;
        }
        var r3 = CallDunder(ts, a, DunderNames.__pow__, [b, c], out bool f3);
        return f3 ? r3 : PyNotImplemented.Instance;
    }

    private static PyObject? InplacePowerHook(ThreadState ts, PyObject a, PyObject b, PyObject c)
    {
        var r = CallDunder(ts, a, DunderNames.__ipow__, [b], out bool found);
        return found ? r : PyNotImplemented.Instance;
    }
}
