using System.Buffers.Binary;
using System.Numerics;

namespace Kaa.Runtime;

/// <summary>SHA-1 (FIPS 180-4).</summary>
internal sealed class Sha1 : BlockHashState
{
    private uint[] _h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];

    public Sha1() : base(64) { }

    public override int DigestSize => 20;

    protected override void Compress(ReadOnlySpan<byte> block)
    {
        Span<uint> w = stackalloc uint[80];
        for (int i = 0; i < 16; i++) w[i] = BinaryPrimitives.ReadUInt32BigEndian(block[(4 * i)..]);
        for (int i = 16; i < 80; i++) w[i] = BitOperations.RotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        uint a = _h[0], b = _h[1], c = _h[2], d = _h[3], e = _h[4];
        for (int i = 0; i < 80; i++)
        {
            uint f, k;
            if (i < 20) { f = (b & c) | (~b & d); k = 0x5A827999; }
            else if (i < 40) { f = b ^ c ^ d; k = 0x6ED9EBA1; }
            else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC; }
            else { f = b ^ c ^ d; k = 0xCA62C1D6; }
            uint t = BitOperations.RotateLeft(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = BitOperations.RotateLeft(b, 30);
            b = a;
            a = t;
        }
        _h[0] += a; _h[1] += b; _h[2] += c; _h[3] += d; _h[4] += e;
    }

    public override HashState Clone()
    {
        var h = new Sha1 { _h = (uint[])_h.Clone() };
        CopyBufferTo(h);
        return h;
    }

    public override void Finish(Span<byte> output)
    {
        var h = (Sha1)Clone();
        h.Pad(8, littleEndian: false);
        for (int i = 0; i < 5; i++) BinaryPrimitives.WriteUInt32BigEndian(output[(4 * i)..], h._h[i]);
    }
}
