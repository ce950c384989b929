using System.Runtime.CompilerServices;

namespace Kaa.Runtime;

internal static partial class Eval
{
    /// <summary>
    /// BINARY_OP's commonest cases inline in the loop (CPython 3.11's BINARY_OP_ADD_FLOAT, _MULTIPLY_FLOAT,
    /// _SUBTRACT_FLOAT, _ADD_INT, _SUBTRACT_INT): + - * on two exact floats, + - on two exact ints that fit
    /// a long and do not overflow. Everything else through <see cref="BinaryOpFast"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject? BinaryOpInline(ThreadState ts, PyObject a, PyObject b, int op)
    {
        var ta = a.Type;
        if (ta == b.Type)
        {
            if (ta == BuiltinTypes.Float)
            {
                // An exact float is a PyFloat (its subclasses' instances have their own type).
                double l = Unsafe.As<PyFloat>(a).Value, r = Unsafe.As<PyFloat>(b).Value;
                switch ((BinaryOp)op)
                {
                    case BinaryOp.Add or BinaryOp.InplaceAdd: return PyFloat.Create(l + r);
                    case BinaryOp.Subtract or BinaryOp.InplaceSubtract: return PyFloat.Create(l - r);
                    case BinaryOp.Multiply or BinaryOp.InplaceMultiply: return PyFloat.Create(l * r);
                    case BinaryOp.TrueDivide or BinaryOp.InplaceTrueDivide when r != 0: return PyFloat.Create(l / r);
                }
            }
            else if (ta == BuiltinTypes.Int && a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
            {
                // (An exact int of class PyInt holds a long; larger values are a subclass.)
                long l = Unsafe.As<PyInt>(a).Small, r = Unsafe.As<PyInt>(b).Small;
                switch ((BinaryOp)op)
                {
                    case BinaryOp.Add or BinaryOp.InplaceAdd:
                    {
                        long s = l + r;
                        if (((l ^ s) & (r ^ s)) >= 0) return PyInt.Create(s);
                        break;
                    }
                    case BinaryOp.Subtract or BinaryOp.InplaceSubtract:
                    {
                        long s = l - r;
                        if (((l ^ r) & (l ^ s)) >= 0) return PyInt.Create(s);
                        break;
                    }
                    default:
                        // * % // and the rest on two machine words, one call away (null: overflow, or an
                        // operator SmallIntOp leaves to the general path).
                        if (SmallIntOp(l, r, op) is { } v) return v;
                        break;
                }
            }
        }
        return BinaryOpFast(ts, a, b, op);
    }

    /// <summary>Ints whose magnitude is at most this convert to double exactly (true division's fast path).</summary>
    private const long ExactInDouble = 1L << 53;

    /// <summary>BINARY_OP with the int and float fast paths inline (the rest through the number protocol).
    /// Each fast path gives exactly what the type's slot gives; anything unusual (overflow out of the
    /// long range, division by zero, a float operand for % or //) takes the protocol.</summary>
    private static PyObject? BinaryOpFast(ThreadState ts, PyObject a, PyObject b, int op)
    {
        var ta = a.Type;
        var tb = b.Type;
        if (ta == BuiltinTypes.Int)
        {
            if (tb == BuiltinTypes.Int)
            {
                var x = (PyInt)a;
                var y = (PyInt)b;
                if (x.IsSmall && y.IsSmall && SmallIntOp(x.Small, y.Small, op) is { } r) return r;
            }
            else if (tb == BuiltinTypes.Float && ((PyInt)a).IsSmall && FloatOp(((PyInt)a).Small, ((PyFloat)b).Value, op) is { } r)
                return r;
        }
        else if (ta == BuiltinTypes.Float)
        {
            if (tb == BuiltinTypes.Float)
            {
                if (FloatOp(((PyFloat)a).Value, ((PyFloat)b).Value, op) is { } r) return r;
            }
            else if (tb == BuiltinTypes.Int && ((PyInt)b).IsSmall && FloatOp(((PyFloat)a).Value, ((PyInt)b).Small, op) is { } r)
                return r;
        }
        return Protocols.BinaryOp(ts, a, b, (BinaryOp)op);
    }

    private static PyObject? SmallIntOp(long l, long r, int op)
    {
        switch ((BinaryOp)op)
        {
            case BinaryOp.Add:
            case BinaryOp.InplaceAdd:
            {
                long s = l + r;
                return ((l ^ s) & (r ^ s)) >= 0 ? PyInt.Create(s) : null;
            }
            case BinaryOp.Subtract:
            case BinaryOp.InplaceSubtract:
            {
                long s = l - r;
                return ((l ^ r) & (l ^ s)) >= 0 ? PyInt.Create(s) : null;
            }
            case BinaryOp.Multiply:
            case BinaryOp.InplaceMultiply:
            {
                long hi = Math.BigMul(l, r, out long lo);
                return hi == (lo >> 63) ? PyInt.Create(lo) : null;
            }
            case BinaryOp.Remainder:
            case BinaryOp.InplaceRemainder:
            {
                if (r == 0 || (r == -1 && l == long.MinValue)) return null;
                long m = l % r;
                // Python's remainder takes the divisor's sign.
                if (m != 0 && ((m ^ r) < 0)) m += r;
                return PyInt.Create(m);
            }
            case BinaryOp.FloorDivide:
            case BinaryOp.InplaceFloorDivide:
            {
                if (r == 0 || (r == -1 && l == long.MinValue)) return null;
                long q = l / r;
                if ((l % r != 0) && ((l ^ r) < 0)) q--;
                return PyInt.Create(q);
            }
            case BinaryOp.TrueDivide:
            case BinaryOp.InplaceTrueDivide:
                if (r == 0 || l > ExactInDouble || l < -ExactInDouble || r > ExactInDouble || r < -ExactInDouble) return null;
                return PyFloat.Create((double)l / r);
            case BinaryOp.And:
            case BinaryOp.InplaceAnd:
                return PyInt.Create(l & r);
            case BinaryOp.Or:
            case BinaryOp.InplaceOr:
                return PyInt.Create(l | r);
            case BinaryOp.Xor:
            case BinaryOp.InplaceXor:
                return PyInt.Create(l ^ r);
            case BinaryOp.RShift:
            case BinaryOp.InplaceRShift:
                if (r < 0) return null;
                return PyInt.Create(r >= 63 ? (l < 0 ? -1 : 0) : l >> (int)r);
            case BinaryOp.LShift:
            case BinaryOp.InplaceLShift:
            {
                if (r < 0 || r >= 63) return null;
                long s = l << (int)r;
                return (s >> (int)r) == l ? PyInt.Create(s) : null;
            }
        }
        return null;
    }

    /// <summary>+ - * / on floats (an int operand already converted exactly or as CPython converts it).</summary>
    private static PyObject? FloatOp(double l, double r, int op)
    {
        switch ((BinaryOp)op)
        {
            case BinaryOp.Add:
            case BinaryOp.InplaceAdd:
                return PyFloat.Create(l + r);
            case BinaryOp.Subtract:
            case BinaryOp.InplaceSubtract:
                return PyFloat.Create(l - r);
            case BinaryOp.Multiply:
            case BinaryOp.InplaceMultiply:
                return PyFloat.Create(l * r);
            case BinaryOp.TrueDivide:
            case BinaryOp.InplaceTrueDivide:
                return r == 0 ? null : PyFloat.Create(l / r);
        }
        return null;
    }

    /// <summary>A comparison fused with its jump, for two exact ints that fit a long or two exact floats
    /// (CPython 3.11's COMPARE_OP_INT_JUMP and COMPARE_OP_FLOAT_JUMP): the outcome with no bool object and
    /// no call. False when the operands are anything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryCompareNumbers(PyObject a, PyObject b, int op, out bool outcome)
    {
        var ta = a.Type;
        if (ta == b.Type)
        {
            if (ta == BuiltinTypes.Int && a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
            {
                long l = Unsafe.As<PyInt>(a).Small, r = Unsafe.As<PyInt>(b).Small;
                outcome = ((CompareOp)op).Holds(l, r);
                return true;
            }
            if (ta == BuiltinTypes.Float)
            {
                double l = Unsafe.As<PyFloat>(a).Value, r = Unsafe.As<PyFloat>(b).Value;
                outcome = ((CompareOp)op).Holds(l, r);
                return true;
            }
        }
        outcome = false;
        return false;
    }

    /// <summary>COMPARE_OP with int, float and str fast paths inline.</summary>
    private static PyObject? CompareFast(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        var ta = a.Type;
        if (ta == b.Type)
        {
            if (ta == BuiltinTypes.Int && ((PyInt)a).IsSmall && ((PyInt)b).IsSmall)
            {
                long l = ((PyInt)a).Small, r = ((PyInt)b).Small;
                return PyBool.From(op.Holds(l, r));
            }
            if (ta == BuiltinTypes.Float)
            {
                double l = ((PyFloat)a).Value, r = ((PyFloat)b).Value;
                return PyBool.From(op.Holds(l, r));
            }
            if (ta == BuiltinTypes.Str && op is CompareOp.Eq or CompareOp.Ne)
                return PyBool.From(((PyStr)a).EqualsStr((PyStr)b) == (op == CompareOp.Eq));
        }
        return Protocols.RichCompare(ts, a, b, op);
    }

    /// <summary>BINARY_SUBSCR with list[int], tuple[int] and dict[key] inline (misses and errors through
    /// the mapping protocol, which raises as CPython does).</summary>
    private static PyObject? SubscrFast(ThreadState ts, PyObject container, PyObject key)
    {
        var tc = container.Type;
        if (key.Type == BuiltinTypes.Int && ((PyInt)key).IsSmall)
        {
            long i = ((PyInt)key).Small;
            if (tc == BuiltinTypes.List)
            {
                var list = (PyList)container;
                if (i < 0) i += list.Count;
                if ((ulong)i < (ulong)list.Count) return list[(int)i];
            }
            else if (tc == BuiltinTypes.Tuple)
            {
                var items = ((PyTuple)container).Items;
                if (i < 0) i += items.Length;
                if ((ulong)i < (ulong)items.Length) return items[i];
            }
        }
        if (tc == BuiltinTypes.Dict)
        {
            int found = ((PyDict)container).TryGetItem(ts, key, out var v);
            if (found > 0) return v;
            if (found < 0) return null;
        }
        return Protocols.GetItem(ts, container, key);
    }

    /// <summary>STORE_SUBSCR with list[int] = v and dict[key] = v inline.</summary>
    private static bool StoreSubscrFast(ThreadState ts, PyObject container, PyObject key, PyObject value)
    {
        var tc = container.Type;
        if (tc == BuiltinTypes.Dict) return ((PyDict)container).SetItem(ts, key, value);
        if (tc == BuiltinTypes.List && key.Type == BuiltinTypes.Int && ((PyInt)key).IsSmall)
        {
            var list = (PyList)container;
            long i = ((PyInt)key).Small;
            if (i < 0) i += list.Count;
            if ((ulong)i < (ulong)list.Count)
            {
                list[(int)i] = value;
                return true;
            }
        }
        return Protocols.SetItem(ts, container, key, value) >= 0;
    }
}
