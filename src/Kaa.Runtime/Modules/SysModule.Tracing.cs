namespace Kaa.Runtime;

/// <summary>
/// sys.settrace/gettrace and sys.setprofile/getprofile: the functions are kept per thread; the VM calls
/// them (Interpreter/Tracing.cs). A C-level profiler (_lsprof) takes the profile function's place, and
/// getprofile returns it then, as in CPython.
/// </summary>
internal static partial class SysModule
{
    private static void AddTracing(PyModule m)
    {
        m.AddFunction("settrace", static (ts, self, function) =>
        {
            ts.TraceFunction = function is PyNone ? null : function;
            return PyNone.Instance;
        }, "settrace(function)\n\nSet the global debug tracing function.  It will be called on each\nfunction call.  See the debugger chapter in the library manual.");
        m.AddFunction("gettrace", static (ts, self) => ts.TraceFunction ?? PyNone.Instance,
            "Return the global debug tracing function set with sys.settrace.\n\nSee the debugger chapter in the library manual.");
        m.AddFunction("setprofile", static (ts, self, function) =>
        {
            ts.ProfileHook = null;
            ts.ProfileFunction = function is PyNone ? null : function;
            return PyNone.Instance;
        }, "setprofile(function)\n\nSet the profiling function.  It will be called on each function call\nand return.  See the profiler chapter in the library manual.");
        m.AddFunction("getprofile", static (ts, self) => ts.ProfileFunction ?? ts.ProfileHook as PyObject ?? PyNone.Instance,
            "Return the profiling function set with sys.setprofile.\n\nSee the profiler chapter in the library manual.");
    }
}
