namespace Kaa.Runtime;

/// <summary><c>itertools._tee</c>: one of the independent iterators <c>tee()</c> returns (copyable).</summary>
internal sealed class Tee : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools._tee", (PyType?)null, TypeFlags.HasWeakrefs, Install);

    private TeeDataObject _data;
    private int _index;

    private Tee(TeeDataObject data, int index) : base(TypeObject)
    {
        _data = data;
        _index = index;
    }

    internal Tee Copy() => new(_data, _index);

    /// <summary>tee_fromiterable: a tee over iter(iterable), or a copy when that is already a tee.</summary>
    internal static PyObject? FromIterable(ThreadState ts, PyObject iterable)
    {
        var it = Protocols.GetIter(ts, iterable);
        if (it is null) return null;
        if (it is Tee t) return t.Copy();
        return new Tee(new TeeDataObject(it), 0);
    }

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("_tee() takes no keyword arguments");
            if (args.Length != 1) return ts.TypeError($"_tee expected 1 argument, got {args.Length}");
            return FromIterable(ts, args[0]);
        };
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var t = (Tee)self;
            if (t._index >= TeeDataObject.LinkCells)
            {
                t._data = t._data.Jump()!;
                t._index = 0;
            }
            var value = t._data.GetItem(ts, t._index);
            if (value is null) return null;
            t._index++;
            return value;
        };
        type.AddMethod("__copy__", static (ts, self) => ((Tee)self).Copy(), "Returns an independent iterator.");
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var t = (Tee)self;
            return PyTuple.Create([t.Type, PyTuple.Create(PyTuple.Empty), PyTuple.Create(t._data, PyInt.Create(t._index))]);
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            var t = (Tee)self;
            if (state is not PyTuple st) return ts.TypeError("state is not a tuple");
            if (st.Length != 2) return ts.TypeError($"function takes exactly 2 arguments ({st.Length} given)");
            if (st.Items[0] is not TeeDataObject data) return ts.TypeError($"argument 1 must be itertools._tee_dataobject, not {st.Items[0].Type.Name}");
            if (!Protocols.AsIndex(ts, st.Items[1], out long index)) return null;
            if (index < 0 || index > TeeDataObject.LinkCells) return ts.ValueError("Index out of range");
            t._data = data;
            t._index = (int)index;
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
        type.AddAttribute("__doc__", PyStr.Create("Iterator wrapped to make it copyable."));
    }
}
