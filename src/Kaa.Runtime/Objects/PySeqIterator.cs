namespace Kaa.Runtime;

/// <summary><c>iterator</c>: iteration over an object that only has <c>__getitem__</c> (indices 0, 1, ... until IndexError).</summary>
public sealed class PySeqIterator : PyObject
{
    private PyObject? _seq;
    private long _index;

    public PySeqIterator(PyObject seq) : base(BuiltinTypes.SeqIterator) => _seq = seq;

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var it = (PySeqIterator)self;
            if (it._seq is null) return null;
            var item = Protocols.GetItem(ts, it._seq, PyInt.Create(it._index));
            if (item is null)
            {
                if (ts.ErrorMatches(PyExc.IndexError) || ts.ErrorMatches(PyExc.StopIteration))
                {
                    ts.ClearError();
                    it._seq = null;
                }
                return null;
            }
            it._index++;
            return item;
        };
    }
}
