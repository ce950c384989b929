namespace Kaa.Runtime.Modules.Sre;

/// <summary>The methods of <c>_sre.SRE_Scanner</c>.</summary>
internal static class ScannerSlots
{
    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.AddAttribute("__module__", PyStr.Intern("_sre"));
        type.AddMethod("match", static (ts, self, args, kw) => NoArguments(ts, "match", args, kw) ? ((SreScanner)self).Next(ts, false) : null);
        type.AddMethod("search", static (ts, self, args, kw) => NoArguments(ts, "search", args, kw) ? ((SreScanner)self).Next(ts, true) : null);
        type.AddGetSet("pattern", static (ts, self) => ((SreScanner)self).Pattern);
    }

    /// <summary>The check of a clinic method with only its defining class as parameter.</summary>
    private static bool NoArguments(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (args.Length == 0) return true;
        ts.SetError(PyExc.TypeError, $"{name}() takes no arguments");
        return false;
    }
}
