namespace Kaa.Runtime;

/// <summary><c>_ssl.MemoryBIO</c>: an OpenSSL memory BIO (CPython's PySSLMemoryBIO), the transport of an
/// SSLObject. An empty read is "retry later" until write_eof() makes it a real end of file.</summary>
internal sealed unsafe class PyMemoryBio : PyObject
{
    internal readonly nint Bio;
    internal bool EofWritten;

    internal PyMemoryBio(PyType type, nint bio) : base(type) => Bio = bio;

    ~PyMemoryBio() => SslNative.BioFree(Bio);

    internal long Pending => SslNative.BioCtrl(Bio, SslNative.BIO_CTRL_PENDING, 0, null);
}

/// <summary>The <c>_ssl.MemoryBIO</c> type.</summary>
internal static unsafe class MemoryBioType
{
    internal static readonly PyType Type = PyType.CreateStatic("_ssl.MemoryBIO", (PyType?)null, TypeFlags.None, Install);

    private static PyMemoryBio Self(PyObject o) => (PyMemoryBio)o;

    private static void Install(PyType type)
    {
        // Made from a spec in CPython: the module name lives in the class dict.
        type.AddAttribute("__module__", PyStr.Create("_ssl"));
        type.New = static (ts, t, args, kw) =>
        {
            if (t == Type && kw is { Length: > 0 }) return ts.TypeError("MemoryBIO() takes no keyword arguments");
            if (t == Type && args.Length > 0) return ts.TypeError("MemoryBIO() takes no positional arguments");
            nint bio = SslNative.BioNew(SslNative.BioSMem());
            if (bio == 0) return ts.Raise(PyExc.MemoryError, "failed to allocate BIO");
            // Non-blocking: an empty read means "no data yet", which OpenSSL should retry.
            SslNative.BioSetFlags(bio, SslNative.BIO_FLAGS_READ | SslNative.BIO_FLAGS_SHOULD_RETRY);
            SslNative.BioCtrl(bio, SslNative.BIO_C_SET_BUF_MEM_EOF_RETURN, -1, null);
            return new PyMemoryBio(t, bio);
        };
        type.AddGetSet("pending", static (ts, s) => PyInt.Create(Self(s).Pending), null, "The number of bytes pending in the memory BIO.");
        type.AddGetSet("eof", static (ts, s) => PyBool.From(Self(s).Pending == 0 && Self(s).EofWritten), null,
            "Whether the memory BIO is at EOF.");
        type.AddMethod("read", static (ts, s, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("read() takes no keyword arguments");
            if (args.Length > 1) return ts.TypeError($"read expected at most 1 argument, got {args.Length}");
            int len = -1;
            if (args.Length == 1 && !PosixArgs.CInt(ts, args[0], out len)) return null;
            var self = Self(s);
            int avail = (int)Math.Min(self.Pending, int.MaxValue);
            if (len < 0 || len > avail) len = avail;
            if (len == 0) return PyBytes.Create([]);
            var buf = new byte[len];
            int n;
            fixed (byte* p = buf) n = SslNative.BioRead(self.Bio, p, len);
            if (n < 0) return SslErrors.SetSslError(ts, null, 4799);
            return n == len ? PyBytes.Create(buf) : PyBytes.Create(buf.AsSpan(0, n));
        }, "Read up to size bytes from the memory BIO.\n\nIf size is not specified, read the entire buffer.\nIf the return value is an empty bytes instance, this means either\nEOF or that no data is available. Use the \"eof\" property to\ndistinguish between the two.");
        type.AddMethod("write", static (ts, s, arg) =>
        {
            if (!Protocols.GetBuffer(ts, arg, false, out var view)) return null;
            var self = Self(s);
            int n;
            try
            {
                if (self.EofWritten) return SslErrors.Plain(ts, "cannot write() after write_eof()");
                fixed (byte* p = view.Span) n = view.Length == 0 ? 0 : SslNative.BioWrite(self.Bio, p, view.Length);
            }
            finally { Protocols.ReleaseBuffer(ref view); }
            if (n < 0) return SslErrors.SetSslError(ts, null, 4845);
            return PyInt.Create(n);
        }, "Writes the bytes b into the memory BIO.\n\nReturns the number of bytes written.");
        type.AddMethod("write_eof", static (ts, s) =>
        {
            var self = Self(s);
            self.EofWritten = true;
            // After EOF an empty read is a real end of file: no more retrying.
            SslNative.BioClearFlags(self.Bio, 7 | SslNative.BIO_FLAGS_SHOULD_RETRY);
            SslNative.BioCtrl(self.Bio, SslNative.BIO_C_SET_BUF_MEM_EOF_RETURN, 0, null);
            return PyNone.Instance;
        }, "Write an EOF marker to the memory BIO.\n\nWhen all data has been read, the \"eof\" property will be True.");
    }
}
