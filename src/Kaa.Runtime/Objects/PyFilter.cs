namespace Kaa.Runtime;

/// <summary><c>filter(function or None, iterable)</c>: the items for which function(item) is true.</summary>
public class PyFilter : PyObject
{
    private readonly PyObject _func;
    private readonly PyObject _iterator;

    /// <summary>An instance of <paramref name="type"/> (the builtin type or a Python subclass of it).</summary>
    private static PyFilter Make(PyType type, PyObject func, PyObject iterator)
        => type == BuiltinTypes.Filter ? new PyFilter(type, func, iterator) : new Derived(type, func, iterator);

    protected PyFilter(PyType type, PyObject func, PyObject iterator) : base(type)
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
            return Make(t, args[0], it);
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

    /// <summary>Instances of Python subclasses.</summary>
    private sealed class Derived : PyFilter
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, PyObject func, PyObject iterator) : base(type, func, iterator)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }
}
