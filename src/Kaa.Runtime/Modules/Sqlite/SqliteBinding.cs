namespace Kaa.Runtime;

/// <summary>
/// bind_parameters/bind_param (cursor.c): a sequence binds by position (qmark), a dict by name (named
/// style); each value is adapted when needed (need_adapt), then bound as NULL, INTEGER, REAL, TEXT or BLOB.
/// </summary>
internal static unsafe class SqliteBinding
{
    public static bool BindParameters(ThreadState ts, SqliteState state, SqliteStatement statement, PyObject parameters)
    {
        nint st = statement.Handle;
        int needed = st == 0 ? 0 : SqliteNative.sqlite3_bind_parameter_count(st);
        bool isDict = parameters is PyDict;
        if (parameters.Type == BuiltinTypes.Tuple || parameters.Type == BuiltinTypes.List || (!isDict && IsSequence(parameters)))
        {
            long count;
            if (parameters is PyTuple t && t.Type == BuiltinTypes.Tuple) count = t.Length;
            else if (parameters is PyList l && l.Type == BuiltinTypes.List) count = l.Count;
            else
            {
                nint n = Protocols.Length(ts, parameters);
                if (n < 0) return false;
                count = n;
            }
            if (count != needed)
            {
                ts.SetError(state.ProgrammingError, $"Incorrect number of bindings supplied. The current statement uses {needed}, and there are {count} supplied.");
                return false;
            }
            for (int i = 0; i < count; i++)
            {
                var item = Protocols.GetItem(ts, parameters, PyInt.Create(i));
                if (item is null || !BindAdapted(ts, state, statement, i + 1, item)) return false;
            }
            return true;
        }
        if (isDict)
        {
            for (int i = 1; i <= needed; i++)
            {
                var name = SqliteNative.sqlite3_bind_parameter_name(st, i);
                if (name == null)
                {
                    ts.SetError(state.ProgrammingError, $"Binding {i} has no name, but you supplied a dictionary (which has only names).");
                    return false;
                }
                var key = SqliteNative.Text(name + 1); // without the ':'
                PyObject? value;
                if (parameters.Type == BuiltinTypes.Dict)
                {
                    int found = ((PyDict)parameters).TryGetItem(ts, PyStr.Create(key), out value);
                    if (found < 0) return false;
                }
                else
                {
                    value = Protocols.GetItem(ts, parameters, PyStr.Create(key));
                    if (value is null && !ts.CurrentException!.Type.IsSubtypeOf(PyExc.LookupError)) return false;
                    ts.ClearError();
                }
                if (value is null)
                {
                    ts.SetError(state.ProgrammingError, $"You did not supply a value for binding parameter :{key}.");
                    return false;
                }
                if (!BindAdapted(ts, state, statement, i, value)) return false;
            }
            return true;
        }
        ts.SetError(state.ProgrammingError, "parameters are of unsupported type");
        return false;
    }

    private static bool IsSequence(PyObject o) => o.Type.GetItem is not null && (o.Type.Flags & TypeFlags.Mapping) == 0 && o is not PyDict;

    private static bool BindAdapted(ThreadState ts, SqliteState state, SqliteStatement statement, int position, PyObject value)
    {
        if (NeedsAdapting(state, value))
        {
            var adapted = SqliteModule.Adapt(ts, value, SqlitePrepareProtocol.Type, value);
            if (adapted is null) return false;
            value = adapted;
        }
        int rc = Bind(ts, state, statement.Handle, position, value);
        if (rc == SqliteNative.OK) return true;
        if (!ts.HasError) SqliteModule.SetError(ts, state, SqliteDb(statement));
        return false;
    }

    private static nint SqliteDb(SqliteStatement s) => SqliteNative.sqlite3_db_handle(s.Handle);

    /// <summary>need_adapt: the base types skip the adapters unless one of them has an adapter registered.</summary>
    private static bool NeedsAdapting(SqliteState state, PyObject o)
    {
        if (state.BaseTypeAdapted) return true;
        var t = o.Type;
        return !(t == BuiltinTypes.Int || t == BuiltinTypes.Float || t == BuiltinTypes.Str || t == BuiltinTypes.ByteArray);
    }

    /// <summary>bind_param: 0 (SQLITE_OK), an SQLite code, or -1 with a Python error set.</summary>
    private static int Bind(ThreadState ts, SqliteState state, nint st, int pos, PyObject value)
    {
        if (value is PyNone) return SqliteNative.sqlite3_bind_null(st, pos);
        if (value is PyInt i)
        {
            if (!i.TryGetLong(out long v))
            {
                ts.SetError(PyExc.OverflowError, "Python int too large to convert to SQLite INTEGER");
                return -1;
            }
            return SqliteNative.sqlite3_bind_int64(st, pos, v);
        }
        if (value is PyFloat f) return SqliteNative.sqlite3_bind_double(st, pos, f.Value);
        if (value is PyStr s)
        {
            var bytes = UnicodeCodecs.Encode(ts, s, UnicodeCodecs.Codec.Utf8, "strict");
            if (bytes is null) return -1;
            fixed (byte* p = bytes.Length == 0 ? [0] : bytes)
                return SqliteNative.sqlite3_bind_text(st, pos, p, bytes.Length, SqliteNative.Transient);
        }
        if (Protocols.HasBuffer(value))
        {
            if (!Protocols.GetBuffer(ts, value, false, out var view)) return -1;
            try
            {
                var span = view.Span;
                fixed (byte* p = span.Length == 0 ? [0] : span)
                    return SqliteNative.sqlite3_bind_blob(st, pos, p, span.Length, SqliteNative.Transient);
            }
            finally
            {
                Protocols.ReleaseBuffer(ref view);
            }
        }
        ts.SetError(state.ProgrammingError, $"Error binding parameter {pos}: type '{value.Type.Name}' is not supported");
        return -1;
    }
}
