namespace Kaa.Runtime;

/// <summary>IEEE 754 binary16 ('e' in struct and array): CPython's PyFloat_Pack2/Unpack2, rounding half
/// to even and refusing values that round beyond the largest half (65504).</summary>
internal static class HalfFloat
{
    /// <summary>The 16 bits for <paramref name="x"/>; false when it is too large (OverflowError
    /// "float too large to pack with e format").</summary>
    internal static bool TryPack(double x, out ushort result)
    {
        result = 0;
        int sign = double.IsNegative(x) ? 1 : 0;
        int e;
        uint bits;
        if (x == 0.0) { e = 0; bits = 0; }
        else if (double.IsInfinity(x)) { e = 0x1f; bits = 0; }
        else if (double.IsNaN(x)) { e = 0x1f; bits = 512; }
        else
        {
            double f = LibM.Frexp(Math.Abs(x), out e);
            // Normalise f to [1.0, 2.0).
            f *= 2.0;
            e--;
            if (e >= 16) return false;
            if (e < -25)
            {
                f = 0.0; // underflow to zero
                e = 0;
            }
            else if (e < -14)
            {
                f = Math.ScaleB(f, 14 + e); // a subnormal half
                e = 0;
            }
            else
            {
                e += 15;
                f -= 1.0;
            }
            f *= 1024.0;
            bits = (uint)f;
            f -= bits;
            if (f > 0.5 || (f == 0.5 && bits % 2 == 1))
            {
                bits++;
                if (bits == 1024)
                {
                    bits = 0;
                    e++;
                    if (e == 31) return false;
                }
            }
        }
        result = (ushort)(bits | ((uint)e << 10) | ((uint)sign << 15));
        return true;
    }

    internal static double Unpack(ushort h)
    {
        bool negative = (h >> 15) != 0;
        int e = (h >> 10) & 0x1f;
        int f = h & 0x3ff;
        if (e == 0x1f)
        {
            if (f == 0) return negative ? double.NegativeInfinity : double.PositiveInfinity;
            return negative ? -MathModule.NaN : MathModule.NaN;
        }
        double x = f / 1024.0;
        if (e == 0) e = -14;
        else
        {
            x += 1.0;
            e -= 15;
        }
        x = Math.ScaleB(x, e);
        return negative ? -x : x;
    }
}
