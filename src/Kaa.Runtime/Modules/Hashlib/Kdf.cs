using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;

namespace Kaa.Runtime;

/// <summary>The key derivation functions of _hashlib: PBKDF2-HMAC (RFC 8018) and scrypt (RFC 7914).</summary>
internal static class Kdf
{
    /// <summary>PBKDF2 with HMAC over <paramref name="digest"/>: .NET's (OpenSSL's) implementation for the
    /// algorithms it takes, otherwise over <see cref="HmacState"/>.</summary>
    internal static byte[] Pbkdf2(HashlibDigest digest, ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, int iterations, int length)
    {
        if (digest.Pbkdf2Algorithm is { } algorithm)
            return Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, algorithm, length);
        var keyed = HmacState.Create(digest, password);
        int hLen = digest.DigestSize;
        var output = new byte[length];
        Span<byte> u = stackalloc byte[hLen];
        Span<byte> t = stackalloc byte[hLen];
        Span<byte> index = stackalloc byte[4];
        for (uint block = 1, offset = 0; offset < length; block++, offset += (uint)hLen)
        {
            var h = keyed.Clone();
            h.Update(salt);
            BinaryPrimitives.WriteUInt32BigEndian(index, block);
            h.Update(index);
            h.Finish(u);
            u.CopyTo(t);
            for (int i = 1; i < iterations; i++)
            {
                h = keyed.Clone();
                h.Update(u);
                h.Finish(u);
                for (int k = 0; k < hLen; k++) t[k] ^= u[k];
            }
            t[..Math.Min(hLen, length - (int)offset)].CopyTo(output.AsSpan((int)offset));
        }
        return output;
    }

    /// <summary>OpenSSL's scrypt parameter check (kdf_scrypt.c): null when n, r, p fit in
    /// <paramref name="maxMemory"/>, otherwise the error: "" for a bad combination that OpenSSL reports
    /// without a reason, "memory limit exceeded" for the rest.</summary>
    internal static string? CheckScrypt(ulong n, ulong r, ulong p, ulong maxMemory)
    {
        if (r == 0 || p == 0 || n < 2 || (n & (n - 1)) != 0) return "";
        const ulong prMax = (1UL << 30) - 1;
        if (p > prMax / r) return "memory limit exceeded";
        if (16 * r <= 63 && n >= 1UL << (int)(16 * r)) return "memory limit exceeded";
        ulong blockBytes = p * 128 * r;
        if (blockBytes > int.MaxValue) return "memory limit exceeded";
        if (n + 2 > ulong.MaxValue / 128 / r) return "memory limit exceeded";
        ulong vBytes = 128 * r * (n + 2);
        if (blockBytes > ulong.MaxValue - vBytes || blockBytes + vBytes > maxMemory) return "memory limit exceeded";
        return null;
    }

    /// <summary>scrypt (RFC 7914) with parameters <see cref="CheckScrypt"/> accepted.</summary>
    internal static byte[] Scrypt(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, int n, int r, int p, int length)
    {
        int blockBytes = 128 * r;
        var b = Rfc2898DeriveBytes.Pbkdf2(password, salt, 1, HashAlgorithmName.SHA256, p * blockBytes);
        int words = 32 * r;
        var x = new uint[words];
        var y = new uint[words];
        var v = new uint[(long)n * words];
        for (int i = 0; i < p; i++)
        {
            var chunk = b.AsSpan(i * blockBytes, blockBytes);
            for (int k = 0; k < words; k++) x[k] = BinaryPrimitives.ReadUInt32LittleEndian(chunk[(4 * k)..]);
            RoMix(x, y, v, n, r);
            for (int k = 0; k < words; k++) BinaryPrimitives.WriteUInt32LittleEndian(chunk[(4 * k)..], x[k]);
        }
        return Rfc2898DeriveBytes.Pbkdf2(password, b, 1, HashAlgorithmName.SHA256, length);
    }

    /// <summary>scryptROMix: fill V with successive BlockMix outputs, then mix X with pseudo-random entries of V.</summary>
    private static void RoMix(uint[] x, uint[] y, uint[] v, int n, int r)
    {
        int words = 32 * r;
        for (int i = 0; i < n; i++)
        {
            x.CopyTo(v, (long)i * words);
            BlockMix(x, y, r);
        }
        for (int i = 0; i < n; i++)
        {
            // Integerify: the first word of the last 64-byte block, modulo n (a power of two below 2**32).
            long j = x[(2 * r - 1) * 16] & (uint)(n - 1);
            var vj = v.AsSpan((int)(j * words), words);
            for (int k = 0; k < words; k++) x[k] ^= vj[k];
            BlockMix(x, y, r);
        }
    }

    /// <summary>scryptBlockMix over 2r 64-byte blocks: even outputs first, then odd ones.</summary>
    private static void BlockMix(uint[] b, uint[] y, int r)
    {
        Span<uint> t = stackalloc uint[16];
        b.AsSpan((2 * r - 1) * 16, 16).CopyTo(t);
        for (int i = 0; i < 2 * r; i++)
        {
            for (int k = 0; k < 16; k++) t[k] ^= b[i * 16 + k];
            Salsa20_8(t);
            int dest = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            t.CopyTo(y.AsSpan(dest, 16));
        }
        y.CopyTo(b, 0);
    }

    private static void Salsa20_8(Span<uint> b)
    {
        Span<uint> x = stackalloc uint[16];
        b.CopyTo(x);
        for (int i = 0; i < 8; i += 2)
        {
            // Columns, then rows.
            Quarter(x, 0, 4, 8, 12);
            Quarter(x, 5, 9, 13, 1);
            Quarter(x, 10, 14, 2, 6);
            Quarter(x, 15, 3, 7, 11);
            Quarter(x, 0, 1, 2, 3);
            Quarter(x, 5, 6, 7, 4);
            Quarter(x, 10, 11, 8, 9);
            Quarter(x, 15, 12, 13, 14);
        }
        for (int i = 0; i < 16; i++) b[i] += x[i];
    }

    private static void Quarter(Span<uint> x, int a, int b, int c, int d)
    {
        x[b] ^= BitOperations.RotateLeft(x[a] + x[d], 7);
        x[c] ^= BitOperations.RotateLeft(x[b] + x[a], 9);
        x[d] ^= BitOperations.RotateLeft(x[c] + x[b], 13);
        x[a] ^= BitOperations.RotateLeft(x[d] + x[c], 18);
    }
}
