namespace Kaa.Runtime;

/// <summary>The <c>_contextvars</c> module (what the <c>contextvars</c> module re-exports).</summary>
internal static class ContextvarsModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_contextvars", "Context Variables");
        m.Set("Context", PyContext.TypeObject);
        m.Set("ContextVar", PyContextVar.TypeObject);
        m.Set("Token", PyContextToken.TypeObject);
        m.AddFunction("copy_context", static (ts, self) => new PyContext(PyContext.Current(ts).Entries));
        return m;
    }
}
