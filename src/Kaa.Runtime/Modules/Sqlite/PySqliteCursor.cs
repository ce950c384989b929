namespace Kaa.Runtime;

/// <summary>
/// <c>sqlite3.Cursor</c>'s data (CPython's pysqlite_Cursor): its connection, the statement being stepped
/// (null when no rows are pending), the per-column converters of the current result, and the DB-API
/// attributes.
/// </summary>
internal sealed class PySqliteCursor : PyObject
{
    public PySqliteConnection? Connection;
    public bool Initialized, Closed, Locked;
    public PyObject Description = PyNone.Instance;
    public long RowCount = -1;
    public PyObject LastRowId = PyNone.Instance;
    public int ArraySize = 1;
    public PyObject RowFactory = PyNone.Instance;
    public SqliteStatement? Statement;
    /// <summary>The converter of each column (null: none), when the connection has detect_types.</summary>
    public PyObject?[]? RowCast;

    private PyDict? _dict;
    private readonly PyObject?[]? _slots;

    public PySqliteCursor(PyType type) : base(type)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
    }

    public override PyDict? Dict { get => _dict; set => _dict = value; }
    public override PyObject?[]? SlotValues => _slots;
}
