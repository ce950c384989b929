using System.Security.Cryptography;

namespace Kaa.Runtime;

/// <summary>
/// A message digest computed by .NET's System.Security.Cryptography, which runs over the system's
/// OpenSSL (libcrypto) as CPython's _hashlib does: MD5, SHA-1, SHA-256/384/512 and SHA3-256/384/512 where
/// the platform has them. IncrementalHash clones (copy()) and reads the digest without finishing (digest()
/// keeps the object usable), which is what <see cref="HashState"/> asks for.
/// </summary>
internal sealed class SystemHashState : HashState
{
    private readonly IncrementalHash _hash;
    private readonly int _digestSize, _blockSize;

    public SystemHashState(HashAlgorithmName algorithm, int digestSize, int blockSize)
        : this(IncrementalHash.CreateHash(algorithm), digestSize, blockSize)
    {
    }

    private SystemHashState(IncrementalHash hash, int digestSize, int blockSize)
    {
        _hash = hash;
        _digestSize = digestSize;
        _blockSize = blockSize;
    }

    public override int DigestSize => _digestSize;

    public override int BlockSize => _blockSize;

    public override void Update(ReadOnlySpan<byte> data) => _hash.AppendData(data);

    public override HashState Clone() => new SystemHashState(_hash.Clone(), _digestSize, _blockSize);

    public override void Finish(Span<byte> output) => _hash.GetCurrentHash(output);
}

/// <summary>SHAKE128 and SHAKE256 through .NET (OpenSSL), for platforms where they are supported.</summary>
internal sealed class SystemShakeState : HashState
{
    private readonly Shake128? _shake128;
    private readonly Shake256? _shake256;

    public SystemShakeState(bool is128)
    {
        if (is128) _shake128 = new Shake128();
        else _shake256 = new Shake256();
    }

    private SystemShakeState(Shake128? s128, Shake256? s256)
    {
        _shake128 = s128;
        _shake256 = s256;
    }

    public override int DigestSize => 0;

    public override int BlockSize => _shake128 is not null ? 168 : 136;

    public override void Update(ReadOnlySpan<byte> data)
    {
        if (_shake128 is not null) _shake128.AppendData(data);
        else _shake256!.AppendData(data);
    }

    public override HashState Clone() => new SystemShakeState(_shake128?.Clone(), _shake256?.Clone());

    public override void Finish(Span<byte> output)
    {
        // OpenSSL's XOF finalisation refuses an empty output; an empty digest needs no work anyway.
        if (output.Length == 0) return;
        if (_shake128 is not null) _shake128.GetCurrentHash(output);
        else _shake256!.GetCurrentHash(output);
    }
}
