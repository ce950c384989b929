namespace Kaa.Runtime;

/// <summary><c>operator.itemgetter(item, ...)</c>: <c>f(r)</c> is <c>r[item]</c>, or a tuple of several items.</summary>
internal sealed class PyItemGetter : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("operator.itemgetter", (PyType?)null, TypeFlags.None, Install);

    /// <summary>The single item, or the tuple of items.</summary>
    private readonly PyObject _item;
    private readonly PyObject[] _items;
    /// <summary>A single non-negative int item, for the exact-tuple/list fast path; else -1.</summary>
    private readonly long _index;

    private PyItemGetter(PyObject[] items) : base(TypeObject)
    {
        _items = items;
        _item = items.Length == 1 ? items[0] : PyTuple.Create(items);
        _index = items.Length == 1 && items[0] is PyInt i && i.Type == BuiltinTypes.Int && i.TryGetLong(out long v) && v >= 0 ? v : -1;
    }

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("itemgetter() takes no keyword arguments");
            if (args.Length < 1) return ts.TypeError("itemgetter expected 1 argument, got 0");
            return new PyItemGetter(args.ToArray());
        };
        type.Call = static (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("itemgetter() takes no keyword arguments");
            if (args.Length != 1) return ts.TypeError($"itemgetter expected 1 argument, got {args.Length}");
            var g = (PyItemGetter)self;
            var obj = args[0];
            if (g._index >= 0)
            {
                if (obj.Type == BuiltinTypes.Tuple && g._index < ((PyTuple)obj).Length) return ((PyTuple)obj).Items[g._index];
                if (obj.Type == BuiltinTypes.List && g._index < ((PyList)obj).Count) return ((PyList)obj)[(int)g._index];
            }
            if (g._items.Length == 1) return Protocols.GetItem(ts, obj, g._item);
            var result = new PyObject[g._items.Length];
            for (int i = 0; i < result.Length; i++)
            {
                var v = Protocols.GetItem(ts, obj, g._items[i]);
                if (v is null) return null;
                result[i] = v;
            }
            return PyTuple.Create(result);
        };
        type.Repr = static (ts, self) =>
        {
            var g = (PyItemGetter)self;
            if (ts.ReprEnter(g)) return PyStr.Create($"{g.Type.Name}(...)");
            try
            {
                var r = Protocols.Repr(ts, g._item);
                if (r is null) return null;
                return PyStr.Create(g._items.Length == 1 ? $"{g.Type.Name}({r})" : $"{g.Type.Name}{r}");
            }
            finally
            {
                ts.ReprLeave(g);
            }
        };
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var g = (PyItemGetter)self;
            return PyTuple.Create(g.Type, g._items.Length == 1 ? PyTuple.Create(g._item) : g._item);
        }, "Return state information for pickling");
        type.AddAttribute("__vectorcalloffset__", PyInt.Create(40));
        type.AddAttribute("__doc__", PyStr.Create("itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"));
    }
}
