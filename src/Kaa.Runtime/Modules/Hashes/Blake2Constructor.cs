namespace Kaa.Runtime;

/// <summary>blake2b(data=b'', /, *, digest_size, key, salt, person, fanout, depth, leaf_size, node_offset,
/// node_depth, inner_size, last_node, usedforsecurity) and blake2s: validation with CPython's messages.</summary>
internal static class Blake2Constructor
{
    private static readonly string[] s_names =
    [
        "data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
        "node_depth", "inner_size", "last_node", "usedforsecurity",
    ];

    private static readonly ArgSpec s_b = new("blake2b", s_names, required: 0, positionalOnly: 1, maxPositional: 1);
    private static readonly ArgSpec s_s = new("blake2s", s_names, required: 0, positionalOnly: 1, maxPositional: 1);

    internal static void Install(PyType type, bool isB)
    {
        int max = isB ? 64 : 32, salt = isB ? 16 : 8;
        type.AddAttribute("MAX_DIGEST_SIZE", PyInt.Create(max));
        type.AddAttribute("MAX_KEY_SIZE", PyInt.Create(max));
        type.AddAttribute("PERSON_SIZE", PyInt.Create(salt));
        type.AddAttribute("SALT_SIZE", PyInt.Create(salt));
        HashTypesCommon(type);
        type.New = static (ts, t, args, kw) => New(ts, t, args, kw);
    }

    private static void HashTypesCommon(PyType type)
    {
        // The shared methods live in HashTypes; reuse them by installing on this type too.
        type.AddMethod("update", static (ts, self, data) => HashTypes.Feed(ts, ((PyHashObject)self).State, data) ? PyNone.Instance : null);
        type.AddMethod("digest", static (ts, self) =>
        {
            var h = (PyHashObject)self;
            var output = new byte[h.State.DigestSize];
            h.State.Finish(output);
            return PyBytes.Create(output);
        });
        type.AddMethod("hexdigest", static (ts, self) =>
        {
            var h = (PyHashObject)self;
            var output = new byte[h.State.DigestSize];
            h.State.Finish(output);
            return PyStr.FromChars(Convert.ToHexStringLower(output));
        });
        type.AddMethod("copy", static (ts, self) => new PyHashObject(self.Type, ((PyHashObject)self).State.Clone()));
        type.AddGetSet("name", static (ts, self) => PyStr.Create(((Blake2)((PyHashObject)self).State).IsB ? "blake2b" : "blake2s"));
        type.AddGetSet("digest_size", static (ts, self) => PyInt.Create(((PyHashObject)self).State.DigestSize));
        type.AddGetSet("block_size", static (ts, self) => PyInt.Create(((PyHashObject)self).State.BlockSize));
    }

    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        bool isB = type.IsSubtypeOf(HashTypes.Blake2b);
        string name = isB ? "blake2b" : "blake2s";
        int npos = args.Length - (kw?.Length ?? 0);
        if (npos > 1) return ts.TypeError($"{name}() takes at most 1 positional argument ({npos} given)");
        var a = new PyObject?[s_names.Length];
        if (!(isB ? s_b : s_s).Parse(ts, args, kw, a)) return null;
        int max = isB ? 64 : 32, saltSize = isB ? 16 : 8;

        int digestSize = max;
        if (a[1] is { } ds)
        {
            if (!Int(ts, ds, out long v)) return null;
            if (v < 1 || v > max) return ts.ValueError($"digest_size must be between 1 and {max} bytes");
            digestSize = (int)v;
        }
        var key = Bytes(ts, a[2]);
        var salt = Bytes(ts, a[3]);
        var person = Bytes(ts, a[4]);
        if (key is null || salt is null || person is null) return null;
        if (salt.Length > saltSize) return ts.ValueError($"maximum salt length is {saltSize} bytes");
        if (person.Length > saltSize) return ts.ValueError($"maximum person length is {saltSize} bytes");
        long fanout = 1, depth = 1, leafSize = 0, nodeDepth = 0, innerSize = 0;
        ulong nodeOffset = 0;
        if (a[5] is { } f)
        {
            if (!Int(ts, f, out fanout)) return null;
            if (fanout < 0 || fanout > 255) return ts.ValueError("fanout must be between 0 and 255");
        }
        if (a[6] is { } d)
        {
            if (!Int(ts, d, out depth)) return null;
            if (depth <= 0 || depth > 255) return ts.ValueError("depth must be between 1 and 255");
        }
        if (a[7] is { } ls)
        {
            var v = Protocols.Index(ts, ls);
            if (v is null) return null;
            if (v.Sign < 0) return ts.ValueError("value must be positive");
            if (v.Value > uint.MaxValue) return ts.OverflowError("leaf_size is too large");
            leafSize = (long)v.Value;
        }
        if (a[8] is { } no)
        {
            var v = Protocols.Index(ts, no);
            if (v is null) return null;
            if (v.Sign < 0) return ts.ValueError("value must be positive");
            if (v.Value > (isB ? ulong.MaxValue : (1UL << 48) - 1)) return ts.OverflowError("node_offset is too large");
            nodeOffset = (ulong)v.Value;
        }
        if (a[9] is { } nd)
        {
            if (!Int(ts, nd, out nodeDepth)) return null;
            if (nodeDepth < 0 || nodeDepth > 255) return ts.ValueError("node_depth must be between 0 and 255");
        }
        if (a[10] is { } ins)
        {
            if (!Int(ts, ins, out innerSize)) return null;
            if (innerSize < 0 || innerSize > max) return ts.ValueError($"inner_size must be between 0 and is {max}");
        }
        bool lastNode = false;
        if (a[11] is { } ln)
        {
            int t = Protocols.IsTrue(ts, ln);
            if (t < 0) return null;
            lastNode = t == 1;
        }
        if (key.Length > max) return ts.ValueError($"maximum key length is {max} bytes");
        var parameters = new Blake2Parameters(digestSize, key, salt, person, (int)fanout, (int)depth, (uint)leafSize,
            nodeOffset, (int)nodeDepth, (int)innerSize, lastNode);
        var state = new Blake2(isB, parameters);
        if (a[0] is { } data && !HashTypes.Feed(ts, state, data)) return null;
        return new PyHashObject(type, state);
    }

    private static bool Int(ThreadState ts, PyObject o, out long v) => Protocols.AsIndex(ts, o, out v, PyExc.OverflowError);

    private static byte[]? Bytes(ThreadState ts, PyObject? o)
    {
        if (o is null) return [];
        if (!Protocols.GetBuffer(ts, o, false, out var view)) return null;
        var r = view.Span.ToArray();
        Protocols.ReleaseBuffer(ref view);
        return r;
    }
}
