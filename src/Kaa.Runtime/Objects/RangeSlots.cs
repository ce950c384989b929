using System.Numerics;

namespace Kaa.Runtime;

/// <summary>The slots and methods of <c>range</c> (Objects/rangeobject.c).</summary>
internal static class RangeSlots
{
    internal static void Install(PyType type)
    {
        type.New = New;
        type.Repr = static (ts, self) =>
        {
            var r = (PyRange)self;
            var sb = new PyStrBuilder().Append("range(").Append(r.Start.ToString()).Append(", ").Append(r.Stop.ToString());
            if (!(r.Step.IsSmall && r.Step.Small == 1)) sb.Append(", ").Append(r.Step.ToString());
            return sb.Append(")").ToPyStr();
        };
        type.Hash = static (ts, self) =>
        {
            // hash((len, start, step)) with the parts that do not matter for equality replaced by None.
            var r = (PyRange)self;
            PyObject start = PyNone.Instance, step = PyNone.Instance;
            if (r.Length.Sign != 0)
            {
                start = r.Start;
                if (!(r.Length.IsSmall && r.Length.Small == 1)) step = r.Step;
            }
            return Protocols.Hash(ts, PyTuple.Create([r.Length, start, step]));
        };
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (a is not PyRange x || b is not PyRange y || (op != CompareOp.Eq && op != CompareOp.Ne)) return PyNotImplemented.Instance;
            return PyBool.From(RangeEquals(x, y) == (op == CompareOp.Eq));
        };
        type.Bool = static (ts, self) => ((PyRange)self).Length.Sign != 0 ? 1 : 0;
        type.Length = static (ts, self) =>
        {
            var r = (PyRange)self;
            if (r.Length.TryGetLong(out long n)) return (nint)n;
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            return -1;
        };
        type.Contains = static (ts, self, item) =>
        {
            var r = (PyRange)self;
            if (item.Type == BuiltinTypes.Int || item.Type == BuiltinTypes.Bool) return ContainsInt(r, (PyInt)item) ? 1 : 0;
            return IterSearch(ts, r, item, SearchKind.Contains) is long found ? (int)found : -1;
        };
        type.GetItem = GetItem;
        type.Iter = static (ts, self) => Iterate((PyRange)self);
        type.AddGetSet("start", static (ts, self) => ((PyRange)self).Start, IteratorSupport.ReadOnlyMember);
        type.AddGetSet("stop", static (ts, self) => ((PyRange)self).Stop, IteratorSupport.ReadOnlyMember);
        type.AddGetSet("step", static (ts, self) => ((PyRange)self).Step, IteratorSupport.ReadOnlyMember);
        type.AddAttribute("__doc__", PyStr.Create("range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement)."));

        type.AddMethod("count", static (ts, self, value) =>
        {
            var r = (PyRange)self;
            if (value.Type == BuiltinTypes.Int || value.Type == BuiltinTypes.Bool) return PyInt.Create(ContainsInt(r, (PyInt)value) ? 1 : 0);
            return IterSearch(ts, r, value, SearchKind.Count) is long n ? PyInt.Create(n) : null;
        }, "rangeobject.count(value) -> integer -- return number of occurrences of value");
        type.AddMethod("index", static (ts, self, value) =>
        {
            var r = (PyRange)self;
            if (value.Type == BuiltinTypes.Int || value.Type == BuiltinTypes.Bool)
            {
                var v = (PyInt)value;
                if (ContainsInt(r, v)) return PyInt.Create((v.Value - r.Start.Value) / r.Step.Value);
                var repr = Protocols.Repr(ts, value);
                return repr is null ? null : ts.ValueError($"{repr} is not in range");
            }
            return IterSearch(ts, r, value, SearchKind.Index) is long i ? PyInt.Create(i) : null;
        }, "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present.");
        type.AddMethod("__reversed__", static (ts, self) => Reverse((PyRange)self), "Return a reverse iterator.");
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var r = (PyRange)self;
            return PyTuple.Create(r.Type, PyTuple.Create([r.Start, r.Stop, r.Step]));
        });
    }

    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Length > 0) return ts.TypeError("range() takes no keyword arguments");
        PyInt? start = PyInt.Zero, stop, step = PyInt.One;
        switch (args.Length)
        {
            case 1:
                stop = ExactIndex(ts, args[0]);
                if (stop is null) return null;
                break;
            case 2:
            case 3:
                start = ExactIndex(ts, args[0]);
                if (start is null) return null;
                stop = ExactIndex(ts, args[1]);
                if (stop is null) return null;
                if (args.Length == 3)
                {
                    step = ExactIndex(ts, args[2]);
                    if (step is null) return null;
                    if (step.Sign == 0) return ts.ValueError("range() arg 3 must not be zero");
                }
                break;
            case 0:
                return ts.TypeError("range expected at least 1 argument, got 0");
            default:
                return ts.TypeError($"range expected at most 3 arguments, got {args.Length}");
        }
        // compute_range_length compares the step with zero through PyObject_RichCompare, whose recursion
        // check is where a deep recursion through range() stops in CPython ("... in comparison").
        if (!ts.EnterNative(" in comparison")) return null;
        ts.LeaveNative();
        return new PyRange(start, stop, step);
    }

    /// <summary>PyNumber_Index: an exact int (True becomes 1, int subclasses their value).</summary>
    private static PyInt? ExactIndex(ThreadState ts, PyObject obj)
    {
        var i = Protocols.Index(ts, obj);
        return i is null || i.Type == BuiltinTypes.Int ? i : PyInt.Create(i.Value);
    }

    /// <summary>range_equals: equal as sequences (same length, and same first item and step where they matter).</summary>
    private static bool RangeEquals(PyRange x, PyRange y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x.Length.Value != y.Length.Value) return false;
        if (x.Length.Sign == 0) return true;
        if (x.Start.Value != y.Start.Value) return false;
        if (x.Length.IsSmall && x.Length.Small == 1) return true;
        return x.Step.Value == y.Step.Value;
    }

    /// <summary>range_contains_long: O(1) membership for ints.</summary>
    private static bool ContainsInt(PyRange r, PyInt v)
    {
        if (r.IsSmall && v.TryGetLong(out long x))
        {
            long start = r.SmallStart, stop = r.SmallStop, step = r.SmallStep;
            bool inside = step > 0 ? start <= x && x < stop : stop < x && x <= start;
            if (!inside) return false;
            return (Int128)(x - (Int128)start) % step == 0;
        }
        var value = v.Value;
        var s = r.Start.Value;
        bool within = r.Step.Sign > 0 ? s <= value && value < r.Stop.Value : r.Stop.Value < value && value <= s;
        return within && BigInteger.Remainder(value - s, r.Step.Value).IsZero;
    }

    private enum SearchKind { Contains, Count, Index }

    /// <summary>_PySequence_IterSearch for non-int values: compares with every item.</summary>
    private static long? IterSearch(ThreadState ts, PyRange r, PyObject value, SearchKind kind)
    {
        var it = Iterate(r);
        long count = 0, index = 0;
        while (true)
        {
            var item = Protocols.Next(ts, it);
            if (item is null)
            {
                if (ts.HasError) return null;
                break;
            }
            int eq = Protocols.RichCompareBool(ts, item, value, CompareOp.Eq);
            if (eq < 0) return null;
            if (eq > 0)
            {
                if (kind == SearchKind.Contains) return 1;
                if (kind == SearchKind.Index) return index;
                count++;
            }
            index++;
        }
        if (kind == SearchKind.Index)
        {
            ts.SetError(PyExc.ValueError, "sequence.index(x): x not in sequence");
            return null;
        }
        return kind == SearchKind.Count ? count : 0;
    }

    private static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var r = (PyRange)self;
        if (key is PyInt || key.Type.Index is not null)
        {
            var index = Protocols.Index(ts, key);
            if (index is null) return null;
            if (r.IsSmall && index.TryGetLong(out long i))
            {
                if (i < 0) i += r.SmallLength;
                if (i < 0 || i >= r.SmallLength) return ts.IndexError("range object index out of range");
                return PyInt.Create((BigInteger)r.SmallStart + (BigInteger)i * r.SmallStep);
            }
            var bi = index.Value;
            if (bi.Sign < 0) bi += r.Length.Value;
            if (bi.Sign < 0 || bi >= r.Length.Value) return ts.IndexError("range object index out of range");
            return r.ItemAt(bi);
        }
        if (key is PySlice slice)
        {
            if (!SliceIndices.UnpackBig(ts, slice, r.Length.Value, out var start, out var stop, out var step)) return null;
            var s0 = r.Start.Value;
            var st = r.Step.Value;
            return new PyRange(PyInt.Create(s0 + start * st), PyInt.Create(s0 + stop * st), PyInt.Create(step * st));
        }
        return ts.TypeError($"range indices must be integers or slices, not {key.Type.Name}");
    }

    /// <summary>range_iter: a range_iterator when every value fits a long, else a longrange_iterator.</summary>
    internal static PyObject Iterate(PyRange r)
    {
        // IsSmall: start, stop, step and the length (computed once, by the constructor) all fit a long.
        if (r.IsSmall)
        {
            long stop = r.SmallStop, step = r.SmallStep, len = r.SmallLength;
            // start + len*step must not overflow either.
            if (len == 0 || (step > 0 ? stop <= long.MaxValue - (step - 1) : stop >= long.MinValue + (-1 - step)))
                return new PyRangeIterator(r.SmallStart, step, len);
        }
        return new PyLongRangeIterator(r.Start.Value, r.Step.Value, r.Length.Value);
    }

    /// <summary>range_reverse: iterates from the last value back to the first.</summary>
    private static PyObject Reverse(PyRange r)
    {
        if (r.IsSmall && r.SmallStep != long.MinValue
            && (r.SmallStep > 0 ? r.SmallStart >= long.MinValue + r.SmallStep : r.SmallStart <= long.MaxValue + r.SmallStep))
        {
            long start = r.SmallStart, step = r.SmallStep;
            long newStop = start - step;
            long newStart = unchecked(newStop + r.SmallLength * step);
            return new PyRangeIterator(newStart, -step, r.SmallLength);
        }
        var length = r.Length.Value;
        return new PyLongRangeIterator(r.Start.Value + (length - 1) * r.Step.Value, -r.Step.Value, length);
    }
}
