using System.Numerics;

namespace Kaa.Runtime;

/// <summary>The slots and members of <c>int</c> (a first core; the int work completes it).</summary>
internal static partial class IntSlots
{
    internal static void Install(PyType type)
    {
        type.Repr = static (ts, self) => PyStr.FromChars(((PyInt)self).Value.ToString());
        type.Hash = static (ts, self) =>
        {
            var i = (PyInt)self;
            return i.TryGetLong(out long v) ? Kaa.Compiler.Hashing.PyHash.HashInt(v) : Kaa.Compiler.Hashing.PyHash.HashInt(i.Value);
        };
        type.Bool = static (ts, self) => ((PyInt)self).Sign != 0 ? 1 : 0;
        type.Index = static (ts, self) => self.Type == BuiltinTypes.Int ? self : PyInt.Create(((PyInt)self).Value);
        type.Int = type.Index;
        type.Float = static (ts, self) => PyFloat.Create((double)((PyInt)self).Value);
        type.Negative = static (ts, self) => PyInt.Create(-((PyInt)self).Value);
        type.Positive = type.Index;
        type.Absolute = static (ts, self) => PyInt.Create(BigInteger.Abs(((PyInt)self).Value));
        type.Invert = static (ts, self) => PyInt.Create(-((PyInt)self).Value - 1);
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
            int c = x.IsSmall && y.IsSmall ? x.Small.CompareTo(y.Small) : x.Value.CompareTo(y.Value);
            return PyBool.From(op switch
            {
                CompareOp.Lt => c < 0,
                CompareOp.Le => c <= 0,
                CompareOp.Eq => c == 0,
                CompareOp.Ne => c != 0,
                CompareOp.Gt => c > 0,
                _ => c >= 0,
            });
        };
        Binary(type, BinaryOp.Add, static (ts, a, b) => PyInt.Create(a + b));
        Binary(type, BinaryOp.Subtract, static (ts, a, b) => PyInt.Create(a - b));
        Binary(type, BinaryOp.Multiply, static (ts, a, b) => PyInt.Create(a * b));
        Binary(type, BinaryOp.FloorDivide, static (ts, a, b) =>
        {
            if (b.IsZero) return ts.ZeroDivisionError("integer division or modulo by zero");
            var q = BigInteger.DivRem(a, b, out var r);
            if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) q -= 1;
            return PyInt.Create(q);
        });
        Binary(type, BinaryOp.Remainder, static (ts, a, b) =>
        {
            if (b.IsZero) return ts.ZeroDivisionError("integer division or modulo by zero");
            var r = BigInteger.Remainder(a, b);
            if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) r += b;
            return PyInt.Create(r);
        });
        Binary(type, BinaryOp.TrueDivide, static (ts, a, b) =>
        {
            if (b.IsZero) return ts.ZeroDivisionError("division by zero");
            return PyFloat.Create((double)a / (double)b);
        });
        Binary(type, BinaryOp.And, static (ts, a, b) => PyInt.Create(a & b));
        Binary(type, BinaryOp.Or, static (ts, a, b) => PyInt.Create(a | b));
        Binary(type, BinaryOp.Xor, static (ts, a, b) => PyInt.Create(a ^ b));
        Binary(type, BinaryOp.LShift, static (ts, a, b) =>
        {
            if (b.Sign < 0) return ts.ValueError("negative shift count");
            return PyInt.Create(a << (int)b);
        });
        Binary(type, BinaryOp.RShift, static (ts, a, b) =>
        {
            if (b.Sign < 0) return ts.ValueError("negative shift count");
            return PyInt.Create(b > int.MaxValue ? (a.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero) : a >> (int)b);
        });
        type.Power = static (ts, a, b, c) =>
        {
            if (a is not PyInt x || b is not PyInt y) return PyNotImplemented.Instance;
            if (c is not PyNone) return PyNotImplemented.Instance;
            if (y.Sign < 0) return PyFloat.Create(Math.Pow((double)x.Value, (double)y.Value));
            return PyInt.Create(BigInteger.Pow(x.Value, (int)y.Value));
        };
        type.New = static (ts, t, args, kw) =>
        {
            if (args.Length == 0) return PyInt.Zero;
            var v = args[0];
            if (v is PyInt i) return t == BuiltinTypes.Int ? PyInt.Create(i.Value) : PyInt.CreateSubclassInstance(t, i.Value);
            if (v is PyStr s && BigInteger.TryParse(s.ToString().Trim().Replace("_", ""), out var parsed))
                return t == BuiltinTypes.Int ? PyInt.Create(parsed) : PyInt.CreateSubclassInstance(t, parsed);
            if (v is PyFloat fl) return PyInt.Create(new BigInteger(Math.Truncate(fl.Value)));
            return ts.ValueError($"invalid literal for int() with base 10: {Protocols.ReprText(ts, v)}");
        };
    }

    private static void Binary(PyType type, BinaryOp op, Func<ThreadState, BigInteger, BigInteger, PyObject?> f)
    {
        type.NumberBinary[(int)op] = (ts, a, b) =>
            a is PyInt x && b is PyInt y ? f(ts, x.Value, y.Value) : PyNotImplemented.Instance;
    }
}
