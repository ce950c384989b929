namespace Kaa.Runtime;

/// <summary>
/// The Python types of the hash objects and what they share: update/digest/hexdigest/copy and the
/// name/digest_size/block_size attributes. MD5, SHA-1 and SHA-2 objects come from module functions
/// (their types cannot be instantiated); SHA-3, SHAKE and BLAKE2 types are their own constructors.
/// </summary>
internal static class HashTypes
{
    internal static readonly PyType Md5 = Fixed("_md5.md5", "md5");
    internal static readonly PyType Sha1 = Fixed("_sha1.sha1", "sha1");
    internal static readonly PyType Sha224 = Fixed("_sha256.sha224", "sha224");
    internal static readonly PyType Sha256 = Fixed("_sha256.sha256", "sha256");
    internal static readonly PyType Sha384 = Fixed("_sha512.sha384", "sha384");
    internal static readonly PyType Sha512 = Fixed("_sha512.sha512", "sha512");
    internal static readonly PyType Sha3_224 = Sha3("_sha3.sha3_224", 144, 28);
    internal static readonly PyType Sha3_256 = Sha3("_sha3.sha3_256", 136, 32);
    internal static readonly PyType Sha3_384 = Sha3("_sha3.sha3_384", 104, 48);
    internal static readonly PyType Sha3_512 = Sha3("_sha3.sha3_512", 72, 64);
    internal static readonly PyType Shake128 = Sha3("_sha3.shake_128", 168, 0);
    internal static readonly PyType Shake256 = Sha3("_sha3.shake_256", 136, 0);
    internal static readonly PyType Blake2b = PyType.CreateStatic("_blake2.blake2b", (PyType?)null, TypeFlags.BaseType, t => Blake2Constructor.Install(t, true));
    internal static readonly PyType Blake2s = PyType.CreateStatic("_blake2.blake2s", (PyType?)null, TypeFlags.BaseType, t => Blake2Constructor.Install(t, false));

    /// <summary>The algorithm's name as the object reports it ("sha3_256", "blake2b").</summary>
    internal static string NameOf(PyType type) => type.QualName;

    private static PyType Fixed(string name, string shortName) => PyType.CreateStatic(name, (PyType?)null, TypeFlags.None, InstallCommon);

    private static PyType Sha3(string name, int rate, int digestSize) => PyType.CreateStatic(name, (PyType?)null, TypeFlags.BaseType, t =>
    {
        InstallCommon(t);
        bool shake = digestSize == 0;
        t.New = static (ts, type, args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos > 1) return ts.TypeError($"sha3_224() takes at most 1 positional argument ({npos} given)");
            var a = new ArgBuffer();
            if (!s_sha3New.Parse(ts, args, kw, a)) return null;
            var (rateBytes, size) = Sha3Shape(type);
            var state = new Keccak(rateBytes, size, size == 0 ? (byte)0x1F : (byte)0x06);
            if (a[0] is { } data && !Feed(ts, state, data)) return null;
            return new PyHashObject(type, state);
        };
        t.AddGetSet("_capacity_bits", static (ts, self) => PyInt.Create(((Keccak)((PyHashObject)self).State).CapacityBits));
        t.AddGetSet("_rate_bits", static (ts, self) => PyInt.Create(((Keccak)((PyHashObject)self).State).RateBits));
        t.AddGetSet("_suffix", static (ts, self) => PyBytes.Create([((Keccak)((PyHashObject)self).State).Suffix]));
        if (shake)
        {
            // SHAKE: digest(length) and hexdigest(length).
            t.AddMethod("digest", static (ts, self, length) => ShakeDigest(ts, (PyHashObject)self, length, hex: false));
            t.AddMethod("hexdigest", static (ts, self, length) => ShakeDigest(ts, (PyHashObject)self, length, hex: true));
        }
    });

    private static readonly ArgSpec s_sha3New = new("sha3_224", ["data", "usedforsecurity"], required: 0, positionalOnly: 1, maxPositional: 1);

    private static (int Rate, int DigestSize) Sha3Shape(PyType type)
    {
        for (var t = type; t is not null; t = t.Base)
        {
            if (t == Sha3_224) return (144, 28);
            if (t == Sha3_256) return (136, 32);
            if (t == Sha3_384) return (104, 48);
            if (t == Sha3_512) return (72, 64);
            if (t == Shake128) return (168, 0);
            if (t == Shake256) return (136, 0);
        }
        return (136, 32);
    }

    private static void InstallCommon(PyType type)
    {
        type.AddMethod("update", static (ts, self, data) => Feed(ts, ((PyHashObject)self).State, data) ? PyNone.Instance : null,
            "Update this hash object's state with the provided string.");
        type.AddMethod("digest", static (ts, self) => PyBytes.Create(Digest((PyHashObject)self)), "Return the digest value as a bytes object.");
        type.AddMethod("hexdigest", static (ts, self) => PyStr.FromChars(Convert.ToHexStringLower(Digest((PyHashObject)self))),
            "Return the digest value as a string of hexadecimal digits.");
        type.AddMethod("copy", static (ts, self) =>
        {
            var h = (PyHashObject)self;
            // A subclass instance copies as the base algorithm's type, as CPython's copy() does.
            return new PyHashObject(h.Type, h.State.Clone());
        }, "Return a copy of the hash object.");
        type.AddGetSet("name", static (ts, self) => PyStr.Create(NameOf(BaseHashType(self.Type))));
        type.AddGetSet("digest_size", static (ts, self) => PyInt.Create(((PyHashObject)self).State.DigestSize));
        type.AddGetSet("block_size", static (ts, self) => PyInt.Create(((PyHashObject)self).State.BlockSize));
    }

    /// <summary>The builtin hash type a (possibly Python-subclassed) type derives from.</summary>
    private static PyType BaseHashType(PyType type)
    {
        var t = type;
        while (t.Base is { } b && b != BuiltinTypes.Object) t = b;
        return t;
    }

    private static byte[] Digest(PyHashObject h)
    {
        var output = new byte[h.State.DigestSize];
        h.State.Finish(output);
        return output;
    }

    private static PyObject? ShakeDigest(ThreadState ts, PyHashObject h, PyObject lengthArg, bool hex)
    {
        var length = Protocols.Index(ts, lengthArg);
        if (length is null) return null;
        if (length.Sign < 0) return ts.ValueError("value must be positive");
        if (!length.IsSmall || length.Small >= 1L << 29) return ts.ValueError("length is too large");
        var output = new byte[length.Small];
        h.State.Finish(output);
        return hex ? PyStr.FromChars(Convert.ToHexStringLower(output)) : PyBytes.Create(output);
    }

    /// <summary>Hashes a bytes-like object's contents ("Strings must be encoded before hashing" for str).</summary>
    internal static bool Feed(ThreadState ts, HashState state, PyObject data)
    {
        if (!GetData(ts, data, out var view)) return false;
        state.Update(view.Span);
        Protocols.ReleaseBuffer(ref view);
        return true;
    }

    /// <summary>GET_BUFFER_VIEW_OR_ERROUT (Modules/hashlib.h): the data a hash or HMAC object takes, as a
    /// buffer the caller releases.</summary>
    internal static bool GetData(ThreadState ts, PyObject data, out PyBuffer view)
    {
        view = default;
        if (data is PyStr)
        {
            ts.SetError(PyExc.TypeError, "Strings must be encoded before hashing");
            return false;
        }
        if (!Protocols.HasBuffer(data))
        {
            ts.SetError(PyExc.TypeError, "object supporting the buffer API required");
            return false;
        }
        return Protocols.GetBuffer(ts, data, false, out view);
    }
}
