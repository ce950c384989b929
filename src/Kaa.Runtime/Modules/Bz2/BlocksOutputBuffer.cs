namespace Kaa.Runtime;

/// <summary>
/// The output area of a bz2/lzma (de)compression call, grown in CPython's block sizes (32 KB, 64 KB,
/// 256 KB, 1 MB, ... up to 256 MB per block) and never beyond a max_length. The sizes matter beyond
/// memory: a decompressor stops when its input is consumed exactly as the area fills, so where the
/// blocks end decides how much one call returns.
/// <para>A native call writes into [<see cref="Used"/>, <see cref="Allocated"/>) of <see cref="Data"/>
/// (pinned by the caller for the duration of the call), then reports the space it left.</para>
/// </summary>
internal sealed class BlocksOutputBuffer
{
    private static readonly int[] s_blockSizes =
    [
        32 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20, 8 << 20, 16 << 20, 16 << 20,
        32 << 20, 32 << 20, 32 << 20, 32 << 20, 64 << 20, 64 << 20, 128 << 20, 128 << 20, 256 << 20,
    ];

    private readonly long _maxLength;
    private int _blocks;

    /// <summary>The bytes; only the first <see cref="Allocated"/> belong to the buffer (one spare byte keeps
    /// the pointer valid when a zero-length area is handed out).</summary>
    public byte[] Data;
    public int Allocated;
    public int Used;

    /// <summary>The first block: 32 KB, or max_length when that is smaller (negative: unlimited).</summary>
    public BlocksOutputBuffer(long maxLength)
    {
        _maxLength = maxLength;
        Allocated = 0 <= maxLength && maxLength < s_blockSizes[0] ? (int)maxLength : s_blockSizes[0];
        Data = new byte[Allocated + 1];
        _blocks = 1;
    }

    /// <summary>Free bytes in the area (avail_out).</summary>
    public int Available => Allocated - Used;

    /// <summary>Records what a call left free (its avail_out).</summary>
    public void SetAvailable(uint availOut) => Used = Allocated - (int)availOut;

    /// <summary>True when max_length is reached: the buffer may not grow.</summary>
    public bool IsFull => _maxLength >= 0 && Allocated >= _maxLength;

    /// <summary>Adds the next block (capped by max_length); false with MemoryError past 2 GB.</summary>
    public bool Grow(ThreadState ts)
    {
        long block = s_blockSizes[Math.Min(_blocks, s_blockSizes.Length - 1)];
        if (_maxLength >= 0) block = Math.Min(block, _maxLength - Allocated);
        if (Allocated + block > Array.MaxLength - 1)
        {
            ts.SetError(PyExc.MemoryError, "Unable to allocate output buffer.");
            return false;
        }
        Allocated += (int)block;
        Array.Resize(ref Data, Allocated + 1);
        _blocks++;
        return true;
    }

    public PyBytes ToBytes() => PyBytes.Create(Data.AsSpan(0, Used).ToArray());
}
