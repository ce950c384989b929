namespace Kaa.Runtime;

/// <summary><c>itertools.dropwhile(predicate, iterable)</c>: skips items while the predicate holds, then yields the rest.</summary>
internal sealed class DropWhile : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.dropwhile", (PyType?)null, TypeFlags.BaseType, Install);

    private readonly PyObject _func;
    private readonly PyObject _it;
    /// <summary>Set once the predicate has failed: everything after is yielded.</summary>
    private bool _start;

    private DropWhile(PyType type, PyObject func, PyObject it) : base(type)
    {
        _func = func;
        _it = it;
    }

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.");
        type.New = static (ts, t, args, kw) =>
        {
            if (!ItertoolsArgs.NoKeywords(ts, "dropwhile", t, TypeObject, kw)) return null;
            if (!ItertoolsArgs.Positional(ts, "dropwhile", args.Length - (kw?.Length ?? 0), 2, 2)) return null;
            var it = Protocols.GetIter(ts, args[1]);
            return it is null ? null : new DropWhile(t, args[0], it);
        };
        type.IterNext = static (ts, self) =>
        {
            var d = (DropWhile)self;
            var next = d._it.Type.IterNext!;
            while (true)
            {
                var item = next(ts, d._it);
                if (item is null) return null;
                if (d._start) return item;
                var good = Protocols.Call1(ts, d._func, item);
                if (good is null) return null;
                int ok = Protocols.IsTrue(ts, good);
                if (ok == 0)
                {
                    d._start = true;
                    return item;
                }
                if (ok < 0) return null;
            }
        };
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var d = (DropWhile)self;
            return PyTuple.Create([d.Type, PyTuple.Create(d._func, d._it), PyInt.Create(d._start ? 1 : 0)]);
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            int start = Protocols.IsTrue(ts, state);
            if (start < 0) return null;
            ((DropWhile)self)._start = start > 0;
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
    }
}
