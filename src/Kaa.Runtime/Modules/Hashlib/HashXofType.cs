namespace Kaa.Runtime;

/// <summary>_hashlib.HASHXOF: the HASH subclass of SHAKE objects, whose digest(length) and
/// hexdigest(length) take the output length.</summary>
internal static class HashXofType
{
    internal static readonly PyType Type = PyType.CreateStatic("_hashlib.HASHXOF", PyHashlibHash.Type_, TypeFlags.BaseType | TypeFlags.NoNew, Install);

    private const string Doc = "A hash is an object used to calculate a checksum of a string of information.\n\nMethods:\n\nupdate() -- updates the current digest with an additional string\ndigest(length) -- return the current digest value\nhexdigest(length) -- return the current digest as a string of hexadecimal digits\ncopy() -- return a copy of the current hash object\n\nAttributes:\n\nname -- the hash algorithm being used by this object\ndigest_size -- number of bytes in this hashes output";

    private static readonly ArgSpec s_digest = new("digest", ["length"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_hexdigest = new("hexdigest", ["length"], required: 1, positionalOnly: 0);

    private static void Install(PyType type)
    {
        type.Namespace.SetStr(PyStr.Intern("__doc__"), PyStr.Create(Doc));
        type.AddMethod("digest", static (ts, self, args, kw) => Digest(ts, s_digest, (PyHashlibHash)self, args, kw, hex: false),
            "Return the digest value as a bytes object.");
        type.AddMethod("hexdigest", static (ts, self, args, kw) => Digest(ts, s_hexdigest, (PyHashlibHash)self, args, kw, hex: true),
            "Return the digest value as a string of hexadecimal digits.");
        // CPython's HASHXOF has its own digest_size getter (0: the length is the caller's).
        type.AddGetSet("digest_size", static (ts, self) => PyInt.Zero);
    }

    private static PyObject? Digest(ThreadState ts, ArgSpec spec, PyHashlibHash h, ReadOnlySpan<PyObject> args, PyTuple? kw, bool hex)
    {
        var a = new ArgBuffer();
        if (!HashlibModule.ParseClinic(ts, spec, args, kw, a)) return null;
        // Py_ssize_t: a length that does not fit is an OverflowError, as clinic's converter raises.
        if (!ListSlots.ToSsize(ts, a[0]!, out long length)) return null;
        if (length < 0)
            return hex ? ts.MemoryError() : ts.Raise(PyExc.SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        if (length > Array.MaxLength / 2) return ts.MemoryError();
        var output = new byte[length];
        h.State.Finish(output);
        return hex ? PyStr.FromChars(Convert.ToHexStringLower(output)) : PyBytes.Create(output);
    }
}
