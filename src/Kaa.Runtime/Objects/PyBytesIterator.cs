namespace Kaa.Runtime;

/// <summary><c>bytes_iterator</c> and <c>bytearray_iterator</c>: iter(b), yielding ints. A bytearray is read
/// live (it may change size while iterated).</summary>
public sealed class PyBytesIterator : PyObject
{
    private PyObject? _seq;
    private long _index;

    public PyBytesIterator(PyType type, PyObject seq) : base(type) => _seq = seq;

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var it = (PyBytesIterator)self;
            if (it._seq is not { } seq) return null;
            var data = BytesMethods.Data(seq);
            if (it._index < data.Length) return PyInt.Create(data[(int)it._index++]);
            it._seq = null;
            return null;
        };
        type.AddMethod("__length_hint__", static (ts, self) =>
        {
            var it = (PyBytesIterator)self;
            return PyInt.Create(it._seq is { } s ? Math.Max(0, BytesMethods.Data(s).Length - it._index) : 0);
        }, IteratorSupport.LengthHintDoc);
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var iter = IteratorSupport.Builtin(ts, "iter");
            if (iter is null) return null;
            var it = (PyBytesIterator)self;
            return it._seq is { } s ? IteratorSupport.Reduction(iter, s, PyInt.Create(it._index)) : IteratorSupport.Reduction(iter, PyTuple.Empty);
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            if (!IteratorSupport.StateIndex(ts, state, out long index)) return null;
            var it = (PyBytesIterator)self;
            if (it._seq is { } s) it._index = Math.Clamp(index, 0, Math.Max(0, BytesMethods.Data(s).Length));
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
    }
}
