namespace Kaa.Runtime;

/// <summary>
/// The slots and methods of <c>_dbm.dbm</c>: the mapping protocol over str/bytes keys and values, keys(),
/// get(), setdefault(), close() and the context manager. Errors are CPython's, including the order of its
/// checks (a key is converted before the closed check, a value after it).
/// </summary>
internal static unsafe class DbmType
{
    private const string ClosedMessage = "DBM object has already been closed";
    private const string ElementsOnly = "dbm mappings have bytes or string elements only";


    /// <summary>Never written: stands in for the address of an empty key or value (a fixed empty array is null).</summary>
    private static readonly byte[] s_nul = [0];

    public static readonly PyType Type = PyType.CreateStatic("_dbm.dbm", (PyType?)null, TypeFlags.NoNew | TypeFlags.Mapping, Install);

    // Mapping: Kaa's iter() takes a type with mp_subscript but no Mapping flag for a sequence (it has no
    // separate sq_item); CPython's dbm object, which has only mp_subscript, is not iterable.
    private static void Install(PyType type)
    {
        type.AddAttribute("__module__", PyStr.Create("_dbm"));
        type.Length = Length;
        type.GetItem = GetItem;
        type.SetItem = SetItem;
        type.Contains = Contains;
        type.AddMethod("close", static (ts, self) =>
        {
            ((PyDbm)self).Close();
            return PyNone.Instance;
        }, "Close the database.");
        // keys() is METH_METHOD|METH_FASTCALL|METH_KEYWORDS in CPython, whose clinic code counts only the
        // positional arguments: keywords are ignored.
        type.AddMethod("keys", static (ts, self, args, kw) =>
        {
            if (args.Length != (kw?.Length ?? 0)) return ts.TypeError("keys() takes no arguments");
            var db = Open(ts, self);
            if (db is null) return null;
            var list = new PyList();
            for (var k = DbmNative.FirstKey(db.Handle); k.Ptr != null; k = DbmNative.NextKey(db.Handle))
                list.Append(Bytes(k));
            return list;
        });
        type.AddMethod("get", static (ts, self, args, kw) =>
        {
            if (!KeyAndDefault(ts, "get", args, kw, out var keyObj, out var fallback)) return null;
            var key = Key(ts, keyObj);
            if (key is null) return null;
            var db = Open(ts, self);
            if (db is null) return null;
            return Fetch(db, key) ?? fallback ?? PyNone.Instance;
        });
        type.AddMethod("setdefault", static (ts, self, args, kw) =>
        {
            if (!KeyAndDefault(ts, "setdefault", args, kw, out var keyObj, out var given)) return null;
            var key = Key(ts, keyObj);
            if (key is null) return null;
            var db = Open(ts, self);
            if (db is null) return null;
            if (Fetch(db, key) is { } found) return found;
            PyObject result;
            byte[] value;
            if (given is not null)
            {
                var v = ElementBytes(ts, given);
                if (v is null) return null;
                (result, value) = (given, v);
            }
            else (result, value) = (PyBytes.Create([]), []);
            if (Store(db, key, value, DbmNative.Insert) < 0)
            {
                DbmNative.ClearError(db.Handle);
                return ts.Raise(ErrorType(ts), "cannot add item to database");
            }
            return result;
        });
        type.AddMethod("__enter__", static (ts, self) => self);
        type.AddMethod("__exit__", static (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("dbm.__exit__() takes no keyword arguments");
            ((PyDbm)self).Close();
            return PyNone.Instance;
        });
    }

    /// <summary>The "s#|O:name" parse of get() and setdefault() (two positional-only parameters), with
    /// getargs.c's messages.</summary>
    private static bool KeyAndDefault(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw,
        out PyObject key, out PyObject? fallback)
    {
        key = null!;
        fallback = null;
        int nkw = kw?.Length ?? 0, npos = args.Length - nkw;
        if (args.Length > 2)
        {
            ts.SetError(PyExc.TypeError, $"{name}() takes at most 2 arguments ({args.Length} given)");
            return false;
        }
        if (npos < 1)
        {
            ts.SetError(PyExc.TypeError, $"{name}() takes at least 1 positional argument ({npos} given)");
            return false;
        }
        if (nkw > 0)
        {
            ts.SetError(PyExc.TypeError, $"'{kw!.Items[0]}' is an invalid keyword argument for {name}()");
            return false;
        }
        key = args[0];
        if (npos > 1) fallback = args[1];
        return true;
    }

    /// <summary>The interpreter's <c>_dbm.error</c> (an OSError subclass made when the module is).</summary>
    internal static PyType ErrorType(ThreadState ts) => ts.Interp.GetModuleState<DbmState>().Error ?? PyExc.OSError;

    private static PyDbm? Open(ThreadState ts, PyObject self)
    {
        var db = (PyDbm)self;
        if (db.Handle != 0) return db;
        ts.SetError(ErrorType(ts), ClosedMessage);
        return null;
    }

    private static nint Length(ThreadState ts, PyObject self)
    {
        var db = Open(ts, self);
        if (db is null) return -1;
        if (db.Size < 0)
        {
            int n = 0;
            for (var k = DbmNative.FirstKey(db.Handle); k.Ptr != null; k = DbmNative.NextKey(db.Handle)) n++;
            db.Size = n;
        }
        return db.Size;
    }

    private static PyObject? GetItem(ThreadState ts, PyObject self, PyObject keyObj)
    {
        var key = Key(ts, keyObj);
        if (key is null) return null;
        var db = Open(ts, self);
        if (db is null) return null;
        var value = Fetch(db, key);
        if (value is null)
        {
            ts.SetError(PyExc.KeyError, PyTuple.Create(keyObj));
            return null;
        }
        if (DbmNative.Error(db.Handle) != 0)
        {
            DbmNative.ClearError(db.Handle);
            return ts.Raise(ErrorType(ts), "");
        }
        return value;
    }

    private static int SetItem(ThreadState ts, PyObject self, PyObject keyObj, PyObject? valueObj)
    {
        var key = Reworded(ts, keyObj, "dbm mappings have bytes or string keys only");
        if (key is null) return -1;
        var db = Open(ts, self);
        if (db is null) return -1;
        db.Size = -1;
        if (valueObj is null)
        {
            int r;
            fixed (byte* k = Pinnable(key)) r = DbmNative.Delete(db.Handle, new DbmNative.Datum(k, key.Length));
            if (r < 0)
            {
                DbmNative.ClearError(db.Handle);
                // A failure cannot be told apart from a missing key (or a corrupt file): KeyError when
                // the database is writable, as CPython reports.
                if ((db.Flags & 2 /* O_RDWR */) != 0) ts.SetError(PyExc.KeyError, PyTuple.Create(keyObj));
                else ts.SetError(ErrorType(ts), "cannot delete item from database");
                return -1;
            }
        }
        else
        {
            var value = ElementBytes(ts, valueObj);
            if (value is null) return -1;
            if (Store(db, key, value, DbmNative.Replace) < 0)
            {
                DbmNative.ClearError(db.Handle);
                ts.SetError(ErrorType(ts), "cannot add item to database");
                return -1;
            }
        }
        if (DbmNative.Error(db.Handle) != 0)
        {
            DbmNative.ClearError(db.Handle);
            ts.SetError(ErrorType(ts), "");
            return -1;
        }
        return 0;
    }

    private static int Contains(ThreadState ts, PyObject self, PyObject keyObj)
    {
        var db = Open(ts, self);
        if (db is null) return -1;
        byte[]? key;
        if (keyObj is PyStr s) key = Utf8(ts, s);
        else if (keyObj is PyBytes b) key = b.Value;
        else
        {
            ts.SetError(PyExc.TypeError, $"dbm key must be bytes or string, not {keyObj.Type.Name}");
            return -1;
        }
        if (key is null) return -1;
        return Fetch(db, key) is null ? 0 : 1;
    }

    private static PyObject? Fetch(PyDbm db, byte[] key)
    {
        DbmNative.Datum d;
        fixed (byte* k = Pinnable(key)) d = DbmNative.Fetch(db.Handle, new DbmNative.Datum(k, key.Length));
        return d.Ptr == null ? null : Bytes(d);
    }

    private static int Store(PyDbm db, byte[] key, byte[] value, int flags)
    {
        fixed (byte* k = Pinnable(key))
        fixed (byte* v = Pinnable(value))
            return DbmNative.Store(db.Handle, new DbmNative.Datum(k, key.Length), new DbmNative.Datum(v, value.Length), flags);
    }

    private static byte[] Pinnable(byte[] data) => data.Length == 0 ? s_nul : data;

    private static PyBytes Bytes(DbmNative.Datum d) => PyBytes.Create(new ReadOnlySpan<byte>(d.Ptr, d.Size).ToArray());

    private static byte[]? ElementBytes(ThreadState ts, PyObject o) => Reworded(ts, o, ElementsOnly);

    /// <summary>The "s#" conversion whose failure, whatever it was, becomes TypeError(<paramref name="message"/>),
    /// as __setitem__ and setdefault report it.</summary>
    private static byte[]? Reworded(ThreadState ts, PyObject o, string message)
    {
        var v = Key(ts, o);
        if (v is not null) return v;
        ts.ClearError();
        ts.SetError(PyExc.TypeError, message);
        return null;
    }

    /// <summary>
    /// getargs.c's "s#": a str as UTF-8 (strict), or a bytes object; other exporters are refused since
    /// their buffer needs releasing (bytearray, memoryview, array), objects without a buffer too.
    /// </summary>
    internal static byte[]? Key(ThreadState ts, PyObject o)
    {
        if (o is PyStr s) return Utf8(ts, s);
        if (o is PyBytes b) return b.Value;
        if (Protocols.HasBuffer(o))
            ts.SetError(PyExc.TypeError, $"argument must be read-only bytes-like object, not {o.Type.Name}");
        else ts.SetError(PyExc.TypeError, $"a bytes-like object is required, not '{o.Type.Name}'");
        return null;
    }

    private static byte[]? Utf8(ThreadState ts, PyStr s) => UnicodeCodecs.Encode(ts, s, UnicodeCodecs.Codec.Utf8, "strict");
}
