namespace Kaa.Runtime;

/// <summary>
/// The running state of a message digest (what CPython's _md5, _sha1, _sha256, _sha512, _sha3 and
/// _blake2 keep per object): data goes in with <see cref="Update"/>; <see cref="Finish"/> produces the
/// digest from a copy, so the object can keep being updated, as Python's hash objects allow.
/// </summary>
internal abstract class HashState
{
    /// <summary>Digest length in bytes (0 for the SHAKE functions, whose length the caller chooses).</summary>
    public abstract int DigestSize { get; }

    /// <summary>The block size in bytes (what Python reports as block_size).</summary>
    public abstract int BlockSize { get; }

    public abstract void Update(ReadOnlySpan<byte> data);

    /// <summary>A deep copy (hash.copy()).</summary>
    public abstract HashState Clone();

    /// <summary>Writes the digest of everything so far into <paramref name="output"/> (its length is the
    /// digest size, or the requested length for SHAKE) without disturbing this state.</summary>
    public abstract void Finish(Span<byte> output);
}

/// <summary>The Merkle–Damgård hashes (MD5, SHA-1, SHA-2): a block buffer and a message length; the
/// subclass compresses blocks and writes the final state.</summary>
internal abstract class BlockHashState : HashState
{
    protected byte[] Buffer;
    protected int Buffered;
    protected ulong TotalBytes;

    protected BlockHashState(int blockSize) => Buffer = new byte[blockSize];

    public override int BlockSize => Buffer.Length;

    protected abstract void Compress(ReadOnlySpan<byte> block);

    public override void Update(ReadOnlySpan<byte> data)
    {
        TotalBytes += (ulong)data.Length;
        int block = Buffer.Length;
        if (Buffered > 0)
        {
            int take = Math.Min(block - Buffered, data.Length);
            data[..take].CopyTo(Buffer.AsSpan(Buffered));
            Buffered += take;
            data = data[take..];
            if (Buffered < block) return;
            Compress(Buffer);
            Buffered = 0;
        }
        while (data.Length >= block)
        {
            Compress(data[..block]);
            data = data[block..];
        }
        data.CopyTo(Buffer);
        Buffered = data.Length;
    }

    /// <summary>Appends the padding: 0x80, zeros, and the bit length in <paramref name="lengthBytes"/>
    /// bytes (big-endian unless <paramref name="littleEndian"/>).</summary>
    protected void Pad(int lengthBytes, bool littleEndian)
    {
        ulong bits = TotalBytes * 8;
        int block = Buffer.Length;
        Span<byte> tail = stackalloc byte[block * 2];
        Buffer.AsSpan(0, Buffered).CopyTo(tail);
        int n = Buffered;
        tail[n++] = 0x80;
        int total = n + lengthBytes <= block ? block : block * 2;
        tail[n..total].Clear();
        for (int i = 0; i < 8; i++)
        {
            byte b = (byte)(bits >> (8 * i));
            if (littleEndian) tail[total - lengthBytes + i] = b;
            else tail[total - 1 - i] = b;
        }
        Compress(tail[..block]);
        if (total > block) Compress(tail[block..total]);
    }

    protected void CopyBufferTo(BlockHashState other)
    {
        other.Buffer = (byte[])Buffer.Clone();
        other.Buffered = Buffered;
        other.TotalBytes = TotalBytes;
    }
}
