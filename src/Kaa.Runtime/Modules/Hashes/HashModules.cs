namespace Kaa.Runtime;

/// <summary>The hash modules hashlib falls back to without OpenSSL: _md5, _sha1, _sha256, _sha512, _sha3, _blake2.</summary>
internal static class HashModules
{
    internal static PyModule? CreateMd5(ThreadState ts)
    {
        var m = PyModule.Create("_md5");
        m.Set("MD5Type", HashTypes.Md5);
        AddConstructor(m, "md5", HashTypes.Md5, static () => new Md5());
        return m;
    }

    internal static PyModule? CreateSha1(ThreadState ts)
    {
        var m = PyModule.Create("_sha1");
        m.Set("SHA1Type", HashTypes.Sha1);
        AddConstructor(m, "sha1", HashTypes.Sha1, static () => new Sha1());
        return m;
    }

    internal static PyModule? CreateSha256(ThreadState ts)
    {
        var m = PyModule.Create("_sha256");
        m.Set("SHA224Type", HashTypes.Sha224);
        m.Set("SHA256Type", HashTypes.Sha256);
        AddConstructor(m, "sha224", HashTypes.Sha224, static () => new Sha256(is224: true));
        AddConstructor(m, "sha256", HashTypes.Sha256, static () => new Sha256(is224: false));
        return m;
    }

    internal static PyModule? CreateSha512(ThreadState ts)
    {
        var m = PyModule.Create("_sha512");
        // CPython 3.11 exposes SHA384Type but not SHA512Type.
        m.Set("SHA384Type", HashTypes.Sha384);
        AddConstructor(m, "sha384", HashTypes.Sha384, static () => new Sha512(is384: true));
        AddConstructor(m, "sha512", HashTypes.Sha512, static () => new Sha512(is384: false));
        return m;
    }

    internal static PyModule? CreateSha3(ThreadState ts)
    {
        var m = PyModule.Create("_sha3");
        m.Set("sha3_224", HashTypes.Sha3_224);
        m.Set("sha3_256", HashTypes.Sha3_256);
        m.Set("sha3_384", HashTypes.Sha3_384);
        m.Set("sha3_512", HashTypes.Sha3_512);
        m.Set("shake_128", HashTypes.Shake128);
        m.Set("shake_256", HashTypes.Shake256);
        m.Set("implementation", PyStr.Create("tiny_sha3"));
        m.Set("keccakopt", PyInt.Zero);
        return m;
    }

    internal static PyModule? CreateBlake2(ThreadState ts)
    {
        var m = PyModule.Create("_blake2");
        m.Set("blake2b", HashTypes.Blake2b);
        m.Set("blake2s", HashTypes.Blake2s);
        m.Set("BLAKE2B_MAX_DIGEST_SIZE", PyInt.Create(64));
        m.Set("BLAKE2B_MAX_KEY_SIZE", PyInt.Create(64));
        m.Set("BLAKE2B_PERSON_SIZE", PyInt.Create(16));
        m.Set("BLAKE2B_SALT_SIZE", PyInt.Create(16));
        m.Set("BLAKE2S_MAX_DIGEST_SIZE", PyInt.Create(32));
        m.Set("BLAKE2S_MAX_KEY_SIZE", PyInt.Create(32));
        m.Set("BLAKE2S_PERSON_SIZE", PyInt.Create(8));
        m.Set("BLAKE2S_SALT_SIZE", PyInt.Create(8));
        return m;
    }

    /// <summary>md5(string=b'', *, usedforsecurity=True) and its siblings.</summary>
    private static void AddConstructor(PyModule m, string name, PyType type, Func<HashState> create)
    {
        var spec = new ArgSpec(name, ["string", "usedforsecurity"], required: 0, positionalOnly: 0, maxPositional: 1);
        m.AddFunction(new MethodDef(name, (ts, self, args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos > 1) return ts.TypeError($"{name}() takes at most 1 positional argument ({npos} given)");
            var a = new ArgBuffer();
            if (!spec.Parse(ts, args, kw, a)) return null;
            var state = create();
            if (a[0] is { } data && !HashTypes.Feed(ts, state, data)) return null;
            return new PyHashObject(type, state);
        }));
    }
}
