namespace Kaa.Runtime;

/// <summary>
/// <c>_sqlite3</c> (Modules/_sqlite/module.c) over libsqlite3 (<see cref="SqliteNative"/>): connect(), the
/// adapter and converter registries, complete_statement(), the DB-API exceptions and SQLite's constants.
/// Connection, Cursor, Row, Blob and PrepareProtocol are their own files.
/// </summary>
internal static unsafe class SqliteModule
{
    internal const int ParseDecltypes = 1, ParseColnames = 2;

    private static readonly (string Name, int Value)[] Constants =
    [
        ("SQLITE_ABORT", 4), ("SQLITE_ABORT_ROLLBACK", 516), ("SQLITE_ALTER_TABLE", 26), ("SQLITE_ANALYZE", 28), ("SQLITE_ATTACH", 24), ("SQLITE_AUTH", 23), ("SQLITE_AUTH_USER", 279), ("SQLITE_BUSY", 5), ("SQLITE_BUSY_RECOVERY", 261), ("SQLITE_BUSY_SNAPSHOT", 517), ("SQLITE_BUSY_TIMEOUT", 773), ("SQLITE_CANTOPEN", 14), ("SQLITE_CANTOPEN_CONVPATH", 1038), ("SQLITE_CANTOPEN_DIRTYWAL", 1294), ("SQLITE_CANTOPEN_FULLPATH", 782), ("SQLITE_CANTOPEN_ISDIR", 526), ("SQLITE_CANTOPEN_NOTEMPDIR", 270), ("SQLITE_CANTOPEN_SYMLINK", 1550), ("SQLITE_CONSTRAINT", 19), ("SQLITE_CONSTRAINT_CHECK", 275), ("SQLITE_CONSTRAINT_COMMITHOOK", 531), ("SQLITE_CONSTRAINT_FOREIGNKEY", 787), ("SQLITE_CONSTRAINT_FUNCTION", 1043), ("SQLITE_CONSTRAINT_NOTNULL", 1299), ("SQLITE_CONSTRAINT_PINNED", 2835), ("SQLITE_CONSTRAINT_PRIMARYKEY", 1555), ("SQLITE_CONSTRAINT_ROWID", 2579), ("SQLITE_CONSTRAINT_TRIGGER", 1811), ("SQLITE_CONSTRAINT_UNIQUE", 2067), ("SQLITE_CONSTRAINT_VTAB", 2323), ("SQLITE_CORRUPT", 11), ("SQLITE_CORRUPT_INDEX", 779), ("SQLITE_CORRUPT_SEQUENCE", 523), ("SQLITE_CORRUPT_VTAB", 267), ("SQLITE_CREATE_INDEX", 1), ("SQLITE_CREATE_TABLE", 2), ("SQLITE_CREATE_TEMP_INDEX", 3), ("SQLITE_CREATE_TEMP_TABLE", 4), ("SQLITE_CREATE_TEMP_TRIGGER", 5), ("SQLITE_CREATE_TEMP_VIEW", 6), ("SQLITE_CREATE_TRIGGER", 7), ("SQLITE_CREATE_VIEW", 8), ("SQLITE_CREATE_VTABLE", 29), ("SQLITE_DELETE", 9), ("SQLITE_DENY", 1), ("SQLITE_DETACH", 25), ("SQLITE_DONE", 101), ("SQLITE_DROP_INDEX", 10), ("SQLITE_DROP_TABLE", 11), ("SQLITE_DROP_TEMP_INDEX", 12), ("SQLITE_DROP_TEMP_TABLE", 13), ("SQLITE_DROP_TEMP_TRIGGER", 14), ("SQLITE_DROP_TEMP_VIEW", 15), ("SQLITE_DROP_TRIGGER", 16), ("SQLITE_DROP_VIEW", 17), ("SQLITE_DROP_VTABLE", 30), ("SQLITE_EMPTY", 16), ("SQLITE_ERROR", 1), ("SQLITE_ERROR_MISSING_COLLSEQ", 257), ("SQLITE_ERROR_RETRY", 513), ("SQLITE_ERROR_SNAPSHOT", 769), ("SQLITE_FORMAT", 24), ("SQLITE_FULL", 13), ("SQLITE_FUNCTION", 31), ("SQLITE_IGNORE", 2), ("SQLITE_INSERT", 18), ("SQLITE_INTERNAL", 2), ("SQLITE_INTERRUPT", 9), ("SQLITE_IOERR", 10), ("SQLITE_IOERR_ACCESS", 3338), ("SQLITE_IOERR_AUTH", 7178), ("SQLITE_IOERR_BEGIN_ATOMIC", 7434), ("SQLITE_IOERR_BLOCKED", 2826), ("SQLITE_IOERR_CHECKRESERVEDLOCK", 3594), ("SQLITE_IOERR_CLOSE", 4106), ("SQLITE_IOERR_COMMIT_ATOMIC", 7690), ("SQLITE_IOERR_CONVPATH", 6666), ("SQLITE_IOERR_CORRUPTFS", 8458), ("SQLITE_IOERR_DATA", 8202), ("SQLITE_IOERR_DELETE", 2570), ("SQLITE_IOERR_DELETE_NOENT", 5898), ("SQLITE_IOERR_DIR_CLOSE", 4362), ("SQLITE_IOERR_DIR_FSYNC", 1290), ("SQLITE_IOERR_FSTAT", 1802), ("SQLITE_IOERR_FSYNC", 1034), ("SQLITE_IOERR_GETTEMPPATH", 6410), ("SQLITE_IOERR_LOCK", 3850), ("SQLITE_IOERR_MMAP", 6154), ("SQLITE_IOERR_NOMEM", 3082), ("SQLITE_IOERR_RDLOCK", 2314), ("SQLITE_IOERR_READ", 266), ("SQLITE_IOERR_ROLLBACK_ATOMIC", 7946), ("SQLITE_IOERR_SEEK", 5642), ("SQLITE_IOERR_SHMLOCK", 5130), ("SQLITE_IOERR_SHMMAP", 5386), ("SQLITE_IOERR_SHMOPEN", 4618), ("SQLITE_IOERR_SHMSIZE", 4874), ("SQLITE_IOERR_SHORT_READ", 522), ("SQLITE_IOERR_TRUNCATE", 1546), ("SQLITE_IOERR_UNLOCK", 2058), ("SQLITE_IOERR_VNODE", 6922), ("SQLITE_IOERR_WRITE", 778), ("SQLITE_LIMIT_ATTACHED", 7), ("SQLITE_LIMIT_COLUMN", 2), ("SQLITE_LIMIT_COMPOUND_SELECT", 4), ("SQLITE_LIMIT_EXPR_DEPTH", 3), ("SQLITE_LIMIT_FUNCTION_ARG", 6), ("SQLITE_LIMIT_LENGTH", 0), ("SQLITE_LIMIT_LIKE_PATTERN_LENGTH", 8), ("SQLITE_LIMIT_SQL_LENGTH", 1), ("SQLITE_LIMIT_TRIGGER_DEPTH", 10), ("SQLITE_LIMIT_VARIABLE_NUMBER", 9), ("SQLITE_LIMIT_VDBE_OP", 5), ("SQLITE_LIMIT_WORKER_THREADS", 11), ("SQLITE_LOCKED", 6), ("SQLITE_LOCKED_SHAREDCACHE", 262), ("SQLITE_LOCKED_VTAB", 518), ("SQLITE_MISMATCH", 20), ("SQLITE_MISUSE", 21), ("SQLITE_NOLFS", 22), ("SQLITE_NOMEM", 7), ("SQLITE_NOTADB", 26), ("SQLITE_NOTFOUND", 12), ("SQLITE_NOTICE", 27), ("SQLITE_NOTICE_RECOVER_ROLLBACK", 539), ("SQLITE_NOTICE_RECOVER_WAL", 283), ("SQLITE_OK", 0), ("SQLITE_OK_LOAD_PERMANENTLY", 256), ("SQLITE_OK_SYMLINK", 512), ("SQLITE_PERM", 3), ("SQLITE_PRAGMA", 19), ("SQLITE_PROTOCOL", 15), ("SQLITE_RANGE", 25), ("SQLITE_READ", 20), ("SQLITE_READONLY", 8), ("SQLITE_READONLY_CANTINIT", 1288), ("SQLITE_READONLY_CANTLOCK", 520), ("SQLITE_READONLY_DBMOVED", 1032), ("SQLITE_READONLY_DIRECTORY", 1544), ("SQLITE_READONLY_RECOVERY", 264), ("SQLITE_READONLY_ROLLBACK", 776), ("SQLITE_RECURSIVE", 33), ("SQLITE_REINDEX", 27), ("SQLITE_ROW", 100), ("SQLITE_SAVEPOINT", 32), ("SQLITE_SCHEMA", 17), ("SQLITE_SELECT", 21), ("SQLITE_TOOBIG", 18), ("SQLITE_TRANSACTION", 22), ("SQLITE_UPDATE", 23), ("SQLITE_WARNING", 28), ("SQLITE_WARNING_AUTOINDEX", 284),
    ];

    /// <summary>The SQLite result codes by value (pysqlite_error_name), for sqlite_errorname: the error codes
    /// only (the authorizer and limit constants share their values).</summary>
    private static readonly Dictionary<int, string> ErrorNames = BuildErrorNames();

    private static Dictionary<int, string> BuildErrorNames()
    {
        string[] primaries = ["ABORT", "AUTH", "BUSY", "CANTOPEN", "CONSTRAINT", "CORRUPT", "DONE", "EMPTY", "ERROR", "FORMAT",
            "FULL", "INTERNAL", "INTERRUPT", "IOERR", "LOCKED", "MISMATCH", "MISUSE", "NOLFS", "NOMEM", "NOTADB", "NOTFOUND",
            "NOTICE", "OK", "PERM", "PROTOCOL", "RANGE", "READONLY", "ROW", "SCHEMA", "TOOBIG", "WARNING"];
        var names = new Dictionary<int, string>();
        foreach (var (name, value) in Constants)
        {
            var rest = name["SQLITE_".Length..];
            int us = rest.IndexOf('_');
            var primary = us < 0 ? rest : rest[..us];
            if (Array.IndexOf(primaries, primary) >= 0 && !(us > 0 && primary is "OK" or "DONE" or "ROW" && !rest.StartsWith("OK_")))
                names.TryAdd(value, name);
        }
        return names;
    }

    private const string ConnectDoc = "Opens a connection to the SQLite database file database.\n\nYou can use \":memory:\" to open a database connection to a database that resides\nin RAM instead of on disk.";

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_sqlite3", null);
        var state = ts.Interp.GetModuleState<SqliteState>();
        PyType? Exc(string name, PyType @base) => ExceptionClass.Create(ts, "sqlite3." + name, @base);
        if ((state.Warning = Exc("Warning", PyExc.Exception)!) is null
            || (state.Error = Exc("Error", PyExc.Exception)!) is null
            || (state.InterfaceError = Exc("InterfaceError", state.Error)!) is null
            || (state.DatabaseError = Exc("DatabaseError", state.Error)!) is null
            || (state.InternalError = Exc("InternalError", state.DatabaseError)!) is null
            || (state.OperationalError = Exc("OperationalError", state.DatabaseError)!) is null
            || (state.ProgrammingError = Exc("ProgrammingError", state.DatabaseError)!) is null
            || (state.IntegrityError = Exc("IntegrityError", state.DatabaseError)!) is null
            || (state.DataError = Exc("DataError", state.DatabaseError)!) is null
            || (state.NotSupportedError = Exc("NotSupportedError", state.DatabaseError)!) is null)
            return null;
        foreach (var (name, type) in ExceptionTable(state)) m.Set(name, type);
        m.Set("Connection", SqliteConnectionType.Type);
        m.Set("Cursor", SqliteCursorType.Type);
        m.Set("Row", SqliteRowType.Type);
        m.Set("PrepareProtocol", SqlitePrepareProtocol.Type);
        m.Set("Blob", SqliteBlobType.Type);
        foreach (var (name, value) in Constants) m.Set(name, PyInt.Create(value));
        m.Set("PARSE_DECLTYPES", PyInt.Create(ParseDecltypes));
        m.Set("PARSE_COLNAMES", PyInt.Create(ParseColnames));
        m.Set("version", PyStr.Create("2.6.0"));
        m.Set("sqlite_version", PyStr.Create(SqliteNative.Text(SqliteNative.sqlite3_libversion())));
        m.Set("threadsafety", PyInt.Create(3));
        m.Set("adapters", state.Adapters);
        m.Set("converters", state.Converters);
        m.AddFunction("connect", Connect, ConnectDoc);
        m.AddFunction("complete_statement", static (ts, _, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!CompleteSpec.Parse(ts, args, kw, a)) return null;
            if (a[0] is not PyStr s) return ts.TypeError($"complete_statement() argument 'statement' must be str, not {TypeName(a[0]!)}");
            var sql = Utf8(ts, s);
            if (sql is null) return null;
            fixed (byte* p = sql) return PyBool.From(SqliteNative.sqlite3_complete(p) != 0);
        }, "Checks if a string contains a complete SQL statement.");
        m.AddFunction("register_adapter", static (ts, _, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("register_adapter() takes no keyword arguments");
            if (args.Length != 2) return ts.TypeError($"register_adapter expected 2 arguments, got {args.Length}");
            var st = ts.Interp.GetModuleState<SqliteState>();
            if (args[0] == BuiltinTypes.Int || args[0] == BuiltinTypes.Float || args[0] == BuiltinTypes.Str || args[0] == BuiltinTypes.ByteArray)
                st.BaseTypeAdapted = true;
            if (!st.Adapters.SetItem(ts, PyTuple.Create(args[0], SqlitePrepareProtocol.Type), args[1])) return null;
            return PyNone.Instance;
        }, "Register a function to adapt Python objects to SQLite values.");
        m.AddFunction("register_converter", static (ts, _, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("register_converter() takes no keyword arguments");
            if (args.Length != 2) return ts.TypeError($"register_converter expected 2 arguments, got {args.Length}");
            if (args[0] is not PyStr) return ts.TypeError($"register_converter() argument 1 must be str, not {TypeName(args[0])}");
            var upper = Protocols.CallMethod(ts, args[0], "upper", []);
            if (upper is null) return null;
            if (!ts.Interp.GetModuleState<SqliteState>().Converters.SetItem(ts, upper, args[1])) return null;
            return PyNone.Instance;
        }, "Register a function to convert SQLite values to Python objects.");
        m.AddFunction("adapt", static (ts, _, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("adapt() takes no keyword arguments");
            if (args.Length < 1 || args.Length > 3) return ts.TypeError($"adapt expected {(args.Length < 1 ? "at least 1 argument" : "at most 3 arguments")}, got {args.Length}");
            var proto = args.Length > 1 ? args[1] : SqlitePrepareProtocol.Type;
            return Adapt(ts, args[0], proto, args.Length > 2 ? args[2] : null);
        }, "Adapt given object to given protocol.");
        m.AddFunction("enable_callback_tracebacks", static (ts, _, arg) =>
        {
            if (arg is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
            int on = Protocols.IsTrue(ts, arg);
            if (on < 0) return null;
            ts.Interp.GetModuleState<SqliteState>().CallbackTracebacks = on != 0;
            return PyNone.Instance;
        }, "Enable or disable callback functions throwing errors to stderr.");
        m.AddFunction("enable_shared_cache", static (ts, _, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!SharedCacheSpec.Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.CInt(ts, a[0]!, out int enable)) return null;
            if (SqliteNative.sqlite3_enable_shared_cache(enable) != SqliteNative.OK)
                return ts.Raise(ts.Interp.GetModuleState<SqliteState>().OperationalError, "Changing the shared_cache flag failed");
            return PyNone.Instance;
        },
            "Enable or disable shared cache mode for the calling thread.\n\nThis method is deprecated and will be removed in Python 3.12.\nShared cache is strongly discouraged by the SQLite 3 documentation.\nIf shared cache must be used, open the database in URI mode using\nthe cache=shared query parameter.");
        return m;
    }

    private static readonly ArgSpec SharedCacheSpec = new("enable_shared_cache", ["do_enable"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec CompleteSpec = new("complete_statement", ["statement"], required: 1, positionalOnly: 0);

    internal static (string, PyType)[] ExceptionTable(SqliteState s) =>
    [
        ("Warning", s.Warning), ("Error", s.Error), ("InterfaceError", s.InterfaceError), ("DatabaseError", s.DatabaseError),
        ("InternalError", s.InternalError), ("OperationalError", s.OperationalError), ("ProgrammingError", s.ProgrammingError),
        ("IntegrityError", s.IntegrityError), ("DataError", s.DataError), ("NotSupportedError", s.NotSupportedError),
    ];

    /// <summary>module_connect: factory (default Connection) called with the other arguments.</summary>
    private static PyObject? Connect(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Length ?? 0, npos = args.Length - nkw;
        PyObject factory = SqliteConnectionType.Type;
        var rest = new List<PyObject>();
        var restNames = new List<PyObject>();
        for (int i = 0; i < npos; i++)
        {
            if (i == 5) factory = args[i];
            rest.Add(args[i]);
        }
        for (int i = 0; i < nkw; i++)
        {
            if (kwnames!.Items[i] is PyStr k && k.ToString() == "factory") factory = args[npos + i];
            restNames.Add(kwnames.Items[i]);
            rest.Add(args[npos + i]);
        }
        return Protocols.Call(ts, factory, rest.ToArray(), restNames.Count > 0 ? PyTuple.Create(restNames.ToArray()) : null);
    }

    /// <summary>pysqlite_microprotocols_adapt: a registered adapter, then proto.__adapt__, then obj.__conform__,
    /// then <paramref name="alt"/>, else ProgrammingError("can't adapt").</summary>
    internal static PyObject? Adapt(ThreadState ts, PyObject obj, PyObject proto, PyObject? alt)
    {
        var state = ts.Interp.GetModuleState<SqliteState>();
        int found = state.Adapters.TryGetItem(ts, PyTuple.Create(obj.Type, proto), out var adapter);
        if (found < 0) return null;
        if (found > 0) return Protocols.Call(ts, adapter!, [obj], null);
        foreach (var (target, name, arg) in new[] { (proto, "__adapt__", obj), (obj, "__conform__", proto) })
        {
            var method = Protocols.GetAttr(ts, target, PyStr.Intern(name));
            if (method is null)
            {
                if (!ts.CurrentException!.Type.IsSubtypeOf(PyExc.AttributeError)) return null;
                ts.ClearError();
                continue;
            }
            var r = Protocols.Call(ts, method, [arg], null);
            if (r is null)
            {
                if (!ts.CurrentException!.Type.IsSubtypeOf(PyExc.TypeError)) return null;
                ts.ClearError();
            }
            else if (r is not PyNone) return r;
        }
        if (alt is not null) return alt;
        return ts.Raise(state.ProgrammingError, "can't adapt");
    }

    /// <summary>_pysqlite_seterror: the exception SQLite's last error maps to, with its message, and the
    /// extended code and its name as sqlite_errorcode and sqlite_errorname.</summary>
    internal static void SetError(ThreadState ts, SqliteState state, nint db)
    {
        int code = SqliteNative.sqlite3_errcode(db);
        if (code == SqliteNative.OK) return;
        if (code == SqliteNative.NOMEM) { ts.MemoryError(); return; }
        var type = (code & 0xff) switch
        {
            SqliteNative.INTERNAL or SqliteNative.NOTFOUND => state.InternalError,
            SqliteNative.ERROR or SqliteNative.PERM or SqliteNative.ABORT or SqliteNative.BUSY or SqliteNative.LOCKED
                or SqliteNative.READONLY or SqliteNative.INTERRUPT or SqliteNative.IOERR or SqliteNative.FULL
                or SqliteNative.CANTOPEN or SqliteNative.PROTOCOL or SqliteNative.EMPTY or SqliteNative.SCHEMA => state.OperationalError,
            SqliteNative.CORRUPT => state.DatabaseError,
            SqliteNative.TOOBIG => state.DataError,
            SqliteNative.CONSTRAINT or SqliteNative.MISMATCH => state.IntegrityError,
            SqliteNative.MISUSE or SqliteNative.RANGE => state.InterfaceError,
            _ => state.DatabaseError,
        };
        RaiseWithCode(ts, type, SqliteNative.Text(SqliteNative.sqlite3_errmsg(db)), SqliteNative.sqlite3_extended_errcode(db));
    }

    internal static void RaiseWithCode(ThreadState ts, PyType type, string message, int extended)
    {
        if (Protocols.Call(ts, type, [PyStr.Create(message)], null) is not PyBaseException exc) return;
        if (Protocols.SetAttr(ts, exc, PyStr.Intern("sqlite_errorcode"), PyInt.Create(extended)) < 0) return;
        PyObject name = ErrorNames.TryGetValue(extended, out var n) ? PyStr.Create(n) : PyNone.Instance;
        if (Protocols.SetAttr(ts, exc, PyStr.Intern("sqlite_errorname"), name) < 0) return;
        ts.SetError(exc);
    }

    internal static byte[]? Utf8(ThreadState ts, PyStr s)
    {
        var b = UnicodeCodecs.Encode(ts, s, UnicodeCodecs.Codec.Utf8, "strict");
        return b is null ? null : [.. b, 0];
    }

    internal static string TypeName(PyObject o) => o is PyNone ? "None" : o.Type.Name;
}
