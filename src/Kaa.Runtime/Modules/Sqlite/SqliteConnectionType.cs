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

    public static readonly PyType Type = PyType.CreateStatic("sqlite3.Connection", (PyType?)null, TypeFlags.BaseType, Install);

    private static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create("SQLite database connection object."));
        type.AddAttribute("__module__", PyStr.Create("sqlite3"));
        type.New = static (ts, t, args, kw) => new PySqliteConnection(t);
        type.Init = Init;
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
            using (SqliteCallbacks.Enter(ts))
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
