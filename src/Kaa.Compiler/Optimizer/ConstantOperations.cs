using System.Collections.Immutable;
using System.Numerics;
using Kaa.Compiler.Code;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Text;

namespace Kaa.Compiler.Optimizer;

/// <summary>
/// The operators of ast_opt.c applied to compile-time constants, with CPython's results and its
/// size limits: a result is produced only where CPython folds (every Try* returns false where
/// CPython's operation raises or the safe_* guard refuses).
/// </summary>
public static class ConstantOperations
{
    private const int MaxIntSize = 128;        // bits
    private const int MaxCollectionSize = 256; // items
    private const int MaxStrSize = 4096;       // characters
    private const int MaxTotalItems = 1024;    // including nested collections

    // ---- unary ----

    public static bool TryUnary(UnaryOperator op, object? v, out object? result)
    {
        result = null;
        switch (op)
        {
            case UnaryOperator.Not:
                result = !IsTrue(v);
                return true;
            case UnaryOperator.Invert:
                if (!PyInt.IsIntLike(v)) return false;
                result = PyInt.Normalize(-PyInt.ToBig(v!) - 1);
                return true;
            case UnaryOperator.UAdd:
                switch (v)
                {
                    case bool or long or BigInteger: result = PyInt.Normalize(PyInt.ToBig(v)); return true;
                    case double or Complex: result = v; return true;
                    default: return false;
                }
            case UnaryOperator.USub:
                switch (v)
                {
                    case bool or long or BigInteger: result = PyInt.Normalize(-PyInt.ToBig(v)); return true;
                    case double d: result = -d; return true;
                    case Complex c: result = new Complex(-c.Real, -c.Imaginary); return true;
                    default: return false;
                }
        }
        return false;
    }

    /// <summary>PyObject_IsTrue for constants.</summary>
    public static bool IsTrue(object? v) => v switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        BigInteger b => !b.IsZero,
        double d => d != 0.0,
        Complex c => c.Real != 0.0 || c.Imaginary != 0.0,
        string s => s.Length != 0,
        CodePointString s => s.CodePoints.Length != 0,
        byte[] b => b.Length != 0,
        ConstTuple t => t.Items.Length != 0,
        ConstFrozenSet f => f.Items.Length != 0,
        _ => true,
    };

    // ---- binary ----

    public static bool TryBinary(Operator op, object? l, object? r, out object? result)
    {
        result = null;
        switch (op)
        {
            case Operator.Add: return TryAdd(l, r, out result);
            case Operator.Sub: return TryArithmetic(op, l, r, out result);
            case Operator.Mult: return TrySafeMultiply(l, r, out result);
            case Operator.Div: return TryArithmetic(op, l, r, out result);
            case Operator.FloorDiv: return TryArithmetic(op, l, r, out result);
            case Operator.Mod:
                if (l is string or CodePointString or byte[]) return false; // safe_mod
                return TryArithmetic(op, l, r, out result);
            case Operator.Pow: return TrySafePower(l, r, out result);
            case Operator.LShift: return TrySafeLeftShift(l, r, out result);
            case Operator.RShift:
            case Operator.BitOr:
            case Operator.BitXor:
            case Operator.BitAnd:
                return TryBitwise(op, l, r, out result);
            default:
                return false; // MatMult: no constant implements it
        }
    }

    private static bool TryAdd(object? l, object? r, out object? result)
    {
        result = null;
        switch (l, r)
        {
            case (string a, string b):
                result = a + b;
                return true;
            case (string or CodePointString, string or CodePointString):
                result = PyStr.FromCodePoints([.. PyStr.CodePoints(l), .. PyStr.CodePoints(r)]);
                return true;
            case (byte[] a, byte[] b):
                result = (byte[])[.. a, .. b];
                return true;
            case (ConstTuple a, ConstTuple b):
                result = new ConstTuple(a.Items.AddRange(b.Items));
                return true;
        }
        return TryArithmetic(Operator.Add, l, r, out result);
    }

    private static long SequenceLength(object? v) => v switch
    {
        string s => PyStr.Length(s),
        CodePointString s => s.CodePoints.Length,
        byte[] b => b.Length,
        ConstTuple t => t.Items.Length,
        ConstFrozenSet f => f.Items.Length,
        _ => -1,
    };

    private static bool TrySafeMultiply(object? v, object? w, out object? result)
    {
        result = null;
        if (PyInt.IsIntLike(v) && PyInt.IsIntLike(w))
        {
            var a = PyInt.ToBig(v!);
            var b = PyInt.ToBig(w!);
            if (!a.IsZero && !b.IsZero && PyInt.BitLength(a) + PyInt.BitLength(b) > MaxIntSize) return false;
            result = PyInt.Normalize(a * b);
            return true;
        }
        if (PyInt.IsIntLike(v) && (w is ConstTuple or ConstFrozenSet))
        {
            long size = SequenceLength(w);
            if (size != 0)
            {
                if (!TryAsLong(v!, out long n) || n < 0 || n > MaxCollectionSize / size) return false;
                if (n != 0 && CheckComplexity(w, MaxTotalItems / n) < 0) return false;
            }
            return TryRepeat(w, v!, out result);
        }
        if (PyInt.IsIntLike(v) && (w is string or CodePointString or byte[]))
        {
            long size = SequenceLength(w);
            if (size != 0)
            {
                if (!TryAsLong(v!, out long n) || n < 0 || n > MaxStrSize / size) return false;
            }
            return TryRepeat(w, v!, out result);
        }
        if (PyInt.IsIntLike(w) && (v is ConstTuple or ConstFrozenSet or string or CodePointString or byte[]))
            return TrySafeMultiply(w, v, out result);
        return TryArithmetic(Operator.Mult, v, w, out result);
    }

    private static bool TryAsLong(object v, out long n)
    {
        var b = PyInt.ToBig(v);
        n = 0;
        if (b < long.MinValue || b > long.MaxValue) return false;
        n = (long)b;
        return true;
    }

    private static long CheckComplexity(object? obj, long limit)
    {
        switch (obj)
        {
            case ConstTuple t:
                limit -= t.Items.Length;
                for (int i = 0; limit >= 0 && i < t.Items.Length; i++) limit = CheckComplexity(t.Items[i], limit);
                return limit;
            case ConstFrozenSet f:
                limit -= f.Items.Length;
                for (int i = 0; limit >= 0 && i < f.Items.Length; i++) limit = CheckComplexity(f.Items[i], limit);
                return limit;
            default:
                return limit;
        }
    }

    /// <summary>Sequence repetition (sq_repeat); the count must fit an index.</summary>
    private static bool TryRepeat(object? seq, object count, out object? result)
    {
        result = null;
        if (!TryAsLong(count, out long n)) return false; // OverflowError: cannot fit 'int' into an index-sized integer
        if (n < 0) n = 0;
        long len = SequenceLength(seq);
        if (len == 0) n = 0; // an empty sequence repeats to itself however large the count
        if (n != 0 && n > int.MaxValue / len) return false;
        switch (seq)
        {
            case string s:
                result = string.Concat(Enumerable.Repeat(s, (int)n));
                return true;
            case CodePointString s:
                var cps = new int[s.CodePoints.Length * n];
                for (int i = 0; i < n; i++) s.CodePoints.CopyTo(cps, i * s.CodePoints.Length);
                result = new CodePointString(cps);
                return true;
            case byte[] b:
                var bytes = new byte[b.Length * n];
                for (int i = 0; i < n; i++) b.CopyTo(bytes, i * b.Length);
                result = bytes;
                return true;
            case ConstTuple t:
                var items = ImmutableArray.CreateBuilder<object?>((int)(t.Items.Length * n));
                for (int i = 0; i < n; i++) items.AddRange(t.Items);
                result = new ConstTuple(items.MoveToImmutable());
                return true;
        }
        return false; // frozenset * int: TypeError
    }

    private static bool TrySafePower(object? v, object? w, out object? result)
    {
        result = null;
        if (PyInt.IsIntLike(v) && PyInt.IsIntLike(w))
        {
            var a = PyInt.ToBig(v!);
            var b = PyInt.ToBig(w!);
            if (!a.IsZero && b.Sign > 0)
            {
                long vbits = PyInt.BitLength(a);
                if (b > ulong.MaxValue) return false;
                ulong wbits = (ulong)b;
                if ((ulong)vbits > MaxIntSize / wbits) return false;
            }
            if (b.Sign >= 0)
            {
                if (!PyInt.TryPowNonNegative(a, b, out var p)) return false;
                result = PyInt.Normalize(p);
                return true;
            }
            // A negative exponent makes it float pow.
            if (!PyInt.TryToDouble(a, out double fa) || !PyInt.TryToDouble(b, out double fb)) return false;
            return TryFloatPow(fa, fb, out result);
        }
        return TryArithmetic(Operator.Pow, v, w, out result);
    }

    private static bool TryFloatPow(double a, double b, out object? result)
    {
        result = null;
        if (!PyFloat.TryPow(a, b, out double d, out var c)) return false;
        result = c is { } z ? new Complex(z.Re, z.Im) : (object)d; // not Complex-typed: a double must stay a float
        return true;
    }

    private static bool TrySafeLeftShift(object? v, object? w, out object? result)
    {
        result = null;
        if (!PyInt.IsIntLike(v) || !PyInt.IsIntLike(w)) return false;
        var a = PyInt.ToBig(v!);
        var b = PyInt.ToBig(w!);
        if (!a.IsZero && !b.IsZero)
        {
            if (b.Sign < 0 || b > ulong.MaxValue) return false;
            ulong wbits = (ulong)b;
            long vbits = PyInt.BitLength(a);
            if (wbits > MaxIntSize || (ulong)vbits > MaxIntSize - wbits) return false;
        }
        if (!PyInt.TryLeftShift(a, b, out var s)) return false;
        result = PyInt.Normalize(s);
        return true;
    }

    private static bool TryBitwise(Operator op, object? v, object? w, out object? result)
    {
        result = null;
        if (!PyInt.IsIntLike(v) || !PyInt.IsIntLike(w)) return false;
        if (v is bool x && w is bool y && op != Operator.RShift)
        {
            result = op switch { Operator.BitAnd => x & y, Operator.BitOr => x | y, _ => x ^ y };
            return true;
        }
        var a = PyInt.ToBig(v!);
        var b = PyInt.ToBig(w!);
        BigInteger r;
        switch (op)
        {
            case Operator.RShift:
                if (!PyInt.TryRightShift(a, b, out r)) return false;
                break;
            case Operator.BitAnd: r = a & b; break;
            case Operator.BitOr: r = a | b; break;
            default: r = a ^ b; break;
        }
        result = PyInt.Normalize(r);
        return true;
    }

    // ---- the numeric tower: int → float → complex ----

    private enum NumericKind { NotNumber, Int, Float, Complex }

    private static NumericKind KindOf(object? v) => v switch
    {
        bool or long or BigInteger => NumericKind.Int,
        double => NumericKind.Float,
        Complex => NumericKind.Complex,
        _ => NumericKind.NotNumber,
    };

    private static bool TryArithmetic(Operator op, object? l, object? r, out object? result)
    {
        result = null;
        var kl = KindOf(l);
        var kr = KindOf(r);
        if (kl == NumericKind.NotNumber || kr == NumericKind.NotNumber) return false;
        var kind = (NumericKind)Math.Max((int)kl, (int)kr);
        switch (kind)
        {
            case NumericKind.Int:
                return TryIntArithmetic(op, PyInt.ToBig(l!), PyInt.ToBig(r!), out result);
            case NumericKind.Float:
                if (!TryToDouble(l, out double a) || !TryToDouble(r, out double b)) return false;
                return TryFloatArithmetic(op, a, b, out result);
            default:
                if (!TryToComplex(l, out var ca) || !TryToComplex(r, out var cb)) return false;
                return TryComplexArithmetic(op, ca, cb, out result);
        }
    }

    private static bool TryToDouble(object? v, out double d)
    {
        if (v is double x) { d = x; return true; }
        return PyInt.TryToDouble(v!, out d);
    }

    private static bool TryToComplex(object? v, out (double Re, double Im) c)
    {
        if (v is Complex z) { c = (z.Real, z.Imaginary); return true; }
        c = default;
        if (!TryToDouble(v, out double d)) return false;
        c = (d, 0.0);
        return true;
    }

    private static bool TryIntArithmetic(Operator op, BigInteger a, BigInteger b, out object? result)
    {
        result = null;
        BigInteger r;
        switch (op)
        {
            case Operator.Add: r = a + b; break;
            case Operator.Sub: r = a - b; break;
            case Operator.Mult: r = a * b; break;
            case Operator.FloorDiv:
                if (!PyInt.TryFloorDivide(a, b, out r)) return false;
                break;
            case Operator.Mod:
                if (!PyInt.TryModulo(a, b, out r)) return false;
                break;
            case Operator.Div:
                if (!PyInt.TryTrueDivide(a, b, out double q)) return false;
                result = q;
                return true;
            default:
                return false;
        }
        result = PyInt.Normalize(r);
        return true;
    }

    private static bool TryFloatArithmetic(Operator op, double a, double b, out object? result)
    {
        result = null;
        double r;
        switch (op)
        {
            case Operator.Add: r = a + b; break;
            case Operator.Sub: r = a - b; break;
            case Operator.Mult: r = a * b; break;
            case Operator.Div:
                if (!PyFloat.TryDivide(a, b, out r)) return false;
                break;
            case Operator.FloorDiv:
                if (!PyFloat.TryFloorDivide(a, b, out r)) return false;
                break;
            case Operator.Mod:
                if (!PyFloat.TryModulo(a, b, out r)) return false;
                break;
            case Operator.Pow:
                return TryFloatPow(a, b, out result);
            default:
                return false;
        }
        result = r;
        return true;
    }

    private static bool TryComplexArithmetic(Operator op, (double Re, double Im) a, (double Re, double Im) b, out object? result)
    {
        result = null;
        (double Re, double Im) r;
        switch (op)
        {
            case Operator.Add: r = PyComplex.Add(a, b); break;
            case Operator.Sub: r = PyComplex.Subtract(a, b); break;
            case Operator.Mult: r = PyComplex.Multiply(a, b); break;
            case Operator.Div:
                if (!PyComplex.TryDivide(a, b, out r)) return false;
                break;
            case Operator.Pow:
                if (!PyComplex.TryPow(a, b, out r)) return false;
                break;
            default:
                return false; // complex has no //, % (TypeError)
        }
        result = new Complex(r.Re, r.Im);
        return true;
    }

    // ---- subscript ----

    /// <summary>PyObject_GetItem(container, index) for constant containers and int indexes.</summary>
    public static bool TrySubscript(object? container, object? index, out object? result)
    {
        result = null;
        if (!PyInt.IsIntLike(index)) return false; // slices are not constants in 3.11; other keys raise
        long len = SequenceLength(container);
        if (len < 0 || container is ConstFrozenSet) return false;
        var i = PyInt.ToBig(index!);
        if (i < long.MinValue || i > long.MaxValue) return false; // IndexError: cannot fit into an index-sized integer
        long k = (long)i;
        if (k < 0) k += len;
        if (k < 0 || k >= len) return false; // IndexError
        switch (container)
        {
            case string s: result = PyStr.CharAt(s, (int)k); return true;
            case CodePointString s: result = PyStr.FromCodePoints([s.CodePoints[k]]); return true;
            case byte[] b: result = (long)b[k]; return true;
            case ConstTuple t: result = t.Items[(int)k]; return true;
        }
        return false;
    }
}
