namespace Kaa.Runtime;

/// <summary>The slots and methods of <c>collections.deque</c> (CPython's messages and mutation checks).</summary>
internal static class DequeSlots
{
    private static readonly ArgSpec InitSpec = new("deque", ["iterable", "maxlen"], required: 0, positionalOnly: 0);
    private const string Mutated = "deque mutated during iteration";

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => PyDeque.Make(t);
        type.Init = Init;
        type.Repr = Repr;
        type.Iter = static (ts, self) => new DequeIterator((PyDeque)self, reverse: false);
        type.Length = static (ts, self) => ((PyDeque)self).Count;
        type.Bool = static (ts, self) => ((PyDeque)self).Count > 0 ? 1 : 0;
        type.GetItem = GetItem;
        type.SetItem = SetItem;
        type.Contains = Contains;
        type.RichCompare = RichCompare;
        type.SeqConcat = Concat;
        type.SeqRepeat = static (ts, self, n) =>
        {
            var copy = Copy(ts, self);
            if (copy is null) return null;
            return InplaceRepeat(ts, copy, n);
        };
        type.SeqInplaceConcat = static (ts, self, other) => Extend(ts, (PyDeque)self, other) ? self : null;
        type.SeqInplaceRepeat = InplaceRepeat;

        type.AddMethod("append", static (ts, self, x) => { ((PyDeque)self).Append(x); return PyNone.Instance; }, "Add an element to the right side of the deque.");
        type.AddMethod("appendleft", static (ts, self, x) => { ((PyDeque)self).AppendLeft(x); return PyNone.Instance; }, "Add an element to the left side of the deque.");
        type.AddMethod("clear", static (ts, self) => { ((PyDeque)self).Clear(); return PyNone.Instance; }, "Remove all elements from the deque.");
        type.AddMethod("copy", Copy, "Return a shallow copy of a deque.");
        type.AddMethod("__copy__", Copy, "Return a shallow copy of a deque.");
        type.AddMethod("count", Count, "D.count(value) -> integer -- return number of occurrences of value");
        type.AddMethod("extend", static (ts, self, x) => Extend(ts, (PyDeque)self, x) ? PyNone.Instance : null, "Extend the right side of the deque with elements from the iterable");
        type.AddMethod("extendleft", static (ts, self, x) => ExtendLeft(ts, (PyDeque)self, x) ? PyNone.Instance : null, "Extend the left side of the deque with elements from the iterable");
        type.AddMethod("index", Index, "D.index(value, [start, [stop]]) -> integer -- return first index of value.\nRaises ValueError if the value is not present.");
        type.AddMethod("insert", Insert, "D.insert(index, object) -- insert object before index");
        type.AddMethod("pop", static (ts, self) =>
        {
            var d = (PyDeque)self;
            return d.Count == 0 ? ts.IndexError("pop from an empty deque") : d.Pop();
        }, "Remove and return the rightmost element.");
        type.AddMethod("popleft", static (ts, self) =>
        {
            var d = (PyDeque)self;
            return d.Count == 0 ? ts.IndexError("pop from an empty deque") : d.PopLeft();
        }, "Remove and return the leftmost element.");
        type.AddMethod("remove", Remove, "D.remove(value) -- remove first occurrence of value.");
        type.AddMethod("reverse", static (ts, self) => { ((PyDeque)self).Reverse(); return PyNone.Instance; }, "D.reverse() -- reverse *IN PLACE*");
        type.AddMethod("rotate", Rotate, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.");
        type.AddMethod("__reversed__", static (ts, self) => new DequeIterator((PyDeque)self, reverse: true), "D.__reversed__() -- return a reverse iterator over the deque");
        type.AddMethod("__reduce__", Reduce, "Return state information for pickling.");
        GenericAliasSlots.AddClassGetItem(type);
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(216 + ((PyDeque)self).Blocks * 528), "D.__sizeof__() -- size of D in memory, in bytes");
        type.AddGetSet("maxlen", static (ts, self) =>
        {
            long m = ((PyDeque)self).MaxLen;
            return m < 0 ? PyNone.Instance : PyInt.Create(m);
        }, null, "maximum size of a deque or None if unbounded");
        type.AddAttribute("__doc__", PyStr.Create("deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints."));
    }

    private static int Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var d = (PyDeque)self;
        var a = new ArgBuffer();
        if (kwnames is null && args.Length <= 2)
        {
            if (args.Length > 0) a[0] = args[0];
            if (args.Length > 1) a[1] = args[1];
        }
        else if (!InitSpec.Parse(ts, args, kwnames, a)) return -1;
        long maxlen = -1;
        if (a[1] is { } m && m != PyNone.Instance)
        {
            if (m is not PyInt mi)
            {
                ts.SetError(PyExc.TypeError, "an integer is required");
                return -1;
            }
            if (!mi.TryGetLong(out maxlen))
            {
                ts.SetError(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
                return -1;
            }
            if (maxlen < 0)
            {
                ts.SetError(PyExc.ValueError, "maxlen must be non-negative");
                return -1;
            }
        }
        d.MaxLen = maxlen;
        if (d.Count > 0) d.Clear();
        if (a[0] is { } iterable && !Extend(ts, d, iterable)) return -1;
        return 0;
    }

    internal static bool Extend(ThreadState ts, PyDeque d, PyObject iterable)
    {
        if (ReferenceEquals(d, iterable)) iterable = PyList.FromArray(d.ToArray());
        if (iterable.Type == BuiltinTypes.List || iterable.Type == BuiltinTypes.Tuple)
        {
            // Exact lists and tuples: no iterator object.
            if (d.MaxLen == 0) return true;
            d.BeforeExtend(left: false);
            var items = iterable is PyList l ? l.AsSpan() : ((PyTuple)iterable).Items;
            foreach (var x in items) d.Append(x);
            return true;
        }
        var it = Protocols.GetIter(ts, iterable);
        if (it is null) return false;
        if (d.MaxLen != 0) d.BeforeExtend(left: false);
        var next = it.Type.IterNext!;
        while (next(ts, it) is { } item)
            if (d.MaxLen != 0) d.Append(item);
        return !ts.HasError;
    }

    private static bool ExtendLeft(ThreadState ts, PyDeque d, PyObject iterable)
    {
        if (ReferenceEquals(d, iterable)) iterable = PyList.FromArray(d.ToArray());
        var it = Protocols.GetIter(ts, iterable);
        if (it is null) return false;
        if (d.MaxLen != 0) d.BeforeExtend(left: true);
        var next = it.Type.IterNext!;
        while (next(ts, it) is { } item)
            if (d.MaxLen != 0) d.AppendLeft(item);
        return !ts.HasError;
    }

    /// <summary>deque_copy: an exact deque copies directly; a subclass is called as <c>type(d)(d[, maxlen])</c>.</summary>
    private static PyObject? Copy(ThreadState ts, PyObject self)
    {
        var d = (PyDeque)self;
        if (d.Type == PyDeque.TypeObject)
        {
            var n = PyDeque.Create();
            n.MaxLen = d.MaxLen;
            for (int i = 0; i < d.Count; i++) n.Append(d[i]);
            return n;
        }
        PyObject? result = d.MaxLen < 0
            ? Protocols.Call1(ts, d.Type, d)
            : Protocols.Call2(ts, d.Type, d, PyInt.Create(d.MaxLen));
        if (result is not null && result is not PyDeque)
            return ts.TypeError($"{d.Type.Name}() must return a deque, not {result.Type.Name}");
        return result;
    }

    private static PyObject? Concat(ThreadState ts, PyObject self, PyObject other)
    {
        int r = Protocols.IsInstance(ts, other, PyDeque.TypeObject);
        if (r <= 0)
            return r < 0 ? null : ts.TypeError($"can only concatenate deque (not \"{other.Type.Name}\") to deque");
        var copy = Copy(ts, self);
        if (copy is null) return null;
        return Extend(ts, (PyDeque)copy, other) ? copy : null;
    }

    private static PyObject? InplaceRepeat(ThreadState ts, PyObject self, long n)
    {
        var d = (PyDeque)self;
        int size = d.Count;
        if (size == 0 || n == 1) return d;
        if (n <= 0)
        {
            d.Clear();
            return d;
        }
        if (d.MaxLen >= 0 && n * size > d.MaxLen) n = (d.MaxLen + size - 1) / size;
        if ((long)size * n > int.MaxValue) return ts.MemoryError();
        var snapshot = d.ToArray();
        for (long i = 0; i < n - 1; i++)
            foreach (var x in snapshot) d.Append(x);
        return d;
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var d = (PyDeque)self;
        if (ts.ReprEnter(d)) return PyStr.Intern("[...]");
        try
        {
            var list = Protocols.Repr(ts, PyList.FromArray(d.ToArray()));
            if (list is null) return null;
            string name = d.Type.IsHeapType ? d.Type.Name : d.Type.QualName;
            return d.MaxLen >= 0
                ? PyStr.Create($"{name}({list}, maxlen={d.MaxLen})")
                : PyStr.Create($"{name}({list})");
        }
        finally
        {
            ts.ReprLeave(d);
        }
    }

    private static bool NormalizeIndex(ThreadState ts, PyDeque d, PyObject key, out int index)
    {
        index = 0;
        if (key.Type.Index is null)
        {
            ts.SetError(PyExc.TypeError, $"sequence index must be integer, not '{key.Type.Name}'");
            return false;
        }
        if (!Protocols.AsIndex(ts, key, out long i, PyExc.IndexError)) return false;
        if (i < 0) i += d.Count;
        if (i < 0 || i >= d.Count)
        {
            ts.SetError(PyExc.IndexError, "deque index out of range");
            return false;
        }
        index = (int)i;
        return true;
    }

    private static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var d = (PyDeque)self;
        return NormalizeIndex(ts, d, key, out int i) ? d[i] : null;
    }

    private static int SetItem(ThreadState ts, PyObject self, PyObject key, PyObject? value)
    {
        var d = (PyDeque)self;
        if (!NormalizeIndex(ts, d, key, out int i)) return -1;
        if (value is null) d.RemoveAt(i);
        else d[i] = value;
        return 0;
    }

    private static int Contains(ThreadState ts, PyObject self, PyObject value)
    {
        var d = (PyDeque)self;
        uint state = d.State;
        for (int i = 0; i < d.Count; i++)
        {
            var item = d[i];
            if (ReferenceEquals(item, value)) return 1;
            int c = Protocols.RichCompareBool(ts, item, value, CompareOp.Eq);
            if (c < 0) return -1;
            if (state != d.State)
            {
                ts.SetError(PyExc.RuntimeError, Mutated);
                return -1;
            }
            if (c > 0) return 1;
        }
        return 0;
    }

    private static PyObject? Count(ThreadState ts, PyObject self, PyObject value)
    {
        var d = (PyDeque)self;
        uint state = d.State;
        long count = 0;
        int n = d.Count;
        for (int i = 0; i < n; i++)
        {
            int c = Protocols.RichCompareBool(ts, d[i], value, CompareOp.Eq);
            if (c < 0) return null;
            count += c;
            if (state != d.State) return ts.RuntimeError(Mutated);
        }
        return PyInt.Create(count);
    }

    private static bool SliceIndex(ThreadState ts, PyObject v, out long value)
    {
        value = 0;
        if (v.Type.Index is null)
        {
            ts.SetError(PyExc.TypeError, "slice indices must be integers or have an __index__ method");
            return false;
        }
        return Protocols.AsIndex(ts, v, out value);
    }

    private static PyObject? Index(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var d = (PyDeque)self;
        if (kwnames is { Length: > 0 }) return ts.TypeError("deque.index() takes no keyword arguments");
        if (args.Length < 1) return ts.TypeError($"index() takes at least 1 argument ({args.Length} given)");
        if (args.Length > 3) return ts.TypeError($"index() takes at most 3 arguments ({args.Length} given)");
        long start = 0, stop = d.Count;
        if (args.Length > 1 && !SliceIndex(ts, args[1], out start)) return null;
        if (args.Length > 2 && !SliceIndex(ts, args[2], out stop)) return null;
        if (start < 0) { start += d.Count; if (start < 0) start = 0; }
        if (stop < 0) { stop += d.Count; if (stop < 0) stop = 0; }
        if (stop > d.Count) stop = d.Count;
        if (start > stop) start = stop;
        uint state = d.State;
        for (long i = start; i < stop; i++)
        {
            int c = Protocols.RichCompareBool(ts, d[(int)i], args[0], CompareOp.Eq);
            if (c < 0) return null;
            if (state != d.State) return ts.RuntimeError(Mutated);
            if (c > 0) return PyInt.Create(i);
        }
        var r = Protocols.Repr(ts, args[0]);
        return r is null ? null : ts.ValueError($"{r} is not in deque");
    }

    private static PyObject? Insert(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var d = (PyDeque)self;
        if (kwnames is { Length: > 0 }) return ts.TypeError("deque.insert() takes no keyword arguments");
        if (args.Length != 2) return ts.TypeError($"insert() takes exactly 2 arguments ({args.Length} given)");
        if (!Protocols.AsIndex(ts, args[0], out long index, PyExc.OverflowError)) return null;
        if (d.MaxLen == d.Count) return ts.IndexError("deque already at its maximum size");
        int n = d.Count;
        if (index >= n) d.Append(args[1]);
        else if (index <= -n || index == 0) d.AppendLeft(args[1]);
        else d.InsertAt((int)(index < 0 ? index + n : index), args[1]);
        return PyNone.Instance;
    }

    private static PyObject? Remove(ThreadState ts, PyObject self, PyObject value)
    {
        var d = (PyDeque)self;
        uint state = d.State;
        int n = d.Count;
        for (int i = 0; i < n; i++)
        {
            int c = Protocols.RichCompareBool(ts, d[i], value, CompareOp.Eq);
            if (c < 0) return null;
            if (state != d.State) return ts.IndexError(Mutated);
            if (c > 0)
            {
                d.RemoveAt(i);
                return PyNone.Instance;
            }
        }
        var r = Protocols.Repr(ts, value);
        return r is null ? null : ts.ValueError($"{r} is not in deque");
    }

    private static PyObject? Rotate(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Length: > 0 }) return ts.TypeError("deque.rotate() takes no keyword arguments");
        if (args.Length > 1) return ts.TypeError($"deque.rotate expected at most 1 argument, got {args.Length}");
        long n = 1;
        if (args.Length == 1)
        {
            var i = Protocols.Index(ts, args[0]);
            if (i is null) return null;
            if (!i.TryGetLong(out n)) return ts.OverflowError("Python int too large to convert to C ssize_t");
        }
        ((PyDeque)self).Rotate(n);
        return PyNone.Instance;
    }

    private static PyObject? Reduce(ThreadState ts, PyObject self)
    {
        var d = (PyDeque)self;
        var state = Protocols.CallMethod(ts, d, "__getstate__", []);
        if (state is null) return null;
        var it = new DequeIterator(d, reverse: false);
        PyObject args = d.MaxLen < 0 ? PyTuple.Empty : PyTuple.Create(PyTuple.Empty, PyInt.Create(d.MaxLen));
        return PyTuple.Create([d.Type, args, state, it]);
    }

    private static PyObject? RichCompare(ThreadState ts, PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyDeque a || w is not PyDeque b) return PyNotImplemented.Instance;
        if (op == CompareOp.Eq || op == CompareOp.Ne)
        {
            if (ReferenceEquals(a, b)) return PyBool.From(op == CompareOp.Eq);
            if (a.Count != b.Count) return PyBool.From(op == CompareOp.Ne);
        }
        uint sa = a.State, sb = b.State;
        int i = 0;
        for (; ; i++)
        {
            if (sa != a.State || sb != b.State) return ts.RuntimeError(Mutated);
            if (i >= a.Count || i >= b.Count) break;
            var x = a[i];
            var y = b[i];
            int eq = Protocols.RichCompareBool(ts, x, y, CompareOp.Eq);
            if (eq < 0) return null;
            if (eq == 0) return Protocols.RichCompare(ts, x, y, op) is { } r
                ? (Protocols.IsTrue(ts, r) is var t && t >= 0 ? PyBool.From(t > 0) : null)
                : null;
        }
        bool xEnded = i >= a.Count, yEnded = i >= b.Count;
        bool result = op switch
        {
            CompareOp.Lt => !yEnded,
            CompareOp.Le => xEnded,
            CompareOp.Eq => xEnded && yEnded,
            CompareOp.Ne => xEnded != yEnded,
            CompareOp.Gt => !xEnded,
            _ => yEnded,
        };
        return PyBool.From(result);
    }
}
