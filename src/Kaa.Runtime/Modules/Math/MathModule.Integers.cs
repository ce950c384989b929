using System.Numerics;

namespace Kaa.Runtime;

/// <summary>The integer functions of <c>math</c>: gcd, lcm, isqrt, factorial, comb, perm.</summary>
internal static partial class MathModule
{
    private static void AddIntegerFunctions(PyModule m)
    {
        m.AddFunction("gcd", Gcd);
        m.AddFunction("lcm", Lcm);
        m.AddFunction("isqrt", ISqrt);
        m.AddFunction("factorial", static (ts, _, n) => Factorial(ts, n));
        m.AddFunction("comb", static (ts, _, a, k) => ExactPositional(ts, "comb", a, k, 2) ? Comb(ts, a[0], a[1]) : null);
        m.AddFunction("perm", Perm);
    }

    private static PyObject? Gcd(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!NoKeywords(ts, "math.gcd", kwnames)) return null;
        if (args.Length == 0) return PyInt.Zero;
        var first = Protocols.Index(ts, args[0]);
        if (first is null) return null;
        if (args.Length == 1) return Protocols.Absolute(ts, first);
        BigInteger result = first.Value;
        for (int i = 1; i < args.Length; i++)
        {
            var x = Protocols.Index(ts, args[i]);
            if (x is null) return null;
            if (result.IsOne) continue; // only the arguments' types still need checking
            result = BigInteger.GreatestCommonDivisor(result, x.Value);
        }
        return PyInt.Create(BigInteger.Abs(result));
    }

    private static PyObject? Lcm(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!NoKeywords(ts, "math.lcm", kwnames)) return null;
        if (args.Length == 0) return PyInt.One;
        var first = Protocols.Index(ts, args[0]);
        if (first is null) return null;
        if (args.Length == 1) return Protocols.Absolute(ts, first);
        BigInteger result = first.Value;
        for (int i = 1; i < args.Length; i++)
        {
            var x = Protocols.Index(ts, args[i]);
            if (x is null) return null;
            if (result.IsZero) continue;
            var b = x.Value;
            if (b.IsZero) { result = BigInteger.Zero; continue; }
            result = BigInteger.Abs(result / BigInteger.GreatestCommonDivisor(result, b) * b);
        }
        return PyInt.Create(BigInteger.Abs(result));
    }

    private static PyObject? ISqrt(ThreadState ts, PyObject self, PyObject arg)
    {
        var n = Protocols.Index(ts, arg);
        if (n is null) return null;
        if (n.Sign < 0) return ts.ValueError("isqrt() argument must be nonnegative");
        return PyInt.Create(IntegerSqrt(n.Value));
    }

    /// <summary>The integer square root: Newton's iteration from a double estimate, then corrected.</summary>
    internal static BigInteger IntegerSqrt(BigInteger n)
    {
        if (n.IsZero) return n;
        if (n < (BigInteger.One << 52))
        {
            var s = (long)Math.Sqrt((double)(long)n);
            while (s * s > (long)n) s--;
            while ((s + 1) * (s + 1) <= (long)n) s++;
            return s;
        }
        // Start above the root (a power of two), then x <- (x + n/x) / 2 decreases monotonically to it.
        long bits = (long)n.GetBitLength();
        BigInteger x = BigInteger.One << (int)((bits + 1) / 2);
        while (true)
        {
            BigInteger y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    private static PyObject? Factorial(ThreadState ts, PyObject arg)
    {
        var n = Protocols.Index(ts, arg);
        if (n is null) return null;
        if (!n.IsSmall)
        {
            if (n.Sign < 0) return ts.ValueError("factorial() not defined for negative values");
            return ts.OverflowError($"factorial() argument should not exceed {long.MaxValue}");
        }
        if (n.Small < 0) return ts.ValueError("factorial() not defined for negative values");
        return PyInt.Create(FactorialOf(n.Small));
    }

    /// <summary>n! as the product of 1..n by binary splitting (balanced multiplications).</summary>
    internal static BigInteger FactorialOf(long n)
    {
        if (n < 21)
        {
            long f = 1;
            for (long i = 2; i <= n; i++) f *= i;
            return f;
        }
        return RangeProduct(1, n);
    }

    /// <summary>lo * (lo+1) * ... * hi.</summary>
    private static BigInteger RangeProduct(BigInteger lo, BigInteger hi)
    {
        if (lo > hi) return BigInteger.One;
        var count = hi - lo;
        if (count < 16)
        {
            BigInteger p = lo;
            for (var i = lo + 1; i <= hi; i++) p *= i;
            return p;
        }
        var mid = (lo + hi) >> 1;
        return RangeProduct(lo, mid) * RangeProduct(mid + 1, hi);
    }

    private static PyObject? Perm(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!NoKeywords(ts, "math.perm", kwnames)) return null;
        if (args.Length is < 1 or > 2)
            return ts.TypeError(args.Length < 1 ? $"perm expected at least 1 argument, got {args.Length}" : $"perm expected at most 2 arguments, got {args.Length}");
        if (args.Length == 1 || args[1] is PyNone) return Factorial(ts, args[0]);
        var n = Protocols.Index(ts, args[0]);
        if (n is null) return null;
        var k = Protocols.Index(ts, args[1]);
        if (k is null) return null;
        if (n.Sign < 0) return ts.ValueError("n must be a non-negative integer");
        if (k.Sign < 0) return ts.ValueError("k must be a non-negative integer");
        BigInteger nv = n.Value, kv = k.Value;
        if (nv < kv) return PyInt.Zero;
        if (kv > long.MaxValue) return ts.OverflowError($"k must not exceed {long.MaxValue}");
        if (kv.IsZero) return PyInt.One;
        return PyInt.Create(RangeProduct(nv - kv + 1, nv));
    }

    private static PyObject? Comb(ThreadState ts, PyObject nArg, PyObject kArg)
    {
        var n = Protocols.Index(ts, nArg);
        if (n is null) return null;
        var k = Protocols.Index(ts, kArg);
        if (k is null) return null;
        if (n.Sign < 0) return ts.ValueError("n must be a non-negative integer");
        if (k.Sign < 0) return ts.ValueError("k must be a non-negative integer");
        BigInteger nv = n.Value, kv = k.Value;
        if (nv < kv) return PyInt.Zero;
        var rest = nv - kv;
        if (rest < kv) kv = rest;
        if (kv > long.MaxValue) return ts.OverflowError($"min(n - k, k) must not exceed {long.MaxValue}");
        if (kv.IsZero) return PyInt.One;
        // C(n, k) = (n-k+1 ... n) / k!
        return PyInt.Create(RangeProduct(nv - kv + 1, nv) / FactorialOf((long)kv));
    }
}
