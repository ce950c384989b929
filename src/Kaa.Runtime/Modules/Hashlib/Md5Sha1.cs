namespace Kaa.Runtime;

/// <summary>OpenSSL's "md5-sha1" (the TLS 1.0 handshake digest): the MD5 and the SHA-1 of the same data,
/// concatenated.</summary>
internal sealed class Md5Sha1 : HashState
{
    private readonly HashState _md5, _sha1;

    public Md5Sha1() : this(new Md5(), new Sha1()) { }

    private Md5Sha1(HashState md5, HashState sha1)
    {
        _md5 = md5;
        _sha1 = sha1;
    }

    public override int DigestSize => 36;

    public override int BlockSize => 64;

    public override void Update(ReadOnlySpan<byte> data)
    {
        _md5.Update(data);
        _sha1.Update(data);
    }

    public override HashState Clone() => new Md5Sha1(_md5.Clone(), _sha1.Clone());

    public override void Finish(Span<byte> output)
    {
        _md5.Finish(output[..16]);
        _sha1.Finish(output[16..36]);
    }
}
