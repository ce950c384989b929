namespace Kaa.Runtime;

/// <summary>
/// <c>set_iterator</c>: walks the set's table in slot order. A change of length between steps raises
/// "Set changed size during iteration" (and keeps raising); the table is re-read at every step because
/// in-place operations may have replaced it.
/// </summary>
public sealed class PySetIterator : PyObject
{
    private PyAnySet? _set;   // null once exhausted
    private int _used;        // the length when iteration started (-1 after a size change: sticky)
    private int _position;
    private int _remaining;   // for __length_hint__

    internal PySetIterator(ThreadState ts, PyAnySet set) : base(BuiltinTypes.SetIterator)
    {
        _set = set;
        _used = _remaining = set.Table(ts).Used;
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var it = (PySetIterator)self;
            if (it._set is null) return null;
            var table = it._set.Table(ts);
            if (it._used != table.Used)
            {
                it._used = -1;
                return ts.RuntimeError("Set changed size during iteration");
            }
            if (!table.Next(ref it._position, out var key, out _))
            {
                it._set = null;
                return null;
            }
            it._remaining--;
            return key;
        };
        type.AddMethod("__length_hint__", static (ts, self) =>
        {
            var it = (PySetIterator)self;
            long n = it._set is not null && it._used == it._set.Table(ts).Used ? it._remaining : 0;
            return PyInt.Create(n);
        }, "Private method returning an estimate of len(list(it)).");
        // setiter_reduce: (iter, (the items still to come as a list,)); the iterator itself does not move.
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var iter = IteratorSupport.Builtin(ts, "iter");
            if (iter is null) return null;
            var it = (PySetIterator)self;
            var rest = new PyList();
            if (it._set is not null)
            {
                var table = it._set.Table(ts);
                if (it._used != table.Used) return ts.RuntimeError("Set changed size during iteration");
                int position = it._position;
                while (table.Next(ref position, out var key, out _)) rest.Append(key);
            }
            return IteratorSupport.Reduction(iter, rest);
        }, IteratorSupport.ReduceDoc);
    }
}
