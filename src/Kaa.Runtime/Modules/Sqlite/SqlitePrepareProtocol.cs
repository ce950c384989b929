namespace Kaa.Runtime;

/// <summary><c>sqlite3.PrepareProtocol</c>: the PEP 246 protocol object adapters are registered for; it has no state.</summary>
internal static class SqlitePrepareProtocol
{
    public static readonly PyType Type = PyType.CreateStatic("sqlite3.PrepareProtocol", (PyType?)null, TypeFlags.BaseType, static t =>
    {
        t.AddAttribute("__doc__", PyStr.Create("PEP 246 style object adaption protocol type."));
        t.AddAttribute("__module__", PyStr.Create("sqlite3"));
        t.New = static (ts, type, args, kw) => new PyInstance(type);
        t.Init = static (ts, self, args, kw) => 0;
    });
}
