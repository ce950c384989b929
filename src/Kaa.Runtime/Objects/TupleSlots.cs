namespace Kaa.Runtime;

/// <summary>The slots and methods of <c>tuple</c> (Objects/tupleobject.c).</summary>
internal static partial class TupleSlots
{
    private static readonly ArgSpec s_index = new("index", ["value", "start", "stop"], required: 1);

    internal static void Install(PyType type)
    {
        type.Length = static (ts, self) => ((PyTuple)self).Length;
        type.Repr = Repr;
        type.GetItem = GetItem;
        type.Hash = Hash;
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (a is not PyTuple x || b is not PyTuple y) return PyNotImplemented.Instance;
            return SequenceCompare(ts, x.Items, y.Items, op);
        };
        type.Contains = static (ts, self, item) =>
        {
            foreach (var x in ((PyTuple)self).Items)
            {
                int eq = Protocols.RichCompareBool(ts, x, item, CompareOp.Eq);
                if (eq != 0) return eq;
            }
            return 0;
        };
        type.Iter = static (ts, self) => new PyTupleIterator((PyTuple)self);
        type.SeqConcat = static (ts, a, b) =>
        {
            if (b is not PyTuple y) return ts.TypeError($"can only concatenate tuple (not \"{b.Type.Name}\") to tuple");
            var x = (PyTuple)a;
            if (y.Length == 0 && x.Type == BuiltinTypes.Tuple) return x;
            if (x.Length == 0 && y.Type == BuiltinTypes.Tuple) return y;
            var items = new PyObject[x.Length + y.Length];
            x.Items.CopyTo(items, 0);
            y.Items.CopyTo(items, x.Length);
            return PyTuple.Create(items);
        };
        type.SeqRepeat = static (ts, self, n) =>
        {
            var t = (PyTuple)self;
            if ((t.Length == 0 || n == 1) && t.Type == BuiltinTypes.Tuple) return t;
            if (t.Length == 0 || n <= 0) return PyTuple.Empty;
            if (n > Array.MaxLength / t.Length) return ts.MemoryError();
            var items = new PyObject[t.Length * n];
            for (long i = 0; i < n; i++) t.Items.CopyTo(items, i * t.Length);
            return PyTuple.Create(items);
        };
        type.New = static (ts, t, args, kw) =>
        {
            if (kw is not null && kw.Length > 0 && (t == BuiltinTypes.Tuple || t.Init == BuiltinTypes.Tuple.Init))
                return ts.TypeError("tuple() takes no keyword arguments");
            int n = args.Length - (kw?.Length ?? 0);
            if (n > 1) return ts.TypeError($"tuple expected at most 1 argument, got {n}");
            if (n == 0) return t == BuiltinTypes.Tuple ? PyTuple.Empty : new PyTuple.Derived(t, []);
            var arg = args[0];
            if (t == BuiltinTypes.Tuple && arg.Type == BuiltinTypes.Tuple) return arg;
            // Tuples are immutable, so an exact tuple's array can be shared.
            var items = ListSlots.SequenceFast(ts, arg, null);
            if (items is null) return null;
            return t == BuiltinTypes.Tuple ? PyTuple.Create(items) : new PyTuple.Derived(t, items);
        };
        type.AddAttribute("__doc__", PyStr.Create("Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object."));

        type.AddMethod("index", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_index.Parse(ts, args, kw, a)) return null;
            var t = (PyTuple)self;
            long start = 0, stop = long.MaxValue;
            if (a[1] is { } s1 && !ListSlots.IndexNotNone(ts, s1, out start)) return null;
            if (a[2] is { } s2 && !ListSlots.IndexNotNone(ts, s2, out stop)) return null;
            if (start < 0)
            {
                start += t.Length;
                if (start < 0) start = 0;
            }
            if (stop < 0) stop += t.Length;
            else if (stop > t.Length) stop = t.Length;
            for (long i = start; i < stop; i++)
            {
                int eq = Protocols.RichCompareBool(ts, t.Items[i], a[0]!, CompareOp.Eq);
                if (eq < 0) return null;
                if (eq > 0) return PyInt.Create(i);
            }
            return ts.ValueError("tuple.index(x): x not in tuple");
        }, "Return first index of value.\n\nRaises ValueError if the value is not present.");
        type.AddMethod("count", static (ts, self, value) =>
        {
            long count = 0;
            foreach (var x in ((PyTuple)self).Items)
            {
                int eq = Protocols.RichCompareBool(ts, x, value, CompareOp.Eq);
                if (eq < 0) return null;
                count += eq;
            }
            return PyInt.Create(count);
        }, "Return number of occurrences of value.");
        type.AddMethod("__getnewargs__", static (ts, self) =>
        {
            var t = (PyTuple)self;
            return PyTuple.Create(t.Type == BuiltinTypes.Tuple ? t : PyTuple.Create((PyObject[])t.Items.Clone()));
        });
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(ObjectSlots.BasicSize(self.Type) + 8L * ((PyTuple)self).Length), "Size of object in memory, in bytes.");
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var t = (PyTuple)self;
        if (t.Length == 0) return PyStr.Intern("()");
        if (ts.ReprEnter(t)) return PyStr.Intern("(...)");
        var sb = new PyStrBuilder().Append("(");
        for (int i = 0; i < t.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            var r = Protocols.Repr(ts, t.Items[i]);
            if (r is null)
            {
                ts.ReprLeave(t);
                return null;
            }
            sb.Append((PyStr)r);
        }
        ts.ReprLeave(t);
        if (t.Length == 1) sb.Append(",");
        return sb.Append(")").ToPyStr();
    }

    private static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var t = (PyTuple)self;
        if (key is PyInt || key.Type.Index is not null)
        {
            if (!Protocols.AsIndex(ts, key, out long i, PyExc.IndexError)) return null;
            if (i < 0) i += t.Length;
            if ((ulong)i >= (ulong)t.Length) return ts.IndexError("tuple index out of range");
            return t.Items[i];
        }
        if (key is PySlice slice)
        {
            if (!SliceIndices.GetIndices(ts, slice, t.Length, out long start, out long step, out long count)) return null;
            if (count <= 0) return PyTuple.Empty;
            if (start == 0 && step == 1 && count == t.Length && t.Type == BuiltinTypes.Tuple) return t;
            var items = new PyObject[count];
            for (long k = 0, cur = start; k < count; k++, cur += step) items[k] = t.Items[cur];
            return PyTuple.Create(items);
        }
        return ts.TypeError($"tuple indices must be integers or slices, not {key.Type.Name}");
    }

    /// <summary>tuplehash: xxHash-style lanes over the items' hashes, CPython's constants.</summary>
    private static long Hash(ThreadState ts, PyObject self)
    {
        var t = (PyTuple)self;
        const ulong P1 = 11400714785074694791UL, P2 = 14029467366897019727UL, P5 = 2870177450012600261UL;
        if (!ts.EnterNative(" while getting the hash of an object")) return -1;
        ulong acc = P5;
        foreach (var item in t.Items)
        {
            long h = Protocols.Hash(ts, item);
            if (h == -1 && ts.HasError)
            {
                ts.LeaveNative();
                return -1;
            }
            acc = unchecked(acc + (ulong)h * P2);
            acc = System.Numerics.BitOperations.RotateLeft(acc, 31);
            acc = unchecked(acc * P1);
        }
        ts.LeaveNative();
        acc = unchecked(acc + ((ulong)t.Length ^ (P5 ^ 3527539UL)));
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    /// <summary>Lexicographic comparison of two item sequences (tuples, slices as tuples).</summary>
    internal static PyObject? SequenceCompare(ThreadState ts, ReadOnlySpan<PyObject> x, ReadOnlySpan<PyObject> y, CompareOp op)
    {
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && x.Length != y.Length) return PyBool.From(op == CompareOp.Ne);
        int i = 0;
        for (; i < x.Length && i < y.Length; i++)
        {
            int eq = Protocols.RichCompareBool(ts, x[i], y[i], CompareOp.Eq);
            if (eq < 0) return null;
            if (eq == 0) break;
        }
        if (i >= x.Length || i >= y.Length) return ListSlots.CompareSizes(x.Length, y.Length, op);
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Protocols.RichCompare(ts, x[i], y[i], op);
    }
}
