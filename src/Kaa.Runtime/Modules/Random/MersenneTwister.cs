namespace Kaa.Runtime;

/// <summary>
/// MT19937 (Matsumoto and Nishimura's Mersenne Twister) with CPython's seeding: an int seed is split into
/// 32-bit words, least significant first, and fed to init_by_array, so the same seed gives CPython's
/// sequence. The state is 624 words and an index, exactly what getstate/setstate exchange.
/// </summary>
internal sealed class MersenneTwister
{
    internal const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0dfU;
    private const uint UpperMask = 0x80000000U;
    private const uint LowerMask = 0x7fffffffU;

    internal readonly uint[] State = new uint[N];
    internal int Index = N + 1;

    /// <summary>The next 32 random bits (genrand_uint32).</summary>
    internal uint NextUInt32()
    {
        var mt = State;
        uint y;
        if (Index >= N)
        {
            int kk;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            for (; kk < N - 1; kk++)
            {
                y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            y = (mt[N - 1] & UpperMask) | (mt[0] & LowerMask);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            Index = 0;
        }
        y = mt[Index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680U;
        y ^= (y << 15) & 0xefc60000U;
        y ^= y >> 18;
        return y;
    }

    /// <summary>A double in [0, 1) with 53 random bits.</summary>
    internal double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    private void InitGenrand(uint s)
    {
        var mt = State;
        mt[0] = s;
        for (int i = 1; i < N; i++)
            mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint)i;
        Index = N;
    }

    /// <summary>init_by_array: seeds from a key of 32-bit words.</summary>
    internal void InitByArray(ReadOnlySpan<uint> key)
    {
        var mt = State;
        InitGenrand(19650218U);
        int i = 1, j = 0;
        for (int k = Math.Max(N, key.Length); k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint)i;
            i++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
        }
        mt[0] = 0x80000000U; // assures a non-zero initial array
    }
}
