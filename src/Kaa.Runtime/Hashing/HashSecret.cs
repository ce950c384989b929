using Kaa.Compiler.Hashing;

namespace Kaa.Runtime;

/// <summary>
/// The process's hash secret for str and bytes (CPython's _Py_HashSecret, which is also process-wide):
/// from PYTHONHASHSEED when set to a number (0 turns randomisation off), random otherwise. Read once,
/// immutable after; every interpreter of the process shares it, as CPython's subinterpreters do, because
/// interned strings (shared) cache their hash.
/// </summary>
public static class HashSecret
{
    public static readonly PyHash Hasher = Create();

    /// <summary>The PYTHONHASHSEED value in effect, or null when randomised.</summary>
    public static readonly ulong? Seed = ReadSeed();

    private static ulong? ReadSeed()
    {
        string? env = Environment.GetEnvironmentVariable("PYTHONHASHSEED");
        if (string.IsNullOrEmpty(env) || env == "random") return null;
        return ulong.TryParse(env, out ulong seed) && seed <= 4294967295UL ? seed : null;
    }

    private static PyHash Create()
    {
        ulong? seed = ReadSeed();
        if (seed is null)
        {
            Span<byte> key = stackalloc byte[16];
            Libc.FillRandom(key);
            return new PyHash(BitConverter.ToUInt64(key), BitConverter.ToUInt64(key[8..]));
        }
        if (seed == 0) return PyHash.Seed0;
        return PyHash.FromSeed((uint)seed.Value);
    }
}
