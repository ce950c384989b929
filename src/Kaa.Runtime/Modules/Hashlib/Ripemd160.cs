using System.Buffers.Binary;
using System.Numerics;

namespace Kaa.Runtime;

/// <summary>RIPEMD-160 (Dobbertin, Bosselaers, Preneel 1996): OpenSSL's default provider offers it, so
/// CPython's hashlib.new('ripemd160') works there; two parallel lines of 80 steps over a 64-byte block.</summary>
internal sealed class Ripemd160 : BlockHashState
{
    // Message word order, rotation amounts and constants of the left (first five rows) and right lines.
    private static readonly byte[] s_rl =
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8,
        3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12, 1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2,
        4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13,
    ];

    private static readonly byte[] s_rr =
    [
        5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12, 6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2,
        15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13, 8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14,
        12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11,
    ];

    private static readonly byte[] s_sl =
    [
        11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8, 7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12,
        11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5, 11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12,
        9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6,
    ];

    private static readonly byte[] s_sr =
    [
        8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6, 9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11,
        9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5, 15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8,
        8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11,
    ];

    private static readonly uint[] s_kl = [0x00000000, 0x5A827999, 0x6ED9EBA1, 0x8F1BBCDC, 0xA953FD4E];
    private static readonly uint[] s_kr = [0x50A28BE6, 0x5C4DD124, 0x6D703EF3, 0x7A6D76E9, 0x00000000];

    private uint[] _h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];

    public Ripemd160() : base(64) { }

    public override int DigestSize => 20;

    private static uint F(int round, uint x, uint y, uint z) => round switch
    {
        0 => x ^ y ^ z,
        1 => (x & y) | (~x & z),
        2 => (x | ~y) ^ z,
        3 => (x & z) | (y & ~z),
        _ => x ^ (y | ~z),
    };

    protected override void Compress(ReadOnlySpan<byte> block)
    {
        Span<uint> x = stackalloc uint[16];
        for (int i = 0; i < 16; i++) x[i] = BinaryPrimitives.ReadUInt32LittleEndian(block[(4 * i)..]);
        uint al = _h[0], bl = _h[1], cl = _h[2], dl = _h[3], el = _h[4];
        uint ar = al, br = bl, cr = cl, dr = dl, er = el;
        for (int j = 0; j < 80; j++)
        {
            int round = j >> 4;
            uint t = BitOperations.RotateLeft(al + F(round, bl, cl, dl) + x[s_rl[j]] + s_kl[round], s_sl[j]) + el;
            al = el; el = dl; dl = BitOperations.RotateLeft(cl, 10); cl = bl; bl = t;
            // The right line runs the boolean functions in the opposite order.
            t = BitOperations.RotateLeft(ar + F(4 - round, br, cr, dr) + x[s_rr[j]] + s_kr[round], s_sr[j]) + er;
            ar = er; er = dr; dr = BitOperations.RotateLeft(cr, 10); cr = br; br = t;
        }
        uint h0 = _h[0];
        _h[0] = _h[1] + cl + dr;
        _h[1] = _h[2] + dl + er;
        _h[2] = _h[3] + el + ar;
        _h[3] = _h[4] + al + br;
        _h[4] = h0 + bl + cr;
    }

    public override HashState Clone()
    {
        var c = new Ripemd160 { _h = (uint[])_h.Clone() };
        CopyBufferTo(c);
        return c;
    }

    public override void Finish(Span<byte> output)
    {
        var c = (Ripemd160)Clone();
        c.Pad(8, littleEndian: true);
        for (int i = 0; i < 5; i++) BinaryPrimitives.WriteUInt32LittleEndian(output[(4 * i)..], c._h[i]);
    }
}
