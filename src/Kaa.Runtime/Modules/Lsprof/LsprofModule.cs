namespace Kaa.Runtime;

/// <summary>
/// The <c>_lsprof</c> module (CPython's Modules/_lsprof.c), the engine of <c>cProfile</c>: the
/// <see cref="LsprofProfiler"/> type and the <c>profiler_entry</c>/<c>profiler_subentry</c> structseqs
/// its getstats() returns.
/// </summary>
internal static class LsprofModule
{
    internal static readonly StructSequenceLayout EntryLayout = new("_lsprof.profiler_entry",
        ["code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls"]);
    internal static readonly StructSequenceLayout SubentryLayout = new("_lsprof.profiler_subentry",
        ["code", "callcount", "reccallcount", "totaltime", "inlinetime"]);
    internal static readonly PyType EntryType = PyStructSequence.NewType(EntryLayout, true);
    internal static readonly PyType SubentryType = PyStructSequence.NewType(SubentryLayout, true);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_lsprof", "Fast profiler");
        m.Set("Profiler", LsprofProfiler.TypeObject);
        m.Set("profiler_entry", EntryType);
        m.Set("profiler_subentry", SubentryType);
        return m;
    }
}
