namespace Kaa.Runtime.Modules.Sre;

/// <summary>The methods of <c>_sre.SRE_Scanner</c>.</summary>
internal static class ScannerSlots
{
    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.AddMethod("match", static (ts, self) => ((SreScanner)self).Next(ts, false));
        type.AddMethod("search", static (ts, self) => ((SreScanner)self).Next(ts, true));
        type.AddGetSet("pattern", static (ts, self) => ((SreScanner)self).Pattern);
    }
}
