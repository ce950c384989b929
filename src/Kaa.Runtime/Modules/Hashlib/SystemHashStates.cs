using System.Security.Cryptography;

namespace Kaa.Runtime;

/// <summary>
/// A message digest computed by .NET's System.Security.Cryptography, which runs over the system's
/// OpenSSL (libcrypto) as CPython's _hashlib does: MD5, SHA-1, SHA-256/384/512 and SHA3-256/384/512 where
/// the platform has them. IncrementalHash clones (copy()) and reads the digest without finishing (digest()
/// keeps the object usable), which is what <see cref="HashState"/> asks for.
/// Measured (64 MiB, then 100,000 hashes of a short message): OpenSSL hashes SHA-256 6.6 times as fast as
/// Kaa's C# code, but an IncrementalHash (a native context behind a SafeHandle) costs about 2 µs to create
/// and read and 1.5 µs to clone, more than the whole short hash in C#. So data is kept here until it
/// passes <see cref="PendingLimit"/> bytes (short messages: one-shot HashData, copy() is an array copy),
/// and only then goes to an IncrementalHash.
/// </summary>
internal sealed class SystemHashState : HashState
{
    /// <summary>CPython's HASHLIB_GIL_MINSIZE: where hashing starts to cost more than the call around it.</summary>
    private const int PendingLimit = 2048;

    private readonly HashAlgorithmName _algorithm;
    private readonly int _digestSize, _blockSize;
    private IncrementalHash? _hash;
    private byte[]? _pending;
    private int _pendingLength;

    public SystemHashState(HashAlgorithmName algorithm, int digestSize, int blockSize)
    {
        _algorithm = algorithm;
        _digestSize = digestSize;
        _blockSize = blockSize;
    }

    public override int DigestSize => _digestSize;

    public override int BlockSize => _blockSize;

    public override void Update(ReadOnlySpan<byte> data)
    {
        if (_hash is null)
        {
            int total = _pendingLength + data.Length;
            if (total <= PendingLimit)
            {
                if (_pending is null || _pending.Length < total)
                    Array.Resize(ref _pending, Math.Min(PendingLimit, Math.Max(total, 2 * _pendingLength)));
                data.CopyTo(_pending.AsSpan(_pendingLength));
                _pendingLength = total;
                return;
            }
            _hash = IncrementalHash.CreateHash(_algorithm);
            _hash.AppendData(_pending.AsSpan(0, _pendingLength));
            _pending = null;
            _pendingLength = 0;
        }
        _hash.AppendData(data);
    }

    public override HashState Clone() => new SystemHashState(_algorithm, _digestSize, _blockSize)
    {
        _hash = _hash?.Clone(),
        _pending = _pending is null ? null : _pending.AsSpan(0, _pendingLength).ToArray(),
        _pendingLength = _pendingLength,
    };

    public override void Finish(Span<byte> output)
    {
        if (_hash is not null) _hash.GetCurrentHash(output);
        else CryptographicOperations.HashData(_algorithm, _pending.AsSpan(0, _pendingLength), output);
    }
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
