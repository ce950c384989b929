using System.Buffers.Binary;
using System.Numerics;

namespace Kaa.Runtime;

/// <summary>The parameter block of BLAKE2 (RFC 7693 and the BLAKE2 paper's tree-hashing parameters).</summary>
internal sealed record Blake2Parameters(
    int DigestSize, byte[] Key, byte[] Salt, byte[] Person, int Fanout, int Depth, uint LeafSize,
    ulong NodeOffset, int NodeDepth, int InnerSize, bool LastNode);

/// <summary>BLAKE2b (64-bit words, 128-byte blocks) and BLAKE2s (32-bit words, 64-byte blocks).
/// Both are kept with 64-bit arithmetic on the word size's mask; BLAKE2s uses its own rotations.</summary>
internal sealed class Blake2 : HashState
{
    private static readonly ulong[] s_ivB =
    [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];

    private static readonly uint[] s_ivS =
        [0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19];

    private static readonly byte[,] s_sigma =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 },
        { 14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3 },
        { 11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4 },
        { 7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8 },
        { 9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13 },
        { 2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9 },
        { 12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11 },
        { 13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10 },
        { 6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5 },
        { 10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0 },
    };

    public readonly bool IsB;
    private ulong[] _h = new ulong[8];
    private byte[] _buffer;
    private int _buffered;
    private ulong _t0, _t1;
    private bool _lastNode;
    private readonly int _digestSize;

    private Blake2(bool isB, int digestSize)
    {
        IsB = isB;
        _digestSize = digestSize;
        _buffer = new byte[isB ? 128 : 64];
    }

    public Blake2(bool isB, Blake2Parameters p) : this(isB, p.DigestSize)
    {
        // The parameter block, little-endian words XORed into the IV.
        int size = isB ? 64 : 32;
        Span<byte> block = stackalloc byte[64];
        block.Clear();
        block[0] = (byte)p.DigestSize;
        block[1] = (byte)p.Key.Length;
        block[2] = (byte)p.Fanout;
        block[3] = (byte)p.Depth;
        BinaryPrimitives.WriteUInt32LittleEndian(block[4..], p.LeafSize);
        if (isB)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(block[8..], p.NodeOffset);
            block[16] = (byte)p.NodeDepth;
            block[17] = (byte)p.InnerSize;
            p.Salt.CopyTo(block[32..]);
            p.Person.CopyTo(block[48..]);
        }
        else
        {
            // 48-bit node offset.
            for (int i = 0; i < 6; i++) block[8 + i] = (byte)(p.NodeOffset >> (8 * i));
            block[14] = (byte)p.NodeDepth;
            block[15] = (byte)p.InnerSize;
            p.Salt.CopyTo(block[16..]);
            p.Person.CopyTo(block[24..]);
        }
        for (int i = 0; i < 8; i++)
            _h[i] = isB
                ? s_ivB[i] ^ BinaryPrimitives.ReadUInt64LittleEndian(block[(8 * i)..])
                : s_ivS[i] ^ BinaryPrimitives.ReadUInt32LittleEndian(block[(4 * i)..size]);
        _lastNode = p.LastNode;
        if (p.Key.Length > 0)
        {
            var keyBlock = new byte[_buffer.Length];
            p.Key.CopyTo(keyBlock, 0);
            Update(keyBlock);
        }
    }

    public override int DigestSize => _digestSize;

    public override int BlockSize => _buffer.Length;

    public override void Update(ReadOnlySpan<byte> data)
    {
        int block = _buffer.Length;
        while (data.Length > 0)
        {
            // The last block is compressed only at the end (with the final flag), so keep a full buffer.
            if (_buffered == block)
            {
                Increment(block);
                Compress(_buffer, false);
                _buffered = 0;
            }
            int take = Math.Min(block - _buffered, data.Length);
            data[..take].CopyTo(_buffer.AsSpan(_buffered));
            _buffered += take;
            data = data[take..];
        }
    }

    private void Increment(int n)
    {
        if (IsB)
        {
            _t0 += (ulong)n;
            if (_t0 < (ulong)n) _t1++;
        }
        else
        {
            ulong t = (_t1 << 32 | _t0) + (ulong)n;
            _t0 = t & 0xFFFFFFFF;
            _t1 = t >> 32;
        }
    }

    private void Compress(ReadOnlySpan<byte> block, bool final)
    {
        Span<ulong> v = stackalloc ulong[16];
        Span<ulong> m = stackalloc ulong[16];
        for (int i = 0; i < 16; i++)
            m[i] = IsB ? BinaryPrimitives.ReadUInt64LittleEndian(block[(8 * i)..]) : BinaryPrimitives.ReadUInt32LittleEndian(block[(4 * i)..]);
        for (int i = 0; i < 8; i++)
        {
            v[i] = _h[i];
            v[i + 8] = IsB ? s_ivB[i] : s_ivS[i];
        }
        v[12] ^= _t0;
        v[13] ^= _t1;
        ulong mask = IsB ? ulong.MaxValue : 0xFFFFFFFF;
        if (final)
        {
            v[14] ^= mask;
            if (_lastNode) v[15] ^= mask;
        }
        int rounds = IsB ? 12 : 10;
        for (int r = 0; r < rounds; r++)
        {
            int s = r % 10;
            G(v, m, 0, 4, 8, 12, s_sigma[s, 0], s_sigma[s, 1]);
            G(v, m, 1, 5, 9, 13, s_sigma[s, 2], s_sigma[s, 3]);
            G(v, m, 2, 6, 10, 14, s_sigma[s, 4], s_sigma[s, 5]);
            G(v, m, 3, 7, 11, 15, s_sigma[s, 6], s_sigma[s, 7]);
            G(v, m, 0, 5, 10, 15, s_sigma[s, 8], s_sigma[s, 9]);
            G(v, m, 1, 6, 11, 12, s_sigma[s, 10], s_sigma[s, 11]);
            G(v, m, 2, 7, 8, 13, s_sigma[s, 12], s_sigma[s, 13]);
            G(v, m, 3, 4, 9, 14, s_sigma[s, 14], s_sigma[s, 15]);
        }
        for (int i = 0; i < 8; i++) _h[i] ^= v[i] ^ v[i + 8];
    }

    private void G(Span<ulong> v, ReadOnlySpan<ulong> m, int a, int b, int c, int d, int x, int y)
    {
        if (IsB)
        {
            v[a] = v[a] + v[b] + m[x];
            v[d] = BitOperations.RotateRight(v[d] ^ v[a], 32);
            v[c] = v[c] + v[d];
            v[b] = BitOperations.RotateRight(v[b] ^ v[c], 24);
            v[a] = v[a] + v[b] + m[y];
            v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = BitOperations.RotateRight(v[b] ^ v[c], 63);
        }
        else
        {
            uint va = (uint)v[a], vb = (uint)v[b], vc = (uint)v[c], vd = (uint)v[d];
            va = va + vb + (uint)m[x];
            vd = BitOperations.RotateRight(vd ^ va, 16);
            vc += vd;
            vb = BitOperations.RotateRight(vb ^ vc, 12);
            va = va + vb + (uint)m[y];
            vd = BitOperations.RotateRight(vd ^ va, 8);
            vc += vd;
            vb = BitOperations.RotateRight(vb ^ vc, 7);
            v[a] = va; v[b] = vb; v[c] = vc; v[d] = vd;
        }
    }

    public override HashState Clone() => new Blake2(IsB, _digestSize)
    {
        _h = (ulong[])_h.Clone(),
        _buffer = (byte[])_buffer.Clone(),
        _buffered = _buffered,
        _t0 = _t0,
        _t1 = _t1,
        _lastNode = _lastNode,
    };

    public override void Finish(Span<byte> output)
    {
        var c = (Blake2)Clone();
        c.Increment(c._buffered);
        c._buffer.AsSpan(c._buffered).Clear();
        c.Compress(c._buffer, true);
        Span<byte> full = stackalloc byte[64];
        for (int i = 0; i < 8; i++)
        {
            if (IsB) BinaryPrimitives.WriteUInt64LittleEndian(full[(8 * i)..], c._h[i]);
            else BinaryPrimitives.WriteUInt32LittleEndian(full[(4 * i)..], (uint)c._h[i]);
        }
        full[.._digestSize].CopyTo(output);
    }
}
