namespace Kaa.Runtime;

/// <summary><c>list_iterator</c>: iter(list). Sees the list's current size at every step.</summary>
public sealed class PyListIterator : PyObject
{
    private PyList? _list;
    private long _index;

    public PyListIterator(PyList list) : base(BuiltinTypes.ListIterator) => _list = list;

    /// <summary>The next item, or null at the end (never an exception): tp_iternext, which FOR_ITER calls
    /// directly for this type.</summary>
    internal PyObject? Next()
    {
        if (_list is not { } l) return null;
        if (_index < l.Count) return l[(int)_index++];
        _list = null;
        return null;
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) => ((PyListIterator)self).Next();
        type.AddMethod("__length_hint__", static (ts, self) =>
        {
            var it = (PyListIterator)self;
            long n = it._list is { } l ? l.Count - it._index : 0;
            return PyInt.Create(n < 0 ? 0 : n);
        }, IteratorSupport.LengthHintDoc);
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var iter = IteratorSupport.Builtin(ts, "iter");
            if (iter is null) return null;
            var it = (PyListIterator)self;
            return it._list is { } l ? IteratorSupport.Reduction(iter, l, PyInt.Create(it._index)) : IteratorSupport.Reduction(iter, new PyList());
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            if (!IteratorSupport.StateIndex(ts, state, out long index)) return null;
            var it = (PyListIterator)self;
            if (it._list is { } l) it._index = Math.Clamp(index, 0, l.Count);
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
    }
}

/// <summary><c>list_reverseiterator</c>: list.__reversed__(), from the last item to the first.</summary>
public sealed class PyListReverseIterator : PyObject
{
    private PyList? _list;
    private long _index;

    public PyListReverseIterator(PyList list) : base(BuiltinTypes.ListReverseIterator)
    {
        _list = list;
        _index = list.Count - 1;
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var it = (PyListReverseIterator)self;
            if (it._list is not { } l) return null;
            long i = it._index;
            if (i >= 0 && i < l.Count)
            {
                it._index--;
                return l[(int)i];
            }
            it._index = -1;
            it._list = null;
            return null;
        };
        type.AddMethod("__length_hint__", static (ts, self) =>
        {
            var it = (PyListReverseIterator)self;
            long n = it._index + 1;
            if (it._list is null || it._list.Count < n) n = 0;
            return PyInt.Create(n);
        }, IteratorSupport.LengthHintDoc);
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var reversed = IteratorSupport.Builtin(ts, "reversed");
            if (reversed is null) return null;
            var it = (PyListReverseIterator)self;
            return it._list is { } l ? IteratorSupport.Reduction(reversed, l, PyInt.Create(it._index)) : IteratorSupport.Reduction(reversed, new PyList());
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            if (!IteratorSupport.StateIndex(ts, state, out long index)) return null;
            var it = (PyListReverseIterator)self;
            if (it._list is { } l) it._index = index < -1 ? -1 : Math.Min(index, l.Count - 1);
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
    }
}
