namespace Kaa.Runtime;

/// <summary>_hashlib's key derivation functions, with CPython's argument checks and messages.</summary>
internal static partial class HashlibModule
{
    private static readonly ArgSpec s_pbkdf2 = new("pbkdf2_hmac", ["hash_name", "password", "salt", "iterations", "dklen"], required: 4, positionalOnly: 0);
    private static readonly ArgSpec s_scrypt = new("scrypt", ["password", "salt", "n", "r", "p", "maxmem", "dklen"], required: 1, positionalOnly: 0, maxPositional: 1);

    /// <summary>OpenSSL's scrypt memory limit when maxmem is 0 (SCRYPT_MAX_MEM).</summary>
    private const ulong ScryptDefaultMaxMemory = 32 * 1024 * 1024;

    private static void AddKdfFunctions(PyModule m)
    {
        m.AddFunction(new MethodDef("pbkdf2_hmac", static (ts, _, args, kw) => Pbkdf2Hmac(ts, args, kw),
            "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."));
        m.AddFunction(new MethodDef("scrypt", static (ts, _, args, kw) => Scrypt(ts, args, kw),
            "scrypt password-based key derivation function."));
    }

    private static PyObject? Pbkdf2Hmac(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!ParseClinic(ts, s_pbkdf2, args, kw, a)) return null;
        // Clinic's converters in order: str, two buffers, a C long.
        if (a[0] is not PyStr hashName)
            return ts.TypeError($"pbkdf2_hmac() argument 'hash_name' must be str, not {a[0]!.Type.Name}");
        if (hashName.Chars.Contains('\0')) return ts.ValueError("embedded null character");
        if (!Protocols.GetBuffer(ts, a[1]!, false, out var password)) return null;
        if (!Protocols.GetBuffer(ts, a[2]!, false, out var salt))
        {
            Protocols.ReleaseBuffer(ref password);
            return null;
        }
        try
        {
            if (!PosixArgs.CLong(ts, a[3]!, out long iterations)) return null;
            var digest = Find(ts, hashName.Chars);
            if (digest is null) return null;
            if (iterations < 1) return ts.ValueError("iteration value must be greater than 0.");
            if (iterations > int.MaxValue) return ts.OverflowError("iteration value is too great.");
            long dklen = digest.DigestSize;
            if (a[4] is { } d && d is not PyNone && !PosixArgs.CLong(ts, d, out dklen)) return null;
            // OpenSSL reports SHAKE's default output length (16 or 32 bytes) as its size.
            if (digest.IsXof && (a[4] is null || a[4] is PyNone)) dklen = digest.Name == "shake_128" ? 16 : 32;
            if (dklen < 1) return ts.ValueError("key length must be greater than 0.");
            if (dklen > int.MaxValue) return ts.OverflowError("key length is too great.");
            if (digest.IsXof) return NoReason(ts);
            byte[] key;
            using (ts.ReleaseGil())
                key = Kdf.Pbkdf2(digest, password.Span, salt.Span, (int)iterations, (int)dklen);
            return PyBytes.Create(key);
        }
        finally
        {
            Protocols.ReleaseBuffer(ref password);
            Protocols.ReleaseBuffer(ref salt);
        }
    }

    private static PyObject? Scrypt(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!ParseClinic(ts, s_scrypt, args, kw, a)) return null;
        // Clinic converts every argument before the function body checks any.
        if (!Protocols.GetBuffer(ts, a[0]!, false, out var password)) return null;
        PyBuffer salt = default;
        try
        {
            // Py_buffer with a NULL default: an explicit None is not a buffer.
            bool hasSalt = a[1] is not null;
            if (hasSalt && !Protocols.GetBuffer(ts, a[1]!, false, out salt)) return null;
            for (int i = 2; i <= 4; i++)
            {
                // object(subclass_of='&PyLong_Type')
                if (a[i] is { } v && v is not PyNone && v is not PyInt)
                    return ts.TypeError($"scrypt() argument '{s_scrypt.Names[i]}' must be int, not {v.Type.Name}");
            }
            long maxmem = 0, dklen = 64;
            if (a[5] is { } mm && !PosixArgs.CLong(ts, mm, out maxmem)) return null;
            if (a[6] is { } dk && !PosixArgs.CLong(ts, dk, out dklen)) return null;

            if (!hasSalt) return ts.TypeError("salt is required");
            if (!AsUnsignedLong(a[2], out ulong n)) return ts.TypeError("n is required and must be an unsigned int");
            if (n < 2 || (n & (n - 1)) != 0) return ts.ValueError("n must be a power of 2.");
            if (!AsUnsignedLong(a[3], out ulong r)) return ts.TypeError("r is required and must be an unsigned int");
            if (!AsUnsignedLong(a[4], out ulong p)) return ts.TypeError("p is required and must be an unsigned int");
            if (maxmem < 0 || maxmem > int.MaxValue)
                return ts.ValueError($"maxmem must be positive and smaller than {int.MaxValue}");
            if (dklen < 1 || dklen > int.MaxValue)
                return ts.ValueError($"dklen must be greater than 0 and smaller than {int.MaxValue}");
            string? problem = Kdf.CheckScrypt(n, r, p, maxmem == 0 ? ScryptDefaultMaxMemory : (ulong)maxmem);
            if (problem is not null)
                return ts.ValueError(problem.Length == 0
                    ? "Invalid parameter combination for n, r, p, maxmem."
                    : "[digital envelope routines] " + problem);
            byte[] key;
            using (ts.ReleaseGil())
                key = Kdf.Scrypt(password.Span, salt.Span, (int)n, (int)r, (int)p, (int)dklen);
            return PyBytes.Create(key);
        }
        finally
        {
            Protocols.ReleaseBuffer(ref password);
            Protocols.ReleaseBuffer(ref salt);
        }
    }

    /// <summary>PyLong_AsUnsignedLong on an int (no __index__): false for None, negatives and overflow.</summary>
    private static bool AsUnsignedLong(PyObject? o, out ulong value)
    {
        value = 0;
        if (o is not PyInt i || i.Sign < 0 || i.Value > ulong.MaxValue) return false;
        value = (ulong)i.Value;
        return true;
    }
}
