namespace Kaa.Runtime;

/// <summary>_sqlite3's per-interpreter state (CPython's pysqlite_state): the DB-API exception classes, the
/// adapter and converter registries (the dicts the module shows as <c>adapters</c> and <c>converters</c>),
/// whether a base type has an adapter, and enable_callback_tracebacks.</summary>
internal sealed class SqliteState
{
    public PyType Warning = null!, Error = null!, InterfaceError = null!, DatabaseError = null!, InternalError = null!,
        OperationalError = null!, ProgrammingError = null!, IntegrityError = null!, DataError = null!, NotSupportedError = null!;
    public PyDict Adapters = new();
    public PyDict Converters = new();
    public bool BaseTypeAdapted;
    public bool CallbackTracebacks;
}
