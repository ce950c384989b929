namespace Kaa.Runtime;

/// <summary>
/// <c>dict_keys</c>, <c>dict_values</c>, <c>dict_items</c>: live views of a dict. Keys and items views are
/// set-like (comparisons, <c>- &amp; | ^</c> giving sets, <c>isdisjoint</c>); values views only iterate.
/// </summary>
public sealed class PyDictView : PyObject
{
    public readonly PyDict Source;
    internal readonly DictIterKind Kind;

    internal PyDictView(PyDict dict, DictIterKind kind) : base(kind switch
    {
        DictIterKind.Keys => BuiltinTypes.DictKeys,
        DictIterKind.Values => BuiltinTypes.DictValues,
        _ => BuiltinTypes.DictItems,
    })
    {
        Source = dict;
        Kind = kind;
    }

    /// <summary>A view of a dict subclass's own view type (OrderedDict's odict_keys and friends).</summary>
    internal PyDictView(PyDict dict, DictIterKind kind, PyType type) : base(type)
    {
        Source = dict;
        Kind = kind;
    }

    /// <summary>PyDictViewSet_Check: a keys or items view.</summary>
    private static bool IsSetLike(PyObject o) => o is PyDictView v && v.Kind != DictIterKind.Values;

    internal static void InstallKeys(PyType type)
    {
        InstallCommon(type);
        InstallSetLike(type);
        type.Contains = static (ts, self, key) => ((PyDictView)self).Source.TryGetItem(ts, key, out _);
    }

    internal static void InstallItems(PyType type)
    {
        InstallCommon(type);
        InstallSetLike(type);
        type.Contains = ItemsContains;
    }

    internal static void InstallValues(PyType type) => InstallCommon(type);

    private static void InstallCommon(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Length = static (ts, self) => ((PyDictView)self).Source.Count;
        type.Iter = static (ts, self) => new PyDictIterator(((PyDictView)self).Source, ((PyDictView)self).Kind, reverse: false);
        type.Repr = static (ts, self) =>
        {
            if (ts.ReprEnter(self)) return PyStr.Intern("...");
            try
            {
                var items = Protocols.ToList(ts, self);
                if (items is null) return null;
                var r = Protocols.Repr(ts, PyList.FromArray(items.ToArray()));
                if (r is null) return null;
                return new PyStrBuilder().Append(self.Type.Name).Append("(").Append((PyStr)r).Append(")").ToPyStr();
            }
            finally
            {
                ts.ReprLeave(self);
            }
        };
        type.AddMethod("__reversed__", static (ts, self) => new PyDictIterator(((PyDictView)self).Source, ((PyDictView)self).Kind, reverse: true),
            "Return a reverse iterator over the dict " + type.Name[5..] + ".");
        type.AddGetSet("mapping", static (ts, self) => new PyMappingProxy(((PyDictView)self).Source), null,
            "dictionary that this view refers to");
    }

    private static void InstallSetLike(PyType type)
    {
        type.Hash = null;
        type.RichCompare = RichCompare;
        type.NumberBinary[(int)BinaryOp.Subtract] = static (ts, a, b) =>
        {
            var result = ToSet(ts, a);
            if (result is null) return null;
            return PyAnySet.DifferenceUpdate(ts, result, b) ? result : null;
        };
        type.NumberBinary[(int)BinaryOp.And] = Intersect;
        type.NumberBinary[(int)BinaryOp.Or] = static (ts, a, b) =>
        {
            var result = ToSet(ts, a);
            if (result is null) return null;
            return result.UpdateInternal(ts, b) ? result : null;
        };
        type.NumberBinary[(int)BinaryOp.Xor] = static (ts, a, b) =>
        {
            if (a is PyDictView { Kind: DictIterKind.Items } x && b is PyDictView { Kind: DictIterKind.Items } y)
                return ItemsXor(ts, x.Source, y.Source);
            var result = ToSet(ts, a);
            if (result is null) return null;
            return PyAnySet.SymmetricDifferenceUpdate(ts, result, b) ? result : null;
        };
        type.AddMethod("isdisjoint", static (ts, self, other) => IsDisjoint(ts, self, other),
            "Return True if the view and the given iterable have a null intersection.");
    }

    /// <summary>dictitems_contains: a 2-tuple whose key is present with an equal value.</summary>
    private static int ItemsContains(ThreadState ts, PyObject self, PyObject obj)
    {
        if (obj is not PyTuple { Length: 2 } t) return 0;
        int r = ((PyDictView)self).Source.TryGetItem(ts, t.Items[0], out var found);
        if (r <= 0) return r;
        return Protocols.RichCompareBool(ts, found!, t.Items[1], CompareOp.Eq);
    }

    /// <summary>dictviews_to_set: a new set of the operand's items (a keys view of an exact dict reads the table).</summary>
    private static PyAnySet? ToSet(ThreadState ts, PyObject self)
    {
        PyObject source = self;
        if (self is PyDictView { Kind: DictIterKind.Keys } v && v.Source.Type == BuiltinTypes.Dict) source = v.Source;
        return PyAnySet.MakeNew(ts, BuiltinTypes.Set, source);
    }

    /// <summary>all_contained_in: 1 when every item of <paramref name="self"/> is in <paramref name="other"/>.</summary>
    private static int AllContainedIn(ThreadState ts, PyObject self, PyObject other)
    {
        var it = Protocols.GetIter(ts, self);
        if (it is null) return -1;
        while (true)
        {
            var next = Protocols.Next(ts, it);
            if (next is null) return ts.HasError ? -1 : 1;
            int ok = Protocols.Contains(ts, other, next);
            if (ok <= 0) return ok;
        }
    }

    /// <summary>dictview_richcompare: set comparisons against sets and other set-like views.</summary>
    private static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyAnySet && !IsSetLike(other)) return PyNotImplemented.Instance;
        nint lenSelf = Protocols.Length(ts, self);
        if (lenSelf < 0) return null;
        nint lenOther = Protocols.Length(ts, other);
        if (lenOther < 0) return null;
        int ok = 0;
        switch (op)
        {
            case CompareOp.Eq:
            case CompareOp.Ne:
                if (lenSelf == lenOther) ok = AllContainedIn(ts, self, other);
                if (op == CompareOp.Ne && ok >= 0) ok = ok == 0 ? 1 : 0;
                break;
            case CompareOp.Lt:
                if (lenSelf < lenOther) ok = AllContainedIn(ts, self, other);
                break;
            case CompareOp.Le:
                if (lenSelf <= lenOther) ok = AllContainedIn(ts, self, other);
                break;
            case CompareOp.Gt:
                if (lenSelf > lenOther) ok = AllContainedIn(ts, other, self);
                break;
            default:
                if (lenSelf >= lenOther) ok = AllContainedIn(ts, other, self);
                break;
        }
        return ok < 0 ? null : PyBool.From(ok > 0);
    }

    /// <summary>_PyDictView_Intersect: iterates the smaller operand, testing membership in the view.</summary>
    private static PyObject? Intersect(ThreadState ts, PyObject self, PyObject other)
    {
        // The interpreter passes the view second for `x & view`.
        if (!IsSetLike(self)) (self, other) = (other, self);
        var view = (PyDictView)self;
        int lenSelf = view.Source.Count;
        if (other.Type == BuiltinTypes.Set)
        {
            nint lenOther = Protocols.Length(ts, other);
            if (lenOther < 0) return null;
            if (lenSelf <= lenOther) return PyAnySet.IntersectionMulti(ts, (PyAnySet)other, [self]);
        }
        if (IsSetLike(other) && ((PyDictView)other).Source.Count > lenSelf)
        {
            (self, other) = (other, self);
            view = (PyDictView)self;
        }
        var result = PySet.Create();
        var it = Protocols.GetIter(ts, other);
        if (it is null) return null;
        while (true)
        {
            var key = Protocols.Next(ts, it);
            if (key is null) return ts.HasError ? null : result;
            int rv = view.Kind == DictIterKind.Keys ? view.Source.TryGetItem(ts, key, out _) : ItemsContains(ts, view, key);
            if (rv < 0) return null;
            if (rv > 0 && !result.AddKey(ts, key)) return null;
        }
    }

    /// <summary>dictitems_xor: pairs of either dict whose key is missing from, or maps to a different value in, the other.</summary>
    private static PyObject? ItemsXor(ThreadState ts, PyDict d1, PyDict d2)
    {
        var temp = d1.Copy(ts);
        if (temp is null) return null;
        var result = PySet.Create();
        int pos = 0;
        while (d2.Next(ref pos, out var key, out var val2, out long hash))
        {
            int r = temp.TryGetItem(ts, key, hash, out var val1);
            if (r < 0) return null;
            int toDelete = 0;
            if (r > 0)
            {
                toDelete = Protocols.RichCompareBool(ts, val1!, val2, CompareOp.Eq);
                if (toDelete < 0) return null;
            }
            if (toDelete > 0)
            {
                if (temp.DelItem(ts, key, hash) < 0) return null;
            }
            else if (!result.AddKey(ts, PyTuple.Create(key, val2))) return null;
        }
        return result.UpdateInternal(ts, new PyDictView(temp, DictIterKind.Items)) ? result : null;
    }

    /// <summary>dictviews_isdisjoint: iterates the smaller operand when the other is set-like.</summary>
    private static PyObject? IsDisjoint(ThreadState ts, PyObject self, PyObject other)
    {
        if (ReferenceEquals(self, other)) return PyBool.From(((PyDictView)self).Source.Count == 0);
        if (other is PyAnySet || IsSetLike(other))
        {
            int lenSelf = ((PyDictView)self).Source.Count;
            nint lenOther = Protocols.Length(ts, other);
            if (lenOther < 0) return null;
            if (lenOther > lenSelf) (self, other) = (other, self);
        }
        var it = Protocols.GetIter(ts, other);
        if (it is null) return null;
        while (true)
        {
            var item = Protocols.Next(ts, it);
            if (item is null) return ts.HasError ? null : PyBool.True;
            int contains = Protocols.Contains(ts, self, item);
            if (contains < 0) return null;
            if (contains > 0) return PyBool.False;
        }
    }
}
