using System.Buffers.Binary;
using System.Numerics;

namespace Kaa.Runtime;

/// <summary>Keccak-f[1600] sponges: SHA3-224/256/384/512 and SHAKE128/256 (FIPS 202).</summary>
internal sealed class Keccak : HashState
{
    private static readonly ulong[] s_roundConstants =
    [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000, 0x000000000000808B,
        0x0000000080000001, 0x8000000080008081, 0x8000000000008009, 0x000000000000008A, 0x0000000000000088,
        0x0000000080008009, 0x000000008000000A, 0x000000008000808B, 0x800000000000008B, 0x8000000000008089,
        0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ];

    private static readonly int[] s_rotations =
        [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44];

    private static readonly int[] s_piLanes =
        [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1];

    private ulong[] _state = new ulong[25];
    private byte[] _queue;
    private int _queued;
    private readonly int _digestSize;

    /// <summary>The domain-separation suffix: 0x06 for SHA-3, 0x1F for SHAKE.</summary>
    public readonly byte Suffix;

    /// <param name="rateBytes">The rate (block size) in bytes.</param>
    public Keccak(int rateBytes, int digestSize, byte suffix)
    {
        _queue = new byte[rateBytes];
        _digestSize = digestSize;
        Suffix = suffix;
    }

    public override int DigestSize => _digestSize;

    public override int BlockSize => _queue.Length;

    public int RateBits => _queue.Length * 8;

    public int CapacityBits => 1600 - RateBits;

    public override void Update(ReadOnlySpan<byte> data)
    {
        int rate = _queue.Length;
        while (data.Length > 0)
        {
            int take = Math.Min(rate - _queued, data.Length);
            data[..take].CopyTo(_queue.AsSpan(_queued));
            _queued += take;
            data = data[take..];
            if (_queued == rate)
            {
                Absorb(_queue);
                _queued = 0;
            }
        }
    }

    private void Absorb(ReadOnlySpan<byte> block)
    {
        for (int i = 0; i < block.Length / 8; i++) _state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block[(8 * i)..]);
        Permute(_state);
    }

    public override HashState Clone() => new Keccak(_queue.Length, _digestSize, Suffix)
    {
        _state = (ulong[])_state.Clone(),
        _queue = (byte[])_queue.Clone(),
        _queued = _queued,
    };

    public override void Finish(Span<byte> output)
    {
        var c = (Keccak)Clone();
        int rate = c._queue.Length;
        c._queue.AsSpan(c._queued).Clear();
        c._queue[c._queued] ^= Suffix;
        c._queue[rate - 1] ^= 0x80;
        c.Absorb(c._queue);
        Span<byte> block = stackalloc byte[rate];
        while (true)
        {
            for (int i = 0; i < rate / 8; i++) BinaryPrimitives.WriteUInt64LittleEndian(block[(8 * i)..], c._state[i]);
            int take = Math.Min(rate, output.Length);
            block[..take].CopyTo(output);
            output = output[take..];
            if (output.IsEmpty) return;
            Permute(c._state);
        }
    }

    private static void Permute(ulong[] a)
    {
        Span<ulong> c = stackalloc ulong[5];
        for (int round = 0; round < 24; round++)
        {
            // θ
            for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            for (int x = 0; x < 5; x++)
            {
                ulong d = c[(x + 4) % 5] ^ BitOperations.RotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) a[y + x] ^= d;
            }
            // ρ and π
            ulong current = a[1];
            for (int i = 0; i < 24; i++)
            {
                int j = s_piLanes[i];
                ulong next = a[j];
                a[j] = BitOperations.RotateLeft(current, s_rotations[i]);
                current = next;
            }
            // χ
            for (int y = 0; y < 25; y += 5)
            {
                for (int x = 0; x < 5; x++) c[x] = a[y + x];
                for (int x = 0; x < 5; x++) a[y + x] = c[x] ^ (~c[(x + 1) % 5] & c[(x + 2) % 5]);
            }
            // ι
            a[0] ^= s_roundConstants[round];
        }
    }
}
