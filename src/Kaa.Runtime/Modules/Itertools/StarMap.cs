namespace Kaa.Runtime;

/// <summary><c>itertools.starmap(function, iterable)</c>: function(*args) for each args of the iterable.</summary>
internal sealed class StarMap : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.starmap", (PyType?)null, TypeFlags.BaseType, Install);

    private readonly PyObject _func;
    private readonly PyObject _it;

    private StarMap(PyType type, PyObject func, PyObject it) : base(type)
    {
        _func = func;
        _it = it;
    }

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.");
        type.New = static (ts, t, args, kw) =>
        {
            if (!ItertoolsArgs.NoKeywords(ts, "starmap", t, TypeObject, kw)) return null;
            if (!ItertoolsArgs.Positional(ts, "starmap", args.Length - (kw?.Length ?? 0), 2, 2)) return null;
            var it = Protocols.GetIter(ts, args[1]);
            return it is null ? null : new StarMap(t, args[0], it);
        };
        type.IterNext = static (ts, self) =>
        {
            var s = (StarMap)self;
            var args = Protocols.Next(ts, s._it);
            if (args is null) return null;
            if (args.Type == BuiltinTypes.Tuple) return Protocols.Call(ts, s._func, ((PyTuple)args).Items, null);
            var list = Protocols.ToList(ts, args);
            if (list is null) return null;
            return Protocols.Call(ts, s._func, list.ToArray(), null);
        };
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var s = (StarMap)self;
            return PyTuple.Create(s.Type, PyTuple.Create(s._func, s._it));
        }, IteratorSupport.ReduceDoc);
    }
}
