namespace Kaa.Runtime;

/// <summary>
/// <c>operator.attrgetter(attr, ...)</c>: <c>f(r)</c> is <c>r.attr</c> (dotted names follow the chain), or a
/// tuple of several. The names are split and interned once, at construction.
/// </summary>
internal sealed class PyAttrGetter : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("operator.attrgetter", (PyType?)null, TypeFlags.None, Install);

    /// <summary>Per attribute, its dotted parts.</summary>
    private readonly PyStr[][] _paths;
    /// <summary>The names as given (for repr and pickling).</summary>
    private readonly PyObject[] _names;

    private PyAttrGetter(PyStr[][] paths, PyObject[] names) : base(TypeObject)
    {
        _paths = paths;
        _names = names;
    }

    private PyObject? Get(ThreadState ts, PyObject obj, PyStr[] path)
    {
        foreach (var part in path)
        {
            var next = Protocols.GetAttr(ts, obj, part);
            if (next is null) return null;
            obj = next;
        }
        return obj;
    }

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("attrgetter() takes no keyword arguments");
            if (args.Length < 1) return ts.TypeError("attrgetter expected 1 argument, got 0");
            var paths = new PyStr[args.Length][];
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] is not PyStr s) return ts.TypeError("attribute name must be a string");
                var parts = s.ToString()!.Split('.');
                paths[i] = new PyStr[parts.Length];
                for (int k = 0; k < parts.Length; k++) paths[i][k] = PyStr.Intern(PyStr.Create(parts[k]));
            }
            return new PyAttrGetter(paths, args.ToArray());
        };
        type.Call = static (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("attrgetter() takes no keyword arguments");
            if (args.Length != 1) return ts.TypeError($"attrgetter expected 1 argument, got {args.Length}");
            var g = (PyAttrGetter)self;
            if (g._paths.Length == 1) return g.Get(ts, args[0], g._paths[0]);
            var result = new PyObject[g._paths.Length];
            for (int i = 0; i < result.Length; i++)
            {
                var v = g.Get(ts, args[0], g._paths[i]);
                if (v is null) return null;
                result[i] = v;
            }
            return PyTuple.Create(result);
        };
        type.Repr = static (ts, self) =>
        {
            var g = (PyAttrGetter)self;
            if (ts.ReprEnter(g)) return PyStr.Create($"{g.Type.Name}(...)");
            try
            {
                PyObject shown = g._names.Length == 1 ? g._names[0] : PyTuple.Create(g._names);
                var r = Protocols.Repr(ts, shown);
                if (r is null) return null;
                return PyStr.Create(g._names.Length == 1 ? $"{g.Type.Name}({r})" : $"{g.Type.Name}{r}");
            }
            finally
            {
                ts.ReprLeave(g);
            }
        };
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var g = (PyAttrGetter)self;
            return PyTuple.Create(g.Type, PyTuple.Create(g._names));
        }, "Return state information for pickling");
        type.AddAttribute("__vectorcalloffset__", PyInt.Create(40));
        type.AddAttribute("__doc__", PyStr.Create("attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last)."));
    }
}
