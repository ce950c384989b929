namespace Kaa.Runtime;

/// <summary><c>itertools.accumulate(iterable, func=None, *, initial=None)</c>: running totals (or func results).</summary>
internal sealed class Accumulate : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.accumulate", (PyType?)null, TypeFlags.BaseType, Install);

    private static readonly ArgSpec Spec = new("accumulate", ["iterable", "func", "initial"], required: 1, positionalOnly: 0, maxPositional: 2);

    private readonly PyObject _it;
    /// <summary>null: add with the number protocol.</summary>
    private readonly PyObject? _binop;
    /// <summary>The running total; null before the first item.</summary>
    private PyObject? _total;
    /// <summary>Yielded first when not None.</summary>
    private PyObject _initial;

    private Accumulate(PyType type, PyObject it, PyObject? binop, PyObject initial) : base(type)
    {
        _it = it;
        _binop = binop;
        _initial = initial;
    }

    private static PyObject? Next(ThreadState ts, PyObject self)
    {
        var a = (Accumulate)self;
        if (a._initial != PyNone.Instance)
        {
            a._total = a._initial;
            a._initial = PyNone.Instance;
            return a._total;
        }
        var val = Protocols.Next(ts, a._it);
        if (val is null) return null;
        if (a._total is null) return a._total = val;
        var total = a._binop is null
            ? Protocols.BinaryOp(ts, a._total, val, BinaryOp.Add)
            : Protocols.Call2(ts, a._binop, a._total, val);
        if (total is null) return null;
        return a._total = total;
    }

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "Return series of accumulated sums (or other binary function results).");
        type.New = static (ts, t, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!Spec.Parse(ts, args, kw, a)) return null;
            var it = Protocols.GetIter(ts, a[0]!);
            if (it is null) return null;
            var binop = a[1] is { } f && f != PyNone.Instance ? f : null;
            return new Accumulate(t, it, binop, a[2] ?? PyNone.Instance);
        };
        type.IterNext = Next;
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var a = (Accumulate)self;
            PyObject binop = a._binop ?? PyNone.Instance;
            if (a._initial != PyNone.Instance)
            {
                var it = Protocols.Call2(ts, Chain.TypeObject, PyTuple.Create(a._initial), a._it);
                if (it is null) return null;
                return PyTuple.Create([a.Type, PyTuple.Create(it, binop), PyNone.Instance]);
            }
            if (a._total == PyNone.Instance)
            {
                var it = Protocols.Call2(ts, Chain.TypeObject, PyTuple.Create(a._total), a._it);
                if (it is null) return null;
                it = Protocols.Call2(ts, a.Type, it, binop);
                if (it is null) return null;
                return PyTuple.Create(ISlice.TypeObject, PyTuple.Create([it, PyInt.Create(1), PyNone.Instance]));
            }
            return PyTuple.Create([a.Type, PyTuple.Create(a._it, binop), a._total ?? PyNone.Instance]);
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            ((Accumulate)self)._total = state;
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
    }
}
