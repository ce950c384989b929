namespace Kaa.Runtime;

/// <summary>
/// A prepared statement (CPython's pysqlite_Statement): the <c>sqlite3_stmt*</c>, whether it is DML
/// (INSERT/UPDATE/DELETE/REPLACE, which open a transaction implicitly), and whether a cursor is stepping
/// it. Finalized by its connection's close, or when collected. Python sees it as <c>sqlite3.Statement</c>
/// only through Connection.__call__.
/// </summary>
internal sealed unsafe class SqliteStatement : PyObject
{
    public static readonly PyType StatementType = PyType.CreateStatic("sqlite3.Statement", (PyType?)null, TypeFlags.NoNew,
        static t => t.AddAttribute("__module__", PyStr.Create("sqlite3")));

    public nint Handle;
    public readonly bool IsDml;
    public bool InUse;

    private SqliteStatement(nint handle, bool isDml) : base(StatementType)
    {
        Handle = handle;
        IsDml = isDml;
    }

    public void Reset()
    {
        if (InUse && Handle != 0) SqliteNative.sqlite3_reset(Handle);
        InUse = false;
    }

    public void Finalize_()
    {
        nint h = Handle;
        Handle = 0;
        if (h != 0) SqliteNative.sqlite3_finalize(h);
    }

    ~SqliteStatement() => Finalize_();

    /// <summary>pysqlite_statement_create: prepares one statement; more than one is a ProgrammingError.</summary>
    public static SqliteStatement? Create(ThreadState ts, PySqliteConnection conn, PyStr sql)
    {
        var state = conn.State;
        var text = sql.ToString();
        if (text.Contains('\0'))
        {
            ts.SetError(state.ProgrammingError, "the query contains a null character");
            return null;
        }
        var bytes = SqliteModule.Utf8(ts, sql);
        if (bytes is null) return null;
        if (bytes.Length - 1 > SqliteNative.sqlite3_limit(conn.Db, 1 /* SQLITE_LIMIT_SQL_LENGTH */, -1))
        {
            ts.SetError(state.DataError, "query string is too large");
            return null;
        }
        nint stmt;
        int rc;
        bool more;
        bool dml;
        fixed (byte* p = bytes)
        {
            byte* tail;
            // The authorizer runs while SQLite prepares.
            using (SqliteCallbacks.Enter(ts, conn)) rc = SqliteNative.sqlite3_prepare_v2(conn.Db, p, bytes.Length, &stmt, &tail);
            more = rc == SqliteNative.OK && SkipSpaceAndComments(tail) != null;
            var start = SkipSpaceAndComments(p);
            dml = start != null && (StartsWith(start, "insert") || StartsWith(start, "update") || StartsWith(start, "delete") || StartsWith(start, "replace"));
        }
        if (rc != SqliteNative.OK)
        {
            SqliteModule.SetError(ts, state, conn.Db);
            return null;
        }
        if (more)
        {
            SqliteNative.sqlite3_finalize(stmt);
            ts.SetError(state.ProgrammingError, "You can only execute one statement at a time.");
            return null;
        }
        if (stmt == 0)
        {
            // Only whitespace or comments: SQLite prepares nothing; stepping it does nothing either.
            return new SqliteStatement(0, false);
        }
        return new SqliteStatement(stmt, dml);
    }

    private static bool StartsWith(byte* p, string word)
    {
        for (int i = 0; i < word.Length; i++)
            if (p[i] == 0 || char.ToLowerInvariant((char)p[i]) != word[i]) return false;
        return true;
    }

    /// <summary>lstrip_sql: the first byte that is not whitespace or inside a comment; null at the end.</summary>
    private static byte* SkipSpaceAndComments(byte* sql)
    {
        for (byte* pos = sql; *pos != 0; pos++)
        {
            switch (*pos)
            {
                case (byte)' ': case (byte)'\t': case (byte)'\f': case (byte)'\n': case (byte)'\r':
                    break;
                case (byte)'-':
                    if (pos[1] != '-') return pos;
                    // -- comment: to the end of the line
                    for (pos += 2; *pos != 0 && *pos != '\n'; pos++) { }
                    if (*pos == 0) return null;
                    break;
                case (byte)'/':
                    if (pos[1] != '*') return pos;
                    // /* comment */
                    for (pos += 2; *pos != 0 && !(pos[0] == '*' && pos[1] == '/'); pos++) { }
                    if (*pos == 0) return null;
                    pos++;
                    break;
                default:
                    return pos;
            }
        }
        return null;
    }
}
