namespace Kaa.Runtime;

/// <summary>_hashlib.HMAC: what hmac_new makes (hmac.HMAC keeps one as its _hmac when the digest is one of
/// _hashlib's). Not instantiable, not subclassable, as in CPython.</summary>
internal sealed class PyHmac : PyObject
{
    internal static readonly PyType Type_ = PyType.CreateStatic("_hashlib.HMAC", (PyType?)null, TypeFlags.NoNew, Install);

    internal readonly HmacState State;

    internal PyHmac(HmacState state) : base(Type_) => State = state;

    private const string Doc = "The object used to calculate HMAC of a message.\n\nMethods:\n\nupdate() -- updates the current digest with an additional string\ndigest() -- return the current digest value\nhexdigest() -- return the current digest as a string of hexadecimal digits\ncopy() -- return a copy of the current hash object\n\nAttributes:\n\nname -- the name, including the hash algorithm used by this object\ndigest_size -- number of bytes in digest() output\n";

    private static readonly ArgSpec s_update = new("update", ["msg"], required: 1, positionalOnly: 0);

    private static void Install(PyType type)
    {
        type.Namespace.SetStr(PyStr.Intern("__doc__"), PyStr.Create(Doc));
        type.Repr = static (ts, self) =>
            PyStr.Create($"<{((PyHmac)self).State.Digest.Name} HMAC object @ {Protocols.AddressOf(ts, self)}>");
        type.AddMethod("update", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!HashlibModule.ParseClinic(ts, s_update, args, kw, a)) return null;
            return Update(ts, (PyHmac)self, a[0]!) ? PyNone.Instance : null;
        }, "Update the HMAC object with msg.");
        type.AddMethod("digest", static (ts, self) => PyBytes.Create(Digest((PyHmac)self)),
            "Return the digest of the bytes passed to the update() method so far.");
        type.AddMethod("hexdigest", static (ts, self) => PyStr.FromChars(Convert.ToHexStringLower(Digest((PyHmac)self))),
            "Return hexadecimal digest of the bytes passed to the update() method so far.\n\nThis may be used to exchange the value safely in email or other non-binary\nenvironments.");
        type.AddMethod("copy", static (ts, self) => new PyHmac(((PyHmac)self).State.Clone()),
            "Return a copy (\"clone\") of the HMAC object.");
        type.AddGetSet("name", static (ts, self) => PyStr.Create("hmac-" + ((PyHmac)self).State.Digest.Name));
        type.AddGetSet("digest_size", static (ts, self) => PyInt.Create(((PyHmac)self).State.Digest.DigestSize));
        type.AddGetSet("block_size", static (ts, self) => PyInt.Create(((PyHmac)self).State.Digest.BlockSize));
    }

    /// <summary>_hmac_update: a bytes-like object ("Strings must be encoded before hashing" for str).</summary>
    internal static bool Update(ThreadState ts, PyHmac h, PyObject data)
    {
        if (!HashTypes.GetData(ts, data, out var view)) return false;
        h.State.Update(view.Span);
        Protocols.ReleaseBuffer(ref view);
        return true;
    }

    private static byte[] Digest(PyHmac h)
    {
        var output = new byte[h.State.Digest.DigestSize];
        h.State.Finish(output);
        return output;
    }
}
