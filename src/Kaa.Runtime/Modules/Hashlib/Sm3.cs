using System.Buffers.Binary;
using System.Numerics;

namespace Kaa.Runtime;

/// <summary>SM3 (GB/T 32905-2016, the Chinese national hash): OpenSSL's default provider offers it, so
/// CPython's hashlib.new('sm3') works there. Merkle–Damgård like SHA-256, big-endian, 64 rounds.</summary>
internal sealed class Sm3 : BlockHashState
{
    private uint[] _v = [0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e];

    public Sm3() : base(64) { }

    public override int DigestSize => 32;

    private static uint P0(uint x) => x ^ BitOperations.RotateLeft(x, 9) ^ BitOperations.RotateLeft(x, 17);

    private static uint P1(uint x) => x ^ BitOperations.RotateLeft(x, 15) ^ BitOperations.RotateLeft(x, 23);

    protected override void Compress(ReadOnlySpan<byte> block)
    {
        Span<uint> w = stackalloc uint[68];
        for (int i = 0; i < 16; i++) w[i] = BinaryPrimitives.ReadUInt32BigEndian(block[(4 * i)..]);
        for (int j = 16; j < 68; j++)
            w[j] = P1(w[j - 16] ^ w[j - 9] ^ BitOperations.RotateLeft(w[j - 3], 15)) ^ BitOperations.RotateLeft(w[j - 13], 7) ^ w[j - 6];
        uint a = _v[0], b = _v[1], c = _v[2], d = _v[3], e = _v[4], f = _v[5], g = _v[6], h = _v[7];
        for (int j = 0; j < 64; j++)
        {
            uint t = j < 16 ? 0x79cc4519u : 0x7a879d8au;
            uint a12 = BitOperations.RotateLeft(a, 12);
            uint ss1 = BitOperations.RotateLeft(a12 + e + BitOperations.RotateLeft(t, j % 32), 7);
            uint ss2 = ss1 ^ a12;
            uint ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
            uint gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
            uint tt1 = ff + d + ss2 + (w[j] ^ w[j + 4]);
            uint tt2 = gg + h + ss1 + w[j];
            d = c; c = BitOperations.RotateLeft(b, 9); b = a; a = tt1;
            h = g; g = BitOperations.RotateLeft(f, 19); f = e; e = P0(tt2);
        }
        _v[0] ^= a; _v[1] ^= b; _v[2] ^= c; _v[3] ^= d; _v[4] ^= e; _v[5] ^= f; _v[6] ^= g; _v[7] ^= h;
    }

    public override HashState Clone()
    {
        var c = new Sm3 { _v = (uint[])_v.Clone() };
        CopyBufferTo(c);
        return c;
    }

    public override void Finish(Span<byte> output)
    {
        var c = (Sm3)Clone();
        c.Pad(8, littleEndian: false);
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt32BigEndian(output[(4 * i)..], c._v[i]);
    }
}
