namespace Kaa.Runtime;

/// <summary><c>itertools.chain(*iterables)</c> and <c>chain.from_iterable(iterable)</c>.</summary>
internal sealed class Chain : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.chain", (PyType?)null, TypeFlags.BaseType, Install);

    /// <summary>The iterator over the iterables; null when exhausted.</summary>
    private PyObject? _source;
    /// <summary>The current iterable's iterator.</summary>
    private PyObject? _active;

    private Chain(PyType type, PyObject source) : base(type) => _source = source;

    private static PyObject? Next(ThreadState ts, PyObject self)
    {
        var c = (Chain)self;
        while (c._source is not null)
        {
            if (c._active is null)
            {
                var iterable = Protocols.Next(ts, c._source);
                if (iterable is null)
                {
                    c._source = null;
                    return null;
                }
                c._active = Protocols.GetIter(ts, iterable);
                if (c._active is null)
                {
                    c._source = null;
                    return null;
                }
            }
            var item = Protocols.Next(ts, c._active);
            if (item is not null) return item;
            if (ts.HasError) return null;
            c._active = null;
        }
        return null;
    }

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.");
        type.New = static (ts, t, args, kw) =>
        {
            if (!ItertoolsArgs.NoKeywords(ts, "chain", t, TypeObject, kw)) return null;
            var source = Protocols.GetIter(ts, PyTuple.FromSpan(args[..(args.Length - (kw?.Length ?? 0))]));
            return source is null ? null : new Chain(t, source);
        };
        type.IterNext = Next;
        GenericAliasSlots.AddClassGetItem(type);
        type.AddClassMethod(new MethodDef("from_iterable", static (ts, cls, iterable) =>
        {
            var source = Protocols.GetIter(ts, iterable);
            return source is null ? null : new Chain((PyType)cls, source);
        }, "Alternative chain() constructor taking a single iterable argument that evaluates lazily."));
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var c = (Chain)self;
            if (c._source is null) return PyTuple.Create(c.Type, PyTuple.Empty);
            return PyTuple.Create([c.Type, PyTuple.Empty, c._active is null ? PyTuple.Create(c._source) : PyTuple.Create(c._source, c._active)]);
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            var c = (Chain)self;
            if (state is not PyTuple t) return ts.TypeError("state is not a tuple");
            if (t.Length < 1 || t.Length > 2)
                return ts.TypeError(t.Length < 1 ? "function takes at least 1 argument (0 given)" : $"function takes at most 2 arguments ({t.Length} given)");
            var source = t.Items[0];
            var active = t.Length > 1 ? t.Items[1] : null;
            if (source.Type.IterNext is null || (active is not null && active.Type.IterNext is null))
                return ts.TypeError("Arguments must be iterators.");
            c._source = source;
            c._active = active;
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
    }
}
