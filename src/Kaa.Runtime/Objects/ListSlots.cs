namespace Kaa.Runtime;

/// <summary>The slots and members of <c>list</c> (a first core; the containers work completes it).</summary>
internal static partial class ListSlots
{
    internal static void Install(PyType type)
    {
        type.Length = static (ts, self) => ((PyList)self).Count;
        type.Repr = static (ts, self) =>
        {
            var l = (PyList)self;
            if (l.Count == 0) return PyStr.Intern("[]");
            if (!ts.EnterNative(" while getting the repr of an object")) return null;
            var sb = new PyStrBuilder().Append("[");
            for (int i = 0; i < l.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                var r = Protocols.Repr(ts, l[i]);
                if (r is null) { ts.LeaveNative(); return null; }
                sb.Append((PyStr)r);
            }
            ts.LeaveNative();
            return sb.Append("]").ToPyStr();
        };
        type.GetItem = static (ts, self, key) =>
        {
            var l = (PyList)self;
            if (key is PyInt)
            {
                if (!Protocols.AsIndex(ts, key, out long i, PyExc.IndexError)) return null;
                if (i < 0) i += l.Count;
                if (i < 0 || i >= l.Count) return ts.IndexError("list index out of range");
                return l[(int)i];
            }
            return ts.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
        };
        type.SetItem = static (ts, self, key, value) =>
        {
            var l = (PyList)self;
            if (key is PyInt && value is not null)
            {
                if (!Protocols.AsIndex(ts, key, out long i, PyExc.IndexError)) return -1;
                if (i < 0) i += l.Count;
                if (i < 0 || i >= l.Count) { ts.SetError(PyExc.IndexError, "list assignment index out of range"); return -1; }
                l[(int)i] = value;
                return 0;
            }
            ts.SetError(PyExc.TypeError, $"list indices must be integers or slices, not {key.Type.Name}");
            return -1;
        };
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (a is not PyList x || b is not PyList y) return PyNotImplemented.Instance;
            return TupleSlots.SequenceCompare(ts, x.AsSpan().ToArray(), y.AsSpan().ToArray(), op);
        };
        type.NumberBinary[(int)BinaryOp.Add] = static (ts, a, b) =>
        {
            if (a is not PyList x) return PyNotImplemented.Instance;
            if (b is not PyList y) return ts.TypeError($"can only concatenate list (not \"{b.Type.Name}\") to list");
            return PyList.FromArray([.. x.AsSpan(), .. y.AsSpan()]);
        };
        type.New = static (ts, t, args, kw) => t == BuiltinTypes.List ? new PyList() : new PyList.Derived(t);
        type.Init = static (ts, self, args, kw) =>
        {
            if (args.Length == 0) return 0;
            var items = Protocols.ToList(ts, args[0]);
            if (items is null) return -1;
            foreach (var x in items) ((PyList)self).Append(x);
            return 0;
        };
        type.AddMethod("append", static (ts, self, item) =>
        {
            ((PyList)self).Append(item);
            return PyNone.Instance;
        });
    }
}
