namespace Kaa.Runtime;

/// <summary>
/// The slots and methods of <c>sqlite3.Connection</c> (Modules/_sqlite/connection.c): __init__ opens the
/// database; cursor(), the execute shortcuts, commit/rollback, the context manager, isolation_level and
/// the implicit BEGIN before DML, user functions, aggregates and collations, and CPython's checks (closed
/// database, thread of creation, __init__ not called).
/// </summary>
internal static unsafe class SqliteConnectionType
{
    private static readonly ArgSpec InitSpec = new("Connection", ["database", "timeout", "detect_types", "isolation_level",
        "check_same_thread", "factory", "cached_statements", "uri"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec CursorSpec = new("cursor", ["factory"], required: 0, positionalOnly: 0);
    private static readonly ArgSpec CreateFunctionSpec = new("create_function", ["name", "narg", "func", "deterministic"],
        required: 3, positionalOnly: 0, maxPositional: 3);
    private static readonly ArgSpec CreateAggregateSpec = new("create_aggregate", ["name", "n_arg", "aggregate_class"], required: 3, positionalOnly: 0);

    private static readonly ArgSpec AuthorizerSpec = new("set_authorizer", ["authorizer_callback"], required: 1, positionalOnly: 0);
    private static readonly ArgSpec ProgressSpec = new("set_progress_handler", ["progress_handler", "n"], required: 2, positionalOnly: 0);
    private static readonly ArgSpec TraceSpec = new("set_trace_callback", ["trace_callback"], required: 1, positionalOnly: 0);

    private static readonly ArgSpec SerializeSpec = new("serialize", ["name"], required: 0, positionalOnly: 0, maxPositional: 0);
    private static readonly ArgSpec DeserializeSpec = new("deserialize", ["data", "name"], required: 1, positionalOnly: 1, maxPositional: 1);
    private static readonly ArgSpec BlobOpenSpec = new("blobopen", ["table", "column", "row", "readonly", "name"], required: 3, positionalOnly: 3, maxPositional: 3);
    private static readonly ArgSpec BackupSpec = new("backup", ["target", "pages", "progress", "name", "sleep"], required: 1, positionalOnly: 0, maxPositional: 1);

    public static readonly PyType Type = PyType.CreateStatic("sqlite3.Connection", (PyType?)null, TypeFlags.BaseType, Install);

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create("SQLite database connection object."));
        type.AddAttribute("__module__", PyStr.Create("sqlite3"));
        type.New = static (ts, t, args, kw) => new PySqliteConnection(t);
        type.Init = Init;
        // Connection(sql): a prepared Statement object (pysqlite_connection_call).
        type.Call = static (ts, self, args, kw) =>
        {
            var c = Checked(ts, self);
            if (c is null) return null;
            if (kw is { Length: > 0 }) return ts.TypeError("sqlite3.Connection() takes no keyword arguments");
            if (args.Length != 1) return ts.TypeError($"function takes exactly 1 argument ({args.Length} given)");
            if (args[0] is not PyStr sql) return ts.TypeError($"argument 1 must be str, not {SqliteModule.TypeName(args[0])}");
            return SqliteStatement.Create(ts, c, sql);
        };
        type.AddMethod("cursor", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!CursorSpec.Parse(ts, args, kw, a)) return null;
            return NewCursor(ts, (PySqliteConnection)self, a[0]);
        }, "Return a cursor for the connection.");
        type.AddMethod("close", static (ts, self) =>
        {
            var c = (PySqliteConnection)self;
            if (!CheckThread(ts, c)) return null;
            if (!c.Initialized) return ts.Raise(StateOf(ts, c).ProgrammingError, "Base Connection.__init__ not called.");
            if (!NotInUse(ts, c)) return null;
            c.Close();
            return PyNone.Instance;
        }, "Close the database connection.\n\nAny pending transaction is not committed implicitly.");
        type.AddMethod("commit", static (ts, self) => EndTransaction(ts, (PySqliteConnection)self, "COMMIT"u8),
            "Commit any pending transaction to the database.\n\nIf there is no open transaction, this method is a no-op.");
        type.AddMethod("rollback", static (ts, self) => EndTransaction(ts, (PySqliteConnection)self, "ROLLBACK"u8),
            "Roll back to the start of any pending transaction.\n\nIf there is no open transaction, this method is a no-op.");
        type.AddMethod("execute", static (ts, self, args, kw) => Shortcut(ts, self, "execute", args, kw),
            "Executes an SQL statement.");
        type.AddMethod("executemany", static (ts, self, args, kw) => Shortcut(ts, self, "executemany", args, kw),
            "Repeatedly executes an SQL statement.");
        type.AddMethod("executescript", static (ts, self, args, kw) => Shortcut(ts, self, "executescript", args, kw),
            "Executes multiple SQL statements at once.");
        type.AddMethod("create_function", CreateFunction, "Creates a new function.");
        type.AddMethod("create_aggregate", CreateAggregate, "Creates a new aggregate.");
        type.AddMethod("create_collation", CreateCollation, "Creates a collation function.");
        type.AddMethod("set_authorizer", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!AuthorizerSpec.Parse(ts, args, kw, a)) return null;
            var c = Checked(ts, self);
            return c is null ? null : SqliteCallbacks.SetHook(ts, c, "authorizer", a[0]!, 0);
        }, "Sets authorizer callback.");
        type.AddMethod("set_progress_handler", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!ProgressSpec.Parse(ts, args, kw, a)) return null;
            if (!PosixArgs.CInt(ts, a[1]!, out int n)) return null;
            var c = Checked(ts, self);
            return c is null ? null : SqliteCallbacks.SetHook(ts, c, "progress", a[0]!, n);
        }, "Sets progress handler callback.");
        type.AddMethod("set_trace_callback", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!TraceSpec.Parse(ts, args, kw, a)) return null;
            var c = Checked(ts, self);
            return c is null ? null : SqliteCallbacks.SetHook(ts, c, "trace", a[0]!, 0);
        }, "Sets a trace callback called for each SQL statement (passed as unicode).");
        type.AddMethod("blobopen", BlobOpen, "Open and return a BLOB object.\n\n  table\n    Table name.\n  column\n    Column name.\n  row\n    Row index.\n  readonly\n    Open the BLOB without write permissions.\n  name\n    Database name.");
        type.AddMethod("serialize", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!SerializeSpec.Parse(ts, args, kw, a)) return null;
            var name = SchemaName(ts, "serialize", a[0]);
            if (name is null) return null;
            var c = Checked(ts, self);
            if (c is null) return null;
            long size;
            uint flags = SqliteNative.SERIALIZE_NOCOPY;
            byte* data;
            fixed (byte* n = name)
            {
                data = SqliteNative.sqlite3_serialize(c.Db, n, &size, flags);
                if (data == null)
                {
                    flags = 0;
                    data = SqliteNative.sqlite3_serialize(c.Db, n, &size, flags);
                }
            }
            if (data == null) return ts.Raise(c.State.OperationalError, $"unable to serialize '{System.Text.Encoding.UTF8.GetString(name, 0, name.Length - 1)}'");
            var result = PyBytes.Create(new ReadOnlySpan<byte>(data, (int)size).ToArray());
            if (flags == 0) SqliteNative.sqlite3_free(data);
            return result;
        }, "Serialize a database into a byte string.\n\n  name\n    Which database to serialize.\n\nFor an ordinary on-disk database file, the serialization is just a copy of the\ndisk file. For an in-memory database or a \"temp\" database, the serialization is\nthe same sequence of bytes which would be written to disk if that database\nwere backed up to disk.");
        type.AddMethod("deserialize", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!DeserializeSpec.Parse(ts, args, kw, a)) return null;
            byte[] data;
            if (a[0] is PyStr text)
            {
                var utf8 = SqliteModule.Utf8(ts, text);
                if (utf8 is null) return null;
                data = utf8[..^1];
            }
            else
            {
                if (!Protocols.GetBuffer(ts, a[0]!, false, out var view)) return null;
                data = view.Span.ToArray();
                Protocols.ReleaseBuffer(ref view);
            }
            var name = SchemaName(ts, "deserialize", a[1]);
            if (name is null) return null;
            var c = Checked(ts, self);
            if (c is null) return null;
            var buffer = (byte*)SqliteNative.sqlite3_malloc64((ulong)Math.Max(1, data.Length));
            if (buffer == null) return ts.MemoryError();
            data.CopyTo(new Span<byte>(buffer, data.Length));
            int rc;
            fixed (byte* n = name)
                rc = SqliteNative.sqlite3_deserialize(c.Db, n, buffer, data.Length, data.Length,
                    SqliteNative.DESERIALIZE_FREEONCLOSE | SqliteNative.DESERIALIZE_RESIZEABLE);
            if (rc != SqliteNative.OK)
            {
                SqliteModule.SetError(ts, c.State, c.Db);
                return null;
            }
            return PyNone.Instance;
        }, "Load a serialized database.\n\n  data\n    The serialized database content.\n  name\n    Which database to reopen with the deserialization.\n\nThe deserialize interface causes the database connection to disconnect from the\ntarget database, and then reopen it as an in-memory database based on the given\nserialized data.\n\nThe deserialize interface will fail with SQLITE_BUSY if the database is\ncurrently in a read transaction or is involved in a backup operation.");
        type.AddMethod("enable_load_extension", static (ts, self, arg) =>
        {
            if (arg is PyFloat) return ts.TypeError("'float' object cannot be interpreted as an integer");
            int on = Protocols.IsTrue(ts, arg);
            if (on < 0) return null;
            var c = Checked(ts, self);
            if (c is null) return null;
            if (SqliteNative.sqlite3_enable_load_extension(c.Db, on) != SqliteNative.OK)
                return ts.Raise(c.State.OperationalError, "Error enabling load extension");
            return PyNone.Instance;
        }, "Enable dynamic loading of SQLite extension modules.");
        type.AddMethod("load_extension", static (ts, self, arg) =>
        {
            if (arg is not PyStr s) return ts.TypeError($"load_extension() argument must be str, not {SqliteModule.TypeName(arg)}");
            var name = SqliteModule.Utf8(ts, s);
            if (name is null) return null;
            var c = Checked(ts, self);
            if (c is null) return null;
            byte* error = null;
            int rc;
            fixed (byte* n = name) rc = SqliteNative.sqlite3_load_extension(c.Db, n, null, &error);
            if (rc == SqliteNative.OK) return PyNone.Instance;
            var message = SqliteNative.Text(error);
            if (error != null) SqliteNative.sqlite3_free(error);
            return ts.Raise(c.State.OperationalError, message);
        }, "Load SQLite extension module.");
        type.AddMethod("create_window_function", static (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("create_window_function() takes no keyword arguments");
            if (args.Length != 3) return ts.TypeError($"create_window_function expected 3 arguments, got {args.Length}");
            if (args[0] is not PyStr name) return ts.TypeError($"create_window_function() argument 1 must be str, not {SqliteModule.TypeName(args[0])}");
            if (!PosixArgs.CInt(ts, args[1], out int narg)) return null;
            var c = Checked(ts, self);
            if (c is null) return null;
            return SqliteCallbacks.RegisterWindowFunction(ts, c, name, narg, args[2]);
        }, "Creates or redefines an aggregate window function. Non-standard.\n\n  name\n    The name of the SQL aggregate window function to be created or\n    redefined.\n  num_params\n    The number of arguments the step and inverse methods takes.\n  aggregate_class\n    A class with step(), finalize(), value(), and inverse() methods.\n    Set to None to clear the window function.");
        type.AddMethod("backup", Backup, "Makes a backup of the database.");
        type.AddMethod("interrupt", static (ts, self) =>
        {
            var c = Checked(ts, self, thread: false);
            if (c is null) return null;
            SqliteNative.sqlite3_interrupt(c.Db);
            return PyNone.Instance;
        }, "Abort any pending database operation.");
        type.AddMethod("getlimit", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int category)) return null;
            var c = Checked(ts, self);
            if (c is null) return null;
            return Limit(ts, c, category, -1);
        }, "Get connection run-time limits.");
        type.AddMethod("setlimit", static (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("setlimit() takes no keyword arguments");
            if (args.Length != 2) return ts.TypeError($"setlimit expected 2 arguments, got {args.Length}");
            if (!PosixArgs.CInt(ts, args[0], out int category) || !PosixArgs.CInt(ts, args[1], out int limit)) return null;
            var c = Checked(ts, self);
            if (c is null) return null;
            return Limit(ts, c, category, limit);
        }, "Set connection run-time limits.");
        type.AddMethod("iterdump", static (ts, self) =>
        {
            var c = Checked(ts, self, thread: false);
            if (c is null) return null;
            var dump = PickleModule.ImportModule(ts, "sqlite3.dump");
            if (dump is null) return null;
            var f = Protocols.GetAttr(ts, dump, PyStr.Intern("_iterdump"));
            return f is null ? null : Protocols.Call(ts, f, [self], null);
        }, "Returns iterator to the dump of the database in an SQL text format.");
        type.AddMethod("__enter__", static (ts, self) => Checked(ts, self, thread: false) is null ? null : self,
            "Called when the connection is used as a context manager.\n\nReturns itself as a convenience to the caller.");
        type.AddMethod("__exit__", static (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("__exit__() takes no keyword arguments");
            if (args.Length != 3) return ts.TypeError($"__exit__ expected 3 arguments, got {args.Length}");
            var c = (PySqliteConnection)self;
            bool ok = args[0] is PyNone && args[1] is PyNone && args[2] is PyNone;
            if (EndTransaction(ts, c, ok ? "COMMIT"u8 : "ROLLBACK"u8) is null)
            {
                if (ok)
                {
                    // A failed commit: roll back, and report the commit's error.
                    var error = ts.CurrentException!;
                    ts.ClearError();
                    EndTransaction(ts, c, "ROLLBACK"u8);
                    ts.ClearError();
                    ts.SetError(error);
                }
                return null;
            }
            return PyBool.False;
        }, "Called when the connection is used as a context manager.\n\nIf there was any exception, a rollback takes place; otherwise we commit.");
        type.AddGetSet("isolation_level", static (ts, self) =>
        {
            var c = Checked(ts, self, thread: false);
            if (c is null) return null;
            return c.IsolationLevel is null ? PyNone.Instance : PyStr.Create(c.IsolationLevel);
        }, SetIsolationLevel);
        type.AddGetSet("in_transaction", static (ts, self) =>
        {
            var c = Checked(ts, self, thread: false);
            if (c is null) return null;
            return PyBool.From(SqliteNative.sqlite3_get_autocommit(c.Db) == 0);
        });
        type.AddGetSet("total_changes", static (ts, self) =>
        {
            var c = Checked(ts, self, thread: false);
            if (c is null) return null;
            return PyInt.Create(SqliteNative.sqlite3_total_changes(c.Db));
        });
        type.AddMember("row_factory", static (ts, self) => ((PySqliteConnection)self).RowFactory, static (ts, self, v) =>
        {
            if (v is null) { ts.SetError(PyExc.TypeError, "can't delete row_factory attribute"); return -1; }
            ((PySqliteConnection)self).RowFactory = v;
            return 0;
        });
        type.AddMember("text_factory", static (ts, self) => ((PySqliteConnection)self).TextFactory, static (ts, self, v) =>
        {
            if (v is null) { ts.SetError(PyExc.TypeError, "can't delete text_factory attribute"); return -1; }
            ((PySqliteConnection)self).TextFactory = v;
            return 0;
        });
        foreach (var name in new[] { "Warning", "Error", "InterfaceError", "DatabaseError", "InternalError", "OperationalError",
                     "ProgrammingError", "IntegrityError", "DataError", "NotSupportedError" })
        {
            type.AddMember(name, (ts, self) =>
            {
                foreach (var (n, t) in SqliteModule.ExceptionTable(ts.Interp.GetModuleState<SqliteState>()))
                    if (n == name) return t;
                return PyNone.Instance;
            });
        }
    }

    internal static SqliteState StateOf(ThreadState ts, PySqliteConnection c) => c.Initialized ? c.State : ts.Interp.GetModuleState<SqliteState>();

    private static int Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var c = (PySqliteConnection)self;
        var a = new ArgBuffer();
        if (!InitSpec.Parse(ts, args, kw, a)) return -1;
        double timeout = 5.0;
        int detectTypes = 0, cacheSize = 128;
        bool checkSameThread = true, uri = false;
        string? isolation = "";
        if (a[1] is { } t)
        {
            if (!FloatSlots.AsDouble(ts, t, "must be real number, not {0}", out timeout)) return -1;
        }
        if (a[2] is { } d && !PosixArgs.CInt(ts, d, out detectTypes)) return -1;
        if (a[3] is { } iso && !IsolationLevelArg(ts, iso, out isolation)) return -1;
        if (a[4] is { } cst)
        {
            int v = Protocols.IsTrue(ts, cst);
            if (v < 0) return -1;
            checkSameThread = v != 0;
        }
        if (a[6] is { } cs && !PosixArgs.CInt(ts, cs, out cacheSize)) return -1;
        if (a[7] is { } u)
        {
            int v = Protocols.IsTrue(ts, u);
            if (v < 0) return -1;
            uri = v != 0;
        }
        var name = PosixModule.FsConvert(ts, a[0]!);
        if (name is null) return -1;
        if (c.Initialized)
        {
            if (!NotInUse(ts, c)) return -1;
            c.Close();
            c.Initialized = false;
        }
        var state = ts.Interp.GetModuleState<SqliteState>();
        nint db;
        int rc;
        fixed (byte* p = name)
        {
            using (ts.ReleaseGil())
            {
                rc = SqliteNative.sqlite3_open_v2(p, &db, SqliteNative.OPEN_READWRITE | SqliteNative.OPEN_CREATE | (uri ? SqliteNative.OPEN_URI : 0), null);
                if (rc == SqliteNative.OK) SqliteNative.sqlite3_busy_timeout(db, (int)(timeout * 1000));
            }
        }
        if (db == 0 && rc == SqliteNative.NOMEM) { ts.MemoryError(); return -1; }
        if (rc != SqliteNative.OK)
        {
            SqliteModule.SetError(ts, state, db);
            SqliteNative.sqlite3_close_v2(db);
            return -1;
        }
        c.Db = db;
        c.State = state;
        c.DetectTypes = detectTypes;
        c.IsolationLevel = isolation;
        c.CheckSameThread = checkSameThread;
        c.ThreadIdent = ThreadModule.CurrentIdent();
        c.CacheSize = cacheSize;
        c.RowFactory = PyNone.Instance;
        c.TextFactory = BuiltinTypes.Str;
        c.Initialized = true;
        return 0;
    }

    private static readonly string[] IsolationLevels = ["", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"];

    private static bool IsolationLevelArg(ThreadState ts, PyObject value, out string? level)
    {
        level = null;
        if (value is PyNone) return true;
        if (value is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, "isolation_level must be str or None");
            return false;
        }
        var text = s.ToString();
        foreach (var candidate in IsolationLevels)
        {
            if (string.Equals(candidate, text, StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }
        ts.SetError(PyExc.ValueError, "isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'");
        return false;
    }

    private static int SetIsolationLevel(ThreadState ts, PyObject self, PyObject? value)
    {
        var c = Checked(ts, self, thread: false);
        if (c is null) return -1;
        if (value is null)
        {
            ts.SetError(PyExc.AttributeError, "cannot delete attribute");
            return -1;
        }
        if (value is PyNone)
        {
            // Autocommit: a COMMIT ends any transaction in progress.
            c.IsolationLevel = null;
            return EndTransaction(ts, c, "COMMIT"u8) is null ? -1 : 0;
        }
        if (!IsolationLevelArg(ts, value, out var level)) return -1;
        c.IsolationLevel = level;
        return 0;
    }

    /// <summary>Refuses to close a connection from a callback SQLite is running on it.</summary>
    private static bool NotInUse(ThreadState ts, PySqliteConnection c)
    {
        if (c.InSqlite == 0) return true;
        ts.SetError(c.State.ProgrammingError, "Cannot close the database connection while a statement on it is running.");
        return false;
    }

    /// <summary>pysqlite_check_thread: the connection is used from the thread that made it (unless check_same_thread=False).</summary>
    internal static bool CheckThread(ThreadState ts, PySqliteConnection c)
    {
        if (!c.CheckSameThread || !c.Initialized) return true;
        long here = ThreadModule.CurrentIdent();
        if (here == c.ThreadIdent) return true;
        ts.SetError(c.State.ProgrammingError, "SQLite objects created in a thread can only be used in that same thread. " +
            $"The object was created in thread id {c.ThreadIdent} and this is thread id {here}.");
        return false;
    }

    /// <summary>pysqlite_check_connection: initialised and open.</summary>
    internal static bool CheckOpen(ThreadState ts, PySqliteConnection c)
    {
        if (!c.Initialized)
        {
            ts.SetError(ts.Interp.GetModuleState<SqliteState>().ProgrammingError, "Base Connection.__init__ not called.");
            return false;
        }
        if (c.Db == 0)
        {
            ts.SetError(c.State.ProgrammingError, "Cannot operate on a closed database.");
            return false;
        }
        return true;
    }

    internal static PySqliteConnection? Checked(ThreadState ts, PyObject self, bool thread = true)
    {
        var c = (PySqliteConnection)self;
        if (thread && !CheckThread(ts, c)) return null;
        return CheckOpen(ts, c) ? c : null;
    }

    private static PyObject? NewCursor(ThreadState ts, PySqliteConnection c, PyObject? factory)
    {
        if (!CheckThread(ts, c) || !CheckOpen(ts, c)) return null;
        var cursor = Protocols.Call(ts, factory ?? SqliteCursorType.Type, [c], null);
        if (cursor is null) return null;
        if (cursor is not PySqliteCursor cur)
            return ts.TypeError($"factory must return a cursor, not {cursor.Type.Name}");
        if (c.RowFactory is not PyNone) cur.RowFactory = c.RowFactory;
        return cursor;
    }

    private static PyObject? Shortcut(ThreadState ts, PyObject self, string method, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var cursor = NewCursor(ts, (PySqliteConnection)self, null);
        if (cursor is null) return null;
        var m = Protocols.GetAttr(ts, cursor, PyStr.Intern(method));
        if (m is null) return null;
        return Protocols.Call(ts, m, args, kw) is null ? null : cursor;
    }

    /// <summary>commit()/rollback(): a no-op outside a transaction.</summary>
    internal static PyObject? EndTransaction(ThreadState ts, PySqliteConnection c, ReadOnlySpan<byte> sql)
    {
        if (!CheckThread(ts, c) || !CheckOpen(ts, c)) return null;
        if (SqliteNative.sqlite3_get_autocommit(c.Db) != 0) return PyNone.Instance;
        return RunSimple(ts, c, sql) ? PyNone.Instance : null;
    }

    /// <summary>begin_transaction: "BEGIN " and the isolation level.</summary>
    internal static bool Begin(ThreadState ts, PySqliteConnection c) =>
        RunSimple(ts, c, System.Text.Encoding.ASCII.GetBytes("BEGIN " + c.IsolationLevel));

    /// <summary>Prepares, steps and finalizes one statement; false with the error set.</summary>
    private static bool RunSimple(ThreadState ts, PySqliteConnection c, ReadOnlySpan<byte> sql)
    {
        int rc;
        fixed (byte* p = (byte[])[.. sql, 0])
        {
            nint stmt;
            using (SqliteCallbacks.Enter(ts, c, releaseGil: true))
            {
                rc = SqliteNative.sqlite3_prepare_v2(c.Db, p, -1, &stmt, null);
                if (rc == SqliteNative.OK)
                {
                    SqliteNative.sqlite3_step(stmt);
                    rc = SqliteNative.sqlite3_finalize(stmt);
                }
            }
        }
        if (rc == SqliteNative.OK) return true;
        SqliteModule.SetError(ts, c.State, c.Db);
        return false;
    }

    private static PyObject? Limit(ThreadState ts, PySqliteConnection c, int category, int value)
    {
        int old = SqliteNative.sqlite3_limit(c.Db, category, value);
        if (old < 0) return ts.Raise(c.State.ProgrammingError, "'category' is out of bounds");
        return PyInt.Create(old);
    }

    /// <summary>A schema name argument ("main" by default): str, NUL-terminated UTF-8.</summary>
    private static byte[]? SchemaName(ThreadState ts, string function, PyObject? arg)
    {
        if (arg is null) return "main\0"u8.ToArray();
        if (arg is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, $"{function}() argument 'name' must be str, not {SqliteModule.TypeName(arg)}");
            return null;
        }
        return SqliteModule.Utf8(ts, s);
    }

    private static PyObject? BlobOpen(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!BlobOpenSpec.Parse(ts, args, kw, a)) return null;
        if (a[0] is not PyStr table) return ts.TypeError($"blobopen() argument 1 must be str, not {SqliteModule.TypeName(a[0]!)}");
        if (a[1] is not PyStr column) return ts.TypeError($"blobopen() argument 2 must be str, not {SqliteModule.TypeName(a[1]!)}");
        if (!PosixArgs.CLong(ts, a[2]!, out long row)) return null;
        bool readOnly = false;
        if (a[3] is { } ro)
        {
            int v = Protocols.IsTrue(ts, ro);
            if (v < 0) return null;
            readOnly = v != 0;
        }
        var name = SchemaName(ts, "blobopen", a[4]);
        var t = SqliteModule.Utf8(ts, table);
        var col = SqliteModule.Utf8(ts, column);
        if (name is null || t is null || col is null) return null;
        var c = Checked(ts, self);
        if (c is null) return null;
        nint blob;
        int rc;
        fixed (byte* n = name, tp = t, cp = col) rc = SqliteNative.sqlite3_blob_open(c.Db, n, tp, cp, row, readOnly ? 0 : 1, &blob);
        if (rc == SqliteNative.MISUSE) return ts.Raise(c.State.InterfaceError, SqliteNative.Text(SqliteNative.sqlite3_errstr(rc)));
        if (rc != SqliteNative.OK)
        {
            SqliteModule.SetError(ts, c.State, c.Db);
            return null;
        }
        return new PySqliteBlob(blob, c);
    }

    private static PyObject? Backup(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!BackupSpec.Parse(ts, args, kw, a)) return null;
        if (a[0] is not PySqliteConnection target)
            return ts.TypeError($"backup() argument 'target' must be sqlite3.Connection, not {SqliteModule.TypeName(a[0]!)}");
        int pages = -1;
        if (a[1] is { } p && !PosixArgs.CInt(ts, p, out pages)) return null;
        var progress = a[2] ?? PyNone.Instance;
        double sleep = 0.250;
        if (a[4] is { } sl && !FloatSlots.AsDouble(ts, sl, "must be real number, not {0}", out sleep)) return null;
        var name = SchemaName(ts, "backup", a[3]);
        if (name is null) return null;
        var c = Checked(ts, self);
        if (c is null) return null;
        if (!CheckOpen(ts, target)) return null;
        if (target == c) return ts.Raise(PyExc.ValueError, "target cannot be the same connection instance");
        if (progress is not PyNone && progress.Type.Call is null) return ts.TypeError("progress argument must be a callable");
        if (pages == 0) pages = -1;
        nint backup;
        fixed (byte* main = "main\0"u8, n = name) backup = SqliteNative.sqlite3_backup_init(target.Db, main, c.Db, n);
        if (backup == 0)
        {
            SqliteModule.SetError(ts, c.State, target.Db);
            return null;
        }
        int rc;
        do
        {
            using (ts.ReleaseGil()) rc = SqliteNative.sqlite3_backup_step(backup, pages);
            int remaining = SqliteNative.sqlite3_backup_remaining(backup), count = SqliteNative.sqlite3_backup_pagecount(backup);
            if (progress is not PyNone && Protocols.Call(ts, progress, [PyInt.Create(rc), PyInt.Create(remaining), PyInt.Create(count)], null) is null)
            {
                SqliteNative.sqlite3_backup_finish(backup);
                return null;
            }
            if (rc is SqliteNative.BUSY or SqliteNative.LOCKED)
                using (ts.ReleaseGil()) SqliteNative.sqlite3_sleep((int)(sleep * 1000));
        } while (rc is SqliteNative.OK or SqliteNative.BUSY or SqliteNative.LOCKED);
        if (SqliteNative.sqlite3_backup_finish(backup) != SqliteNative.OK)
        {
            SqliteModule.SetError(ts, c.State, target.Db);
            return null;
        }
        return PyNone.Instance;
    }

    private static PyObject? CreateFunction(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!CreateFunctionSpec.Parse(ts, args, kw, a)) return null;
        if (a[0] is not PyStr name) return ts.TypeError($"create_function() argument 'name' must be str, not {SqliteModule.TypeName(a[0]!)}");
        if (!PosixArgs.CInt(ts, a[1]!, out int narg)) return null;
        bool deterministic = false;
        if (a[3] is { } det)
        {
            int v = Protocols.IsTrue(ts, det);
            if (v < 0) return null;
            deterministic = v != 0;
        }
        var c = Checked(ts, self);
        if (c is null) return null;
        return SqliteCallbacks.RegisterFunction(ts, c, name, narg, a[2]!, deterministic, aggregate: false);
    }

    private static PyObject? CreateAggregate(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new ArgBuffer();
        if (!CreateAggregateSpec.Parse(ts, args, kw, a)) return null;
        if (a[0] is not PyStr name) return ts.TypeError($"create_aggregate() argument 'name' must be str, not {SqliteModule.TypeName(a[0]!)}");
        if (!PosixArgs.CInt(ts, a[1]!, out int narg)) return null;
        var c = Checked(ts, self);
        if (c is null) return null;
        return SqliteCallbacks.RegisterFunction(ts, c, name, narg, a[2]!, false, aggregate: true);
    }

    private static PyObject? CreateCollation(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is { Length: > 0 }) return ts.TypeError("create_collation() takes no keyword arguments");
        if (args.Length != 2) return ts.TypeError($"create_collation expected 2 arguments, got {args.Length}");
        if (args[0] is not PyStr name) return ts.TypeError($"create_collation() argument 1 must be str, not {SqliteModule.TypeName(args[0])}");
        var c = Checked(ts, self);
        if (c is null) return null;
        if (args[1] is not PyNone && args[1].Type.Call is null) return ts.TypeError("parameter must be callable");
        return SqliteCallbacks.RegisterCollation(ts, c, name, args[1]);
    }
}
