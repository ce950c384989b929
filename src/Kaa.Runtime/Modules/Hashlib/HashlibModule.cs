namespace Kaa.Runtime;

/// <summary>The _hashlib module's per-interpreter state: its exception class and the constructor → name
/// map that hmac_new and hmac_digest accept as digestmod.</summary>
internal sealed class HashlibState
{
    public PyType? UnsupportedDigestmodError;
    public PyDict Constructors = new();
}

/// <summary>
/// <c>_hashlib</c> (CPython's Modules/_hashopenssl.c, the OpenSSL binding behind hashlib and hmac): HASH
/// and HASHXOF objects by name (<c>new</c>) or by constructor (<c>openssl_sha256</c>, ...), HMAC objects,
/// one-shot HMAC, PBKDF2-HMAC and scrypt. The digests are <see cref="HashlibDigests"/>: .NET's over the
/// system OpenSSL where .NET has them, Kaa's own C# algorithms otherwise.
/// </summary>
internal static partial class HashlibModule
{
    private static readonly string[] s_constructorNames =
    [
        "md5", "sha1", "sha224", "sha256", "sha384", "sha512",
        "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256",
    ];

    private static readonly ArgSpec s_new = new("new", ["name", "string", "usedforsecurity"], required: 1, positionalOnly: 0, maxPositional: 2);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_hashlib", "OpenSSL interface for hashlib module");
        var state = ts.Interp.GetModuleState<HashlibState>();
        var error = ExceptionClass.Create(ts, "_hashlib.UnsupportedDigestmodError", PyExc.ValueError);
        if (error is null) return null;
        state.UnsupportedDigestmodError = error;
        m.Set("UnsupportedDigestmodError", error);
        m.Set("HASH", PyHashlibHash.Type_);
        m.Set("HASHXOF", HashXofType.Type);
        m.Set("HMAC", PyHmac.Type_);

        m.AddFunction(new MethodDef("new", static (ts, _, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!ParseClinic(ts, s_new, args, kw, a)) return null;
            // PyArg_Parse(name, "s"): a str without NUL characters.
            if (a[0] is not PyStr name || name.Chars.Contains('\0')) return ts.TypeError("name must be a string");
            return FromName(ts, name.Chars, a[1], a[2]);
        }, "Return a new hash object using the named algorithm.\n\nAn optional string argument may be provided and will be\nautomatically hashed.\n\nThe MD5 and SHA1 algorithms are always supported."));

        foreach (var digestName in s_constructorNames)
        {
            string functionName = "openssl_" + digestName;
            var spec = new ArgSpec(functionName, ["string", "usedforsecurity"], required: 0, positionalOnly: 0, maxPositional: 1);
            m.AddFunction(new MethodDef(functionName, (ts, _, args, kw) =>
            {
                var a = new ArgBuffer();
                if (!ParseClinic(ts, spec, args, kw, a)) return null;
                return FromName(ts, digestName, a[0], a[1]);
            }, $"Returns a {digestName} hash object; optionally initialized with a string"));
            state.Constructors.SetItem(ts, m.Namespace.GetStr(functionName)!, PyStr.Create(digestName));
        }
        m.Set("_constructors", new PyMappingProxy(state.Constructors));
        m.Set("openssl_md_meth_names", PyFrozenSet.FromConstantItems(
            HashlibDigests.All.Select(static d => (PyObject)PyStr.Create(d.Name)).ToArray()));

        AddHmacFunctions(m);
        AddKdfFunctions(m);
        m.AddFunction(new MethodDef("compare_digest", static (ts, _, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!ParseClinic(ts, s_compareDigest, args, kw, a)) return null;
            return OperatorModule.CompareDigest(ts, a[0]!, a[1]!);
        }, "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing attack could theoretically reveal information about the\ntypes and lengths of a and b--but not their values."));
        // Kaa never runs OpenSSL in FIPS mode.
        m.AddFunction("get_fips_mode", static (ts, _) => PyInt.Zero,
            "Determine the OpenSSL FIPS mode of operation.\n\nFor OpenSSL 3.0.0 and newer it returns the state of the default provider\nin the default OSSL context. It's not quite the same as FIPS_mode() but good\nenough for unittests.\n\nEffectively any non-zero return value indicates FIPS mode;\nvalues other than 1 may have additional significance.");
        return m;
    }

    private static readonly ArgSpec s_compareDigest = new("compare_digest", ["a", "b"], required: 2);

    /// <summary>py_evp_fromname: the data is checked first, then the name; usedforsecurity is accepted
    /// (and ignored: every digest is allowed outside FIPS mode).</summary>
    private static PyObject? FromName(ThreadState ts, string name, PyObject? data, PyObject? usedForSecurity)
    {
        if (usedForSecurity is not null && Protocols.IsTrue(ts, usedForSecurity) < 0) return null;
        PyBuffer view = default;
        if (data is not null && !HashTypes.GetData(ts, data, out view)) return null;
        var digest = Find(ts, name);
        if (digest is null)
        {
            Protocols.ReleaseBuffer(ref view);
            return null;
        }
        var state = digest.Create();
        if (data is not null)
        {
            state.Update(view.Span);
            Protocols.ReleaseBuffer(ref view);
        }
        return new PyHashlibHash(digest.IsXof ? HashXofType.Type : PyHashlibHash.Type_, digest, state);
    }

    /// <summary>py_digest_by_name: ValueError with OpenSSL's reason for a name it does not know.</summary>
    internal static HashlibDigest? Find(ThreadState ts, string name)
    {
        var digest = HashlibDigests.Find(name);
        if (digest is null) ts.SetError(PyExc.ValueError, "[digital envelope routines] unsupported");
        return digest;
    }

    /// <summary>_PyArg_UnpackKeywords (Argument Clinic's parser) in its order of checks: too many
    /// arguments, too many positional ones (when some are keyword-only), a missing required argument, and
    /// only then an unknown keyword.</summary>
    internal static bool ParseClinic(ThreadState ts, ArgSpec spec, ReadOnlySpan<PyObject> args, PyTuple? kw, Span<PyObject?> slots)
    {
        int npos = args.Length - (kw?.Length ?? 0);
        if (kw is not null && npos <= spec.MaxPositional)
        {
            for (int i = npos; i < spec.Required; i++)
            {
                bool given = false;
                for (int k = 0; k < kw.Length; k++) given |= kw.Items[k] is PyStr key && key.Chars == spec.Names[i];
                if (!given)
                {
                    ts.SetError(PyExc.TypeError, $"{spec.FunctionName}() missing required argument '{spec.Names[i]}' (pos {i + 1})");
                    return false;
                }
            }
        }
        if (npos > spec.Names.Length)
        {
            // More than all the parameters: _PyArg_UnpackKeywords counts arguments, not positional ones.
            string all = spec.Names.Length == 1 ? "1 argument" : $"{spec.Names.Length} arguments";
            ts.SetError(PyExc.TypeError, $"{spec.FunctionName}() takes {(spec.Required < spec.Names.Length ? "at most" : "exactly")} {all} ({npos} given)");
            return false;
        }
        if (npos > spec.MaxPositional)
        {
            string count = spec.MaxPositional == 1 ? "1 positional argument" : $"{spec.MaxPositional} positional arguments";
            string how = spec.Required == spec.MaxPositional ? "exactly" : "at most";
            ts.SetError(PyExc.TypeError, $"{spec.FunctionName}() takes {how} {count} ({npos} given)");
            return false;
        }
        return spec.Parse(ts, args, kw, slots);
    }
}
