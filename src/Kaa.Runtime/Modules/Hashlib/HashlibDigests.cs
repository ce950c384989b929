using System.Security.Cryptography;

namespace Kaa.Runtime;

/// <summary>One message digest _hashlib offers (an OpenSSL EVP_MD in CPython): its Python name, sizes, and
/// how to start a <see cref="HashState"/> for it.</summary>
internal sealed class HashlibDigest(
    string name, string? alias, string[] openSslNames, int digestSize, int blockSize, Func<HashState> create,
    HashAlgorithmName? pbkdf2 = null)
{
    /// <summary>The name hashlib knows it by ("sha256", "sha512_224", "md5-sha1").</summary>
    public readonly string Name = name;

    /// <summary>CPython's py_hashes alias ("SHA256", "blake2b512"), matched exactly.</summary>
    public readonly string? Alias = alias;

    /// <summary>The names OpenSSL's EVP_MD_fetch accepts, matched ignoring case.</summary>
    public readonly string[] OpenSslNames = openSslNames;

    public readonly int DigestSize = digestSize;
    public readonly int BlockSize = blockSize;

    /// <summary>SHAKE: digest(length) chooses the length (a HASHXOF object).</summary>
    public bool IsXof => DigestSize == 0;

    public readonly Func<HashState> Create = create;

    /// <summary>The algorithm .NET's Rfc2898DeriveBytes.Pbkdf2 takes for this digest (null: Kaa's own PBKDF2).</summary>
    public readonly HashAlgorithmName? Pbkdf2Algorithm = pbkdf2;
}

/// <summary>
/// The digests of _hashlib: those of CPython's py_hashes table plus what OpenSSL 3's default provider
/// adds (ripemd160, sm3, md5-sha1), so <c>openssl_md_meth_names</c> is the oracle's. .NET computes those
/// it has (over OpenSSL); Kaa's own C# algorithms (Modules/Hashes/) the rest (SHA-224, the truncated
/// SHA-512s, SHA3-224, BLAKE2, and SHA-3/SHAKE where the platform's OpenSSL lacks them).
/// </summary>
internal static class HashlibDigests
{
    internal static readonly HashlibDigest[] All = Build();

    private static HashlibDigest[] Build()
    {
        bool sha3 = SHA3_256.IsSupported, shake = Shake128.IsSupported && Shake256.IsSupported;
        return
        [
            new("md5", "MD5", ["MD5", "SSL3-MD5"], 16, 64, static () => new SystemHashState(HashAlgorithmName.MD5, 16, 64)),
            new("sha1", "SHA1", ["SHA1", "SHA-1", "SSL3-SHA1"], 20, 64,
                static () => new SystemHashState(HashAlgorithmName.SHA1, 20, 64), HashAlgorithmName.SHA1),
            new("sha224", "SHA224", ["SHA2-224", "SHA-224", "SHA224"], 28, 64, static () => new Sha256(is224: true)),
            new("sha256", "SHA256", ["SHA2-256", "SHA-256", "SHA256"], 32, 64,
                static () => new SystemHashState(HashAlgorithmName.SHA256, 32, 64), HashAlgorithmName.SHA256),
            new("sha384", "SHA384", ["SHA2-384", "SHA-384", "SHA384"], 48, 128,
                static () => new SystemHashState(HashAlgorithmName.SHA384, 48, 128), HashAlgorithmName.SHA384),
            new("sha512", "SHA512", ["SHA2-512", "SHA-512", "SHA512"], 64, 128,
                static () => new SystemHashState(HashAlgorithmName.SHA512, 64, 128), HashAlgorithmName.SHA512),
            new("sha512_224", "SHA512_224", ["SHA2-512/224", "SHA-512/224", "SHA512-224"], 28, 128, static () => new Sha512(28)),
            new("sha512_256", "SHA512_256", ["SHA2-512/256", "SHA-512/256", "SHA512-256"], 32, 128, static () => new Sha512(32)),
            new("sha3_224", null, ["SHA3-224"], 28, 144, static () => new Keccak(144, 28, 0x06)),
            sha3
                ? new("sha3_256", null, ["SHA3-256"], 32, 136,
                    static () => new SystemHashState(HashAlgorithmName.SHA3_256, 32, 136), HashAlgorithmName.SHA3_256)
                : new("sha3_256", null, ["SHA3-256"], 32, 136, static () => new Keccak(136, 32, 0x06)),
            sha3
                ? new("sha3_384", null, ["SHA3-384"], 48, 104,
                    static () => new SystemHashState(HashAlgorithmName.SHA3_384, 48, 104), HashAlgorithmName.SHA3_384)
                : new("sha3_384", null, ["SHA3-384"], 48, 104, static () => new Keccak(104, 48, 0x06)),
            sha3
                ? new("sha3_512", null, ["SHA3-512"], 64, 72,
                    static () => new SystemHashState(HashAlgorithmName.SHA3_512, 64, 72), HashAlgorithmName.SHA3_512)
                : new("sha3_512", null, ["SHA3-512"], 64, 72, static () => new Keccak(72, 64, 0x06)),
            new("shake_128", null, ["SHAKE-128", "SHAKE128"], 0, 168,
                shake ? static () => new SystemShakeState(is128: true) : static () => new Keccak(168, 0, 0x1F)),
            new("shake_256", null, ["SHAKE-256", "SHAKE256"], 0, 136,
                shake ? static () => new SystemShakeState(is128: false) : static () => new Keccak(136, 0, 0x1F)),
            new("blake2s", "blake2s256", ["BLAKE2S-256", "BLAKE2s256"], 32, 64, static () => new Blake2(false, DefaultBlake2(32))),
            new("blake2b", "blake2b512", ["BLAKE2B-512", "BLAKE2b512"], 64, 128, static () => new Blake2(true, DefaultBlake2(64))),
            new("md5-sha1", null, ["MD5-SHA1"], 36, 64, static () => new Md5Sha1()),
            new("ripemd160", null, ["RIPEMD-160", "RIPEMD160", "RIPEMD", "RMD160"], 20, 64, static () => new Ripemd160()),
            new("sm3", null, ["SM3"], 32, 64, static () => new Sm3()),
        ];
    }

    private static Blake2Parameters DefaultBlake2(int digestSize) =>
        new(digestSize, [], [], [], 1, 1, 0, 0, 0, 0, false);

    /// <summary>py_digest_by_name: CPython's own names and aliases exactly, then OpenSSL's names (which
    /// OpenSSL matches ignoring case). Null when neither knows the name.</summary>
    internal static HashlibDigest? Find(string name)
    {
        foreach (var d in All)
            if (d.Name == name || d.Alias == name) return d;
        foreach (var d in All)
            foreach (var n in d.OpenSslNames)
                if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) return d;
        return null;
    }
}
