namespace Kaa.Runtime;

/// <summary>
/// The slots and methods of <c>sqlite3.Cursor</c> (Modules/_sqlite/cursor.c): execute and executemany
/// (statement cache, implicit BEGIN before DML, qmark and named parameters through the adapters,
/// description, rowcount, lastrowid), executescript, and fetching rows (types, text_factory, converters
/// by declared type or column name, row_factory).
/// </summary>
internal static unsafe class SqliteCursorType
{
    private static readonly ArgSpec FetchManySpec = new("fetchmany", ["size"], required: 0, positionalOnly: 0);

    public static readonly PyType Type = PyType.CreateStatic("sqlite3.Cursor", (PyType?)null, TypeFlags.BaseType, Install);

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create("SQLite database cursor class."));
        type.AddAttribute("__module__", PyStr.Create("sqlite3"));
        type.New = static (ts, t, args, kw) => new PySqliteCursor(t);
        type.Init = static (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) { ts.SetError(PyExc.TypeError, "Cursor() takes no keyword arguments"); return -1; }
            if (args.Length != 1) { ts.SetError(PyExc.TypeError, $"Cursor expected 1 argument, got {args.Length}"); return -1; }
            if (args[0] is not PySqliteConnection conn)
            {
                ts.SetError(PyExc.TypeError, $"Cursor() argument 1 must be sqlite3.Connection, not {SqliteModule.TypeName(args[0])}");
                return -1;
            }
            var c = (PySqliteCursor)self;
            c.Connection = conn;
            c.Description = PyNone.Instance;
            c.RowCount = -1;
            c.LastRowId = PyNone.Instance;
            c.ArraySize = 1;
            c.RowFactory = PyNone.Instance;
            c.Statement = null;
            c.Closed = false;
            c.Initialized = true;
            return 0;
        };
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) => Next(ts, (PySqliteCursor)self);
        type.AddMethod("execute", static (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("execute() takes no keyword arguments");
            if (args.Length < 1 || args.Length > 2)
                return ts.TypeError($"execute expected {(args.Length < 1 ? "at least 1 argument" : "at most 2 arguments")}, got {args.Length}");
            if (args[0] is not PyStr sql) return ts.TypeError($"execute() argument 1 must be str, not {SqliteModule.TypeName(args[0])}");
            return Execute(ts, (PySqliteCursor)self, false, sql, args.Length > 1 ? args[1] : null);
        }, "Executes an SQL statement.");
        type.AddMethod("executemany", static (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("executemany() takes no keyword arguments");
            if (args.Length != 2) return ts.TypeError($"executemany expected 2 arguments, got {args.Length}");
            if (args[0] is not PyStr sql) return ts.TypeError($"executemany() argument 1 must be str, not {SqliteModule.TypeName(args[0])}");
            return Execute(ts, (PySqliteCursor)self, true, sql, args[1]);
        }, "Repeatedly executes an SQL statement.");
        type.AddMethod("executescript", static (ts, self, arg) =>
        {
            if (arg is not PyStr sql) return ts.TypeError($"executescript() argument must be str, not {SqliteModule.TypeName(arg)}");
            return ExecuteScript(ts, (PySqliteCursor)self, sql);
        }, "Executes multiple SQL statements at once.");
        type.AddMethod("fetchone", static (ts, self) =>
        {
            var row = Next(ts, (PySqliteCursor)self);
            return row ?? (ts.HasError ? null : PyNone.Instance);
        }, "Fetches one row from the resultset.");
        type.AddMethod("fetchmany", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!FetchManySpec.Parse(ts, args, kw, a)) return null;
            var c = (PySqliteCursor)self;
            int size = c.ArraySize;
            if (a[0] is { } s && !PosixArgs.CInt(ts, s, out size)) return null;
            var list = new PyList();
            // The count is compared after each row, as CPython does: 0 or a negative size fetches everything.
            for (long n = 0; ;)
            {
                var row = Next(ts, c);
                if (row is null) return ts.HasError ? null : list;
                list.Append(row);
                if (++n == size) return list;
            }
        }, "Fetches several rows from the resultset.");
        type.AddMethod("fetchall", static (ts, self) =>
        {
            var c = (PySqliteCursor)self;
            var list = new PyList();
            while (Next(ts, c) is { } row) list.Append(row);
            return ts.HasError ? null : list;
        }, "Fetches all rows from the resultset.");
        type.AddMethod("close", static (ts, self) =>
        {
            var c = (PySqliteCursor)self;
            if (!c.Initialized) return ts.Raise(ts.Interp.GetModuleState<SqliteState>().ProgrammingError, "Base Cursor.__init__ not called.");
            if (!SqliteConnectionType.CheckThread(ts, c.Connection!) || !SqliteConnectionType.CheckOpen(ts, c.Connection!)) return null;
            c.Statement?.Reset();
            c.Statement = null;
            c.Closed = true;
            return PyNone.Instance;
        }, "Closes the cursor.");
        type.AddMethod("setinputsizes", static (ts, self, arg) => PyNone.Instance, "Required by DB-API. Does nothing in sqlite3.");
        type.AddMethod("setoutputsize", static (ts, self, args, kw) =>
        {
            if (args.Length < 1 || args.Length > 2)
                return ts.TypeError($"setoutputsize expected {(args.Length < 1 ? "at least 1 argument" : "at most 2 arguments")}, got {args.Length}");
            return PyNone.Instance;
        }, "Required by DB-API. Does nothing in sqlite3.");
        type.AddMember("connection", static (ts, self) => (PyObject?)((PySqliteCursor)self).Connection ?? PyNone.Instance);
        type.AddMember("description", static (ts, self) => ((PySqliteCursor)self).Description);
        type.AddMember("lastrowid", static (ts, self) => ((PySqliteCursor)self).LastRowId);
        type.AddMember("rowcount", static (ts, self) => PyInt.Create(((PySqliteCursor)self).RowCount));
        type.AddMember("arraysize", static (ts, self) => PyInt.Create(((PySqliteCursor)self).ArraySize), static (ts, self, v) =>
        {
            if (v is null) { ts.SetError(PyExc.TypeError, "can't delete numeric/char attribute"); return -1; }
            if (!PosixArgs.CInt(ts, v, out int size)) return -1;
            ((PySqliteCursor)self).ArraySize = size;
            return 0;
        });
        type.AddMember("row_factory", static (ts, self) => ((PySqliteCursor)self).RowFactory, static (ts, self, v) =>
        {
            ((PySqliteCursor)self).RowFactory = v ?? PyNone.Instance;
            return 0;
        });
    }

    /// <summary>check_cursor: initialised, open, connection usable, not already running.</summary>
    private static bool Check(ThreadState ts, PySqliteCursor c)
    {
        if (!c.Initialized)
        {
            ts.SetError(ts.Interp.GetModuleState<SqliteState>().ProgrammingError, "Base Cursor.__init__ not called.");
            return false;
        }
        if (c.Closed)
        {
            ts.SetError(c.Connection!.State.ProgrammingError, "Cannot operate on a closed cursor.");
            return false;
        }
        if (c.Locked)
        {
            ts.SetError(c.Connection!.State.ProgrammingError, "Recursive use of cursors not allowed.");
            return false;
        }
        return SqliteConnectionType.CheckThread(ts, c.Connection!) && SqliteConnectionType.CheckOpen(ts, c.Connection!);
    }

    /// <summary>_pysqlite_query_execute.</summary>
    private static PyObject? Execute(ThreadState ts, PySqliteCursor c, bool many, PyStr sql, PyObject? parameters)
    {
        if (!Check(ts, c)) return null;
        c.Locked = true;
        try
        {
            if (!ExecuteLocked(ts, c, many, sql, parameters))
            {
                c.RowCount = -1;
                return null;
            }
            return c;
        }
        finally
        {
            c.Locked = false;
        }
    }

    private static bool ExecuteLocked(ThreadState ts, PySqliteCursor c, bool many, PyStr sql, PyObject? parameters)
    {
        var conn = c.Connection!;
        var state = conn.State;
        PyObject iterator;
        if (many)
        {
            var it = parameters!.Type.IterNext is not null ? parameters : Protocols.GetIter(ts, parameters!);
            if (it is null) return false;
            iterator = it;
        }
        else
        {
            var it = Protocols.GetIter(ts, PyTuple.Create(parameters ?? PyTuple.Empty));
            if (it is null) return false;
            iterator = it;
        }
        c.Statement?.Reset();
        c.Description = PyNone.Instance;
        var statement = CachedStatement(ts, conn, sql);
        c.Statement = statement;
        if (statement is null) return false;
        if (many && statement.Handle != 0 && SqliteNative.sqlite3_stmt_readonly(statement.Handle) != 0)
        {
            ts.SetError(state.ProgrammingError, "executemany() can only execute DML statements.");
            return false;
        }
        if (statement.InUse)
        {
            statement = SqliteStatement.Create(ts, conn, sql);
            c.Statement = statement;
            if (statement is null) return false;
        }
        statement.Reset();
        statement.InUse = true;
        c.RowCount = statement.IsDml ? 0 : -1;
        if (conn.IsolationLevel is not null && statement.IsDml && SqliteNative.sqlite3_get_autocommit(conn.Db) != 0)
        {
            if (!SqliteConnectionType.Begin(ts, conn)) return false;
        }
        while (true)
        {
            var ps = Protocols.Next(ts, iterator);
            if (ps is null)
            {
                if (ts.HasError) return false;
                break;
            }
            statement.InUse = true;
            if (!SqliteBinding.BindParameters(ts, state, statement, ps)) return false;
            int rc = Step(ts, conn, statement);
            if (rc != SqliteNative.DONE && rc != SqliteNative.ROW)
            {
                if (ts.HasError) SqliteCallbacks.ReportCallbackError(ts, state);
                statement.Reset();
                SqliteModule.SetError(ts, state, conn.Db);
                return false;
            }
            // A collation's exception is left set while SQLite carries on: it fails the call.
            if (ts.HasError) return false;
            if (!BuildRowCast(ts, c, statement)) return false;
            int columns = statement.Handle == 0 ? 0 : SqliteNative.sqlite3_column_count(statement.Handle);
            if (c.Description is PyNone && columns > 0)
            {
                var items = new PyObject[columns];
                for (int i = 0; i < columns; i++)
                {
                    var name = ColumnName(c, SqliteNative.sqlite3_column_name(statement.Handle, i));
                    items[i] = PyTuple.Create([name, PyNone.Instance, PyNone.Instance, PyNone.Instance, PyNone.Instance, PyNone.Instance, PyNone.Instance]);
                }
                c.Description = PyTuple.Create(items);
            }
            if (rc == SqliteNative.DONE && !many)
            {
                if (statement.IsDml) c.RowCount = SqliteNative.sqlite3_changes(conn.Db);
                statement.Reset();
                c.Statement = null;
            }
            if (many)
            {
                if (statement.IsDml && rc == SqliteNative.DONE) c.RowCount += SqliteNative.sqlite3_changes(conn.Db);
                statement.Reset();
            }
        }
        if (!many) c.LastRowId = PyInt.Create(SqliteNative.sqlite3_last_insert_rowid(conn.Db));
        return true;
    }

    /// <summary>sqlite3_step with the GIL released (callbacks take it back); a statement SQLite prepared as
    /// nothing (only comments) is done at once.</summary>
    private static int Step(ThreadState ts, PySqliteConnection conn, SqliteStatement statement)
    {
        if (statement.Handle == 0) return SqliteNative.DONE;
        using (SqliteCallbacks.Enter(ts, conn, releaseGil: true)) return SqliteNative.sqlite3_step(statement.Handle);
    }

    /// <summary>The connection's LRU statement cache (cached_statements entries).</summary>
    private static SqliteStatement? CachedStatement(ThreadState ts, PySqliteConnection conn, PyStr sql)
    {
        var key = sql.ToString();
        if (conn.Cache.TryGetValue(key, out var node))
        {
            conn.CacheOrder.Remove(node);
            conn.CacheOrder.AddLast(node);
            return node.Value.Statement;
        }
        var statement = SqliteStatement.Create(ts, conn, sql);
        if (statement is null || conn.CacheSize <= 0) return statement;
        while (conn.Cache.Count >= conn.CacheSize && conn.CacheOrder.First is { } oldest)
        {
            conn.CacheOrder.RemoveFirst();
            conn.Cache.Remove(oldest.Value.Sql);
        }
        conn.Cache[key] = conn.CacheOrder.AddLast((key, statement));
        return statement;
    }

    /// <summary>_pysqlite_build_column_name: with PARSE_COLNAMES the name stops before " [type]".</summary>
    private static PyStr ColumnName(PySqliteCursor c, byte* name)
    {
        var text = SqliteNative.Text(name);
        if ((c.Connection!.DetectTypes & SqliteModule.ParseColnames) == 0) return PyStr.Create(text);
        int bracket = text.IndexOf('[');
        if (bracket < 0) return PyStr.Create(text);
        if (bracket > 0 && text[bracket - 1] == ' ') bracket--;
        return PyStr.Create(text[..bracket]);
    }

    /// <summary>pysqlite_build_row_cast_map: a converter per column from "name [type]" or the declared type.</summary>
    private static bool BuildRowCast(ThreadState ts, PySqliteCursor c, SqliteStatement statement)
    {
        var conn = c.Connection!;
        c.RowCast = null;
        if (conn.DetectTypes == 0 || statement.Handle == 0) return true;
        int columns = SqliteNative.sqlite3_column_count(statement.Handle);
        var map = new PyObject?[columns];
        for (int i = 0; i < columns; i++)
        {
            PyObject? converter = null;
            if ((conn.DetectTypes & SqliteModule.ParseColnames) != 0)
            {
                var name = SqliteNative.Text(SqliteNative.sqlite3_column_name(statement.Handle, i));
                int open = name.IndexOf('[');
                if (open >= 0)
                {
                    int close = name.IndexOf(']', open + 1);
                    if (close >= 0 && !Converter(ts, conn, name[(open + 1)..close], out converter)) return false;
                }
            }
            if (converter is null && (conn.DetectTypes & SqliteModule.ParseDecltypes) != 0)
            {
                var decl = SqliteNative.sqlite3_column_decltype(statement.Handle, i);
                if (decl != null)
                {
                    var text = SqliteNative.Text(decl);
                    int end = text.IndexOfAny([' ', '(']);
                    if (end >= 0) text = text[..end];
                    if (!Converter(ts, conn, text, out converter)) return false;
                }
            }
            map[i] = converter;
        }
        c.RowCast = map;
        return true;
    }

    /// <summary>_pysqlite_get_converter: converters[name.upper()], or none.</summary>
    private static bool Converter(ThreadState ts, PySqliteConnection conn, string name, out PyObject? converter)
    {
        converter = null;
        var upper = Protocols.CallMethod(ts, PyStr.Create(name), "upper", []);
        if (upper is null) return false;
        int found = conn.State.Converters.TryGetItem(ts, upper, out converter);
        return found >= 0;
    }

    /// <summary>pysqlite_cursor_iternext: the pending row (through row_factory), stepping to the next.</summary>
    private static PyObject? Next(ThreadState ts, PySqliteCursor c)
    {
        if (!Check(ts, c)) return null;
        var statement = c.Statement;
        if (statement is null || statement.Handle == 0) return null;
        var conn = c.Connection!;
        var row = FetchRow(ts, c, statement);
        if (row is null) return null;
        int rc = Step(ts, conn, statement);
        if (rc == SqliteNative.DONE)
        {
            if (statement.IsDml) c.RowCount = SqliteNative.sqlite3_changes(conn.Db);
            statement.Reset();
            c.Statement = null;
        }
        else if (rc != SqliteNative.ROW)
        {
            if (ts.HasError) SqliteCallbacks.ReportCallbackError(ts, conn.State);
            SqliteModule.SetError(ts, conn.State, conn.Db);
            statement.Reset();
            c.Statement = null;
            return null;
        }
        if (c.RowFactory is not PyNone) return Protocols.Call(ts, c.RowFactory, [c, row], null);
        return row;
    }

    /// <summary>_pysqlite_fetch_one_row: one tuple of the current row's values.</summary>
    private static PyTuple? FetchRow(ThreadState ts, PySqliteCursor c, SqliteStatement statement)
    {
        nint st = statement.Handle;
        int n = SqliteNative.sqlite3_column_count(st);
        var values = new PyObject[n];
        var conn = c.Connection!;
        for (int i = 0; i < n; i++)
        {
            var converter = c.RowCast is { } map && i < map.Length ? map[i] : null;
            PyObject? value;
            if (converter is not null && converter is not PyNone)
            {
                var blob = SqliteNative.sqlite3_column_blob(st, i);
                if (blob == null) value = PyNone.Instance;
                else
                {
                    int bytes = SqliteNative.sqlite3_column_bytes(st, i);
                    value = Protocols.Call(ts, converter, [PyBytes.Create(new ReadOnlySpan<byte>(blob, bytes).ToArray())], null);
                }
            }
            else
            {
                switch (SqliteNative.sqlite3_column_type(st, i))
                {
                    case SqliteNative.NULL:
                        value = PyNone.Instance;
                        break;
                    case SqliteNative.INTEGER:
                        value = PyInt.Create(SqliteNative.sqlite3_column_int64(st, i));
                        break;
                    case SqliteNative.FLOAT:
                        value = PyFloat.Create(SqliteNative.sqlite3_column_double(st, i));
                        break;
                    case SqliteNative.TEXT:
                        value = Text(ts, conn, st, i);
                        break;
                    default:
                    {
                        var blob = SqliteNative.sqlite3_column_blob(st, i);
                        int bytes = SqliteNative.sqlite3_column_bytes(st, i);
                        value = PyBytes.Create(blob == null ? [] : new ReadOnlySpan<byte>(blob, bytes).ToArray());
                        break;
                    }
                }
            }
            if (value is null) return null;
            values[i] = value;
        }
        return PyTuple.Create(values);
    }

    /// <summary>A TEXT value through the connection's text_factory (str decodes strictly, with CPython's message).</summary>
    private static PyObject? Text(ThreadState ts, PySqliteConnection conn, nint st, int i)
    {
        var text = SqliteNative.sqlite3_column_text(st, i);
        int n = SqliteNative.sqlite3_column_bytes(st, i);
        var bytes = text == null ? [] : new ReadOnlySpan<byte>(text, n).ToArray();
        var factory = conn.TextFactory;
        if (factory == BuiltinTypes.Str)
        {
            var s = UnicodeCodecs.Decode(ts, bytes, UnicodeCodecs.Codec.Utf8, "strict");
            if (s is not null) return s;
            if (!ts.CurrentException!.Type.IsSubtypeOf(PyExc.UnicodeDecodeError)) return null;
            ts.ClearError();
            // The message is built from the raw bytes, then decoded as ASCII with "replace", as CPython does.
            byte[] message = [.. "Could not decode to UTF-8 column '"u8, .. CString(SqliteNative.sqlite3_column_name(st, i)),
                .. "' with text '"u8, .. bytes, .. "'"u8];
            var ascii = new System.Text.StringBuilder();
            foreach (var b in message) ascii.Append(b < 128 ? (char)b : '\ufffd');
            return ts.Raise(conn.State.OperationalError, ascii.ToString());
        }
        if (factory == BuiltinTypes.Bytes) return PyBytes.Create(bytes);
        if (factory == BuiltinTypes.ByteArray) return Protocols.Call(ts, BuiltinTypes.ByteArray, [PyBytes.Create(bytes)], null);
        return Protocols.Call(ts, factory, [PyBytes.Create(bytes)], null);
    }

    private static ReadOnlySpan<byte> CString(byte* s) =>
        s == null ? default : System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpanFromNullTerminated(s);

    /// <summary>executescript: commits first, then runs each statement in turn (sqlite3_prepare_v2 over the tail).</summary>
    private static PyObject? ExecuteScript(ThreadState ts, PySqliteCursor c, PyStr script)
    {
        if (!Check(ts, c)) return null;
        var conn = c.Connection!;
        var bytes = SqliteModule.Utf8(ts, script);
        if (bytes is null) return null;
        if (Array.IndexOf(bytes, (byte)0) < bytes.Length - 1)
            return ts.Raise(PyExc.ValueError, "embedded null character");
        if (SqliteConnectionType.EndTransaction(ts, conn, "COMMIT"u8) is null) return null;
        fixed (byte* start = bytes)
        {
            byte* tail = start;
            while (true)
            {
                nint stmt;
                byte* next;
                int rc;
                using (SqliteCallbacks.Enter(ts, conn)) rc = SqliteNative.sqlite3_prepare_v2(conn.Db, tail, -1, &stmt, &next);
                if (rc != SqliteNative.OK)
                {
                    SqliteModule.SetError(ts, conn.State, conn.Db);
                    return null;
                }
                if (stmt != 0)
                {
                    using (SqliteCallbacks.Enter(ts, conn, releaseGil: true))
                        do rc = SqliteNative.sqlite3_step(stmt); while (rc == SqliteNative.ROW);
                    int frc = SqliteNative.sqlite3_finalize(stmt);
                    if (rc != SqliteNative.DONE || frc != SqliteNative.OK)
                    {
                        if (ts.HasError) SqliteCallbacks.ReportCallbackError(ts, conn.State);
                        SqliteModule.SetError(ts, conn.State, conn.Db);
                        return null;
                    }
                }
                if (*next == 0) break;
                tail = next;
            }
        }
        return c;
    }
}
