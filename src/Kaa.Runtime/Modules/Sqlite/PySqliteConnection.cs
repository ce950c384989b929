namespace Kaa.Runtime;

/// <summary>
/// <c>sqlite3.Connection</c>'s data (CPython's pysqlite_Connection): the <c>sqlite3*</c> (0 once closed),
/// the settings given to __init__, the row and text factories, an LRU cache of prepared statements, and
/// the user functions registered with SQLite (kept alive until the connection closes).
/// </summary>
internal sealed class PySqliteConnection : PyObject
{
    public nint Db;
    public bool Initialized;
    public SqliteState State = null!;
    public int DetectTypes;
    /// <summary>The isolation level ("", "DEFERRED", ...); null is None (autocommit).</summary>
    public string? IsolationLevel = "";
    public bool CheckSameThread = true;
    public long ThreadIdent;
    public PyObject RowFactory = PyNone.Instance;
    public PyObject TextFactory = BuiltinTypes.Str;
    public int CacheSize = 128;

    /// <summary>How many calls into SQLite that may run Python callbacks are in progress on this connection:
    /// closing it meanwhile would free what SQLite is using (CPython crashes), so close() refuses.</summary>
    public int InSqlite;

    /// <summary>The statement cache: most recently used last.</summary>
    public readonly Dictionary<string, LinkedListNode<(string Sql, SqliteStatement Statement)>> Cache = new();
    public readonly LinkedList<(string Sql, SqliteStatement Statement)> CacheOrder = new();

    /// <summary>GC handles of the contexts given to SQLite as user data (functions, aggregates, collations).</summary>
    public readonly List<System.Runtime.InteropServices.GCHandle> Callbacks = new();

    /// <summary>The authorizer, progress handler and trace callback (one each, replaced when set again).</summary>
    public readonly Dictionary<string, System.Runtime.InteropServices.GCHandle> Hooks = new();

    private PyDict? _dict;
    private readonly PyObject?[]? _slots;

    public PySqliteConnection(PyType type) : base(type)
    {
        if (type.HasInstanceDict) _dict = new PyDict();
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
    }

    public override PyDict? Dict { get => _dict; set => _dict = value; }
    public override PyObject?[]? SlotValues => _slots;

    /// <summary>connection_close: finalizes the cached statements and closes the database (close_v2 waits
    /// for statements still held by cursors).</summary>
    public void Close()
    {
        foreach (var (_, statement) in CacheOrder) statement.Finalize_();
        Cache.Clear();
        CacheOrder.Clear();
        nint db = Db;
        Db = 0;
        if (db != 0) SqliteNative.sqlite3_close_v2(db);
        foreach (var h in Callbacks) h.Free();
        Callbacks.Clear();
        foreach (var h in Hooks.Values) h.Free();
        Hooks.Clear();
    }

    ~PySqliteConnection()
    {
        nint db = Db;
        Db = 0;
        if (db != 0) SqliteNative.sqlite3_close_v2(db);
    }
}
