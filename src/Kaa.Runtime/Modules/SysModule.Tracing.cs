namespace Kaa.Runtime;

/// <summary>
/// sys.settrace/gettrace and sys.setprofile/getprofile. The functions are kept per thread and returned
/// as set, so code that saves and restores them (doctest, pdb, coverage tools) runs; Kaa's VM produces
/// no trace or profile events yet, so a set function is never called.
/// </summary>
internal static partial class SysModule
{
    private static void AddTracing(PyModule m)
    {
        m.AddFunction("settrace", static (ts, self, function) =>
        {
            ts.TraceFunction = function is PyNone ? null : function;
            return PyNone.Instance;
        }, "Set the global debug tracing function.");
        m.AddFunction("gettrace", static (ts, self) => ts.TraceFunction ?? PyNone.Instance,
            "Return the global debug tracing function set with sys.settrace.");
        m.AddFunction("setprofile", static (ts, self, function) =>
        {
            ts.ProfileFunction = function is PyNone ? null : function;
            return PyNone.Instance;
        }, "Set the profiling function.");
        m.AddFunction("getprofile", static (ts, self) => ts.ProfileFunction ?? PyNone.Instance,
            "Return the profiling function set with sys.setprofile.");
    }
}
