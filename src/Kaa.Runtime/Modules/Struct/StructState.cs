namespace Kaa.Runtime;

/// <summary>The struct module's per-interpreter state: its error class and the cache of compiled formats
/// the module-level functions use (cleared when it reaches 100 entries, as CPython's).</summary>
internal sealed class StructState
{
    internal const int MaxCache = 100;

    public PyType? Error;
    public readonly Dictionary<(bool IsBytes, string Text), PyStruct> Cache = new();
}
