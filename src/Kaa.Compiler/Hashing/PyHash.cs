using System.Numerics;
using Kaa.Compiler.Code;
using Kaa.Syntax.Text;

namespace Kaa.Compiler.Hashing;

/// <summary>
/// CPython 3.11's <c>hash()</c> of the constant types (64-bit build, siphash13, no small-string
/// cutoff), under a given hash secret. <see cref="Seed0"/> is the secret PYTHONHASHSEED=0 gives.
/// </summary>
public sealed class PyHash
{
    private const ulong Modulus = (1UL << 61) - 1; // _PyHASH_MODULUS
    private const int Bits = 61;
    private const long Inf = 314159;
    private const ulong Imag = 1000003;
    private const ulong XxPrime1 = 11400714785074694791UL;
    private const ulong XxPrime2 = 14029467366897019727UL;
    private const ulong XxPrime5 = 2870177450012600261UL;

    /// <summary>
    /// hash(None) and hash(...) are addresses in 3.11 (_Py_HashPointer); these are the values of the
    /// oracle binary /usr/bin/python3.11, whose static objects sit at fixed addresses.
    /// </summary>
    private const long NoneHash = 611532;
    private const long EllipsisHash = 606842;

    private readonly ulong _k0, _k1;

    public PyHash(ulong k0, ulong k1)
    {
        _k0 = k0;
        _k1 = k1;
    }

    /// <summary>The hash secret of PYTHONHASHSEED=0: randomisation off, all-zero key.</summary>
    public static readonly PyHash Seed0 = new(0, 0);

    /// <summary>
    /// The secret a nonzero PYTHONHASHSEED gives: CPython fills its secret bytes from a linear
    /// congruential generator seeded with the number (the siphash key is the first 16 bytes).
    /// </summary>
    public static PyHash FromSeed(uint seed)
    {
        Span<byte> key = stackalloc byte[16];
        uint x = seed;
        for (int i = 0; i < key.Length; i++)
        {
            x = unchecked(x * 214013 + 2531011);
            key[i] = (byte)((x >> 16) & 0xff);
        }
        return new PyHash(BitConverter.ToUInt64(key), BitConverter.ToUInt64(key[8..]));
    }

    public long Hash(object? value) => value switch
    {
        null => NoneHash,
        bool b => b ? 1 : 0,
        long l => HashInt(l),
        BigInteger b => HashInt(b),
        double d => HashDouble(d),
        Complex c => HashComplex(c.Real, c.Imaginary),
        string s => HashStr(s),
        CodePointString s => HashCodePoints(s.CodePoints),
        byte[] b => HashBytes(b),
        ConstTuple t => HashTuple(t),
        ConstFrozenSet f => PySet.FromItems(f.Items, this).FrozenSetHash(),
        EllipsisValue => EllipsisHash,
        _ => throw new ArgumentException($"unhashable constant {value.GetType().Name}", nameof(value)),
    };

    private static long Fix(long h) => h == -1 ? -2 : h;

    public static long HashInt(long v)
    {
        // |v| below the modulus (every int but the largest longs): the hash is the value itself.
        if (v > -(long)Modulus && v < (long)Modulus) return Fix(v);
        if (v == long.MinValue) return HashInt((BigInteger)v);
        ulong a = (ulong)Math.Abs(v) % Modulus;
        long h = v < 0 ? -(long)a : (long)a;
        return Fix(h);
    }

    public static long HashInt(BigInteger v)
    {
        var a = (ulong)(BigInteger.Abs(v) % Modulus);
        long h = v.Sign < 0 ? -(long)a : (long)a;
        return Fix(h);
    }

    /// <summary>_Py_HashDouble: the value modulo 2**61-1, so that equal ints and floats hash alike.</summary>
    public static long HashDouble(double v)
    {
        if (!double.IsFinite(v))
            return double.IsInfinity(v) ? (v > 0 ? Inf : -Inf) : 0; // NaN: an address in CPython
        double m = FrExp(v, out int e);
        int sign = 1;
        if (m < 0) { sign = -1; m = -m; }
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & Modulus) | x >> (Bits - 28);
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= Modulus) x -= Modulus;
        }
        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        x = ((x << e) & Modulus) | x >> (Bits - e);
        x = unchecked(x * (ulong)(long)sign);
        return Fix((long)x);
    }

    /// <summary>C's frexp: v = m × 2^e with 0.5 ≤ |m| &lt; 1.</summary>
    private static double FrExp(double v, out int e)
    {
        if (v == 0) { e = 0; return v; }
        e = Math.ILogB(v) + 1;
        return Math.ScaleB(v, -e);
    }

    public static long HashComplex(double re, double im)
    {
        ulong hr = (ulong)HashDouble(re);
        ulong hi = (ulong)HashDouble(im);
        return Fix((long)unchecked(hr + Imag * hi));
    }

    public long HashBytes(ReadOnlySpan<byte> data)
        => data.Length == 0 ? 0 : Fix((long)SipHash13.Hash(_k0, _k1, data));

    /// <summary>str: siphash over CPython's compact representation (1, 2 or 4 bytes per code point).</summary>
    public long HashStr(string s)
    {
        int max = 0;
        bool astral = false;
        foreach (char c in s)
        {
            if (char.IsSurrogate(c)) astral = true;
            else if (c > max) max = c;
        }
        if (astral) return HashCodePoints(Optimizer.PyStr.CodePoints(s));
        if (max < 256)
        {
            Span<byte> buf = s.Length <= 256 ? stackalloc byte[s.Length] : new byte[s.Length];
            for (int i = 0; i < s.Length; i++) buf[i] = (byte)s[i];
            return HashBytes(buf);
        }
        return HashBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(s.AsSpan()));
    }

    public long HashCodePoints(int[] cps)
    {
        int max = 0;
        foreach (int cp in cps) max = Math.Max(max, cp);
        int width = max < 256 ? 1 : max < 65536 ? 2 : 4;
        var buf = new byte[cps.Length * width];
        for (int i = 0; i < cps.Length; i++)
            for (int k = 0; k < width; k++) buf[i * width + k] = (byte)(cps[i] >> (8 * k));
        return HashBytes(buf);
    }

    /// <summary>tuplehash: 3.11's xxHash-based combination of the items' hashes.</summary>
    public long HashTuple(ConstTuple t)
    {
        ulong acc = XxPrime5;
        foreach (var item in t.Items)
        {
            ulong lane = (ulong)Hash(item);
            acc = unchecked(acc + lane * XxPrime2);
            acc = BitOperations.RotateLeft(acc, 31);
            acc = unchecked(acc * XxPrime1);
        }
        acc = unchecked(acc + ((ulong)t.Items.Length ^ (XxPrime5 ^ 3527539UL)));
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }
}
