namespace Kaa.Runtime;

/// <summary>The slots and methods of <c>list</c> (Objects/listobject.c).</summary>
internal static partial class ListSlots
{
    private static readonly ArgSpec s_index = new("index", ["value", "start", "stop"], required: 1);
    private static readonly ArgSpec s_pop = new("pop", ["index"], required: 0);
    private static readonly ArgSpec s_insert = new("insert", ["index", "object"], required: 2);
    private static readonly ArgSpec s_sort = new("sort", ["key", "reverse"], required: 0, positionalOnly: 0, maxPositional: 0);

    internal static void Install(PyType type)
    {
        type.Length = static (ts, self) => ((PyList)self).Count;
        type.Repr = Repr;
        type.GetItem = GetItem;
        type.SetItem = SetItem;
        type.Contains = static (ts, self, item) =>
        {
            var l = (PyList)self;
            for (int i = 0; i < l.Count; i++)
            {
                int eq = Protocols.RichCompareBool(ts, l[i], item, CompareOp.Eq);
                if (eq != 0) return eq;
            }
            return 0;
        };
        type.Iter = static (ts, self) => new PyListIterator((PyList)self);
        type.RichCompare = RichCompare;
        type.SeqConcat = static (ts, a, b) =>
        {
            if (b is not PyList y) return ts.TypeError($"can only concatenate list (not \"{b.Type.Name}\") to list");
            var x = (PyList)a;
            var items = new PyObject[x.Count + y.Count];
            x.AsSpan().CopyTo(items);
            y.AsSpan().CopyTo(items.AsSpan(x.Count));
            return PyList.FromArray(items);
        };
        type.SeqRepeat = static (ts, self, n) =>
        {
            var l = (PyList)self;
            if (n <= 0 || l.Count == 0) return new PyList();
            if (n > Array.MaxLength / l.Count) return ts.MemoryError();
            var items = new PyObject[l.Count * n];
            var src = l.AsSpan();
            for (long i = 0; i < n; i++) src.CopyTo(items.AsSpan((int)(i * src.Length)));
            return PyList.FromArray(items);
        };
        type.SeqInplaceConcat = static (ts, self, other) => Extend(ts, (PyList)self, other) ? self : null;
        type.SeqInplaceRepeat = static (ts, self, n) =>
        {
            var l = (PyList)self;
            if (l.Count == 0 || n == 1) return self;
            if (n < 1)
            {
                l.Clear();
                return self;
            }
            if (n > Array.MaxLength / l.Count) return ts.MemoryError();
            var copy = l.ToArray();
            for (long i = 1; i < n; i++) l.AppendRange(copy);
            return self;
        };
        type.New = static (ts, t, args, kw) => t == BuiltinTypes.List ? new PyList() : new PyList.Derived(t);
        type.Init = static (ts, self, args, kw) =>
        {
            if (kw is not null && kw.Length > 0 && (self.Type == BuiltinTypes.List || self.Type.New == BuiltinTypes.List.New))
            {
                ts.SetError(PyExc.TypeError, "list() takes no keyword arguments");
                return -1;
            }
            int n = args.Length - (kw?.Length ?? 0);
            if (n > 1)
            {
                ts.SetError(PyExc.TypeError, $"list expected at most 1 argument, got {n}");
                return -1;
            }
            var l = (PyList)self;
            l.Clear();
            return n == 0 || Extend(ts, l, args[0]) ? 0 : -1;
        };
        type.AddAttribute("__hash__", PyNone.Instance);
        type.AddAttribute("__doc__", PyStr.Create("Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified."));

        type.AddMethod("append", static (ts, self, item) =>
        {
            ((PyList)self).Append(item);
            return PyNone.Instance;
        }, "Append object to the end of the list.");
        type.AddMethod("extend", static (ts, self, iterable) => Extend(ts, (PyList)self, iterable) ? PyNone.Instance : null,
            "Extend list by appending elements from the iterable.");
        type.AddMethod("insert", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_insert.Parse(ts, args, kw, a)) return null;
            if (!ToSsize(ts, a[0]!, out long where)) return null;
            ((PyList)self).Insert(where, a[1]!);
            return PyNone.Instance;
        }, "Insert object before index.");
        type.AddMethod("pop", static (ts, self, args, kw) =>
        {
            // METH_FASTCALL without keywords: the method descriptor refuses them first, by qualified name.
            if (kw is { Length: > 0 }) return ts.TypeError("list.pop() takes no keyword arguments");
            long index = -1;
            // pop() without arguments, the usual call, needs no argument parsing.
            if (args.Length != 0)
            {
                var a = new ArgBuffer();
                if (!s_pop.Parse(ts, args, kw, a)) return null;
                if (a[0] is { } i && !ToSsize(ts, i, out index)) return null;
            }
            var l = (PyList)self;
            if (l.Count == 0) return ts.IndexError("pop from empty list");
            if (index < 0) index += l.Count;
            if (index < 0 || index >= l.Count) return ts.IndexError("pop index out of range");
            return l.RemoveAt((int)index);
        }, "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range.");
        type.AddMethod("remove", static (ts, self, value) =>
        {
            var l = (PyList)self;
            for (int i = 0; i < l.Count; i++)
            {
                int eq = Protocols.RichCompareBool(ts, l[i], value, CompareOp.Eq);
                if (eq < 0) return null;
                if (eq > 0)
                {
                    // The comparison may have shrunk the list.
                    if (i < l.Count) l.RemoveAt(i);
                    return PyNone.Instance;
                }
            }
            return ts.ValueError("list.remove(x): x not in list");
        }, "Remove first occurrence of value.\n\nRaises ValueError if the value is not present.");
        type.AddMethod("index", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_index.Parse(ts, args, kw, a)) return null;
            var l = (PyList)self;
            long start = 0, stop = long.MaxValue;
            if (a[1] is { } s1 && !IndexNotNone(ts, s1, out start)) return null;
            if (a[2] is { } s2 && !IndexNotNone(ts, s2, out stop)) return null;
            if (start < 0)
            {
                start += l.Count;
                if (start < 0) start = 0;
            }
            if (stop < 0)
            {
                stop += l.Count;
                if (stop < 0) stop = 0;
            }
            for (long i = start; i < stop && i < l.Count; i++)
            {
                int eq = Protocols.RichCompareBool(ts, l[(int)i], a[0]!, CompareOp.Eq);
                if (eq < 0) return null;
                if (eq > 0) return PyInt.Create(i);
            }
            var r = Protocols.Repr(ts, a[0]!);
            return r is null ? null : ts.ValueError($"{r} is not in list");
        }, "Return first index of value.\n\nRaises ValueError if the value is not present.");
        type.AddMethod("count", static (ts, self, value) =>
        {
            var l = (PyList)self;
            long count = 0;
            for (int i = 0; i < l.Count; i++)
            {
                int eq = Protocols.RichCompareBool(ts, l[i], value, CompareOp.Eq);
                if (eq < 0) return null;
                count += eq;
            }
            return PyInt.Create(count);
        }, "Return number of occurrences of value.");
        type.AddMethod("clear", static (ts, self) =>
        {
            ((PyList)self).Clear();
            return PyNone.Instance;
        }, "Remove all items from list.");
        type.AddMethod("copy", static (ts, self) => PyList.FromArray(((PyList)self).ToArray()), "Return a shallow copy of the list.");
        type.AddMethod("reverse", static (ts, self) =>
        {
            ((PyList)self).Reverse();
            return PyNone.Instance;
        }, "Reverse *IN PLACE*.");
        type.AddMethod("sort", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_sort.Parse(ts, args, kw, a)) return null;
            bool reverse = false;
            if (a[1] is { } rev)
            {
                if (!ToCInt(ts, rev, out int r)) return null;
                reverse = r != 0;
            }
            var key = a[0] is PyNone ? null : a[0];
            return ListSort.Sort(ts, (PyList)self, key, reverse) ? PyNone.Instance : null;
        }, "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is modified) and stable (i.e. the\norder of two equal elements is maintained).\n\nIf a key function is given, apply it once to each list item and sort them,\nascending or descending, according to their function values.\n\nThe reverse flag can be set to sort in descending order.");
        type.AddMethod("__reversed__", static (ts, self) => new PyListReverseIterator((PyList)self), "Return a reverse iterator over the list.");
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(40 + 8L * ((PyList)self).Capacity), "Return the size of the list in memory, in bytes.");
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var l = (PyList)self;
        if (l.Count == 0) return PyStr.Intern("[]");
        if (ts.ReprEnter(l)) return PyStr.Intern("[...]");
        var sb = new PyStrBuilder().Append("[");
        // The size is re-read each time: an item's repr may change the list.
        for (int i = 0; i < l.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            var r = Protocols.Repr(ts, l[i]);
            if (r is null)
            {
                ts.ReprLeave(l);
                return null;
            }
            sb.Append((PyStr)r);
        }
        ts.ReprLeave(l);
        return sb.Append("]").ToPyStr();
    }

    private static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var l = (PyList)self;
        if (key is PyInt || key.Type.Index is not null)
        {
            if (!Protocols.AsIndex(ts, key, out long i, PyExc.IndexError)) return null;
            if (i < 0) i += l.Count;
            if ((ulong)i >= (ulong)l.Count) return ts.IndexError("list index out of range");
            return l[(int)i];
        }
        if (key is PySlice slice)
        {
            // The bounds' __index__ may change the list: its length is read after them (as SetItem does).
            if (!SliceIndices.Unpack(ts, slice, out long start, out long stop, out long step)) return null;
            long count = SliceIndices.AdjustIndices(l.Count, ref start, ref stop, step);
            if (count <= 0) return new PyList();
            if (step == 1) return PyList.FromSpan(l.AsSpan().Slice((int)start, (int)count));
            return l.GetExtended(start, step, count);
        }
        return ts.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
    }

    private static int SetItem(ThreadState ts, PyObject self, PyObject key, PyObject? value)
    {
        var l = (PyList)self;
        if (key is PyInt || key.Type.Index is not null)
        {
            if (!Protocols.AsIndex(ts, key, out long i, PyExc.IndexError)) return -1;
            if (i < 0) i += l.Count;
            if ((ulong)i >= (ulong)l.Count)
            {
                ts.SetError(PyExc.IndexError, "list assignment index out of range");
                return -1;
            }
            if (value is null) l.RemoveAt((int)i);
            else l[(int)i] = value;
            return 0;
        }
        if (key is PySlice slice)
        {
            if (!SliceIndices.Unpack(ts, slice, out long start, out long stop, out long step)) return -1;
            long count = SliceIndices.AdjustIndices(l.Count, ref start, ref stop, step);
            if (step == 1) return AssignSlice(ts, l, start, stop, value);
            if (value is null)
            {
                l.DeleteExtended(start, step, count);
                return 0;
            }
            // a[::-1] = a: take a copy first.
            PyObject[]? items = ReferenceEquals(value, l) ? l.ToArray() : SequenceFast(ts, value, "must assign iterable to extended slice");
            if (items is null) return -1;
            if (items.Length != count)
            {
                ts.SetError(PyExc.ValueError, $"attempt to assign sequence of size {items.Length} to extended slice of size {count}");
                return -1;
            }
            for (long k = 0, cur = start; k < count; k++, cur += step) l[(int)cur] = items[k];
            return 0;
        }
        ts.SetError(PyExc.TypeError, $"list indices must be integers or slices, not {key.Type.Name}");
        return -1;
    }

    /// <summary>list_ass_slice with Python-level checks: <c>a[lo:hi] = iterable</c> or <c>del a[lo:hi]</c>.</summary>
    private static int AssignSlice(ThreadState ts, PyList l, long low, long high, PyObject? value)
    {
        if (value is null)
        {
            l.SetSlice(low, high, []);
            return 0;
        }
        var items = ReferenceEquals(value, l) ? l.ToArray() : SequenceFast(ts, value, "can only assign an iterable");
        if (items is null) return -1;
        l.SetSlice(low, high, items);
        return 0;
    }

    /// <summary>PySequence_Fast: the items of a list or tuple, or of any iterable (a TypeError from iter()
    /// becomes <paramref name="message"/> when given). An exact tuple's own array is returned: do not change it.</summary>
    internal static PyObject[]? SequenceFast(ThreadState ts, PyObject value, string? message)
    {
        if (value.Type == BuiltinTypes.List) return ((PyList)value).ToArray();
        if (value.Type == BuiltinTypes.Tuple) return ((PyTuple)value).Items;
        var it = Protocols.GetIter(ts, value);
        if (it is null)
        {
            if (message is not null && ts.ErrorMatches(PyExc.TypeError))
            {
                ts.ClearError();
                ts.SetError(PyExc.TypeError, message);
            }
            return null;
        }
        var list = new PyList();
        if (!Extend(ts, list, it)) return null;
        return list.ToArray();
    }

    /// <summary>list_extend: appends every item of <paramref name="iterable"/>, growing as CPython does
    /// (lists and tuples at once; other iterables after a length-hint preallocation).</summary>
    internal static bool Extend(ThreadState ts, PyList list, PyObject iterable)
    {
        if (iterable.Type == BuiltinTypes.List || iterable.Type == BuiltinTypes.Tuple || ReferenceEquals(iterable, list))
        {
            var items = iterable is PyTuple t ? t.Items.AsSpan() : ((PyList)iterable).AsSpan();
            if (ReferenceEquals(iterable, list)) items = items.ToArray();
            list.AppendRange(items);
            return true;
        }
        var it = Protocols.GetIter(ts, iterable);
        if (it is null) return false;
        long hint = Protocols.LengthHint(ts, iterable, 8);
        if (hint < 0) return false;
        // list_resize to the hinted size: more items than an array can hold is MemoryError at once (an
        // overflowing sum is ignored, as CPython does: the hint may lie).
        if (hint <= long.MaxValue - list.Count)
        {
            if (list.Count + hint > Array.MaxLength)
            {
                ts.MemoryError();
                return false;
            }
            list.Reserve((int)hint);
        }
        // Every item is taken (appending runs no Python code), so this returns only at the end or an error.
        Protocols.NextInto(ts, it, new AppendSink(list));
        if (ts.HasError) return false;
        list.TrimExcess();
        return true;
    }

    /// <summary>Extend's consumer: appends each item as it comes, as list_extend's loop does.</summary>
    private sealed class AppendSink(PyList list) : ItemSink
    {
        public override bool Accept(ThreadState ts, PyObject item)
        {
            list.Append(item);
            return true;
        }
    }

    private static PyObject? RichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyList x || b is not PyList y) return PyNotImplemented.Instance;
        if (x.Count != y.Count && (op == CompareOp.Eq || op == CompareOp.Ne)) return PyBool.From(op == CompareOp.Ne);
        int i = 0;
        // Sizes are re-read: a comparison may change either list.
        for (; i < x.Count && i < y.Count; i++)
        {
            var xi = x[i];
            var yi = y[i];
            if (ReferenceEquals(xi, yi)) continue;
            int eq = Protocols.RichCompareBool(ts, xi, yi, CompareOp.Eq);
            if (eq < 0) return null;
            if (eq == 0) break;
        }
        if (i >= x.Count || i >= y.Count) return CompareSizes(x.Count, y.Count, op);
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Protocols.RichCompare(ts, x[i], y[i], op);
    }

    /// <summary>The result of comparing two sequences that are equal up to the shorter one's length.</summary>
    internal static PyObject CompareSizes(long x, long y, CompareOp op) => PyBool.From(op.Holds(x, y));

    /// <summary>Argument Clinic's Py_ssize_t converter: __index__, OverflowError when too large.</summary>
    internal static bool ToSsize(ThreadState ts, PyObject obj, out long value)
    {
        value = 0;
        var i = Protocols.Index(ts, obj);
        if (i is null) return false;
        if (i.TryGetLong(out value)) return true;
        ts.SetError(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }

    /// <summary>_PyEval_SliceIndexNotNone: the start/stop of index() methods, clamped to the long range.</summary>
    internal static bool IndexNotNone(ThreadState ts, PyObject obj, out long value)
    {
        if (obj is not PyInt && obj.Type.Index is null)
        {
            value = 0;
            ts.SetError(PyExc.TypeError, "slice indices must be integers or have an __index__ method");
            return false;
        }
        return SliceIndices.IndexValue(ts, obj, out value);
    }

    /// <summary>Argument Clinic's bool(accept={int}) converter: a C int from an index.</summary>
    private static bool ToCInt(ThreadState ts, PyObject obj, out int value)
    {
        value = 0;
        if (obj is PyFloat)
        {
            ts.SetError(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            return false;
        }
        var i = Protocols.Index(ts, obj);
        if (i is null) return false;
        if (i.TryGetLong(out long v) && v >= int.MinValue && v <= int.MaxValue)
        {
            value = (int)v;
            return true;
        }
        ts.SetError(PyExc.OverflowError, "Python int too large to convert to C int");
        return false;
    }
}
