namespace Kaa.Runtime;

/// <summary><c>map(func, *iterables)</c>: func applied to the iterables' items in step.</summary>
public class PyMap : PyObject
{
    private readonly PyObject _func;
    private readonly PyObject[] _iterators;

    /// <summary>An instance of <paramref name="type"/> (the builtin type or a Python subclass of it).</summary>
    private static PyMap Make(PyType type, PyObject func, PyObject[] iterators)
        => type == BuiltinTypes.Map ? new PyMap(type, func, iterators) : new Derived(type, func, iterators);

    protected PyMap(PyType type, PyObject func, PyObject[] iterators) : base(type)
    {
        _func = func;
        _iterators = iterators;
    }

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("map() takes no keyword arguments");
            if (args.Length < 2) return ts.TypeError("map() must have at least two arguments.");
            var iterators = new PyObject[args.Length - 1];
            for (int i = 1; i < args.Length; i++)
            {
                var it = Protocols.GetIter(ts, args[i]);
                if (it is null) return null;
                iterators[i - 1] = it;
            }
            return Make(t, args[0], iterators);
        };
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var m = (PyMap)self;
            if (m._iterators.Length == 1)
            {
                var it = m._iterators[0];
                var item = Protocols.Next(ts, it);
                return item is null ? null : Protocols.Call1(ts, m._func, item);
            }
            var items = new PyObject[m._iterators.Length];
            for (int i = 0; i < items.Length; i++)
            {
                var it = m._iterators[i];
                var item = Protocols.Next(ts, it);
                if (item is null) return null;
                items[i] = item;
            }
            return Protocols.Call(ts, m._func, items, null);
        };
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var m = (PyMap)self;
            return PyTuple.Create(m.Type, PyTuple.Create([m._func, .. m._iterators]));
        }, IteratorSupport.ReduceDoc);
        type.AddAttribute("__doc__", PyStr.Create("map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted."));
    }

    /// <summary>Instances of Python subclasses.</summary>
    private sealed class Derived : PyMap
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, PyObject func, PyObject[] iterators) : base(type, func, iterators)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }
}
