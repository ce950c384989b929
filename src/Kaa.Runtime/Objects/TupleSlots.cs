using System.Text;

namespace Kaa.Runtime;

/// <summary>The slots and members of <c>tuple</c> (a first core; the containers work completes it).</summary>
internal static partial class TupleSlots
{
    internal static void Install(PyType type)
    {
        type.Length = static (ts, self) => ((PyTuple)self).Length;
        type.Repr = static (ts, self) =>
        {
            var t = (PyTuple)self;
            if (t.Length == 0) return PyStr.Intern("()");
            var sb = new PyStrBuilder().Append("(");
            for (int i = 0; i < t.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                var r = Protocols.Repr(ts, t.Items[i]);
                if (r is null) return null;
                sb.Append((PyStr)r);
            }
            if (t.Length == 1) sb.Append(",");
            return sb.Append(")").ToPyStr();
        };
        type.GetItem = static (ts, self, key) =>
        {
            var t = (PyTuple)self;
            if (key is PyInt)
            {
                if (!Protocols.AsIndex(ts, key, out long i, PyExc.IndexError)) return null;
                if (i < 0) i += t.Length;
                if (i < 0 || i >= t.Length) return ts.IndexError("tuple index out of range");
                return t.Items[i];
            }
            return ts.TypeError($"tuple indices must be integers or slices, not {key.Type.Name}");
        };
        type.Hash = static (ts, self) =>
        {
            var t = (PyTuple)self;
            const ulong P1 = 11400714785074694791UL, P2 = 14029467366897019727UL, P5 = 2870177450012600261UL;
            ulong acc = P5;
            foreach (var item in t.Items)
            {
                long h = Protocols.Hash(ts, item);
                if (h == -1 && ts.HasError) return -1;
                acc = unchecked(acc + (ulong)h * P2);
                acc = System.Numerics.BitOperations.RotateLeft(acc, 31);
                acc = unchecked(acc * P1);
            }
            acc = unchecked(acc + ((ulong)t.Length ^ (P5 ^ 3527539UL)));
            return acc == ulong.MaxValue ? 1546275796 : (long)acc;
        };
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (a is not PyTuple x || b is not PyTuple y) return PyNotImplemented.Instance;
            return SequenceCompare(ts, x.Items, y.Items, op);
        };
        type.NumberBinary[(int)BinaryOp.Add] = static (ts, a, b) =>
        {
            if (a is not PyTuple x) return PyNotImplemented.Instance;
            if (b is not PyTuple y) return ts.TypeError($"can only concatenate tuple (not \"{b.Type.Name}\") to tuple");
            return PyTuple.Create([.. x.Items, .. y.Items]);
        };
        type.New = static (ts, t, args, kw) =>
        {
            if (args.Length == 0) return PyTuple.Empty;
            var items = Protocols.ToList(ts, args[0]);
            if (items is null) return null;
            return t == BuiltinTypes.Tuple ? PyTuple.Create(items.ToArray()) : new PyTuple.Derived(t, items.ToArray());
        };
    }

    /// <summary>Lexicographic comparison of two item sequences (tuples, lists).</summary>
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
        if (i >= x.Length || i >= y.Length)
        {
            int c = x.Length.CompareTo(y.Length);
            return PyBool.From(op switch
            {
                CompareOp.Lt => c < 0,
                CompareOp.Le => c <= 0,
                CompareOp.Eq => c == 0,
                CompareOp.Ne => c != 0,
                CompareOp.Gt => c > 0,
                _ => c >= 0,
            });
        }
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Protocols.RichCompare(ts, x[i], y[i], op);
    }
}
