namespace Kaa.Runtime;

/// <summary>
/// <c>collections.OrderedDict</c> (the C one CPython's <c>_collections</c> provides). It is a dict subclass
/// whose order is the dict's own entry order: CPython's C version keeps a linked list beside the table, but
/// Kaa's dict is already ordered by insertion, so the table is the list. What OrderedDict adds is moving a
/// key to either end (<see cref="PyDict.MoveToEnd"/>), popping from either end, order-sensitive equality
/// between OrderedDicts, its own iterators (which report any insertion, deletion or move during iteration as
/// "OrderedDict mutated during iteration") and views, and an instance <c>__dict__</c>.
/// Methods that CPython's version runs through the item protocol for subclasses (update, setdefault, pop,
/// popitem, copy) do the same here, so that overridden <c>__setitem__</c>/<c>__getitem__</c> are honoured.
/// </summary>
public class PyOrderedDict : PyDict
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("collections.OrderedDict", BuiltinTypes.Dict,
        TypeFlags.BaseType | TypeFlags.Mapping | TypeFlags.HasInstanceDict | TypeFlags.HasWeakrefs, Install);

    internal static readonly PyType KeysType = PyType.CreateStatic("odict_keys", BuiltinTypes.DictKeys, TypeFlags.NoNew, static t => InstallView(t, DictIterKind.Keys));
    internal static readonly PyType ValuesType = PyType.CreateStatic("odict_values", BuiltinTypes.DictValues, TypeFlags.NoNew, static t => InstallView(t, DictIterKind.Values));
    internal static readonly PyType ItemsType = PyType.CreateStatic("odict_items", BuiltinTypes.DictItems, TypeFlags.NoNew, static t => InstallView(t, DictIterKind.Items));

    private PyDict? _instDict;

    protected PyOrderedDict(PyType type) : base(type) { }

    public override PyDict? Dict { get => _instDict ??= new PyDict(); set => _instDict = value; }

    private static PyOrderedDict Make(PyType type) => type == TypeObject ? new PyOrderedDict(type) : new Derived(type);

    private static readonly ArgSpec MoveToEndSpec = new("move_to_end", ["key", "last"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec PopItemSpec = new("popitem", ["last"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec PopSpec = new("pop", ["key", "default"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec FromKeysSpec = new("fromkeys", ["iterable", "value"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec SetDefaultSpec = new("setdefault", ["key", "default"], required: 1, positionalOnly: 0);

    // ---- update (MutableMapping.update, through the item protocol) ---------------------------------------

    /// <summary>mutablemapping_update_arg: a mapping's items, a keys() object's keys, or (key, value) pairs.</summary>
    private static bool UpdateFromArg(ThreadState ts, PyObject self, PyObject arg)
    {
        if (arg.Type == BuiltinTypes.Dict || arg is PyOrderedDict)
        {
            var items = Protocols.CallMethod(ts, arg, "items", []);
            if (items is null) return false;
            return SetPairs(ts, self, items);
        }
        var keysFunc = Protocols.LookupAttr(ts, arg, "keys");
        if (keysFunc is not null)
        {
            var keys = Protocols.Call0(ts, keysFunc);
            if (keys is null) return false;
            var it = Protocols.GetIter(ts, keys);
            if (it is null) return false;
            while (Protocols.Next(ts, it) is { } key)
            {
                var value = Protocols.GetItem(ts, arg, key);
                if (value is null || Protocols.SetItem(ts, self, key, value) < 0) return false;
            }
            return !ts.HasError;
        }
        if (ts.HasError) return false;
        var items2 = Protocols.LookupAttr(ts, arg, "items");
        if (items2 is not null)
        {
            var itemsResult = Protocols.Call0(ts, items2);
            return itemsResult is not null && SetPairs(ts, self, itemsResult);
        }
        if (ts.HasError) return false;
        return SetPairs(ts, self, arg);
    }

    /// <summary>Each (key, value) pair of <paramref name="pairs"/> stored with <c>self[key] = value</c>.</summary>
    private static bool SetPairs(ThreadState ts, PyObject self, PyObject pairs)
    {
        var it = Protocols.GetIter(ts, pairs);
        if (it is null) return false;
        while (Protocols.Next(ts, it) is { } pair)
        {
            var seq = Protocols.ToList(ts, pair);
            if (seq is null)
            {
                if (ts.ErrorMatches(PyExc.TypeError))
                {
                    ts.ClearError();
                    ts.SetError(PyExc.TypeError, "cannot convert dictionary update sequence element #0 to a sequence");
                }
                return false;
            }
            if (seq.Count != 2) return ts.ValueError("need more than 1 value to unpack") is not null;
            if (Protocols.SetItem(ts, self, seq[0], seq[1]) < 0) return false;
        }
        return !ts.HasError;
    }

    /// <summary>mutablemapping_update: at most one positional argument, then the keywords.</summary>
    private static PyObject? Update(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos > 1) return ts.TypeError($"update() takes at most 1 positional argument ({npos} given)");
        if (npos == 1 && !UpdateFromArg(ts, self, args[0])) return null;
        for (int i = 0; i < nkw; i++)
            if (Protocols.SetItem(ts, self, kwnames!.Items[i], args[npos + i]) < 0) return null;
        return PyNone.Instance;
    }

    // ---- methods ----------------------------------------------------------------------------------------

    private static PyObject? MoveToEnd(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!MoveToEndSpec.Parse(ts, args, kwnames, a)) return null;
        var key = a[0]!;
        bool last = true;
        if (a[1] is { } lastArg)
        {
            int t = Protocols.IsTrue(ts, lastArg);
            if (t < 0) return null;
            last = t > 0;
        }
        var od = (PyOrderedDict)self;
        if (od.Count == 0) return ts.KeyError(key);
        long hash = Protocols.Hash(ts, key);
        if (hash == -1 && ts.HasError) return null;
        int r = od.MoveToEnd(ts, key, hash, last);
        if (r < 0) return null;
        return r == 0 ? ts.KeyError(key) : PyNone.Instance;
    }

    /// <summary>_odict_popkey_hash: straight from the table, for subclasses too (no __getitem__, __delitem__ or __missing__).</summary>
    private static PyObject? PopKey(ThreadState ts, PyObject self, PyObject key, PyObject? deflt)
    {
        int r = ((PyOrderedDict)self).Pop(ts, key, out var value);
        if (r < 0) return null;
        if (r > 0) return value;
        return deflt ?? ts.KeyError(key);
    }

    private static PyObject? PopItem(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!PopItemSpec.Parse(ts, args, kwnames, a)) return null;
        bool last = true;
        if (a[0] is { } lastArg)
        {
            int t = Protocols.IsTrue(ts, lastArg);
            if (t < 0) return null;
            last = t > 0;
        }
        var od = (PyOrderedDict)self;
        if (!od.TryGetEdgeEntry(last, out var key, out var value, out long hash))
        {
            ts.SetError(PyExc.KeyError, "dictionary is empty");
            return null;
        }
        if (od.DelItem(ts, key, hash) < 0) return null;
        return PyTuple.Create(key, value!);
    }

    private static PyObject? SetDefault(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!SetDefaultSpec.Parse(ts, args, kwnames, a)) return null;
        var key = a[0]!;
        var deflt = a[1] ?? PyNone.Instance;
        if (self.Type == TypeObject) return ((PyDict)self).SetDefault(ts, key, deflt);
        int exists = Protocols.Contains(ts, self, key);
        if (exists < 0) return null;
        if (exists > 0) return Protocols.GetItem(ts, self, key);
        return Protocols.SetItem(ts, self, key, deflt) < 0 ? null : deflt;
    }

    /// <summary>odict_copy: <c>type(self)()</c> filled in order (through the item protocol for subclasses).</summary>
    private static PyObject? Copy(ThreadState ts, PyObject self)
    {
        var od = (PyOrderedDict)self;
        var copy = Protocols.Call0(ts, self.Type);
        if (copy is null) return null;
        uint version = od.Version;
        for (int pos = 0; pos < od.EntryLimit; pos++)
        {
            if (!od.TryGetEntryWithHash(pos, out var key, out var value, out long hash)) continue;
            if (self.Type == TypeObject && copy is PyDict cd && copy.Type == TypeObject)
            {
                if (!cd.SetItem(ts, key, hash, value!)) return null;
            }
            else
            {
                var v = Protocols.GetItem(ts, self, key);
                if (v is null || Protocols.SetItem(ts, copy, key, v) < 0) return null;
            }
            if (od.Version != version) return ts.RuntimeError("OrderedDict mutated during iteration");
        }
        return copy;
    }

    /// <summary>fromkeys(iterable, value=None): <c>cls()</c> with each key set to the value.</summary>
    private static PyObject? FromKeys(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!FromKeysSpec.Parse(ts, args, kwnames, a)) return null;
        var value = a[1] ?? PyNone.Instance;
        var result = Protocols.Call0(ts, cls);
        if (result is null) return null;
        var it = Protocols.GetIter(ts, a[0]!);
        if (it is null) return null;
        bool direct = result.Type == TypeObject || result.Type == BuiltinTypes.Dict;
        while (Protocols.Next(ts, it) is { } key)
        {
            if (direct ? !((PyDict)result).SetItem(ts, key, value) : Protocols.SetItem(ts, result, key, value) < 0) return null;
        }
        return ts.HasError ? null : result;
    }

    private static PyObject? Reduce(ThreadState ts, PyObject self)
    {
        var state = ObjectSlots.GetStateForReduce(ts, self);
        if (state is null) return null;
        var items = Protocols.CallMethod(ts, self, "items", []);
        if (items is null) return null;
        var it = Protocols.GetIter(ts, items);
        if (it is null) return null;
        return PyTuple.Create([self.Type, PyTuple.Empty, state, PyNone.Instance, it]);
    }

    /// <summary>odict_sizeof: dict's size with OrderedDict's larger header, the node index table and one node per key.</summary>
    private static PyObject SizeOf(PyOrderedDict od)
    {
        // CPython's PyODictObject is 64 bytes larger than a dict; the fast-node table has one pointer per
        // index slot and each key has a 32-byte node.
        // dict's SizeOf counts a dict pointer for a dict subclass with a __dict__: OrderedDict's header has it.
        long size = od.SizeOf() - 8 + 64 + 8L * od.IndexTableSize + (od.Count > 0 ? 32L * od.Count : 0);
        return PyInt.Create(size);
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        string name = self.Type.IsHeapType ? self.Type.Name : self.Type.QualName;
        var od = (PyOrderedDict)self;
        if (od.Count == 0) return PyStr.Create(name + "()");
        if (ts.ReprEnter(self)) return PyStr.Create("...");
        try
        {
            var pairs = new PyList();
            if (self.Type == TypeObject)
            {
                for (int pos = 0; pos < od.EntryLimit; pos++)
                    if (od.TryGetEntry(pos, out var key, out var value)) pairs.Append(PyTuple.Create(key, value!));
            }
            else
            {
                var items = Protocols.CallMethod(ts, self, "items", []);
                if (items is null) return null;
                var list = Protocols.ToList(ts, items);
                if (list is null) return null;
                foreach (var item in list) pairs.Append(item);
            }
            var r = Protocols.Repr(ts, pairs);
            if (r is null) return null;
            return new PyStrBuilder().Append(name).Append("(").Append((PyStr)r).Append(")").ToPyStr();
        }
        finally
        {
            ts.ReprLeave(self);
        }
    }

    /// <summary>odict_richcompare: equal OrderedDicts must also have their keys in the same order.</summary>
    private static PyObject? RichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyOrderedDict || b is not PyDict) return PyNotImplemented.Instance;
        if (op != CompareOp.Eq && op != CompareOp.Ne) return PyNotImplemented.Instance;
        if (b is PyOrderedDict ob)
        {
            var oa = (PyOrderedDict)a;
            var res = BuiltinTypes.Dict.RichCompare!(ts, a, b, CompareOp.Eq);
            if (res is null) return null;
            if (res == PyBool.True)
            {
                int eq = KeysInSameOrder(ts, oa, ob);
                if (eq < 0) return null;
                res = PyBool.From(eq > 0);
            }
            if (res is PyBool rb && op == CompareOp.Ne) return PyBool.From(rb != PyBool.True);
            return res;
        }
        return BuiltinTypes.Dict.RichCompare!(ts, a, b, op);
    }

    private static int KeysInSameOrder(ThreadState ts, PyOrderedDict a, PyOrderedDict b)
    {
        uint va = a.Version, vb = b.Version;
        int pa = 0, pb = 0;
        while (true)
        {
            PyObject? ka = null, kb = null;
            while (pa < a.EntryLimit && !a.TryGetEntry(pa++, out ka, out _)) ka = null;
            while (pb < b.EntryLimit && !b.TryGetEntry(pb++, out kb, out _)) kb = null;
            if (ka is null || kb is null) return ka is null && kb is null ? 1 : 0;
            if (ReferenceEquals(ka, kb)) continue;
            int eq = Protocols.RichCompareBool(ts, ka, kb, CompareOp.Eq);
            if (eq < 0) return -1;
            if (a.Version != va || b.Version != vb)
            {
                ts.SetError(PyExc.RuntimeError, "OrderedDict mutated during iteration");
                return -1;
            }
            if (eq == 0) return 0;
        }
    }

    private static PyObject? Or(ThreadState ts, PyObject left, PyObject right)
    {
        PyType type;
        PyObject other;
        if (left is PyOrderedDict) { type = left.Type; other = right; }
        else { type = right.Type; other = left; }
        if (other is not PyDict) return PyNotImplemented.Instance;
        var result = Protocols.Call1(ts, type, left);
        if (result is null) return null;
        return UpdateFromArg(ts, result, right) ? result : null;
    }

    private static void InstallView(PyType type, DictIterKind kind)
    {
        type.Iter = kind switch
        {
            DictIterKind.Keys => static (ts, self) => new PyODictIterator((PyOrderedDict)((PyDictView)self).Source, DictIterKind.Keys, reverse: false),
            DictIterKind.Values => static (ts, self) => new PyODictIterator((PyOrderedDict)((PyDictView)self).Source, DictIterKind.Values, reverse: false),
            _ => static (ts, self) => new PyODictIterator((PyOrderedDict)((PyDictView)self).Source, DictIterKind.Items, reverse: false),
        };
        type.AddMethod("__reversed__", static (ts, self) =>
        {
            var v = (PyDictView)self;
            return new PyODictIterator((PyOrderedDict)v.Source, v.Kind, reverse: true);
        });
    }

    private static new void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => Make(t);
        type.Init = static (ts, self, args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos > 1)
            {
                ts.SetError(PyExc.TypeError, $"expected at most 1 arguments, got {npos}");
                return -1;
            }
            return Update(ts, self, args, kw) is null ? -1 : 0;
        };
        type.Iter = static (ts, self) => new PyODictIterator((PyOrderedDict)self, DictIterKind.Keys, reverse: false);
        type.Repr = Repr;
        type.RichCompare = RichCompare;
        type.NumberBinary[(int)BinaryOp.Or] = Or;
        type.AddMethod("__reversed__", static (ts, self) => new PyODictIterator((PyOrderedDict)self, DictIterKind.Keys, reverse: true), "od.__reversed__() <==> reversed(od)");
        type.AddMethod("move_to_end", MoveToEnd, "Move an existing element to the end (or beginning if last is false).\n\nRaise KeyError if the element does not exist.");
        type.AddMethod("popitem", PopItem, "Remove and return a (key, value) pair from the dictionary.\n\nPairs are returned in LIFO order if last is true or FIFO order if false.");
        type.AddMethod("pop", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PopSpec.Parse(ts, args, kw, a)) return null;
            return PopKey(ts, self, a[0]!, a[1]);
        }, "od.pop(key[,default]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError.");
        type.AddMethod("setdefault", SetDefault, "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default.");
        type.AddMethod("update", Update);
        type.AddClassMethod(new MethodDef("fromkeys", FromKeys, "Create a new ordered dictionary with keys from iterable and values set to value."));
        type.AddMethod("copy", Copy, "od.copy() -> a shallow copy of od");
        type.AddMethod("keys", static (ts, self) => new PyDictView((PyDict)self, DictIterKind.Keys, KeysType));
        type.AddMethod("values", static (ts, self) => new PyDictView((PyDict)self, DictIterKind.Values, ValuesType));
        type.AddMethod("items", static (ts, self) => new PyDictView((PyDict)self, DictIterKind.Items, ItemsType));
        type.AddMethod("__reduce__", Reduce, "Return state information for pickling");
        type.AddMethod("__sizeof__", static (ts, self) => SizeOf((PyOrderedDict)self));
        type.AddAttribute("__doc__", PyStr.Create("Dictionary that remembers insertion order"));
        type.AddGetSet("__dict__", static (ts, self) => self.Dict!, static (ts, self, v) =>
        {
            if (v is null) { ts.SetError(PyExc.TypeError, "cannot delete __dict__"); return -1; }
            if (v is not PyDict d) { ts.SetError(PyExc.TypeError, $"__dict__ must be set to a dictionary, not a '{v.Type.Name}'"); return -1; }
            self.Dict = d;
            return 0;
        });
    }

    /// <summary>Instances of Python subclasses (the instance dict is the base's).</summary>
    private new sealed class Derived : PyOrderedDict
    {
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type)
        {
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override Span<PyObject?> SlotValues => _slots;
    }
}
