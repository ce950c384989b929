namespace Kaa.Runtime;

/// <summary>The <c>_csv</c> module's per-interpreter state (CPython's _csvstate): its error class, the
/// dialect registry (also the module's <c>_dialects</c>) and the field size limit.</summary>
internal sealed class CsvState
{
    public PyType? Error;
    public PyDict Dialects = new();
    public long FieldLimit = 128 * 1024;
}
