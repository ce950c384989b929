namespace Kaa.Runtime;

/// <summary><c>itertools.filterfalse(function, iterable)</c>: the items for which function(item) is false (None: the false items).</summary>
internal sealed class FilterFalse : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.filterfalse", (PyType?)null, TypeFlags.BaseType, Install);

    private readonly PyObject _func;
    private readonly PyObject _it;

    private FilterFalse(PyType type, PyObject func, PyObject it) : base(type)
    {
        _func = func;
        _it = it;
    }

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.");
        type.New = static (ts, t, args, kw) =>
        {
            if (!ItertoolsArgs.NoKeywords(ts, "filterfalse", t, TypeObject, kw)) return null;
            if (!ItertoolsArgs.Positional(ts, "filterfalse", args.Length - (kw?.Length ?? 0), 2, 2)) return null;
            var it = Protocols.GetIter(ts, args[1]);
            return it is null ? null : new FilterFalse(t, args[0], it);
        };
        type.IterNext = static (ts, self) =>
        {
            var f = (FilterFalse)self;
            var next = f._it.Type.IterNext!;
            bool plain = f._func == PyNone.Instance || f._func == BuiltinTypes.Bool;
            while (true)
            {
                var item = next(ts, f._it);
                if (item is null) return null;
                int ok;
                if (plain) ok = Protocols.IsTrue(ts, item);
                else
                {
                    var good = Protocols.Call1(ts, f._func, item);
                    if (good is null) return null;
                    ok = Protocols.IsTrue(ts, good);
                }
                if (ok == 0) return item;
                if (ok < 0) return null;
            }
        };
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var f = (FilterFalse)self;
            return PyTuple.Create(f.Type, PyTuple.Create(f._func, f._it));
        }, IteratorSupport.ReduceDoc);
    }
}
