namespace Kaa.Runtime;

/// <summary>The slots and members of <c>slice</c> (Objects/sliceobject.c).</summary>
internal static partial class SliceSlots
{
    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("slice() takes no keyword arguments");
            return args.Length switch
            {
                0 => ts.TypeError("slice expected at least 1 argument, got 0"),
                1 => new PySlice(PyNone.Instance, args[0], PyNone.Instance),
                2 => new PySlice(args[0], args[1], PyNone.Instance),
                3 => new PySlice(args[0], args[1], args[2]),
                _ => ts.TypeError($"slice expected at most 3 arguments, got {args.Length}"),
            };
        };
        type.Repr = static (ts, self) =>
        {
            var s = (PySlice)self;
            var sb = new PyStrBuilder().Append("slice(");
            if (!AppendRepr(ts, sb, s.Start)) return null;
            sb.Append(", ");
            if (!AppendRepr(ts, sb, s.Stop)) return null;
            sb.Append(", ");
            if (!AppendRepr(ts, sb, s.Step)) return null;
            return sb.Append(")").ToPyStr();
        };
        // Slices are unhashable in 3.11 (tp_hash is PyObject_HashNotImplemented): no Hash slot.
        type.AddAttribute("__hash__", PyNone.Instance);
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (a is not PySlice x || b is not PySlice y) return PyNotImplemented.Instance;
            if (ReferenceEquals(x, y))
                return PyBool.From(op is CompareOp.Le or CompareOp.Ge or CompareOp.Eq);
            // As tuples (start, stop, step).
            return TupleSlots.SequenceCompare(ts, [x.Start, x.Stop, x.Step], [y.Start, y.Stop, y.Step], op);
        };
        type.AddGetSet("start", static (ts, self) => ((PySlice)self).Start, IteratorSupport.ReadOnlyMember);
        type.AddGetSet("stop", static (ts, self) => ((PySlice)self).Stop, IteratorSupport.ReadOnlyMember);
        type.AddGetSet("step", static (ts, self) => ((PySlice)self).Step, IteratorSupport.ReadOnlyMember);
        type.AddMethod("indices", static (ts, self, arg) =>
        {
            var length = Protocols.Index(ts, arg);
            if (length is null) return null;
            if (length.Sign < 0) return ts.ValueError("length should not be negative");
            if (!SliceIndices.UnpackBig(ts, (PySlice)self, length.Value, out var start, out var stop, out var step)) return null;
            return PyTuple.Create([PyInt.Create(start), PyInt.Create(stop), PyInt.Create(step)]);
        }, "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices.");
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var s = (PySlice)self;
            return PyTuple.Create(s.Type, PyTuple.Create([s.Start, s.Stop, s.Step]));
        }, "Return state information for pickling.");
        type.AddAttribute("__doc__", PyStr.Create("slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2])."));
    }

    private static bool AppendRepr(ThreadState ts, PyStrBuilder sb, PyObject value)
    {
        var r = Protocols.Repr(ts, value);
        if (r is null) return false;
        sb.Append((PyStr)r);
        return true;
    }
}
