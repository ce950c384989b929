namespace Kaa.Runtime;

/// <summary>
/// The slots of <c>sqlite3.Row</c> (Modules/_sqlite/row.c): indexing by position, slice, or column name
/// (ASCII case-insensitive), keys(), len, iteration, equality and hashing over description and data.
/// </summary>
internal static class SqliteRowType
{
    public static readonly PyType Type = PyType.CreateStatic("sqlite3.Row", (PyType?)null, TypeFlags.BaseType, Install);

    private static void Install(PyType type)
    {
        type.AddAttribute("__module__", PyStr.Create("sqlite3"));
        type.New = static (ts, t, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("Row() takes no keyword arguments");
            if (args.Length != 2) return ts.TypeError($"Row expected 2 arguments, got {args.Length}");
            if (args[0] is not PySqliteCursor cursor)
                return ts.TypeError($"Row() argument 1 must be sqlite3.Cursor, not {SqliteModule.TypeName(args[0])}");
            if (args[1] is not PyTuple data) return ts.TypeError($"Row() argument 2 must be tuple, not {SqliteModule.TypeName(args[1])}");
            return new PySqliteRow(t) { Description = cursor.Description, Data = data };
        };
        type.Length = static (ts, self) => ((PySqliteRow)self).Data.Length;
        type.GetItem = GetItem;
        type.Iter = static (ts, self) => Protocols.GetIter(ts, ((PySqliteRow)self).Data);
        type.Hash = static (ts, self) =>
        {
            var r = (PySqliteRow)self;
            long a = Protocols.Hash(ts, r.Description);
            if (a == -1 && ts.HasError) return -1;
            long b = Protocols.Hash(ts, r.Data);
            if (b == -1 && ts.HasError) return -1;
            long h = a ^ b;
            return h == -1 ? -2 : h;
        };
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PySqliteRow other) return PyNotImplemented.Instance;
            var self = (PySqliteRow)a;
            int eq = Protocols.RichCompareBool(ts, self.Description, other.Description, CompareOp.Eq);
            if (eq < 0) return null;
            if (eq > 0)
            {
                eq = Protocols.RichCompareBool(ts, self.Data, other.Data, CompareOp.Eq);
                if (eq < 0) return null;
            }
            return PyBool.From((eq > 0) == (op == CompareOp.Eq));
        };
        type.AddMethod("keys", static (ts, self) =>
        {
            var r = (PySqliteRow)self;
            var list = new PyList();
            if (r.Description is PyTuple d)
                foreach (var column in d.Items) list.Append(((PyTuple)column).Items[0]);
            return list;
        }, "Returns the keys of the row.");
    }

    private static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var r = (PySqliteRow)self;
        if (key is PyInt)
        {
            var index = Protocols.Index(ts, key);
            if (index is null) return null;
            if (!index.TryGetLong(out long i)) return ts.Raise(PyExc.IndexError, "cannot fit 'int' into an index-sized integer");
            if (i < 0) i += r.Data.Length;
            if (i < 0 || i >= r.Data.Length) return ts.Raise(PyExc.IndexError, "tuple index out of range");
            return r.Data.Items[i];
        }
        if (key is PyStr name)
        {
            var wanted = name.ToString();
            if (r.Description is PyTuple d)
            {
                for (int i = 0; i < d.Length && i < r.Data.Length; i++)
                {
                    if (((PyTuple)d.Items[i]).Items[0] is PyStr column && EqualsAsciiIgnoreCase(column.ToString(), wanted))
                        return r.Data.Items[i];
                }
            }
            return ts.Raise(PyExc.IndexError, "No item with that key");
        }
        if (key is PySlice) return Protocols.GetItem(ts, r.Data, key);
        return ts.Raise(PyExc.IndexError, "Index must be int or string");
    }

    private static bool EqualsAsciiIgnoreCase(string a, string b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
        {
            char x = a[i], y = b[i];
            if (x is >= 'A' and <= 'Z') x = (char)(x + 32);
            if (y is >= 'A' and <= 'Z') y = (char)(y + 32);
            if (x != y) return false;
        }
        return true;
    }
}
