namespace Kaa.Runtime;

/// <summary>_hashlib's HMAC functions: hmac_new (an HMAC object) and hmac_digest (one shot).</summary>
internal static partial class HashlibModule
{
    private static readonly ArgSpec s_hmacNew = new("hmac_new", ["key", "msg", "digestmod"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec s_hmacDigest = new("hmac_digest", ["key", "msg", "digest"], required: 3, positionalOnly: 0);

    private static void AddHmacFunctions(PyModule m)
    {
        m.AddFunction(new MethodDef("hmac_new", static (ts, module, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!ParseClinic(ts, s_hmacNew, args, kw, a)) return null;
            if (!Protocols.GetBuffer(ts, a[0]!, false, out var key)) return null;
            try
            {
                if (a[2] is null) return ts.TypeError("Missing required parameter 'digestmod'.");
                var digest = DigestFromDigestmod(ts, a[2]!);
                if (digest is null) return null;
                if (digest.IsXof) return NoReason(ts);
                var h = new PyHmac(HmacState.Create(digest, key.Span));
                if (a[1] is { } msg && msg is not PyNone && !PyHmac.Update(ts, h, msg)) return null;
                return h;
            }
            finally
            {
                Protocols.ReleaseBuffer(ref key);
            }
        }, "Return a new hmac object."));

        m.AddFunction(new MethodDef("hmac_digest", static (ts, module, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!ParseClinic(ts, s_hmacDigest, args, kw, a)) return null;
            if (!Protocols.GetBuffer(ts, a[0]!, false, out var key)) return null;
            if (!Protocols.GetBuffer(ts, a[1]!, false, out var msg))
            {
                Protocols.ReleaseBuffer(ref key);
                return null;
            }
            try
            {
                var digest = DigestFromDigestmod(ts, a[2]!);
                if (digest is null) return null;
                if (digest.IsXof) return NoReason(ts);
                var h = HmacState.Create(digest, key.Span);
                h.Update(msg.Span);
                var output = new byte[digest.DigestSize];
                h.Finish(output);
                return PyBytes.Create(output);
            }
            finally
            {
                Protocols.ReleaseBuffer(ref key);
                Protocols.ReleaseBuffer(ref msg);
            }
        }, "Single-shot HMAC."));
    }

    /// <summary>py_digest_by_digestmod: a name, or one of the openssl_* constructors (through
    /// _constructors); anything else is UnsupportedDigestmodError.</summary>
    private static HashlibDigest? DigestFromDigestmod(ThreadState ts, PyObject digestmod)
    {
        PyObject? name = digestmod as PyStr;
        if (name is null)
        {
            var state = ts.Interp.GetModuleState<HashlibState>();
            // PyDict_GetItem: an unhashable digestmod is simply not found.
            if (state.Constructors.TryGetItem(ts, digestmod, out name) != 1) name = null;
            if (name is null)
            {
                ts.ClearError();
                if (Protocols.Repr(ts, digestmod) is not PyStr repr) return null;
                ts.SetError(state.UnsupportedDigestmodError ?? PyExc.ValueError, $"Unsupported digestmod {repr.Chars}");
                return null;
            }
        }
        return Find(ts, ((PyStr)name).Chars);
    }

    /// <summary>An OpenSSL call that failed without queueing a reason (an HMAC or a PBKDF2 over an XOF).</summary>
    private static PyObject? NoReason(ThreadState ts) => ts.Raise(PyExc.ValueError, "no reason supplied");
}
