using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>The SQLite C API in libsqlite3.so.0 (the library Debian's CPython links _sqlite3 with).</summary>
internal static unsafe partial class SqliteNative
{
    private const string Lib = "libsqlite3.so.0";

    public const int OK = 0, ERROR = 1, INTERNAL = 2, PERM = 3, ABORT = 4, BUSY = 5, LOCKED = 6, NOMEM = 7, READONLY = 8,
        INTERRUPT = 9, IOERR = 10, CORRUPT = 11, NOTFOUND = 12, FULL = 13, CANTOPEN = 14, PROTOCOL = 15, EMPTY = 16,
        SCHEMA = 17, TOOBIG = 18, CONSTRAINT = 19, MISMATCH = 20, MISUSE = 21, RANGE = 25, ROW = 100, DONE = 101;

    public const int INTEGER = 1, FLOAT = 2, TEXT = 3, BLOB = 4, NULL = 5;

    public const int OPEN_READWRITE = 0x2, OPEN_CREATE = 0x4, OPEN_URI = 0x40;
    public const int UTF8 = 1, DETERMINISTIC = 0x800;

    /// <summary>SQLITE_TRANSIENT: SQLite copies bound text and blobs at once.</summary>
    public static readonly nint Transient = -1;

    [LibraryImport(Lib)] public static partial byte* sqlite3_libversion();
    [LibraryImport(Lib)] public static partial int sqlite3_open_v2(byte* filename, nint* db, int flags, byte* vfs);
    [LibraryImport(Lib)] public static partial int sqlite3_close_v2(nint db);
    [LibraryImport(Lib)] public static partial int sqlite3_busy_timeout(nint db, int ms);
    [LibraryImport(Lib)] public static partial int sqlite3_prepare_v2(nint db, byte* sql, int nbyte, nint* stmt, byte** tail);
    [LibraryImport(Lib)] public static partial int sqlite3_step(nint stmt);
    [LibraryImport(Lib)] public static partial int sqlite3_reset(nint stmt);
    [LibraryImport(Lib)] public static partial int sqlite3_finalize(nint stmt);
    [LibraryImport(Lib)] public static partial int sqlite3_stmt_readonly(nint stmt);
    [LibraryImport(Lib)] public static partial int sqlite3_bind_parameter_count(nint stmt);
    [LibraryImport(Lib)] public static partial byte* sqlite3_bind_parameter_name(nint stmt, int index);
    [LibraryImport(Lib)] public static partial int sqlite3_bind_null(nint stmt, int index);
    [LibraryImport(Lib)] public static partial int sqlite3_bind_int64(nint stmt, int index, long value);
    [LibraryImport(Lib)] public static partial int sqlite3_bind_double(nint stmt, int index, double value);
    [LibraryImport(Lib)] public static partial int sqlite3_bind_text(nint stmt, int index, byte* text, int n, nint destructor);
    [LibraryImport(Lib)] public static partial int sqlite3_bind_blob(nint stmt, int index, byte* data, int n, nint destructor);
    [LibraryImport(Lib)] public static partial int sqlite3_column_count(nint stmt);
    [LibraryImport(Lib)] public static partial int sqlite3_column_type(nint stmt, int col);
    [LibraryImport(Lib)] public static partial long sqlite3_column_int64(nint stmt, int col);
    [LibraryImport(Lib)] public static partial double sqlite3_column_double(nint stmt, int col);
    [LibraryImport(Lib)] public static partial byte* sqlite3_column_text(nint stmt, int col);
    [LibraryImport(Lib)] public static partial byte* sqlite3_column_blob(nint stmt, int col);
    [LibraryImport(Lib)] public static partial int sqlite3_column_bytes(nint stmt, int col);
    [LibraryImport(Lib)] public static partial byte* sqlite3_column_name(nint stmt, int col);
    [LibraryImport(Lib)] public static partial byte* sqlite3_column_decltype(nint stmt, int col);
    [LibraryImport(Lib)] public static partial int sqlite3_changes(nint db);
    [LibraryImport(Lib)] public static partial int sqlite3_total_changes(nint db);
    [LibraryImport(Lib)] public static partial long sqlite3_last_insert_rowid(nint db);
    [LibraryImport(Lib)] public static partial int sqlite3_get_autocommit(nint db);
    [LibraryImport(Lib)] public static partial int sqlite3_errcode(nint db);
    [LibraryImport(Lib)] public static partial int sqlite3_extended_errcode(nint db);
    [LibraryImport(Lib)] public static partial byte* sqlite3_errmsg(nint db);
    [LibraryImport(Lib)] public static partial byte* sqlite3_errstr(int code);
    [LibraryImport(Lib)] public static partial int sqlite3_complete(byte* sql);
    [LibraryImport(Lib)] public static partial void sqlite3_interrupt(nint db);
    [LibraryImport(Lib)] public static partial int sqlite3_enable_shared_cache(int enable);
    [LibraryImport(Lib)] public static partial int sqlite3_limit(nint db, int id, int value);
    [LibraryImport(Lib)] public static partial int sqlite3_create_function_v2(nint db, byte* name, int nargs, int flags, nint app,
        nint func, nint step, nint final, nint destroy);
    [LibraryImport(Lib)] public static partial int sqlite3_create_collation_v2(nint db, byte* name, int rep, nint arg, nint compare, nint destroy);
    [LibraryImport(Lib)] public static partial nint sqlite3_user_data(nint context);
    [LibraryImport(Lib)] public static partial nint sqlite3_aggregate_context(nint context, int bytes);
    [LibraryImport(Lib)] public static partial void sqlite3_result_null(nint context);
    [LibraryImport(Lib)] public static partial void sqlite3_result_int64(nint context, long value);
    [LibraryImport(Lib)] public static partial void sqlite3_result_double(nint context, double value);
    [LibraryImport(Lib)] public static partial void sqlite3_result_text(nint context, byte* text, int n, nint destructor);
    [LibraryImport(Lib)] public static partial void sqlite3_result_blob(nint context, byte* data, int n, nint destructor);
    [LibraryImport(Lib)] public static partial void sqlite3_result_error(nint context, byte* message, int n);
    [LibraryImport(Lib)] public static partial void sqlite3_result_error_toobig(nint context);
    [LibraryImport(Lib)] public static partial int sqlite3_value_type(nint value);
    [LibraryImport(Lib)] public static partial long sqlite3_value_int64(nint value);
    [LibraryImport(Lib)] public static partial double sqlite3_value_double(nint value);
    [LibraryImport(Lib)] public static partial byte* sqlite3_value_text(nint value);
    [LibraryImport(Lib)] public static partial byte* sqlite3_value_blob(nint value);
    [LibraryImport(Lib)] public static partial int sqlite3_value_bytes(nint value);

    [LibraryImport(Lib)] public static partial int sqlite3_set_authorizer(nint db, nint callback, nint arg);
    [LibraryImport(Lib)] public static partial void sqlite3_progress_handler(nint db, int n, nint callback, nint arg);
    [LibraryImport(Lib)] public static partial int sqlite3_trace_v2(nint db, uint mask, nint callback, nint arg);
    [LibraryImport(Lib)] public static partial byte* sqlite3_expanded_sql(nint stmt);
    [LibraryImport(Lib)] public static partial byte* sqlite3_sql(nint stmt);
    [LibraryImport(Lib)] public static partial void sqlite3_free(void* p);
    [LibraryImport(Lib)] public static partial nint sqlite3_db_handle(nint stmt);
    public const uint TRACE_STMT = 1;

    [LibraryImport(Lib)] public static partial int sqlite3_blob_open(nint db, byte* dbname, byte* table, byte* column, long row, int flags, nint* blob);
    [LibraryImport(Lib)] public static partial int sqlite3_blob_close(nint blob);
    [LibraryImport(Lib)] public static partial int sqlite3_blob_bytes(nint blob);
    [LibraryImport(Lib)] public static partial int sqlite3_blob_read(nint blob, byte* buffer, int n, int offset);
    [LibraryImport(Lib)] public static partial int sqlite3_blob_write(nint blob, byte* buffer, int n, int offset);
    [LibraryImport(Lib)] public static partial byte* sqlite3_serialize(nint db, byte* schema, long* size, uint flags);
    [LibraryImport(Lib)] public static partial int sqlite3_deserialize(nint db, byte* schema, byte* data, long size, long bufferSize, uint flags);
    [LibraryImport(Lib)] public static partial void* sqlite3_malloc64(ulong n);
    [LibraryImport(Lib)] public static partial int sqlite3_enable_load_extension(nint db, int onoff);
    [LibraryImport(Lib)] public static partial int sqlite3_load_extension(nint db, byte* file, byte* proc, byte** error);
    [LibraryImport(Lib)] public static partial int sqlite3_create_window_function(nint db, byte* name, int nargs, int flags, nint app,
        nint step, nint final, nint value, nint inverse, nint destroy);
    [LibraryImport(Lib)] public static partial nint sqlite3_backup_init(nint dest, byte* destName, nint source, byte* sourceName);
    [LibraryImport(Lib)] public static partial int sqlite3_backup_step(nint backup, int pages);
    [LibraryImport(Lib)] public static partial int sqlite3_backup_finish(nint backup);
    [LibraryImport(Lib)] public static partial int sqlite3_backup_remaining(nint backup);
    [LibraryImport(Lib)] public static partial int sqlite3_backup_pagecount(nint backup);
    [LibraryImport(Lib)] public static partial void sqlite3_sleep(int ms);
    public const uint SERIALIZE_NOCOPY = 1, DESERIALIZE_FREEONCLOSE = 1, DESERIALIZE_RESIZEABLE = 2;

    public static string Text(byte* s) => s == null ? "" : Marshal.PtrToStringUTF8((nint)s) ?? "";
}
