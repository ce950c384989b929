namespace Kaa.Runtime;

/// <summary><c>itertools.cycle(iterable)</c>: the items, saved on the first pass, then replayed forever.</summary>
internal sealed class Cycle : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.cycle", (PyType?)null, TypeFlags.BaseType, Install);

    /// <summary>The source; null once exhausted (replaying from <see cref="_saved"/>).</summary>
    private PyObject? _it;
    private PyList _saved;
    private int _index;
    /// <summary>Set by __setstate__: the saved list is already complete, items are not appended.</summary>
    private bool _firstPass;

    private Cycle(PyType type, PyObject it) : base(type)
    {
        _it = it;
        _saved = new PyList();
    }

    private static PyObject? Next(ThreadState ts, PyObject self)
    {
        var c = (Cycle)self;
        if (c._it is not null)
        {
            var item = Protocols.Next(ts, c._it);
            if (item is not null)
            {
                if (!c._firstPass) c._saved.Append(item);
                return item;
            }
            if (ts.HasError) return null;
            c._it = null;
        }
        if (c._saved.Count == 0) return null;
        if (c._index >= c._saved.Count) c._index = 0;
        var v = c._saved[c._index++];
        if (c._index >= c._saved.Count) c._index = 0;
        return v;
    }

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.");
        type.New = static (ts, t, args, kw) =>
        {
            if (!ItertoolsArgs.NoKeywords(ts, "cycle", t, TypeObject, kw)) return null;
            if (!ItertoolsArgs.Positional(ts, "cycle", args.Length - (kw?.Length ?? 0), 1, 1)) return null;
            var it = Protocols.GetIter(ts, args[0]);
            return it is null ? null : new Cycle(t, it);
        };
        type.IterNext = Next;
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var c = (Cycle)self;
            if (c._it is null)
            {
                var it = Protocols.GetIter(ts, c._saved);
                if (it is null) return null;
                if (c._index != 0 && Protocols.CallMethod(ts, it, "__setstate__", [PyInt.Create(c._index)]) is null) return null;
                return PyTuple.Create([c.Type, PyTuple.Create(it), PyTuple.Create(c._saved, PyBool.True)]);
            }
            return PyTuple.Create([c.Type, PyTuple.Create(c._it), PyTuple.Create(c._saved, PyBool.From(c._firstPass))]);
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            var c = (Cycle)self;
            if (state is not PyTuple t) return ts.TypeError("state is not a tuple");
            if (t.Length != 2) return ts.TypeError($"function takes exactly 2 arguments ({t.Length} given)");
            if (t.Items[0] is not PyList saved) return ts.TypeError($"argument 1 must be list, not {t.Items[0].Type.Name}");
            if (!Protocols.AsIndex(ts, t.Items[1], out long firstPass)) return null;
            c._saved = saved;
            c._firstPass = firstPass != 0;
            c._index = 0;
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
    }
}
