namespace Kaa.Runtime;

/// <summary>
/// Base of the <c>_csv</c> objects (Dialect, reader, writer). All three types are subclassable, so
/// instances of Python subclasses get their <c>__dict__</c> and <c>__slots__</c> storage here.
/// </summary>
internal abstract class CsvObject : PyObject
{
    private PyDict? _dict;
    private readonly PyObject?[]? _slots;

    protected CsvObject(PyType type) : base(type)
    {
        if (!type.IsHeapType) return;
        if (type.HasInstanceDict) _dict = new PyDict();
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
    }

    public override PyDict? Dict { get => _dict; set => _dict = value; }
    public override Span<PyObject?> SlotValues => _slots;
}
