namespace Kaa.Runtime;

/// <summary><c>sqlite3.Row</c>'s data: the cursor's description (column names) and the row's values.</summary>
internal sealed class PySqliteRow : PyObject
{
    public PyObject Description = PyNone.Instance;
    public PyTuple Data = PyTuple.Empty;

    private PyDict? _dict;
    private readonly PyObject?[]? _slots;

    public PySqliteRow(PyType type) : base(type)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
    }

    public override PyDict? Dict { get => _dict; set => _dict = value; }
    public override PyObject?[]? SlotValues => _slots;
}
