using System.Runtime.InteropServices;

namespace Kaa.Runtime;

/// <summary>What SQLite is given as user data for a function, aggregate or collation (callback_context).</summary>
internal sealed class SqliteCallbackContext
{
    public readonly PyObject Callable;
    public readonly SqliteState State;

    public SqliteCallbackContext(PyObject callable, SqliteState state)
    {
        Callable = callable;
        State = state;
    }
}

/// <summary>
/// User-defined functions, aggregates and collations (connection.c's func_callback, step_callback,
/// final_callback, collation_callback) as <c>[UnmanagedCallersOnly]</c> entry points; their user data is a
/// GC handle to a <see cref="SqliteCallbackContext"/>, owned by the connection.
/// <para>SQLite calls them from inside sqlite3_prepare/sqlite3_step on the thread that called it; that thread
/// publishes its ThreadState in a thread-static (<see cref="t_ts"/>) for the duration (<see cref="Enter"/>),
/// so no interpreter is found through mutable static state. Steps run with the GIL released; a callback
/// takes it back for its Python work (<see cref="Hold"/>).</para>
/// </summary>
internal static unsafe class SqliteCallbacks
{
    [ThreadStatic] private static ThreadState? t_ts;
    [ThreadStatic] private static bool t_gilReleased;

    /// <summary>Publishes <paramref name="ts"/> to the callbacks SQLite may make on this thread until disposed;
    /// with <paramref name="releaseGil"/> the GIL is released meanwhile (a long query or a busy wait lets other
    /// threads run, as CPython's Py_BEGIN_ALLOW_THREADS around sqlite3_step) and callbacks take it back.</summary>
    public static Scope Enter(ThreadState ts, PySqliteConnection conn, bool releaseGil = false) => new(ts, conn, releaseGil);

    public readonly struct Scope : IDisposable
    {
        private readonly ThreadState _ts;
        private readonly PySqliteConnection _conn;
        private readonly ThreadState? _previous;
        private readonly bool _previousReleased, _released;

        public Scope(ThreadState ts, PySqliteConnection conn, bool releaseGil)
        {
            _ts = ts;
            _conn = conn;
            conn.InSqlite++;
            _previous = t_ts;
            _previousReleased = t_gilReleased;
            _released = releaseGil;
            t_ts = ts;
            t_gilReleased = releaseGil;
            if (releaseGil) ts.Interp.Gil.Release(ts);
        }

        public void Dispose()
        {
            if (_released) _ts.Interp.Gil.Acquire(_ts);
            _conn.InSqlite--;
            t_ts = _previous;
            t_gilReleased = _previousReleased;
        }
    }

    /// <summary>PyGILState_Ensure for a callback: takes the GIL back when the step released it.</summary>
    private readonly struct Hold : IDisposable
    {
        private readonly ThreadState? _ts;

        public Hold(ThreadState ts)
        {
            _ts = t_gilReleased ? ts : null;
            if (_ts is not null)
            {
                _ts.Interp.Gil.Acquire(_ts);
                t_gilReleased = false;
            }
        }

        public void Dispose()
        {
            if (_ts is null) return;
            t_gilReleased = true;
            _ts.Interp.Gil.Release(_ts);
        }
    }

    public static PyObject? RegisterFunction(ThreadState ts, PySqliteConnection c, PyStr name, int narg, PyObject callable,
        bool deterministic, bool aggregate)
    {
        var bytes = SqliteModule.Utf8(ts, name);
        if (bytes is null) return null;
        int flags = SqliteNative.UTF8 | (deterministic ? SqliteNative.DETERMINISTIC : 0);
        int rc;
        GCHandle handle = default;
        fixed (byte* p = bytes)
        {
            if (callable is PyNone)
                rc = SqliteNative.sqlite3_create_function_v2(c.Db, p, narg, flags, 0, 0, 0, 0, 0);
            else
            {
                handle = GCHandle.Alloc(new SqliteCallbackContext(callable, c.State));
                rc = aggregate
                    ? SqliteNative.sqlite3_create_function_v2(c.Db, p, narg, flags, GCHandle.ToIntPtr(handle), 0,
                        (nint)(delegate* unmanaged<nint, int, nint*, void>)&OnStep, (nint)(delegate* unmanaged<nint, void>)&OnFinal, 0)
                    : SqliteNative.sqlite3_create_function_v2(c.Db, p, narg, flags, GCHandle.ToIntPtr(handle),
                        (nint)(delegate* unmanaged<nint, int, nint*, void>)&OnFunction, 0, 0, 0);
            }
        }
        if (rc != SqliteNative.OK)
        {
            if (handle.IsAllocated) handle.Free();
            // Errors are not set on the connection by sqlite3_create_function_v2.
            return ts.Raise(c.State.OperationalError, "Error creating function");
        }
        if (handle.IsAllocated) c.Callbacks.Add(handle);
        return PyNone.Instance;
    }

    public static PyObject? RegisterWindowFunction(ThreadState ts, PySqliteConnection c, PyStr name, int narg, PyObject aggregateClass)
    {
        var bytes = SqliteModule.Utf8(ts, name);
        if (bytes is null) return null;
        int rc;
        GCHandle handle = default;
        fixed (byte* p = bytes)
        {
            if (aggregateClass is PyNone)
                rc = SqliteNative.sqlite3_create_window_function(c.Db, p, narg, SqliteNative.UTF8, 0, 0, 0, 0, 0, 0);
            else
            {
                handle = GCHandle.Alloc(new SqliteCallbackContext(aggregateClass, c.State));
                rc = SqliteNative.sqlite3_create_window_function(c.Db, p, narg, SqliteNative.UTF8, GCHandle.ToIntPtr(handle),
                    (nint)(delegate* unmanaged<nint, int, nint*, void>)&OnStep, (nint)(delegate* unmanaged<nint, void>)&OnFinal,
                    (nint)(delegate* unmanaged<nint, void>)&OnValue, (nint)(delegate* unmanaged<nint, int, nint*, void>)&OnInverse, 0);
            }
        }
        if (rc != SqliteNative.OK)
        {
            if (handle.IsAllocated) handle.Free();
            return ts.Raise(c.State.ProgrammingError, SqliteNative.Text(SqliteNative.sqlite3_errstr(rc)));
        }
        if (handle.IsAllocated) c.Callbacks.Add(handle);
        return PyNone.Instance;
    }

    /// <summary>The aggregate instance of a window in progress (made by step), or null.</summary>
    private static PyObject? Instance(nint context)
    {
        var slot = (nint*)SqliteNative.sqlite3_aggregate_context(context, sizeof(nint));
        return slot == null || *slot == 0 ? null : (PyObject)GCHandle.FromIntPtr(*slot).Target!;
    }

    [UnmanagedCallersOnly]
    private static void OnInverse(nint context, int argc, nint* argv)
    {
        if (t_ts is not { } ts) return;
        using var gil = new Hold(ts);
        try
        {
            var ctx = Context(context);
            var self = Instance(context);
            if (self is null) return;
            var inverse = Protocols.GetAttr(ts, self, PyStr.Intern("inverse"));
            if (inverse is null)
            {
                Fail(ts, context, ctx, "user-defined aggregate's 'inverse' method not defined");
                return;
            }
            var args = Arguments(ts, argc, argv);
            if (args is null)
            {
                Fail(ts, context, ctx, "unable to build arguments for user-defined aggregate's 'inverse' method");
                return;
            }
            if (Protocols.Call(ts, inverse, args, null) is null) Fail(ts, context, ctx, "user-defined aggregate's 'inverse' method raised error");
        }
        catch (Exception)
        {
            ts.ClearError();
        }
    }

    [UnmanagedCallersOnly]
    private static void OnValue(nint context)
    {
        if (t_ts is not { } ts) return;
        using var gil = new Hold(ts);
        try
        {
            var ctx = Context(context);
            var self = Instance(context);
            if (self is null) return;
            var value = Protocols.GetAttr(ts, self, PyStr.Intern("value"));
            PyObject? r = null;
            bool attrError = false;
            if (value is null) attrError = ts.CurrentException!.Type.IsSubtypeOf(PyExc.AttributeError);
            else r = Protocols.Call(ts, value, [], null);
            if (r is null)
            {
                Fail(ts, context, ctx, attrError ? "user-defined aggregate's 'value' method not defined"
                    : "user-defined aggregate's 'value' method raised error");
                return;
            }
            if (SetResult(ts, context, ctx, r) < 0)
                Fail(ts, context, ctx, "unable to set result from user-defined aggregate's 'value' method");
        }
        catch (Exception)
        {
            ts.ClearError();
        }
    }

    public static PyObject? RegisterCollation(ThreadState ts, PySqliteConnection c, PyStr name, PyObject callable)
    {
        var bytes = SqliteModule.Utf8(ts, name);
        if (bytes is null) return null;
        int rc;
        GCHandle handle = default;
        fixed (byte* p = bytes)
        {
            if (callable is PyNone) rc = SqliteNative.sqlite3_create_collation_v2(c.Db, p, SqliteNative.UTF8, 0, 0, 0);
            else
            {
                handle = GCHandle.Alloc(new SqliteCallbackContext(callable, c.State));
                rc = SqliteNative.sqlite3_create_collation_v2(c.Db, p, SqliteNative.UTF8, GCHandle.ToIntPtr(handle),
                    (nint)(delegate* unmanaged<nint, int, byte*, int, byte*, int>)&OnCollate, 0);
            }
        }
        if (rc != SqliteNative.OK)
        {
            if (handle.IsAllocated) handle.Free();
            SqliteModule.SetError(ts, c.State, c.Db);
            return null;
        }
        if (handle.IsAllocated) c.Callbacks.Add(handle);
        return PyNone.Instance;
    }

    /// <summary>set_authorizer, set_progress_handler, set_trace_callback: installs (or, for None, removes)
    /// the connection's one hook of that kind; the previous context is released.</summary>
    public static PyObject? SetHook(ThreadState ts, PySqliteConnection c, string kind, PyObject callable, int n)
    {
        GCHandle handle = default;
        nint arg = 0;
        if (callable is not PyNone)
        {
            handle = GCHandle.Alloc(new SqliteCallbackContext(callable, c.State));
            arg = GCHandle.ToIntPtr(handle);
        }
        int rc = SqliteNative.OK;
        switch (kind)
        {
            case "authorizer":
                rc = SqliteNative.sqlite3_set_authorizer(c.Db,
                    arg == 0 ? 0 : (nint)(delegate* unmanaged<nint, int, byte*, byte*, byte*, byte*, int>)&OnAuthorize, arg);
                break;
            case "progress":
                SqliteNative.sqlite3_progress_handler(c.Db, arg == 0 ? 0 : n,
                    arg == 0 ? 0 : (nint)(delegate* unmanaged<nint, int>)&OnProgress, arg);
                break;
            default:
                SqliteNative.sqlite3_trace_v2(c.Db, arg == 0 ? 0 : SqliteNative.TRACE_STMT,
                    arg == 0 ? 0 : (nint)(delegate* unmanaged<uint, nint, nint, nint, int>)&OnTrace, arg);
                break;
        }
        if (c.Hooks.Remove(kind, out var old)) old.Free();
        if (rc != SqliteNative.OK)
        {
            if (handle.IsAllocated) handle.Free();
            SqliteNative.sqlite3_set_authorizer(c.Db, 0, 0);
            return ts.Raise(c.State.OperationalError, "Error setting authorizer callback");
        }
        if (handle.IsAllocated) c.Hooks[kind] = handle;
        return PyNone.Instance;
    }

    private static void PrintOrClear(ThreadState ts, SqliteCallbackContext ctx)
    {
        if (!ts.HasError) return;
        if (ctx.State.CallbackTracebacks) Unraisable.Write(ts, null, ctx.Callable);
        ts.ClearError();
    }

    private static PyObject StrOrNone(byte* s) => s == null ? PyNone.Instance : PyStr.Create(SqliteNative.Text(s));

    [UnmanagedCallersOnly]
    private static int OnAuthorize(nint arg, int action, byte* arg1, byte* arg2, byte* dbname, byte* source)
    {
        const int Deny = 1;
        if (t_ts is not { } ts) return Deny;
        using var gil = new Hold(ts);
        try
        {
            var ctx = (SqliteCallbackContext)GCHandle.FromIntPtr(arg).Target!;
            var r = Protocols.Call(ts, ctx.Callable, [PyInt.Create(action), StrOrNone(arg1), StrOrNone(arg2), StrOrNone(dbname), StrOrNone(source)], null);
            if (r is null) { PrintOrClear(ts, ctx); return Deny; }
            if (r is not PyInt) return Deny;
            if (!PosixArgs.CInt(ts, r, out int rc)) { PrintOrClear(ts, ctx); return Deny; }
            return rc;
        }
        catch (Exception)
        {
            ts.ClearError();
            return Deny;
        }
    }

    [UnmanagedCallersOnly]
    private static int OnProgress(nint arg)
    {
        if (t_ts is not { } ts) return 0;
        using var gil = new Hold(ts);
        try
        {
            var ctx = (SqliteCallbackContext)GCHandle.FromIntPtr(arg).Target!;
            var r = Protocols.Call(ts, ctx.Callable, [], null);
            // A true result, or an error, aborts the query.
            int rc = r is null ? -1 : Protocols.IsTrue(ts, r);
            if (rc < 0) PrintOrClear(ts, ctx);
            return rc;
        }
        catch (Exception)
        {
            ts.ClearError();
            return -1;
        }
    }

    [UnmanagedCallersOnly]
    private static int OnTrace(uint type, nint arg, nint stmt, nint sql)
    {
        if (type != SqliteNative.TRACE_STMT || t_ts is not { } ts) return 0;
        using var gil = new Hold(ts);
        try
        {
            var ctx = (SqliteCallbackContext)GCHandle.FromIntPtr(arg).Target!;
            PyObject text;
            var expanded = SqliteNative.sqlite3_expanded_sql(stmt);
            if (expanded == null)
            {
                ts.SetError(ctx.State.DataError, "Expanded SQL string exceeds the maximum string length");
                PrintOrClear(ts, ctx);
                text = PyStr.Create(SqliteNative.Text((byte*)sql));
            }
            else
            {
                text = PyStr.Create(SqliteNative.Text(expanded));
                SqliteNative.sqlite3_free(expanded);
            }
            Protocols.Call(ts, ctx.Callable, [text], null);
            PrintOrClear(ts, ctx);
        }
        catch (Exception)
        {
            ts.ClearError();
        }
        return 0;
    }

    /// <summary>An error a Python callback left behind when SQLite reports the failure: printed as
    /// unraisable with enable_callback_tracebacks, else dropped.</summary>
    public static void ReportCallbackError(ThreadState ts, SqliteState state)
    {
        if (!ts.HasError) return;
        if (state.CallbackTracebacks) Unraisable.Write(ts, null, null);
        ts.ClearError();
    }

    private static SqliteCallbackContext Context(nint sqliteContext) =>
        (SqliteCallbackContext)GCHandle.FromIntPtr(SqliteNative.sqlite3_user_data(sqliteContext)).Target!;

    /// <summary>set_sqlite_error: the message to SQLite, the Python error printed or dropped.</summary>
    private static void Fail(ThreadState ts, nint context, SqliteCallbackContext ctx, string message)
    {
        if (ts.HasError && ts.CurrentException!.Type.IsSubtypeOf(PyExc.OverflowError)) SqliteNative.sqlite3_result_error_toobig(context);
        else
        {
            var m = System.Text.Encoding.UTF8.GetBytes(message);
            fixed (byte* p = m) SqliteNative.sqlite3_result_error(context, p, m.Length);
        }
        if (ts.HasError)
        {
            if (ctx.State.CallbackTracebacks) Unraisable.Write(ts, null, ctx.Callable);
            ts.ClearError();
        }
    }

    private static PyObject[]? Arguments(ThreadState ts, int argc, nint* argv)
    {
        var args = new PyObject[argc];
        for (int i = 0; i < argc; i++)
        {
            nint v = argv[i];
            switch (SqliteNative.sqlite3_value_type(v))
            {
                case SqliteNative.INTEGER: args[i] = PyInt.Create(SqliteNative.sqlite3_value_int64(v)); break;
                case SqliteNative.FLOAT: args[i] = PyFloat.Create(SqliteNative.sqlite3_value_double(v)); break;
                case SqliteNative.TEXT:
                {
                    var text = SqliteNative.sqlite3_value_text(v);
                    int n = SqliteNative.sqlite3_value_bytes(v);
                    var s = UnicodeCodecs.Decode(ts, text == null ? default : new ReadOnlySpan<byte>(text, n), UnicodeCodecs.Codec.Utf8, "strict");
                    if (s is null) return null;
                    args[i] = s;
                    break;
                }
                case SqliteNative.BLOB:
                {
                    var blob = SqliteNative.sqlite3_value_blob(v);
                    int n = SqliteNative.sqlite3_value_bytes(v);
                    args[i] = PyBytes.Create(blob == null ? [] : new ReadOnlySpan<byte>(blob, n).ToArray());
                    break;
                }
                default: args[i] = PyNone.Instance; break;
            }
        }
        return args;
    }

    /// <summary>_pysqlite_set_result: 0, or -1 with the error set.</summary>
    private static int SetResult(ThreadState ts, nint context, SqliteCallbackContext ctx, PyObject value)
    {
        switch (value)
        {
            case PyNone:
                SqliteNative.sqlite3_result_null(context);
                return 0;
            case PyInt i:
                if (!i.TryGetLong(out long l))
                {
                    ts.SetError(PyExc.OverflowError, "Python int too large to convert to SQLite INTEGER");
                    return -1;
                }
                SqliteNative.sqlite3_result_int64(context, l);
                return 0;
            case PyFloat f:
                SqliteNative.sqlite3_result_double(context, f.Value);
                return 0;
            case PyStr s:
            {
                var bytes = UnicodeCodecs.Encode(ts, s, UnicodeCodecs.Codec.Utf8, "strict");
                if (bytes is null) return -1;
                fixed (byte* p = bytes.Length == 0 ? [0] : bytes)
                    SqliteNative.sqlite3_result_text(context, p, bytes.Length, SqliteNative.Transient);
                return 0;
            }
        }
        if (Protocols.HasBuffer(value))
        {
            if (!Protocols.GetBuffer(ts, value, false, out var view)) return -1;
            var data = view.Span.ToArray();
            Protocols.ReleaseBuffer(ref view);
            fixed (byte* p = data.Length == 0 ? [0] : data)
                SqliteNative.sqlite3_result_blob(context, p, data.Length, SqliteNative.Transient);
            return 0;
        }
        ts.SetError(ctx.State.ProgrammingError, $"User-defined functions cannot return '{value.Type.Name}' values to SQLite");
        return -1;
    }

    [UnmanagedCallersOnly]
    private static void OnFunction(nint context, int argc, nint* argv)
    {
        if (t_ts is not { } ts) return;
        using var gil = new Hold(ts);
        try
        {
            var ctx = Context(context);
            var args = Arguments(ts, argc, argv);
            var r = args is null ? null : Protocols.Call(ts, ctx.Callable, args, null);
            if (r is null || SetResult(ts, context, ctx, r) < 0) Fail(ts, context, ctx, "user-defined function raised exception");
        }
        catch (Exception)
        {
            ts.ClearError();
        }
    }

    [UnmanagedCallersOnly]
    private static void OnStep(nint context, int argc, nint* argv)
    {
        if (t_ts is not { } ts) return;
        using var gil = new Hold(ts);
        try
        {
            var ctx = Context(context);
            var slot = (nint*)SqliteNative.sqlite3_aggregate_context(context, sizeof(nint));
            if (slot == null) return;
            if (*slot == 0)
            {
                var instance = Protocols.Call(ts, ctx.Callable, [], null);
                if (instance is null)
                {
                    Fail(ts, context, ctx, "user-defined aggregate's '__init__' method raised error");
                    return;
                }
                *slot = GCHandle.ToIntPtr(GCHandle.Alloc(instance));
            }
            var self = (PyObject)GCHandle.FromIntPtr(*slot).Target!;
            var step = Protocols.GetAttr(ts, self, PyStr.Intern("step"));
            if (step is null)
            {
                Fail(ts, context, ctx, "user-defined aggregate's 'step' method not defined");
                return;
            }
            var args = Arguments(ts, argc, argv);
            if (args is null || Protocols.Call(ts, step, args, null) is null)
                Fail(ts, context, ctx, "user-defined aggregate's 'step' method raised error");
        }
        catch (Exception)
        {
            ts.ClearError();
        }
    }

    [UnmanagedCallersOnly]
    private static void OnFinal(nint context)
    {
        var slot = (nint*)SqliteNative.sqlite3_aggregate_context(context, 0);
        // No rows, or __init__ failed: no instance to finalize.
        if (slot == null || *slot == 0) return;
        var handle = GCHandle.FromIntPtr(*slot);
        *slot = 0;
        var self = (PyObject)handle.Target!;
        handle.Free();
        if (t_ts is not { } ts) return;
        using var gil = new Hold(ts);
        try
        {
            var ctx = Context(context);
            // The error of a failed step stays SQLite's report; finalize still runs, as in CPython.
            var saved = ts.CurrentException;
            ts.ClearError();
            var finalize = Protocols.GetAttr(ts, self, PyStr.Intern("finalize"));
            PyObject? r = null;
            bool attrError = false;
            if (finalize is null) attrError = ts.CurrentException!.Type.IsSubtypeOf(PyExc.AttributeError);
            else r = Protocols.Call(ts, finalize, [], null);
            if (r is null || SetResult(ts, context, ctx, r) < 0)
                Fail(ts, context, ctx, attrError ? "user-defined aggregate's 'finalize' method not defined"
                    : "user-defined aggregate's 'finalize' method raised error");
            if (saved is not null) ts.SetError(saved);
        }
        catch (Exception)
        {
            ts.ClearError();
        }
    }

    [UnmanagedCallersOnly]
    private static int OnCollate(nint arg, int len1, byte* s1, int len2, byte* s2)
    {
        if (t_ts is not { } ts || ts.HasError) return 0;
        using var gil = new Hold(ts);
        try
        {
            var ctx = (SqliteCallbackContext)GCHandle.FromIntPtr(arg).Target!;
            var a = UnicodeCodecs.Decode(ts, new ReadOnlySpan<byte>(s1, len1), UnicodeCodecs.Codec.Utf8, "strict");
            var b = a is null ? null : UnicodeCodecs.Decode(ts, new ReadOnlySpan<byte>(s2, len2), UnicodeCodecs.Codec.Utf8, "strict");
            var r = b is null ? null : Protocols.Call(ts, ctx.Callable, [a!, b], null);
            if (r is null) return 0;
            // The callback's own exception stays set (it ends the query); a bad result is ignored.
            if (!PosixArgs.CLong(ts, r, out long v)) { ts.ClearError(); return 0; }
            return v < 0 ? -1 : v > 0 ? 1 : 0;
        }
        catch (Exception)
        {
            ts.ClearError();
            return 0;
        }
    }
}
