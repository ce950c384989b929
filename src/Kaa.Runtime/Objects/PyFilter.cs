namespace Kaa.Runtime;

/// <summary><c>filter(function or None, iterable)</c>: the items for which function(item) is true.</summary>
public sealed class PyFilter : PyObject
{
    private readonly PyObject _func;
    private readonly PyObject _iterator;

    private PyFilter(PyObject func, PyObject iterator) : base(BuiltinTypes.Filter)
    {
        _func = func;
        _iterator = iterator;
    }

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("filter() takes no keyword arguments");
            if (args.Length != 2) return ts.TypeError($"filter expected 2 arguments, got {args.Length}");
            var it = Protocols.GetIter(ts, args[1]);
            if (it is null) return null;
            return new PyFilter(args[0], it);
        };
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var f = (PyFilter)self;
            // None and bool both mean "the item's own truth".
            bool checkTrue = f._func is PyNone || f._func == BuiltinTypes.Bool;
            var next = f._iterator.Type.IterNext!;
            while (true)
            {
                var item = next(ts, f._iterator);
                if (item is null) return null;
                int ok;
                if (checkTrue) ok = Protocols.IsTrue(ts, item);
                else
                {
                    var good = Protocols.Call1(ts, f._func, item);
                    if (good is null) return null;
                    ok = Protocols.IsTrue(ts, good);
                }
                if (ok > 0) return item;
                if (ok < 0) return null;
            }
        };
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var f = (PyFilter)self;
            return PyTuple.Create(f.Type, PyTuple.Create(f._func, f._iterator));
        }, IteratorSupport.ReduceDoc);
        type.AddAttribute("__doc__", PyStr.Create("filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true."));
    }
}
