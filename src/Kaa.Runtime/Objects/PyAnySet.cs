namespace Kaa.Runtime;

/// <summary>
/// What <c>set</c> and <c>frozenset</c> share (CPython's PySetObject and the algebra of setobject.c): the
/// <see cref="SetTable"/>, and the operations whose iteration order the result's order depends on, written
/// in the same sequence of table operations as CPython so that results iterate in CPython's order.
/// </summary>
public abstract class PyAnySet : PyObject
{
    private protected SetTable _table = new();

    /// <summary>Where the next <c>pop()</c> starts looking (CPython's finger; not swapped with the table).</summary>
    private protected int _finger;

    protected PyAnySet(PyType type) : base(type) { }

    /// <summary><paramref name="o"/> as a set: an exact set by a class comparison (a cast to this abstract base
    /// class is a call), anything else by a checked cast.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static PyAnySet Of(PyObject o) => o.GetType() == typeof(PySet) ? System.Runtime.CompilerServices.Unsafe.As<PySet>(o) : (PyAnySet)o;

    /// <summary>The table, once any deferred construction has run (see <see cref="PyFrozenSet.FromConstantItems"/>).
    /// (The pending items live here rather than in PyFrozenSet so that this test is a field load, not a
    /// type check: it runs on every add and membership test.)</summary>
    internal SetTable Table(ThreadState ts) => _pending is null ? _table : ((PyFrozenSet)this).BuildPending(ts);

    public int Count => _pending is null ? _table.Used : _pending.Length;

    /// <summary>A constant frozenset's items before its table is built (see <see cref="PyFrozenSet.FromConstantItems"/>); null otherwise.</summary>
    private protected PyObject[]? _pending;

    // ---- keys ----------------------------------------------------------------------------------------

    /// <summary>set_add_key: false on error (unhashable key, failing __eq__).</summary>
    internal bool AddKey(ThreadState ts, PyObject key)
    {
        long hash = Protocols.Hash(ts, key);
        if (hash == -1 && ts.HasError) return false;
        return Table(ts).Add(ts, key, hash);
    }

    /// <summary>set_contains_key: 1, 0, or -1 on error.</summary>
    internal int ContainsKey(ThreadState ts, PyObject key)
    {
        long hash = Protocols.Hash(ts, key);
        if (hash == -1 && ts.HasError) return -1;
        int slot = Table(ts).Find(ts, key, hash);
        return slot >= 0 ? 1 : slot == -1 ? 0 : -1;
    }

    internal int ContainsEntry(ThreadState ts, PyObject key, long hash)
    {
        int slot = Table(ts).Find(ts, key, hash);
        return slot >= 0 ? 1 : slot == -1 ? 0 : -1;
    }

    /// <summary>set_discard_key: 1 removed, 0 absent, -1 error.</summary>
    internal int DiscardKey(ThreadState ts, PyObject key)
    {
        long hash = Protocols.Hash(ts, key);
        if (hash == -1 && ts.HasError) return -1;
        return Table(ts).Discard(ts, key, hash);
    }

    /// <summary>
    /// set_contains / remove / discard retry an unhashable <c>set</c> key as the equal frozenset:
    /// true when that applies (the TypeError is cleared and <paramref name="frozen"/> is the stand-in).
    /// </summary>
    internal static bool RetryAsFrozen(ThreadState ts, PyObject key, out PyObject? frozen)
    {
        frozen = null;
        if (key is not PySet || !ts.ErrorMatches(PyExc.TypeError)) return false;
        ts.ClearError();
        frozen = MakeNew(ts, BuiltinTypes.FrozenSet, key);
        return true;
    }

    // ---- construction ---------------------------------------------------------------------------------

    /// <summary>An empty instance of <paramref name="type"/> (set, frozenset, or a subclass of either).</summary>
    internal static PyAnySet Allocate(PyType type)
    {
        if (type == BuiltinTypes.Set) return new PySet(type);
        if (type == BuiltinTypes.FrozenSet) return new PyFrozenSet(type);
        return type.IsSubtypeOf(BuiltinTypes.Set) ? new PySet.Derived(type) : new PyFrozenSet.Derived(type);
    }

    /// <summary>make_new_set: a new <paramref name="type"/> holding <paramref name="iterable"/>'s items.</summary>
    internal static PyAnySet? MakeNew(ThreadState ts, PyType type, PyObject? iterable)
    {
        var s = Allocate(type);
        if (iterable is not null && !s.UpdateInternal(ts, iterable)) return null;
        return s;
    }

    /// <summary>make_new_set_basetype: results of set algebra are plain set/frozenset, never the subclass.</summary>
    internal static PyAnySet? MakeNewBaseType(ThreadState ts, PyType type, PyObject? iterable)
    {
        if (type != BuiltinTypes.Set && type != BuiltinTypes.FrozenSet)
            type = type.IsSubtypeOf(BuiltinTypes.Set) ? BuiltinTypes.Set : BuiltinTypes.FrozenSet;
        return MakeNew(ts, type, iterable);
    }

    /// <summary>set_update_internal: adds the items of any iterable (sets and dicts by their tables).</summary>
    internal bool UpdateInternal(ThreadState ts, PyObject other)
    {
        var table = Table(ts);
        if (other is PyAnySet o) return table.Merge(ts, o.Table(ts));
        if (other is PyDict d && other.Type == BuiltinTypes.Dict)
        {
            int n = d.Count;
            if ((long)(table.Fill + n) * 5 >= (long)table.Mask * 3) table.Resize((long)(table.Used + n) * 2);
            int pos = 0;
            while (d.Next(ref pos, out var key, out _, out long hash))
                if (!Table(ts).Add(ts, key, hash)) return false;
            return true;
        }
        var it = Protocols.GetIter(ts, other);
        if (it is null) return false;
        while (true)
        {
            var key = Protocols.Next(ts, it);
            if (key is null) return !ts.HasError;
            if (!AddKey(ts, key)) return false;
        }
    }

    /// <summary>set.copy(): a plain set or frozenset with the same items.</summary>
    internal PyAnySet? Copy(ThreadState ts) => MakeNewBaseType(ts, Type, this);

    /// <summary>set_swap_bodies: exchanges the contents (tables) of two sets, as the *_update methods do.</summary>
    internal static void SwapBodies(PyAnySet a, PyAnySet b)
    {
        (a._table, b._table) = (b._table, a._table);
        if (a is PyFrozenSet fa && b is PyFrozenSet fb) (fa.CachedHash, fb.CachedHash) = (fb.CachedHash, fa.CachedHash);
        else
        {
            if (a is PyFrozenSet x) x.CachedHash = -1;
            if (b is PyFrozenSet y) y.CachedHash = -1;
        }
    }

    /// <summary>set_clear_internal.</summary>
    internal void ClearTable(ThreadState ts)
    {
        Table(ts).Clear();
        if (this is PyFrozenSet f) f.CachedHash = -1;
    }

    // ---- algebra ---------------------------------------------------------------------------------------

    /// <summary>set_intersection.</summary>
    internal static PyAnySet? Intersection(ThreadState ts, PyAnySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) return so.Copy(ts);
        var result = MakeNewBaseType(ts, so.Type, null)!;
        var rt = result.Table(ts);
        if (other is PyAnySet o)
        {
            PyAnySet big = so, small = o;
            if (o.Count > so.Count) (big, small) = (o, so);
            int pos = 0;
            while (small.Table(ts).Next(ref pos, out var key, out long hash))
            {
                int rv = big.ContainsEntry(ts, key, hash);
                if (rv < 0) return null;
                if (rv > 0 && !rt.Add(ts, key, hash)) return null;
            }
            return result;
        }
        var it = Protocols.GetIter(ts, other);
        if (it is null) return null;
        while (true)
        {
            var key = Protocols.Next(ts, it);
            if (key is null) return ts.HasError ? null : result;
            long hash = Protocols.Hash(ts, key);
            if (hash == -1 && ts.HasError) return null;
            int rv = so.ContainsEntry(ts, key, hash);
            if (rv < 0) return null;
            if (rv > 0)
            {
                if (!rt.Add(ts, key, hash)) return null;
                if (result.Count >= so.Count) return result;
            }
        }
    }

    /// <summary>set_intersection_multi.</summary>
    internal static PyAnySet? IntersectionMulti(ThreadState ts, PyAnySet so, ReadOnlySpan<PyObject> others)
    {
        if (others.Length == 0) return so.Copy(ts);
        PyAnySet result = so;
        foreach (var other in others)
        {
            var next = Intersection(ts, result, other);
            if (next is null) return null;
            result = next;
        }
        return result;
    }

    /// <summary>set_difference_update_internal.</summary>
    internal static bool DifferenceUpdate(ThreadState ts, PyAnySet so, PyObject other)
    {
        if (ReferenceEquals(so, other))
        {
            so.ClearTable(ts);
            return true;
        }
        if (other is PyAnySet o)
        {
            // When the other set is more than 8 times larger, iterate the intersection instead.
            PyAnySet src = o;
            if ((o.Count >> 3) > so.Count)
            {
                var inter = Intersection(ts, so, other);
                if (inter is null) return false;
                src = inter;
            }
            int pos = 0;
            while (src.Table(ts).Next(ref pos, out var key, out long hash))
                if (so.Table(ts).Discard(ts, key, hash) < 0) return false;
        }
        else
        {
            var it = Protocols.GetIter(ts, other);
            if (it is null) return false;
            while (true)
            {
                var key = Protocols.Next(ts, it);
                if (key is null)
                {
                    if (ts.HasError) return false;
                    break;
                }
                if (so.DiscardKey(ts, key) < 0) return false;
            }
        }
        // More than a quarter dummies: resize them away.
        var t = so.Table(ts);
        if ((uint)(t.Fill - t.Used) <= (uint)t.Mask / 4) return true;
        t.Resize(Kaa.Compiler.Hashing.SetTableRules.GrowthTarget(t.Used));
        return true;
    }

    /// <summary>set_difference.</summary>
    internal static PyAnySet? Difference(ThreadState ts, PyAnySet so, PyObject other)
    {
        int otherSize;
        if (other is PyAnySet os) otherSize = os.Count;
        else if (other is PyDict od && other.Type == BuiltinTypes.Dict) otherSize = od.Count;
        else return CopyAndDifference(ts, so, other);
        if ((so.Count >> 2) > otherSize) return CopyAndDifference(ts, so, other);

        var result = MakeNewBaseType(ts, so.Type, null)!;
        var rt = result.Table(ts);
        int pos = 0;
        while (so.Table(ts).Next(ref pos, out var key, out long hash))
        {
            int rv = other is PyDict d ? d.ContainsKnownHash(ts, key, hash) : ((PyAnySet)other).ContainsEntry(ts, key, hash);
            if (rv < 0) return null;
            if (rv == 0 && !rt.Add(ts, key, hash)) return null;
        }
        return result;
    }

    private static PyAnySet? CopyAndDifference(ThreadState ts, PyAnySet so, PyObject other)
    {
        var result = so.Copy(ts);
        if (result is null) return null;
        return DifferenceUpdate(ts, result, other) ? result : null;
    }

    /// <summary>set_difference_multi.</summary>
    internal static PyAnySet? DifferenceMulti(ThreadState ts, PyAnySet so, ReadOnlySpan<PyObject> others)
    {
        if (others.Length == 0) return so.Copy(ts);
        var result = Difference(ts, so, others[0]);
        if (result is null) return null;
        for (int i = 1; i < others.Length; i++)
            if (!DifferenceUpdate(ts, result, others[i])) return null;
        return result;
    }

    /// <summary>set_symmetric_difference_update.</summary>
    internal static bool SymmetricDifferenceUpdate(ThreadState ts, PyAnySet so, PyObject other)
    {
        if (ReferenceEquals(so, other))
        {
            so.ClearTable(ts);
            return true;
        }
        int pos = 0;
        if (other is PyDict d && other.Type == BuiltinTypes.Dict)
        {
            while (d.Next(ref pos, out var key, out _, out long hash))
            {
                int rv = so.Table(ts).Discard(ts, key, hash);
                if (rv < 0) return false;
                if (rv == 0 && !so.Table(ts).Add(ts, key, hash)) return false;
            }
            return true;
        }
        PyAnySet? otherSet = other as PyAnySet ?? MakeNewBaseType(ts, so.Type, other);
        if (otherSet is null) return false;
        while (otherSet.Table(ts).Next(ref pos, out var key, out long hash))
        {
            int rv = so.Table(ts).Discard(ts, key, hash);
            if (rv < 0) return false;
            if (rv == 0 && !so.Table(ts).Add(ts, key, hash)) return false;
        }
        return true;
    }

    /// <summary>set_symmetric_difference: built from a copy of <paramref name="other"/>, updated with <paramref name="so"/>.</summary>
    internal static PyAnySet? SymmetricDifference(ThreadState ts, PyAnySet so, PyObject other)
    {
        var result = MakeNewBaseType(ts, so.Type, other);
        if (result is null) return null;
        return SymmetricDifferenceUpdate(ts, result, so) ? result : null;
    }

    /// <summary>set_issubset: null on error.</summary>
    internal static PyObject? IsSubset(ThreadState ts, PyAnySet so, PyObject other)
    {
        if (other is not PyAnySet o)
        {
            var tmp = MakeNew(ts, BuiltinTypes.Set, other);
            if (tmp is null) return null;
            o = tmp;
        }
        if (so.Count > o.Count) return PyBool.False;
        int pos = 0;
        while (so.Table(ts).Next(ref pos, out var key, out long hash))
        {
            int rv = o.ContainsEntry(ts, key, hash);
            if (rv < 0) return null;
            if (rv == 0) return PyBool.False;
        }
        return PyBool.True;
    }

    /// <summary>set_issuperset.</summary>
    internal static PyObject? IsSuperset(ThreadState ts, PyAnySet so, PyObject other)
    {
        if (other is PyAnySet o) return IsSubset(ts, o, so);
        var it = Protocols.GetIter(ts, other);
        if (it is null) return null;
        while (true)
        {
            var key = Protocols.Next(ts, it);
            if (key is null) return ts.HasError ? null : PyBool.True;
            int rv = so.ContainsKey(ts, key);
            if (rv < 0) return null;
            if (rv == 0) return PyBool.False;
        }
    }

    /// <summary>set_isdisjoint.</summary>
    internal static PyObject? IsDisjoint(ThreadState ts, PyAnySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) return PyBool.From(so.Count == 0);
        if (other is PyAnySet o && (other.Type == BuiltinTypes.Set || other.Type == BuiltinTypes.FrozenSet))
        {
            PyAnySet big = so, small = o;
            if (o.Count > so.Count) (big, small) = (o, so);
            int pos = 0;
            while (small.Table(ts).Next(ref pos, out var key, out long hash))
            {
                int rv = big.ContainsEntry(ts, key, hash);
                if (rv < 0) return null;
                if (rv > 0) return PyBool.False;
            }
            return PyBool.True;
        }
        var it = Protocols.GetIter(ts, other);
        if (it is null) return null;
        while (true)
        {
            var key = Protocols.Next(ts, it);
            if (key is null) return ts.HasError ? null : PyBool.True;
            int rv = so.ContainsKey(ts, key);
            if (rv < 0) return null;
            if (rv > 0) return PyBool.False;
        }
    }

    /// <summary>set_richcompare: subset order; NotImplemented unless both are sets.</summary>
    internal static PyObject? RichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyAnySet v || b is not PyAnySet w) return PyNotImplemented.Instance;
        switch (op)
        {
            case CompareOp.Eq:
                if (v.Count != w.Count) return PyBool.False;
                if (v is PyFrozenSet fv && w is PyFrozenSet fw && fv.CachedHash != -1 && fw.CachedHash != -1 && fv.CachedHash != fw.CachedHash)
                    return PyBool.False;
                return IsSubset(ts, v, w);
            case CompareOp.Ne:
                var eq = RichCompare(ts, a, b, CompareOp.Eq);
                return eq is null ? null : PyBool.From(!ReferenceEquals(eq, PyBool.True));
            case CompareOp.Le:
                return IsSubset(ts, v, w);
            case CompareOp.Ge:
                return IsSuperset(ts, v, w);
            case CompareOp.Lt:
                return v.Count >= w.Count ? PyBool.False : IsSubset(ts, v, w);
            default:
                return v.Count <= w.Count ? PyBool.False : IsSuperset(ts, v, w);
        }
    }

    /// <summary>The items in table order (a snapshot).</summary>
    internal PyObject[] ToArray(ThreadState ts)
    {
        var t = Table(ts);
        var items = new PyObject[t.Used];
        int pos = 0, n = 0;
        while (t.Next(ref pos, out var key, out _)) items[n++] = key;
        return items;
    }
}
