namespace Kaa.Runtime;

/// <summary><c>itertools.takewhile(predicate, iterable)</c>: items while the predicate holds, then nothing.</summary>
internal sealed class TakeWhile : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.takewhile", (PyType?)null, TypeFlags.BaseType, Install);

    private readonly PyObject _func;
    private readonly PyObject _it;
    /// <summary>Set once the predicate has failed: the iteration is over.</summary>
    private bool _stop;

    private TakeWhile(PyType type, PyObject func, PyObject it) : base(type)
    {
        _func = func;
        _it = it;
    }

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.");
        type.New = static (ts, t, args, kw) =>
        {
            if (!ItertoolsArgs.NoKeywords(ts, "takewhile", t, TypeObject, kw)) return null;
            if (!ItertoolsArgs.Positional(ts, "takewhile", args.Length - (kw?.Length ?? 0), 2, 2)) return null;
            var it = Protocols.GetIter(ts, args[1]);
            return it is null ? null : new TakeWhile(t, args[0], it);
        };
        type.IterNext = static (ts, self) =>
        {
            var d = (TakeWhile)self;
            if (d._stop) return null;
            var item = Protocols.Next(ts, d._it);
            if (item is null) return null;
            var good = Protocols.Call1(ts, d._func, item);
            if (good is null) return null;
            int ok = Protocols.IsTrue(ts, good);
            if (ok > 0) return item;
            if (ok == 0) d._stop = true;
            return null;
        };
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var d = (TakeWhile)self;
            return PyTuple.Create([d.Type, PyTuple.Create(d._func, d._it), PyInt.Create(d._stop ? 1 : 0)]);
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            int start = Protocols.IsTrue(ts, state);
            if (start < 0) return null;
            ((TakeWhile)self)._stop = start > 0;
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
    }
}
