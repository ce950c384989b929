using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// An X.509 certificate as the dict getpeercert() returns (CPython's _decode_certificate): subject and
/// issuer as tuples of RDN tuples, version, serialNumber, notBefore/notAfter in OpenSSL's printed form,
/// subjectAltName, OCSP, caIssuers and crlDistributionPoints when present. The GENERAL_NAME,
/// ACCESS_DESCRIPTION and DIST_POINT structures are read at their OpenSSL 3 offsets (a type int, then
/// a pointer at offset 8).
/// </summary>
internal static unsafe class SslCertDecode
{
    private const int GEN_OTHERNAME = 0, GEN_EMAIL = 1, GEN_DNS = 2, GEN_X400 = 3, GEN_DIRNAME = 4, GEN_EDIPARTY = 5,
        GEN_URI = 6, GEN_IPADD = 7, GEN_RID = 8;
    private const int V_ASN1_BIT_STRING = 3;

    internal static PyObject? Decode(ThreadState ts, nint cert)
    {
        var d = new PyDict();
        var subject = NameTuple(ts, SslNative.X509GetSubjectName(cert));
        if (subject is null) return null;
        d.SetStr("subject", subject);
        var issuer = NameTuple(ts, SslNative.X509GetIssuerName(cert));
        if (issuer is null) return null;
        d.SetStr("issuer", issuer);
        d.SetStr("version", PyInt.Create((long)SslNative.X509GetVersion(cert) + 1));
        d.SetStr("serialNumber", PyStr.Create(Printed(bio => SslNative.I2aAsn1Integer(bio, SslNative.X509GetSerialNumber(cert)))));
        d.SetStr("notBefore", PyStr.Create(Printed(bio => SslNative.Asn1TimePrint(bio, SslNative.X509GetNotBefore(cert)))));
        d.SetStr("notAfter", PyStr.Create(Printed(bio => SslNative.Asn1TimePrint(bio, SslNative.X509GetNotAfter(cert)))));
        var alt = AltNames(ts, cert);
        if (alt is null) return null;
        if (alt is not PyNone) d.SetStr("subjectAltName", alt);
        if (AiaUris(cert, SslNative.NID_ad_OCSP) is { } ocsp) d.SetStr("OCSP", ocsp);
        if (AiaUris(cert, SslNative.NID_ad_ca_issuers) is { } ca) d.SetStr("caIssuers", ca);
        if (CrlDistributionPoints(cert) is { } crl) d.SetStr("crlDistributionPoints", crl);
        return d;
    }

    /// <summary>What an OpenSSL print function writes into a memory BIO, as text.</summary>
    internal static string Printed(Func<nint, int> print)
    {
        nint bio = SslNative.BioNew(SslNative.BioSMem());
        try
        {
            print(bio);
            return Encoding.UTF8.GetString(SslNative.BioContents(bio));
        }
        finally { SslNative.BioFree(bio); }
    }

    /// <summary>_asn1obj2py: an object's name (or dotted number with <paramref name="noName"/>).</summary>
    internal static string? ObjText(nint obj, bool noName)
    {
        byte* buf = stackalloc byte[256];
        int n = SslNative.ObjObj2Txt(buf, 256, obj, noName ? 1 : 0);
        if (n < 0) return null;
        if (n > 255)
        {
            var big = new byte[n + 1];
            fixed (byte* b = big) n = SslNative.ObjObj2Txt(b, n + 1, obj, noName ? 1 : 0);
            return Encoding.UTF8.GetString(big, 0, n);
        }
        return Encoding.UTF8.GetString(buf, n);
    }

    /// <summary>_create_tuple_for_X509_NAME: entries grouped into RDN tuples by their set number.</summary>
    internal static PyObject? NameTuple(ThreadState ts, nint name)
    {
        var dn = new List<PyObject>();
        var rdn = new List<PyObject>();
        int count = SslNative.X509NameEntryCount(name), level = -1;
        for (int i = 0; i < count; i++)
        {
            nint entry = SslNative.X509NameGetEntry(name, i);
            int set = SslNative.X509NameEntrySet(entry);
            if (level >= 0 && level != set)
            {
                dn.Add(PyTuple.Create(rdn.ToArray()));
                rdn.Clear();
            }
            level = set;
            var attrName = ObjText(SslNative.X509NameEntryGetObject(entry), false);
            if (attrName is null) return SslErrors.SetSslError(ts, null, 1055);
            nint value = SslNative.X509NameEntryGetData(entry);
            PyObject attrValue;
            if (SslNative.Asn1StringType(value) == V_ASN1_BIT_STRING)
                attrValue = PyBytes.Create(new ReadOnlySpan<byte>(SslNative.Asn1StringData(value), SslNative.Asn1StringLength(value)));
            else
            {
                byte* utf8;
                int len = SslNative.Asn1StringToUtf8(&utf8, value);
                if (len < 0) return SslErrors.SetSslError(ts, null, 1066);
                var text = Utf8(new ReadOnlySpan<byte>(utf8, len));
                SslNative.Free(utf8);
                if (text is null) return null;
                attrValue = text;
            }
            rdn.Add(PyTuple.Create(PyStr.Create(attrName), attrValue));
        }
        if (rdn.Count > 0) dn.Add(PyTuple.Create(rdn.ToArray()));
        return PyTuple.Create(dn.ToArray());
    }

    private static PyObject? Asn1Text(ThreadState ts, nint s)
        => Utf8(new ReadOnlySpan<byte>(SslNative.Asn1StringData(s), SslNative.Asn1StringLength(s)));

    /// <summary>_get_peer_alt_names: the subjectAltName entries as (kind, value) pairs, None without the extension.</summary>
    private static PyObject? AltNames(ThreadState ts, nint cert)
    {
        nint names = SslNative.X509GetExtD2i(cert, SslNative.NID_subject_alt_name, null, null);
        if (names == 0) return PyNone.Instance;
        try
        {
            var list = new List<PyObject>();
            int n = SslNative.SkNum(names);
            for (int j = 0; j < n; j++)
            {
                nint gn = SslNative.SkValue(names, j);
                int type = *(int*)gn;
                nint d = *(nint*)(gn + 8);
                PyObject? kind, value;
                switch (type)
                {
                    case GEN_DIRNAME:
                        kind = PyStr.Create("DirName");
                        value = NameTuple(ts, d);
                        break;
                    case GEN_EMAIL or GEN_DNS or GEN_URI:
                        kind = PyStr.Create(type == GEN_EMAIL ? "email" : type == GEN_DNS ? "DNS" : "URI");
                        value = Asn1Text(ts, d);
                        break;
                    case GEN_RID:
                        kind = PyStr.Create("Registered ID");
                        value = ObjText(d, false) is { } rid ? PyStr.Create(rid.Length >= 2047 ? "<INVALID>" : rid) : SslErrors.SetSslError(ts, null, 1296);
                        break;
                    case GEN_IPADD:
                    {
                        kind = PyStr.Create("IP Address");
                        int len = SslNative.Asn1StringLength(d);
                        byte* p = SslNative.Asn1StringData(d);
                        if (len == 4) value = PyStr.Create($"{p[0]}.{p[1]}.{p[2]}.{p[3]}");
                        else if (len == 16)
                        {
                            var parts = new string[8];
                            for (int k = 0; k < 8; k++) parts[k] = (p[2 * k] << 8 | p[2 * k + 1]).ToString("X");
                            value = PyStr.Create(string.Join(':', parts));
                        }
                        else value = PyStr.Create("<invalid>");
                        break;
                    }
                    default:
                    {
                        if (type is not (GEN_OTHERNAME or GEN_X400 or GEN_EDIPARTY)
                            && !WarningsModule.Warn(ts, PyExc.RuntimeWarning, $"Unknown general name type {type}", 1)) return null;
                        var text = Printed(bio => SslNative.GeneralNamePrint(bio, gn));
                        int colon = text.IndexOf(':');
                        if (colon < 0) return ts.ValueError($"Invalid value {(text.Length > 200 ? text[..200] : text)}");
                        kind = PyStr.Create(text[..colon]);
                        value = PyStr.Create(text[(colon + 1)..]);
                        break;
                    }
                }
                if (value is null) return null;
                list.Add(PyTuple.Create(kind, value));
            }
            return PyTuple.Create(list.ToArray());
        }
        finally { SslNative.GeneralNamesFree(names); }
    }

    /// <summary>_get_aia_uri: the URIs of one access method of the authorityInfoAccess extension.</summary>
    private static PyObject? AiaUris(nint cert, int nid)
    {
        nint info = SslNative.X509GetExtD2i(cert, SslNative.NID_info_access, null, null);
        if (info == 0) return null;
        try
        {
            var list = new List<PyObject>();
            int n = SslNative.SkNum(info);
            for (int i = 0; i < n; i++)
            {
                nint ad = SslNative.SkValue(info, i);
                nint method = *(nint*)ad, location = *(nint*)(ad + 8);
                if (SslNative.ObjObj2Nid(method) != nid || *(int*)location != GEN_URI) continue;
                list.Add(PyStr.Create(Utf8Text(*(nint*)(location + 8))));
            }
            return list.Count == 0 ? null : PyTuple.Create(list.ToArray());
        }
        finally { SslNative.AuthorityInfoAccessFree(info); }
    }

    /// <summary>_get_crl_dp: the URIs of the crlDistributionPoints extension.</summary>
    private static PyObject? CrlDistributionPoints(nint cert)
    {
        nint dps = SslNative.X509GetExtD2i(cert, SslNative.NID_crl_distribution_points, null, null);
        if (dps == 0) return null;
        try
        {
            var list = new List<PyObject>();
            int n = SslNative.SkNum(dps);
            for (int i = 0; i < n; i++)
            {
                nint dp = SslNative.SkValue(dps, i);
                nint dpName = *(nint*)dp;
                if (dpName == 0) continue;
                nint gns = *(nint*)(dpName + 8);
                int m = SslNative.SkNum(gns);
                for (int j = 0; j < m; j++)
                {
                    nint gn = SslNative.SkValue(gns, j);
                    if (*(int*)gn != GEN_URI) continue;
                    list.Add(PyStr.Create(Utf8Text(*(nint*)(gn + 8))));
                }
            }
            return list.Count == 0 ? null : PyTuple.Create(list.ToArray());
        }
        finally { SslNative.CrlDistPointsFree(dps); }
    }

    private static PyStr Utf8(ReadOnlySpan<byte> bytes) => PyStr.Create(Encoding.UTF8.GetString(bytes));

    private static string Utf8Text(nint asn1String)
        => Encoding.UTF8.GetString(new ReadOnlySpan<byte>(SslNative.Asn1StringData(asn1String), SslNative.Asn1StringLength(asn1String)));

    /// <summary>_certificate_to_der.</summary>
    internal static PyObject? ToDer(ThreadState ts, nint cert)
    {
        byte* buf = null;
        int len = SslNative.I2dX509(cert, &buf);
        if (len < 0) return SslErrors.SetSslError(ts, null, 1735);
        var bytes = PyBytes.Create(new ReadOnlySpan<byte>(buf, len));
        SslNative.Free(buf);
        return bytes;
    }
}
