namespace Kaa.Runtime;

/// <summary><c>operator.methodcaller(name, /, *args, **kwargs)</c>: <c>f(r)</c> is <c>r.name(*args, **kwargs)</c>.</summary>
internal sealed class PyMethodCaller : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("operator.methodcaller", (PyType?)null, TypeFlags.None, Install);

    private readonly PyStr _name;
    /// <summary>The positional arguments, then the keyword values named by <see cref="_kwnames"/>.</summary>
    private readonly PyObject[] _args;
    private readonly PyTuple? _kwnames;

    private PyMethodCaller(PyStr name, PyObject[] args, PyTuple? kwnames) : base(TypeObject)
    {
        _name = name;
        _args = args;
        _kwnames = kwnames;
    }

    private int PositionalCount => _args.Length - (_kwnames?.Length ?? 0);

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos < 1) return ts.TypeError("methodcaller needs at least one argument, the method name");
            if (args[0] is not PyStr name) return ts.TypeError("method name must be a string");
            return new PyMethodCaller(PyStr.Intern(name), args[1..].ToArray(), kw is { Length: > 0 } ? kw : null);
        };
        type.Call = static (ts, self, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("methodcaller() takes no keyword arguments");
            if (args.Length != 1) return ts.TypeError($"methodcaller expected 1 argument, got {args.Length}");
            var c = (PyMethodCaller)self;
            var method = Protocols.GetAttr(ts, args[0], c._name);
            if (method is null) return null;
            return Protocols.Call(ts, method, c._args, c._kwnames);
        };
        type.Repr = static (ts, self) =>
        {
            var c = (PyMethodCaller)self;
            if (ts.ReprEnter(c)) return PyStr.Create($"{c.Type.Name}(...)");
            try
            {
                var sb = new PyStrBuilder();
                sb.Append(c.Type.Name).Append("(");
                var nr = Protocols.Repr(ts, c._name);
                if (nr is null) return null;
                sb.Append((PyStr)nr);
                int npos = c.PositionalCount;
                for (int i = 0; i < c._args.Length; i++)
                {
                    var r = Protocols.Repr(ts, c._args[i]);
                    if (r is null) return null;
                    sb.Append(", ");
                    if (i >= npos) sb.Append((PyStr)c._kwnames!.Items[i - npos]).Append("=");
                    sb.Append((PyStr)r);
                }
                return sb.Append(")").ToPyStr();
            }
            finally
            {
                ts.ReprLeave(c);
            }
        };
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var c = (PyMethodCaller)self;
            int npos = c.PositionalCount;
            if (c._kwnames is null)
            {
                var newargs = new PyObject[npos + 1];
                newargs[0] = c._name;
                c._args.AsSpan(0, npos).CopyTo(newargs.AsSpan(1));
                return PyTuple.Create(c.Type, PyTuple.Create(newargs));
            }
            // partial(type(self), name, **kwargs) rebuilds it; the positional arguments follow.
            var pargs = new PyObject[2 + c._kwnames.Length];
            pargs[0] = c.Type;
            pargs[1] = c._name;
            c._args.AsSpan(npos).CopyTo(pargs.AsSpan(2));
            var constructor = Protocols.Call(ts, PyPartial.TypeObject, pargs, c._kwnames);
            if (constructor is null) return null;
            return PyTuple.Create(constructor, PyTuple.FromSpan(c._args.AsSpan(0, npos)));
        }, "Return state information for pickling");
        type.AddAttribute("__doc__", PyStr.Create("methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1)."));
    }
}
