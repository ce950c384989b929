namespace Kaa.Runtime;

internal static partial class Eval
{
    /// <summary>BINARY_OP with the int fast paths inline (the rest through the number protocol).</summary>
    private static PyObject? BinaryOpFast(ThreadState ts, PyObject a, PyObject b, int op)
    {
        if (a.Type == BuiltinTypes.Int && b.Type == BuiltinTypes.Int)
        {
            var x = (PyInt)a;
            var y = (PyInt)b;
            if (x.IsSmall && y.IsSmall)
            {
                long l = x.Small, r = y.Small;
                switch ((BinaryOp)op)
                {
                    case BinaryOp.Add:
                    case BinaryOp.InplaceAdd:
                    {
                        long s = l + r;
                        if (((l ^ s) & (r ^ s)) >= 0) return PyInt.Create(s);
                        break;
                    }
                    case BinaryOp.Subtract:
                    case BinaryOp.InplaceSubtract:
                    {
                        long s = l - r;
                        if (((l ^ r) & (l ^ s)) >= 0) return PyInt.Create(s);
                        break;
                    }
                    case BinaryOp.Multiply:
                    case BinaryOp.InplaceMultiply:
                    {
                        long hi = Math.BigMul(l, r, out long lo);
                        if (hi != (lo >> 63)) break;
                        return PyInt.Create(lo);
                    }
                }
            }
        }
        return Protocols.BinaryOp(ts, a, b, (BinaryOp)op);
    }

    /// <summary>COMPARE_OP with int fast paths inline.</summary>
    private static PyObject? CompareFast(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (a.Type == BuiltinTypes.Int && b.Type == BuiltinTypes.Int && ((PyInt)a).IsSmall && ((PyInt)b).IsSmall)
        {
            long l = ((PyInt)a).Small, r = ((PyInt)b).Small;
            return PyBool.From(op switch
            {
                CompareOp.Lt => l < r,
                CompareOp.Le => l <= r,
                CompareOp.Eq => l == r,
                CompareOp.Ne => l != r,
                CompareOp.Gt => l > r,
                _ => l >= r,
            });
        }
        return Protocols.RichCompare(ts, a, b, op);
    }
}
