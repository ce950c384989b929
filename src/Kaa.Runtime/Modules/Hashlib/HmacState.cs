namespace Kaa.Runtime;

/// <summary>
/// HMAC (RFC 2104) over any <see cref="HashState"/>: the inner hash starts from the key XOR ipad, the outer
/// from the key XOR opad. Both are plain hash states, so copy() clones them and the keyed starting point
/// can be reused (PBKDF2 clones it once per iteration instead of rehashing the key).
/// </summary>
internal sealed class HmacState
{
    public readonly HashlibDigest Digest;
    private readonly HashState _inner, _outer;

    private HmacState(HashlibDigest digest, HashState inner, HashState outer)
    {
        Digest = digest;
        _inner = inner;
        _outer = outer;
    }

    /// <summary>A keyed HMAC; the digest must not be an XOF (the caller checks).</summary>
    public static HmacState Create(HashlibDigest digest, ReadOnlySpan<byte> key)
    {
        int block = digest.BlockSize;
        var padded = new byte[block];
        if (key.Length > block)
        {
            // A key longer than a block is replaced by its digest.
            var h = digest.Create();
            h.Update(key);
            h.Finish(padded.AsSpan(0, digest.DigestSize));
        }
        else key.CopyTo(padded);
        var inner = digest.Create();
        var outer = digest.Create();
        for (int i = 0; i < block; i++) padded[i] ^= 0x36;
        inner.Update(padded);
        for (int i = 0; i < block; i++) padded[i] ^= 0x36 ^ 0x5C;
        outer.Update(padded);
        return new HmacState(digest, inner, outer);
    }

    public void Update(ReadOnlySpan<byte> data) => _inner.Update(data);

    public HmacState Clone() => new(Digest, _inner.Clone(), _outer.Clone());

    /// <summary>The MAC of everything so far (output is the digest size); the state stays usable.</summary>
    public void Finish(Span<byte> output)
    {
        Span<byte> innerDigest = stackalloc byte[Digest.DigestSize];
        _inner.Finish(innerDigest);
        var outer = _outer.Clone();
        outer.Update(innerDigest);
        outer.Finish(output);
    }
}
