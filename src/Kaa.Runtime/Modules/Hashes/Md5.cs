using System.Buffers.Binary;
using System.Numerics;

namespace Kaa.Runtime;

/// <summary>MD5 (RFC 1321).</summary>
internal sealed class Md5 : BlockHashState
{
    private uint _a = 0x67452301, _b = 0xefcdab89, _c = 0x98badcfe, _d = 0x10325476;

    private static readonly uint[] s_k = CreateK();
    private static readonly int[] s_r =
    [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
        5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
        4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
        6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
    ];

    private static uint[] CreateK()
    {
        var k = new uint[64];
        for (int i = 0; i < 64; i++) k[i] = (uint)(long)Math.Floor(Math.Abs(Math.Sin(i + 1)) * 4294967296.0);
        return k;
    }

    public Md5() : base(64) { }

    public override int DigestSize => 16;

    protected override void Compress(ReadOnlySpan<byte> block)
    {
        Span<uint> m = stackalloc uint[16];
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt32LittleEndian(block[(4 * i)..]);
        uint a = _a, b = _b, c = _c, d = _d;
        for (int i = 0; i < 64; i++)
        {
            uint f;
            int g;
            if (i < 16) { f = (b & c) | (~b & d); g = i; }
            else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
            else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
            else { f = c ^ (b | ~d); g = (7 * i) & 15; }
            uint t = d;
            d = c;
            c = b;
            b += BitOperations.RotateLeft(a + f + s_k[i] + m[g], s_r[i]);
            a = t;
        }
        _a += a; _b += b; _c += c; _d += d;
    }

    public override HashState Clone()
    {
        var h = new Md5 { _a = _a, _b = _b, _c = _c, _d = _d };
        CopyBufferTo(h);
        return h;
    }

    public override void Finish(Span<byte> output)
    {
        var h = (Md5)Clone();
        h.Pad(8, littleEndian: true);
        BinaryPrimitives.WriteUInt32LittleEndian(output, h._a);
        BinaryPrimitives.WriteUInt32LittleEndian(output[4..], h._b);
        BinaryPrimitives.WriteUInt32LittleEndian(output[8..], h._c);
        BinaryPrimitives.WriteUInt32LittleEndian(output[12..], h._d);
    }
}
