namespace Kaa.Runtime;

/// <summary><c>tuple_iterator</c>: iter(tuple).</summary>
public sealed class PyTupleIterator : PyObject
{
    private PyTuple? _tuple;
    private long _index;

    public PyTupleIterator(PyTuple tuple) : base(BuiltinTypes.TupleIterator) => _tuple = tuple;

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var it = (PyTupleIterator)self;
            if (it._tuple is not { } t) return null;
            if (it._index < t.Length) return t.Items[it._index++];
            it._tuple = null;
            return null;
        };
        type.AddMethod("__length_hint__", static (ts, self) =>
        {
            var it = (PyTupleIterator)self;
            return PyInt.Create(it._tuple is { } t ? t.Length - it._index : 0);
        }, IteratorSupport.LengthHintDoc);
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var iter = IteratorSupport.Builtin(ts, "iter");
            if (iter is null) return null;
            var it = (PyTupleIterator)self;
            return it._tuple is { } t ? IteratorSupport.Reduction(iter, t, PyInt.Create(it._index)) : IteratorSupport.Reduction(iter, PyTuple.Empty);
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            if (!IteratorSupport.StateIndex(ts, state, out long index)) return null;
            var it = (PyTupleIterator)self;
            if (it._tuple is { } t) it._index = Math.Clamp(index, 0, t.Length);
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
    }
}
