namespace Kaa.Runtime;

/// <summary>An SSL_CIPHER as Python sees it: cipher() and shared_ciphers() tuples (name, protocol,
/// secret bits), get_ciphers() dicts (CPython's cipher_to_tuple and cipher_to_dict).</summary>
internal static unsafe class SslCiphers
{
    private static PyObject StrOrNone(byte* s) => SslNative.Str(s) is { } v ? PyStr.Create(v) : PyNone.Instance;

    private static PyObject NidName(int nid) => nid == 0 ? PyNone.Instance : StrOrNone(SslNative.ObjNid2Ln(nid));

    internal static PyObject ToTuple(nint cipher)
        => PyTuple.Create([StrOrNone(SslNative.CipherGetName(cipher)), StrOrNone(SslNative.CipherGetVersion(cipher)),
            PyInt.Create(SslNative.CipherGetBits(cipher, null))]);

    internal static PyObject ToDict(nint cipher)
    {
        byte* buf = stackalloc byte[512];
        new Span<byte>(buf, 512).Clear();
        SslNative.CipherDescription(cipher, buf, 511);
        var description = SslNative.Str(buf) ?? "";
        if (description.Length > 1 && description[^1] == '\n') description = description[..^1];
        int algBits;
        int strength = SslNative.CipherGetBits(cipher, &algBits);
        var d = new PyDict();
        d.SetStr("id", PyInt.Create((long)SslNative.CipherGetId(cipher)));
        d.SetStr("name", StrOrNone(SslNative.CipherGetName(cipher)));
        d.SetStr("protocol", StrOrNone(SslNative.CipherGetVersion(cipher)));
        d.SetStr("description", PyStr.Create(description));
        d.SetStr("strength_bits", PyInt.Create(strength));
        d.SetStr("alg_bits", PyInt.Create(algBits));
        d.SetStr("aead", PyBool.From(SslNative.CipherIsAead(cipher) != 0));
        d.SetStr("symmetric", NidName(SslNative.CipherGetCipherNid(cipher)));
        d.SetStr("digest", NidName(SslNative.CipherGetDigestNid(cipher)));
        d.SetStr("kea", NidName(SslNative.CipherGetKxNid(cipher)));
        d.SetStr("auth", NidName(SslNative.CipherGetAuthNid(cipher)));
        return d;
    }
}
