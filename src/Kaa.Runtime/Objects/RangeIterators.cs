using System.Numerics;

namespace Kaa.Runtime;

/// <summary><c>range_iterator</c>: iteration over a range whose values all fit a long.</summary>
public sealed class PyRangeIterator : PyObject
{
    private readonly long _start, _step, _length;
    private long _index;

    public PyRangeIterator(long start, long step, long length) : base(BuiltinTypes.RangeIterator)
    {
        _start = start;
        _step = step;
        _length = length;
    }

    /// <summary>The next value, or null at the end: tp_iternext, which FOR_ITER calls directly for this type.</summary>
    internal PyObject? Next()
    {
        if (_index >= _length) return null;
        // Unsigned arithmetic, as CPython: the result fits even when an intermediate would not.
        return PyInt.Create(unchecked(_start + (long)((ulong)_index++ * (ulong)_step)));
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) => ((PyRangeIterator)self).Next();
        type.AddMethod("__length_hint__", static (ts, self) =>
        {
            var it = (PyRangeIterator)self;
            return PyInt.Create(it._length - it._index);
        }, IteratorSupport.LengthHintDoc);
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var it = (PyRangeIterator)self;
            var iter = IteratorSupport.Builtin(ts, "iter");
            if (iter is null) return null;
            var range = new PyRange(PyInt.Create(it._start), PyInt.Create(it._start + (BigInteger)it._length * it._step), PyInt.Create(it._step));
            return IteratorSupport.Reduction(iter, range, PyInt.Create(it._index));
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            var it = (PyRangeIterator)self;
            var i = Protocols.Index(ts, state);
            if (i is null) return null;
            if (!i.TryGetLong(out long index)) return ts.OverflowError("Python int too large to convert to C long");
            it._index = Math.Clamp(index, 0, it._length);
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
    }
}

/// <summary><c>longrange_iterator</c>: iteration over a range with values beyond a long.</summary>
public sealed class PyLongRangeIterator : PyObject
{
    private readonly BigInteger _start, _step, _length;
    private BigInteger _index;

    public PyLongRangeIterator(BigInteger start, BigInteger step, BigInteger length) : base(BuiltinTypes.LongRangeIterator)
    {
        _start = start;
        _step = step;
        _length = length;
    }

    internal static void Install(PyType type)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var it = (PyLongRangeIterator)self;
            if (it._index >= it._length) return null;
            var value = it._start + it._index * it._step;
            it._index++;
            return PyInt.Create(value);
        };
        type.AddMethod("__length_hint__", static (ts, self) =>
        {
            var it = (PyLongRangeIterator)self;
            return PyInt.Create(it._length - it._index);
        }, IteratorSupport.LengthHintDoc);
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var it = (PyLongRangeIterator)self;
            var iter = IteratorSupport.Builtin(ts, "iter");
            if (iter is null) return null;
            var range = new PyRange(PyInt.Create(it._start), PyInt.Create(it._start + it._length * it._step), PyInt.Create(it._step));
            return IteratorSupport.Reduction(iter, range, PyInt.Create(it._index));
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            var it = (PyLongRangeIterator)self;
            var i = Protocols.Index(ts, state);
            if (i is null) return null;
            var index = i.Value;
            it._index = index.Sign < 0 ? BigInteger.Zero : index > it._length ? it._length : index;
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
    }
}
