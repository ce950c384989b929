namespace Kaa.Runtime;

/// <summary>The slots and methods of <c>dict</c> (the table itself is <see cref="PyDict"/>).</summary>
internal static partial class DictSlots
{
    /// <summary>dict's tp_iter: a subclass that keeps it iterates the table (copy and merge rely on that).</summary>
    internal static readonly UnaryFunc IterSlot = static (ts, self) => new PyDictIterator((PyDict)self, DictIterKind.Keys, reverse: false);

    private static readonly ArgSpec GetSpec = new("get", ["key", "default"], required: 1);
    private static readonly ArgSpec SetDefaultSpec = new("setdefault", ["key", "default"], required: 1);
    private static readonly ArgSpec PopSpec = new("pop", ["key", "default"], required: 1);
    private static readonly ArgSpec FromKeysSpec = new("fromkeys", ["iterable", "value"], required: 1);

    internal static void Install(PyType type)
    {
        type.Length = static (ts, self) => ((PyDict)self).Count;
        type.Hash = null;
        type.Repr = Repr;
        type.GetItem = Subscript;
        type.SetItem = static (ts, self, key, value) =>
        {
            var d = (PyDict)self;
            if (value is not null) return d.SetItem(ts, key, value) ? 0 : -1;
            int r = d.DelItem(ts, key);
            if (r == 0) { ts.KeyError(key); return -1; }
            return r < 0 ? -1 : 0;
        };
        type.Contains = static (ts, self, key) => ((PyDict)self).TryGetItem(ts, key, out _);
        type.Iter = IterSlot;
        type.RichCompare = RichCompare;
        type.New = static (ts, t, args, kw) => t == BuiltinTypes.Dict ? new PyDict() : new PyDict.Derived(t);
        type.Init = static (ts, self, args, kw) => UpdateCommon(ts, (PyDict)self, args, kw, "dict") ? 0 : -1;
        type.NumberBinary[(int)BinaryOp.Or] = static (ts, a, b) =>
        {
            if (a is not PyDict x || b is not PyDict) return PyNotImplemented.Instance;
            var result = x.Copy(ts);
            if (result is null) return null;
            return result.UpdateFrom(ts, b) ? result : null;
        };
        type.NumberBinary[(int)BinaryOp.InplaceOr] = static (ts, a, b) => ((PyDict)a).UpdateFrom(ts, b) ? a : null;

        type.AddMethod("__getitem__", static (ts, self, key) => Subscript(ts, self, key), "x.__getitem__(y) <==> x[y]");
        type.AddMethod("__contains__", static (ts, self, key) =>
        {
            int r = ((PyDict)self).TryGetItem(ts, key, out _);
            return r < 0 ? null : PyBool.From(r > 0);
        }, "True if the dictionary has the specified key, else False.");
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(((PyDict)self).SizeOf()), "D.__sizeof__() -> size of D in memory, in bytes");
        type.AddMethod("__reversed__", static (ts, self) => new PyDictIterator((PyDict)self, DictIterKind.Keys, reverse: true),
            "Return a reverse iterator over the dict keys.");
        type.AddMethod("get", static (ts, self, args, kw) =>
        {
            if ((kw is null || kw.Length == 0) && args.Length is 1 or 2)
            {
                // get(key) and get(key, default) by position, the usual calls: no argument parsing.
                int found = ((PyDict)self).TryGetItem(ts, args[0], out var value);
                if (found < 0) return null;
                return found > 0 ? value : args.Length == 2 ? args[1] : PyNone.Instance;
            }
            var a = new ArgBuffer();
            if (!GetSpec.Parse(ts, args, kw, a)) return null;
            int r = ((PyDict)self).TryGetItem(ts, a[0]!, out var v);
            if (r < 0) return null;
            return r > 0 ? v : a[1] ?? PyNone.Instance;
        }, "Return the value for key if key is in the dictionary, else default.");
        type.AddMethod("setdefault", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!SetDefaultSpec.Parse(ts, args, kw, a)) return null;
            return ((PyDict)self).SetDefault(ts, a[0]!, a[1] ?? PyNone.Instance);
        }, "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default.");
        type.AddMethod("pop", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PopSpec.Parse(ts, args, kw, a)) return null;
            int r = ((PyDict)self).Pop(ts, a[0]!, out var v);
            if (r < 0) return null;
            if (r > 0) return v;
            return a[1] ?? ts.KeyError(a[0]!);
        }, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError.");
        type.AddMethod("popitem", static (ts, self) =>
        {
            if (!((PyDict)self).PopItem(out var k, out var v))
            {
                ts.SetError(PyExc.KeyError, "popitem(): dictionary is empty");
                return null;
            }
            return PyTuple.Create(k, v);
        }, "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty.");
        type.AddMethod("keys", static (ts, self) => new PyDictView((PyDict)self, DictIterKind.Keys),
            "D.keys() -> a set-like object providing a view on D's keys");
        type.AddMethod("items", static (ts, self) => new PyDictView((PyDict)self, DictIterKind.Items),
            "D.items() -> a set-like object providing a view on D's items");
        type.AddMethod("values", static (ts, self) => new PyDictView((PyDict)self, DictIterKind.Values),
            "D.values() -> an object providing a view on D's values");
        type.AddMethod("update", static (ts, self, args, kw) =>
            UpdateCommon(ts, (PyDict)self, args, kw, "update") ? PyNone.Instance : null,
            "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed by: for k in F:  D[k] = F[k]");
        type.AddMethod("clear", static (ts, self) =>
        {
            ((PyDict)self).Clear();
            return PyNone.Instance;
        }, "D.clear() -> None.  Remove all items from D.");
        type.AddMethod("copy", static (ts, self) => ((PyDict)self).Copy(ts), "D.copy() -> a shallow copy of D");
        type.AddClassMethod(new MethodDef("fromkeys", static (ts, cls, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!FromKeysSpec.Parse(ts, args, kw, a)) return null;
            return FromKeys(ts, cls, a[0]!, a[1] ?? PyNone.Instance);
        }, "Create a new dictionary with keys from iterable and values set to value."));
    }

    /// <summary>dict_subscript: d[key]; a missing key calls a subclass's <c>__missing__</c>.</summary>
    private static PyObject? Subscript(ThreadState ts, PyObject self, PyObject key)
    {
        var d = (PyDict)self;
        int r = d.TryGetItem(ts, key, out var v);
        if (r > 0) return v;
        if (r < 0) return null;
        if (self.Type != BuiltinTypes.Dict)
        {
            var missing = Protocols.LookupSpecial(ts, self, PyStr.Intern("__missing__"));
            if (missing is not null) return Protocols.Call1(ts, missing, key);
            if (ts.HasError) return null;
        }
        return ts.KeyError(key);
    }

    /// <summary>dict_update_common: at most one positional argument, then the keyword arguments, in order.</summary>
    private static bool UpdateCommon(ThreadState ts, PyDict d, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos > 1)
        {
            ts.SetError(PyExc.TypeError, $"{name} expected at most 1 argument, got {npos}");
            return false;
        }
        if (npos == 1 && !d.UpdateFrom(ts, args[0])) return false;
        for (int i = 0; i < nkw; i++)
            if (!d.SetItem(ts, kwnames!.Items[i], args[npos + i])) return false;
        return true;
    }

    /// <summary>_PyDict_FromKeys: <c>cls()</c> filled with <paramref name="iterable"/>'s items as keys.</summary>
    private static PyObject? FromKeys(ThreadState ts, PyObject cls, PyObject iterable, PyObject value)
    {
        var d = Protocols.Call0(ts, cls);
        if (d is null) return null;
        if (d is PyDict exact && d.Type == BuiltinTypes.Dict && exact.Count == 0)
        {
            if (iterable is PyDict src && iterable.Type == BuiltinTypes.Dict)
            {
                exact.ResizeFor(src.Count, src.HasOnlyStrKeys);
                int pos = 0;
                while (src.Next(ref pos, out var key, out _, out long hash))
                    if (!exact.SetItem(ts, key, hash, value)) return null;
                return d;
            }
            if (iterable is PyAnySet set && (iterable.Type == BuiltinTypes.Set || iterable.Type == BuiltinTypes.FrozenSet))
            {
                exact.ResizeFor(set.Count, false);
                var table = set.Table(ts);
                int pos = 0;
                while (table.Next(ref pos, out var key, out long hash))
                    if (!exact.SetItem(ts, key, hash, value)) return null;
                return d;
            }
        }
        var it = Protocols.GetIter(ts, iterable);
        if (it is null) return null;
        while (true)
        {
            var key = Protocols.Next(ts, it);
            if (key is null) return ts.HasError ? null : d;
            if (d is PyDict dd && d.Type == BuiltinTypes.Dict)
            {
                if (!dd.SetItem(ts, key, value)) return null;
            }
            else if (Protocols.SetItem(ts, d, key, value) < 0) return null;
        }
    }

    /// <summary>dict_richcompare: == and != only (same length, every key found with an equal value).</summary>
    private static PyObject? RichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyDict x || b is not PyDict y || (op != CompareOp.Eq && op != CompareOp.Ne)) return PyNotImplemented.Instance;
        int eq = Equal(ts, x, y);
        if (eq < 0) return null;
        return PyBool.From((eq == 1) == (op == CompareOp.Eq));
    }

    /// <summary>dict_equal: 1, 0, or -1 on error.</summary>
    private static int Equal(ThreadState ts, PyDict a, PyDict b)
    {
        if (a.Count != b.Count) return 0;
        for (int i = 0; i < a.EntryLimit; i++)
        {
            if (!a.TryGetEntryWithHash(i, out var key, out var aval, out long hash)) continue;
            int r = b.TryGetItem(ts, key, hash, out var bval);
            if (r < 0) return -1;
            if (r == 0) return 0;
            int cmp = Protocols.RichCompareBool(ts, aval!, bval!, CompareOp.Eq);
            if (cmp <= 0) return cmp;
        }
        return 1;
    }

    /// <summary>dict_repr: <c>{k: v, ...}</c>, <c>{...}</c> for a dict inside itself.</summary>
    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var d = (PyDict)self;
        if (ts.ReprEnter(self)) return PyStr.Intern("{...}");
        try
        {
            if (d.Count == 0) return PyStr.Intern("{}");
            var sb = new PyStrBuilder().Append("{");
            bool first = true;
            for (int i = 0; i < d.EntryLimit; i++)
            {
                if (!d.TryGetEntry(i, out var k, out var v)) continue;
                if (!first) sb.Append(", ");
                first = false;
                var kr = Protocols.Repr(ts, k);
                if (kr is null) return null;
                var vr = Protocols.Repr(ts, v!);
                if (vr is null) return null;
                sb.Append((PyStr)kr).Append(": ").Append((PyStr)vr);
            }
            return sb.Append("}").ToPyStr();
        }
        finally
        {
            ts.ReprLeave(self);
        }
    }
}
