using System.Buffers.Binary;
using System.Numerics;

namespace Kaa.Compiler.Hashing;

/// <summary>
/// SipHash-1-3 as CPython 3.11 uses it for str and bytes (Python/pyhash.c: one compression round,
/// three finalisation rounds, 64-bit output). The key is the hash secret; PYTHONHASHSEED=0 means
/// the all-zero key.
/// </summary>
public static class SipHash13
{
    public static ulong Hash(ulong k0, ulong k1, ReadOnlySpan<byte> data)
    {
        ulong b = (ulong)data.Length << 56;
        ulong v0 = k0 ^ 0x736f6d6570736575UL;
        ulong v1 = k1 ^ 0x646f72616e646f6dUL;
        ulong v2 = k0 ^ 0x6c7967656e657261UL;
        ulong v3 = k1 ^ 0x7465646279746573UL;

        while (data.Length >= 8)
        {
            ulong m = BinaryPrimitives.ReadUInt64LittleEndian(data);
            data = data[8..];
            v3 ^= m;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= m;
        }
        ulong tail = 0;
        for (int i = 0; i < data.Length; i++) tail |= (ulong)data[i] << (8 * i);
        b |= tail;

        v3 ^= b;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= b;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        HalfRound(ref v0, ref v1, ref v2, ref v3, 13, 16);
        HalfRound(ref v2, ref v1, ref v0, ref v3, 17, 21);
    }

    private static void HalfRound(ref ulong a, ref ulong b, ref ulong c, ref ulong d, int s, int t)
    {
        a += b;
        c += d;
        b = BitOperations.RotateLeft(b, s) ^ a;
        d = BitOperations.RotateLeft(d, t) ^ c;
        a = BitOperations.RotateLeft(a, 32);
    }
}
