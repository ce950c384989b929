namespace Kaa.Runtime;

/// <summary><c>_ssl.SSLSession</c>: a reference to an SSL_SESSION and the context it came from
/// (CPython's PySSLSession); equal when the session ids are.</summary>
internal sealed class PySslSession : PyObject
{
    internal readonly nint Session;
    internal readonly PySslContext Context;

    internal PySslSession(nint session, PySslContext ctx) : base(SslSessionType.Type)
    {
        Session = session;
        Context = ctx;
    }

    ~PySslSession() => SslNative.SessionFree(Session);

    internal unsafe ReadOnlySpan<byte> Id
    {
        get
        {
            uint len;
            byte* id = SslNative.SessionGetId(Session, &len);
            return new ReadOnlySpan<byte>(id, (int)len);
        }
    }
}

/// <summary>The <c>_ssl.SSLSession</c> type.</summary>
internal static class SslSessionType
{
    internal static readonly PyType Type = PyType.CreateStatic("_ssl.SSLSession", (PyType?)null, TypeFlags.None, Install);

    private static PySslSession Self(PyObject o) => (PySslSession)o;

    private static void Install(PyType type)
    {
        // Made from a spec in CPython: the module name lives in the class dict.
        type.AddAttribute("__module__", PyStr.Create("_ssl"));
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (a is not PySslSession l || b is not PySslSession r) return PyNotImplemented.Instance;
            bool equal = l == r || l.Id.SequenceEqual(r.Id);
            return op switch
            {
                CompareOp.Eq => PyBool.From(equal),
                CompareOp.Ne => PyBool.From(!equal),
                _ => PyNotImplemented.Instance,
            };
        };
        type.AddGetSet("time", static (ts, s) => PyInt.Create((long)SslNative.SessionGetTime(Self(s).Session)), null, "Session creation time (seconds since epoch).");
        type.AddGetSet("timeout", static (ts, s) => PyInt.Create((long)SslNative.SessionGetTimeout(Self(s).Session)), null, "Session timeout (delta in seconds).");
        type.AddGetSet("ticket_lifetime_hint", static (ts, s) => PyInt.Create((long)SslNative.SessionGetTicketLifetimeHint(Self(s).Session)), null, "Ticket life time hint.");
        type.AddGetSet("id", static (ts, s) => PyBytes.Create(Self(s).Id), null, "Session id");
        type.AddGetSet("has_ticket", static (ts, s) => PyBool.From(SslNative.SessionHasTicket(Self(s).Session) != 0), null, "Does the session contain a ticket?");
    }
}
