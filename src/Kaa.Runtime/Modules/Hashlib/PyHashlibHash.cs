namespace Kaa.Runtime;

/// <summary>
/// _hashlib.HASH (and, for SHAKE, its subclass _hashlib.HASHXOF; see <see cref="HashXofType"/>): a running
/// digest of one of <see cref="HashlibDigests"/>. Made only by _hashlib.new and the openssl_* constructors
/// (Py_TPFLAGS_DISALLOW_INSTANTIATION). The GIL serialises updates.
/// </summary>
internal sealed class PyHashlibHash : PyObject
{
    internal static readonly PyType Type_ = PyType.CreateStatic("_hashlib.HASH", (PyType?)null, TypeFlags.BaseType | TypeFlags.NoNew, Install);

    internal readonly HashlibDigest Digest;
    internal readonly HashState State;

    internal PyHashlibHash(PyType type, HashlibDigest digest, HashState state) : base(type)
    {
        Digest = digest;
        State = state;
    }

    private const string Doc = "A hash is an object used to calculate a checksum of a string of information.\n\nMethods:\n\nupdate() -- updates the current digest with an additional string\ndigest() -- return the current digest value\nhexdigest() -- return the current digest as a string of hexadecimal digits\ncopy() -- return a copy of the current hash object\n\nAttributes:\n\nname -- the hash algorithm being used by this object\ndigest_size -- number of bytes in this hashes output";

    private static void Install(PyType type)
    {
        type.Namespace.SetStr(PyStr.Intern("__doc__"), PyStr.Create(Doc));
        type.Repr = static (ts, self) =>
            PyStr.Create($"<{((PyHashlibHash)self).Digest.Name} {self.Type.Name} object @ {Protocols.AddressOf(ts, self)}>");
        type.AddMethod("update", static (ts, self, data) => HashTypes.Feed(ts, ((PyHashlibHash)self).State, data) ? PyNone.Instance : null,
            "Update this hash object's state with the provided string.");
        type.AddMethod("digest", static (ts, self) => PyBytes.Create(Compute((PyHashlibHash)self)), "Return the digest value as a bytes object.");
        type.AddMethod("hexdigest", static (ts, self) => PyStr.FromChars(Convert.ToHexStringLower(Compute((PyHashlibHash)self))),
            "Return the digest value as a string of hexadecimal digits.");
        type.AddMethod("copy", static (ts, self) =>
        {
            var h = (PyHashlibHash)self;
            return new PyHashlibHash(h.Type, h.Digest, h.State.Clone());
        }, "Return a copy of the hash object.");
        type.AddGetSet("name", static (ts, self) => PyStr.Create(((PyHashlibHash)self).Digest.Name));
        type.AddGetSet("digest_size", static (ts, self) => PyInt.Create(((PyHashlibHash)self).Digest.DigestSize));
        type.AddGetSet("block_size", static (ts, self) => PyInt.Create(((PyHashlibHash)self).Digest.BlockSize));
    }

    private static byte[] Compute(PyHashlibHash h)
    {
        var output = new byte[h.Digest.DigestSize];
        h.State.Finish(output);
        return output;
    }
}
