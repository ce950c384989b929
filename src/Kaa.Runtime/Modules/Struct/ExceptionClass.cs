namespace Kaa.Runtime;

/// <summary>PyErr_NewException for C# modules: a new heap class (<c>struct.error</c>, <c>binascii.Error</c>,
/// <c>zlib.error</c>) made per interpreter, as CPython makes it per module instance.</summary>
internal static class ExceptionClass
{
    /// <summary>A class named by the part of <paramref name="dottedName"/> after the last dot, whose
    /// <c>__module__</c> is the part before it. Null with the error set on failure.</summary>
    internal static PyType? Create(ThreadState ts, string dottedName, PyType @base, string? doc = null)
    {
        int dot = dottedName.LastIndexOf('.');
        var ns = new PyDict();
        ns.SetStr("__module__", PyStr.Create(dottedName[..dot]));
        if (doc is not null) ns.SetStr("__doc__", PyStr.Create(doc));
        var cls = Protocols.Call(ts, BuiltinTypes.Type,
            [PyStr.Create(dottedName[(dot + 1)..]), PyTuple.Create(@base), ns], null);
        return cls as PyType;
    }
}
