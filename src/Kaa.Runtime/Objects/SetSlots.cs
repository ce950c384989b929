namespace Kaa.Runtime;

/// <summary>The slots and methods of <c>set</c> and <c>frozenset</c> (the algebra itself is in <see cref="PyAnySet"/>).</summary>
internal static partial class SetSlots
{
    /// <summary>sizeof(PySetObject) on 64-bit CPython 3.11.</summary>
    private const int SetObjectSize = 200;

    internal static void InstallSet(PyType type)
    {
        InstallCommon(type);
        type.Hash = null; // unhashable (set_hash is PyObject_HashNotImplemented)
        type.New = static (ts, t, args, kw) => PyAnySet.Allocate(t);
        type.Init = static (ts, self, args, kw) =>
        {
            var s = (PySet)self;
            if (kw is not null && kw.Length > 0) { ts.TypeError("set() takes no keyword arguments"); return -1; }
            if (args.Length > 1) { ts.TypeError($"{s.Type.Name} expected at most 1 argument, got {args.Length}"); return -1; }
            if (s.Table(ts).Fill > 0) s.ClearTable(ts);
            if (args.Length == 0) return 0;
            return s.UpdateInternal(ts, args[0]) ? 0 : -1;
        };

        type.NumberBinary[(int)BinaryOp.InplaceOr] = static (ts, a, b) =>
        {
            if (b is not PyAnySet) return PyNotImplemented.Instance;
            return ((PyAnySet)a).UpdateInternal(ts, b) ? a : null;
        };
        type.NumberBinary[(int)BinaryOp.InplaceAnd] = static (ts, a, b) =>
        {
            if (b is not PyAnySet) return PyNotImplemented.Instance;
            var so = (PyAnySet)a;
            var tmp = PyAnySet.Intersection(ts, so, b);
            if (tmp is null) return null;
            PyAnySet.SwapBodies(so, tmp);
            return a;
        };
        type.NumberBinary[(int)BinaryOp.InplaceSubtract] = static (ts, a, b) =>
        {
            if (b is not PyAnySet) return PyNotImplemented.Instance;
            return PyAnySet.DifferenceUpdate(ts, (PyAnySet)a, b) ? a : null;
        };
        type.NumberBinary[(int)BinaryOp.InplaceXor] = static (ts, a, b) =>
        {
            if (b is not PyAnySet) return PyNotImplemented.Instance;
            return PyAnySet.SymmetricDifferenceUpdate(ts, (PyAnySet)a, b) ? a : null;
        };

        type.AddMethod("add", static (ts, self, key) => ((PySet)self).AddKey(ts, key) ? PyNone.Instance : null,
            "Add an element to a set.\n\nThis has no effect if the element is already present.");
        type.AddMethod("clear", static (ts, self) =>
        {
            ((PySet)self).ClearTable(ts);
            return PyNone.Instance;
        }, "Remove all elements from this set.");
        type.AddMethod("copy", static (ts, self) => ((PyAnySet)self).Copy(ts), "Return a shallow copy of a set.");
        type.AddMethod("discard", static (ts, self, key) =>
        {
            var s = (PySet)self;
            int rv = s.DiscardKey(ts, key);
            if (rv < 0)
            {
                if (!PyAnySet.RetryAsFrozen(ts, key, out var frozen) || frozen is null) return null;
                if (s.DiscardKey(ts, frozen) < 0) return null;
            }
            return PyNone.Instance;
        }, "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set.");
        type.AddMethod("remove", static (ts, self, key) =>
        {
            var s = (PySet)self;
            int rv = s.DiscardKey(ts, key);
            if (rv < 0)
            {
                if (!PyAnySet.RetryAsFrozen(ts, key, out var frozen) || frozen is null) return null;
                rv = s.DiscardKey(ts, frozen);
                if (rv < 0) return null;
            }
            return rv == 0 ? ts.KeyError(key) : PyNone.Instance;
        }, "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError.");
        type.AddMethod("pop", static (ts, self) => ((PySet)self).Pop(ts),
            "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty.");
        type.AddMethod("update", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "set.update", kw)) return null;
            var s = (PySet)self;
            foreach (var other in args)
                if (!s.UpdateInternal(ts, other)) return null;
            return PyNone.Instance;
        }, "Update a set with the union of itself and others.");
        type.AddMethod("difference_update", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "set.difference_update", kw)) return null;
            var s = (PySet)self;
            foreach (var other in args)
                if (!PyAnySet.DifferenceUpdate(ts, s, other)) return null;
            return PyNone.Instance;
        }, "Remove all elements of another set from this set.");
        type.AddMethod("intersection_update", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, "set.intersection_update", kw)) return null;
            var s = (PySet)self;
            var tmp = PyAnySet.IntersectionMulti(ts, s, args);
            if (tmp is null) return null;
            PyAnySet.SwapBodies(s, tmp);
            return PyNone.Instance;
        }, "Update a set with the intersection of itself and another.");
        type.AddMethod("symmetric_difference_update", static (ts, self, other) =>
            PyAnySet.SymmetricDifferenceUpdate(ts, (PySet)self, other) ? PyNone.Instance : null,
            "Update a set with the symmetric difference of itself and another.");
    }

    internal static void InstallFrozenSet(PyType type)
    {
        InstallCommon(type);
        type.Hash = static (ts, self) =>
        {
            var f = (PyFrozenSet)self;
            if (f.CachedHash != -1) return f.CachedHash;
            return f.CachedHash = f.Table(ts).FrozenSetHash();
        };
        type.New = static (ts, t, args, kw) =>
        {
            // frozenset() refuses keywords unless a subclass brings its own __init__ to take them.
            if (kw is not null && kw.Length > 0 && (t == BuiltinTypes.FrozenSet || ReferenceEquals(t.Init, BuiltinTypes.FrozenSet.Init)))
                return ts.TypeError("frozenset() takes no keyword arguments");
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos > 1) return ts.TypeError($"{t.Name} expected at most 1 argument, got {npos}");
            var iterable = npos == 1 ? args[0] : null;
            // frozenset(f) is f itself when both are exactly frozenset.
            if (t == BuiltinTypes.FrozenSet && iterable is not null && iterable.Type == BuiltinTypes.FrozenSet) return iterable;
            return PyAnySet.MakeNew(ts, t, iterable);
        };
        type.AddMethod("copy", static (ts, self) =>
            self.Type == BuiltinTypes.FrozenSet ? self : ((PyAnySet)self).Copy(ts), "Return a shallow copy of a set.");
    }

    /// <summary>What both types have: length, membership, iteration, repr, comparisons, the binary operators and the non-mutating methods.</summary>
    private static void InstallCommon(PyType type)
    {
        type.Length = static (ts, self) => PyAnySet.Of(self).Count;
        type.Contains = Contains;
        type.Iter = static (ts, self) => new PySetIterator(ts, (PyAnySet)self);
        type.Repr = Repr;
        type.RichCompare = PyAnySet.RichCompare;

        type.NumberBinary[(int)BinaryOp.Or] = static (ts, a, b) =>
        {
            if (a is not PyAnySet so || b is not PyAnySet) return PyNotImplemented.Instance;
            var result = so.Copy(ts);
            if (result is null) return null;
            if (ReferenceEquals(a, b)) return result;
            return result.UpdateInternal(ts, b) ? result : null;
        };
        type.NumberBinary[(int)BinaryOp.And] = static (ts, a, b) =>
            a is PyAnySet so && b is PyAnySet ? PyAnySet.Intersection(ts, so, b) : PyNotImplemented.Instance;
        type.NumberBinary[(int)BinaryOp.Subtract] = static (ts, a, b) =>
            a is PyAnySet so && b is PyAnySet ? PyAnySet.Difference(ts, so, b) : PyNotImplemented.Instance;
        type.NumberBinary[(int)BinaryOp.Xor] = static (ts, a, b) =>
            a is PyAnySet so && b is PyAnySet ? PyAnySet.SymmetricDifference(ts, so, b) : PyNotImplemented.Instance;

        type.AddMethod("__contains__", static (ts, self, key) =>
        {
            int r = Contains(ts, self, key);
            return r < 0 ? null : PyBool.From(r > 0);
        }, "x.__contains__(y) <==> y in x.");
        type.AddMethod("__sizeof__", static (ts, self) =>
        {
            var t = ((PyAnySet)self).Table(ts);
            long size = SetObjectSize + 8L * self.Type.SlotCount;
            if (t.Size > SetTable.MinSize) size += 16L * t.Size;
            return PyInt.Create(size);
        }, "S.__sizeof__() -> size of S in memory, in bytes");
        type.AddMethod("union", static (ts, self, args, kw) =>
        {
            if (!NoKeywords(ts, Owner(self) + ".union", kw)) return null;
            var so = (PyAnySet)self;
            var result = so.Copy(ts);
            if (result is null) return null;
            foreach (var other in args)
            {
                if (ReferenceEquals(other, self)) continue;
                if (!result.UpdateInternal(ts, other)) return null;
            }
            return result;
        }, "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)");
        type.AddMethod("intersection", static (ts, self, args, kw) =>
            NoKeywords(ts, Owner(self) + ".intersection", kw) ? PyAnySet.IntersectionMulti(ts, (PyAnySet)self, args) : null,
            "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)");
        type.AddMethod("difference", static (ts, self, args, kw) =>
            NoKeywords(ts, Owner(self) + ".difference", kw) ? PyAnySet.DifferenceMulti(ts, (PyAnySet)self, args) : null,
            "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)");
        type.AddMethod("symmetric_difference", static (ts, self, other) => PyAnySet.SymmetricDifference(ts, (PyAnySet)self, other),
            "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)");
        type.AddMethod("issubset", static (ts, self, other) => PyAnySet.IsSubset(ts, (PyAnySet)self, other),
            "Report whether another set contains this set.");
        type.AddMethod("issuperset", static (ts, self, other) => PyAnySet.IsSuperset(ts, (PyAnySet)self, other),
            "Report whether this set contains another set.");
        type.AddMethod("isdisjoint", static (ts, self, other) => PyAnySet.IsDisjoint(ts, (PyAnySet)self, other),
            "Return True if two sets have a null intersection.");
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var keys = PyList.FromArray(((PyAnySet)self).ToArray(ts));
            var state = ObjectSlots.GetStateForReduce(ts, self);
            if (state is null) return null;
            return PyTuple.Create([self.Type, PyTuple.Create(keys), state]);
        }, "Return state information for pickling.");
    }

    /// <summary>The type that defines a method (messages name it, not a subclass).</summary>
    private static string Owner(PyObject self) => self is PySet ? "set" : "frozenset";

    /// <summary>METH_VARARGS methods refuse keywords with "set.union() takes no keyword arguments".</summary>
    private static bool NoKeywords(ThreadState ts, string qualifiedName, PyTuple? kwnames)
    {
        if (kwnames is null || kwnames.Length == 0) return true;
        ts.SetError(PyExc.TypeError, $"{qualifiedName}() takes no keyword arguments");
        return false;
    }

    /// <summary>set_contains: an unhashable set key is looked up as the equal frozenset.</summary>
    internal static int Contains(ThreadState ts, PyObject self, PyObject key)
    {
        var so = PyAnySet.Of(self);
        int rv = so.ContainsKey(ts, key);
        if (rv < 0)
        {
            if (!PyAnySet.RetryAsFrozen(ts, key, out var frozen) || frozen is null) return -1;
            rv = so.ContainsKey(ts, frozen);
        }
        return rv;
    }

    /// <summary>set_repr: <c>set()</c>, <c>{1, 2}</c>, <c>frozenset({1})</c>, <c>Sub({1})</c>; <c>set(...)</c> when recursive.</summary>
    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var so = (PyAnySet)self;
        string name = self.Type.Name;
        if (ts.ReprEnter(self)) return PyStr.Create(name + "(...)");
        try
        {
            if (so.Count == 0) return PyStr.Create(name + "()");
            var keys = so.ToArray(ts);
            bool plain = self.Type == BuiltinTypes.Set;
            var sb = new PyStrBuilder();
            if (!plain) sb.Append(name).Append("(");
            sb.Append("{");
            for (int i = 0; i < keys.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                var r = Protocols.Repr(ts, keys[i]);
                if (r is null) return null;
                sb.Append((PyStr)r);
            }
            sb.Append("}");
            if (!plain) sb.Append(")");
            return sb.ToPyStr();
        }
        finally
        {
            ts.ReprLeave(self);
        }
    }
}
