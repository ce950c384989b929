using System.Text;

namespace Kaa.Runtime;

/// <summary><c>_ssl.Certificate</c>: one X509 of a verified or unverified chain (CPython's
/// Modules/_ssl/cert.c): get_info() decodes it, public_bytes() encodes it as PEM text or DER.</summary>
internal sealed class PySslCertificate : PyObject
{
    internal readonly nint Cert;

    /// <summary>Takes over one reference to <paramref name="cert"/>.</summary>
    internal PySslCertificate(nint cert) : base(SslCertificateType.Type) => Cert = cert;

    ~PySslCertificate() => SslNative.X509Free(Cert);
}

/// <summary>The <c>_ssl.Certificate</c> type.</summary>
internal static unsafe class SslCertificateType
{
    internal static readonly PyType Type = PyType.CreateStatic("_ssl.Certificate", (PyType?)null, TypeFlags.None, Install);

    private static readonly ArgSpec s_publicBytes = new("public_bytes", ["format"], required: 0, positionalOnly: 0);

    private static PySslCertificate Self(PyObject o) => (PySslCertificate)o;

    /// <summary>_PySSL_CertificateFromX509Stack: a list of Certificates, each holding its own reference.</summary>
    internal static PyObject? FromStack(ThreadState ts, nint stack)
    {
        int n = SslNative.SkNum(stack);
        var items = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            nint cert = SslNative.SkValue(stack, i);
            SslNative.X509UpRef(cert);
            items[i] = new PySslCertificate(cert);
        }
        return PyList.FromArray(items);
    }

    private static void Install(PyType type)
    {
        // Made from a spec in CPython: the module name lives in the class dict.
        type.AddAttribute("__module__", PyStr.Create("_ssl"));
        type.AddMethod("get_info", static (ts, s) => SslCertDecode.Decode(ts, Self(s).Cert), null);
        type.AddMethod("public_bytes", static (ts, s, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!s_publicBytes.Parse(ts, args, kw, a)) return null;
            int format = 1;
            if (a[0] is { } f && !PosixArgs.CInt(ts, f, out format)) return null;
            nint cert = Self(s).Cert;
            nint bio = SslNative.BioNew(SslNative.BioSMem());
            try
            {
                int r = format switch
                {
                    1 => SslNative.PemWriteBioX509(bio, cert),
                    3 => SslNative.PemWriteBioX509Aux(bio, cert),
                    2 => SslNative.I2dX509Bio(bio, cert),
                    _ => -1,
                };
                if (r == -1) return ts.ValueError("Unsupported format");
                if (r != 1) return SslErrors.SetSslError(ts, null, 103);
                var data = SslNative.BioContents(bio);
                return format == 2 ? PyBytes.Create(data) : PyStr.Create(Encoding.UTF8.GetString(data));
            }
            finally { SslNative.BioFree(bio); }
        }, null);
        type.Repr = static (ts, s) =>
        {
            var subject = SslCertDecode.Printed(bio => SslNative.X509NamePrintEx(bio, SslNative.X509GetSubjectName(Self(s).Cert), 0, 0x1 | 0x2 | 0x4 | 0x10 | 0x100 | 0x200 | 0x10000 | 0x100000 | 0x1000000));
            return PyStr.Create($"<{s.Type.Name} '{subject}'>");
        };
        type.Hash = static (ts, s) =>
        {
            long h = (long)(ulong)SslNative.X509SubjectNameHash(Self(s).Cert);
            return h == -1 ? -2 : h;
        };
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (b is not PySslCertificate other || a is not PySslCertificate self) return PyNotImplemented.Instance;
            int cmp = SslNative.X509Cmp(self.Cert, other.Cert);
            return op switch
            {
                CompareOp.Eq => PyBool.From(cmp == 0),
                CompareOp.Ne => PyBool.From(cmp != 0),
                _ => PyNotImplemented.Instance,
            };
        };
    }
}
