namespace Kaa.Runtime;

/// <summary>
/// <c>collections.defaultdict</c>: a dict whose missing keys are filled in by <c>default_factory()</c>.
/// The exact type answers a missing key without looking <c>__missing__</c> up (subclasses may override it).
/// </summary>
public class PyDefaultDict : PyDict
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("collections.defaultdict", BuiltinTypes.Dict,
        TypeFlags.BaseType | TypeFlags.Mapping, Install);

    /// <summary>null when unset (reads as None).</summary>
    internal PyObject? DefaultFactory;

    protected PyDefaultDict(PyType type) : base(type) { }

    private static PyDefaultDict Make(PyType type) => type == TypeObject ? new PyDefaultDict(type) : new Derived(type);

    /// <summary>defdict_missing: <c>self[key] = default_factory()</c>, through the full item protocol.</summary>
    private static PyObject? Missing(ThreadState ts, PyObject self, PyObject key)
    {
        var factory = ((PyDefaultDict)self).DefaultFactory;
        if (factory is null || factory == PyNone.Instance)
        {
            ts.SetError(PyExc.KeyError, PyTuple.Create(key));
            return null;
        }
        var value = Protocols.Call(ts, factory, [], null);
        if (value is null) return null;
        if (self.Type == TypeObject)
        {
            if (!((PyDict)self).SetItem(ts, key, value)) return null;
        }
        else if (Protocols.SetItem(ts, self, key, value) < 0) return null;
        return value;
    }

    private static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var d = (PyDefaultDict)self;
        int r = d.TryGetItem(ts, key, out var v);
        if (r > 0) return v;
        if (r < 0) return null;
        if (self.Type == TypeObject) return Missing(ts, self, key);
        var missing = Protocols.LookupSpecial(ts, self, PyStr.Intern("__missing__"));
        if (missing is not null) return Protocols.Call1(ts, missing, key);
        return ts.HasError ? null : ts.KeyError(key);
    }

    /// <summary>new_defdict: <c>type(dd)(default_factory, arg)</c>, as copy() and | build their results.</summary>
    private static PyObject? NewLike(ThreadState ts, PyDefaultDict dd, PyObject arg)
        => Protocols.Call2(ts, dd.Type, dd.DefaultFactory ?? PyNone.Instance, arg);

    private static PyObject? Or(ThreadState ts, PyObject left, PyObject right)
    {
        PyObject self, other;
        if (left is PyDefaultDict) { self = left; other = right; }
        else { self = right; other = left; }
        if (other is not PyDict) return PyNotImplemented.Instance;
        var result = NewLike(ts, (PyDefaultDict)self, left);
        if (result is null) return null;
        if (result is not PyDict rd || !rd.UpdateFrom(ts, right)) return result is PyDict ? null : ts.TypeError("defaultdict copy is not a dict");
        return result;
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var dd = (PyDefaultDict)self;
        string factoryRepr;
        if (dd.DefaultFactory is null) factoryRepr = "None";
        else if (ts.ReprEnter(dd.DefaultFactory)) factoryRepr = "...";
        else
        {
            var r = Protocols.Repr(ts, dd.DefaultFactory);
            ts.ReprLeave(dd.DefaultFactory);
            if (r is null) return null;
            factoryRepr = r.ToString()!;
        }
        var baseRepr = BuiltinTypes.Dict.Repr!(ts, dd);
        if (baseRepr is null) return null;
        string name = dd.Type.IsHeapType ? dd.Type.Name : dd.Type.QualName;
        return PyStr.Create($"{name}({factoryRepr}, {baseRepr})");
    }

    private static new void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => Make(t);
        type.Init = static (ts, self, args, kw) =>
        {
            var dd = (PyDefaultDict)self;
            int npos = args.Length - (kw?.Length ?? 0);
            PyObject? factory = null;
            if (npos > 0)
            {
                factory = args[0];
                if (factory.Type.Call is null && factory != PyNone.Instance)
                {
                    ts.SetError(PyExc.TypeError, "first argument must be callable or None");
                    return -1;
                }
                args = args[1..];
            }
            dd.DefaultFactory = factory;
            return BuiltinTypes.Dict.Init!(ts, self, args, kw);
        };
        type.GetItem = GetItem;
        type.Repr = Repr;
        type.NumberBinary[(int)BinaryOp.Or] = Or;
        type.AddMethod("__missing__", Missing, "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n");
        NoArgsMethod copy = static (ts, self) => NewLike(ts, (PyDefaultDict)self, self);
        type.AddMethod("copy", copy, "D.copy() -> a shallow copy of D.");
        type.AddMethod("__copy__", copy, "D.copy() -> a shallow copy of D.");
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var dd = (PyDefaultDict)self;
            PyObject args = dd.DefaultFactory is null || dd.DefaultFactory == PyNone.Instance ? PyTuple.Empty : PyTuple.Create(dd.DefaultFactory);
            var items = Protocols.CallMethod(ts, dd, "items", []);
            if (items is null) return null;
            var it = Protocols.GetIter(ts, items);
            if (it is null) return null;
            return PyTuple.Create([dd.Type, args, PyNone.Instance, PyNone.Instance, it]);
        }, "Return state information for pickling.");
        type.AddGetSet("default_factory", static (ts, self) => ((PyDefaultDict)self).DefaultFactory ?? PyNone.Instance,
            static (ts, self, v) => { ((PyDefaultDict)self).DefaultFactory = v; return 0; },
            "Factory for default value called by __missing__().");
        type.AddAttribute("__doc__", PyStr.Create("defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n"));
    }

    /// <summary>Instances of Python subclasses.</summary>
    private new sealed class Derived : PyDefaultDict
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }
}
