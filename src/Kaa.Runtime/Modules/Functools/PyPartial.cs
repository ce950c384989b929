namespace Kaa.Runtime;

/// <summary>
/// <c>functools.partial</c>: a callable that prepends stored positional arguments and merges stored
/// keyword arguments into each call. Calls go straight through the vectorcall convention: the stored and
/// the given arguments are laid out in one array, no tuple or dict is built per call.
/// </summary>
public class PyPartial : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("functools.partial", (PyType?)null,
        TypeFlags.BaseType | TypeFlags.HasInstanceDict | TypeFlags.HasWeakrefs, Install);

    internal PyObject Func;
    /// <summary>The stored positional arguments (an exact tuple).</summary>
    internal PyTuple Args;
    /// <summary>The stored keyword arguments (an exact dict).</summary>
    internal PyDict Keywords;
    private PyDict? _dict;

    protected PyPartial(PyType type, PyObject func, PyTuple args, PyDict keywords) : base(type)
    {
        Func = func;
        Args = args;
        Keywords = keywords;
    }

    public override PyDict? Dict { get => _dict ??= new PyDict(); set => _dict = value; }

    /// <summary>The instance dict when one holds something (CPython's <c>pto->dict != NULL</c>).</summary>
    private PyDict? UsedDict => _dict is { Count: > 0 } ? _dict : null;

    private static PyPartial Make(PyType type, PyObject func, PyTuple args, PyDict keywords)
        => type == TypeObject ? new PyPartial(type, func, args, keywords) : new Derived(type, func, args, keywords);

    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos < 1) return ts.TypeError("type 'partial' takes at least one argument");
        var func = args[0];
        PyTuple? innerArgs = null;
        PyDict? innerKw = null;
        // A partial of a partial (with no attributes of its own) flattens into one.
        if (func is PyPartial inner && inner.UsedDict is null)
        {
            innerArgs = inner.Args;
            innerKw = inner.Keywords;
            func = inner.Func;
        }
        if (func.Type.Call is null) return ts.TypeError("the first argument must be callable");
        var given = args[1..npos];
        PyTuple stored;
        if (innerArgs is null || innerArgs.Length == 0) stored = PyTuple.FromSpan(given);
        else
        {
            var items = new PyObject[innerArgs.Length + given.Length];
            innerArgs.Items.CopyTo(items, 0);
            given.CopyTo(items.AsSpan(innerArgs.Length));
            stored = PyTuple.Create(items);
        }
        var kw = innerKw is null ? new PyDict() : innerKw.Copy(ts)!;
        for (int i = 0; i < nkw; i++)
            if (!kw.SetItem(ts, kwnames!.Items[i], args[npos + i])) return null;
        return Make(type, func, stored, kw);
    }

    /// <summary>partial_vectorcall: stored positionals, then the call's; stored keywords the call does not override, then the call's.</summary>
    private static PyObject? Call(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var p = (PyPartial)self;
        var stored = p.Args.Items;
        if (p.Keywords.Count == 0)
        {
            if (stored.Length == 0) return Protocols.Call(ts, p.Func, args, kwnames);
            var all = new PyObject[stored.Length + args.Length];
            stored.CopyTo(all, 0);
            args.CopyTo(all.AsSpan(stored.Length));
            return Protocols.Call(ts, p.Func, all, kwnames);
        }
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        // Stored keywords that the call overrides are dropped; the call's keywords come last.
        var names = new List<PyObject>(p.Keywords.Count + nkw);
        var values = new List<PyObject>(p.Keywords.Count + nkw);
        int pos = 0;
        while (p.Keywords.Next(ref pos, out var k, out var v))
        {
            // The stored dict is mutable (p.keywords[1234] = ...): CPython's call through a dict refuses non-str keys.
            if (k is not PyStr) return ts.TypeError("keywords must be strings");
            bool overridden = false;
            for (int i = 0; i < nkw; i++)
            {
                var callName = kwnames!.Items[i];
                if (ReferenceEquals(callName, k) || (k is PyStr ks && callName is PyStr cs && ks.EqualsStr(cs)))
                {
                    overridden = true;
                    break;
                }
            }
            if (overridden) continue;
            names.Add(k);
            values.Add(v);
        }
        var buffer = new PyObject[stored.Length + npos + values.Count + nkw];
        stored.CopyTo(buffer, 0);
        args[..npos].CopyTo(buffer.AsSpan(stored.Length));
        values.CopyTo(buffer, stored.Length + npos);
        args[npos..].CopyTo(buffer.AsSpan(stored.Length + npos + values.Count));
        for (int i = 0; i < nkw; i++) names.Add(kwnames!.Items[i]);
        return Protocols.Call(ts, p.Func, buffer, PyTuple.Create(names.ToArray()));
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var p = (PyPartial)self;
        if (ts.ReprEnter(p)) return PyStr.Intern("...");
        try
        {
            var sb = new PyStrBuilder();
            sb.Append(p.Type.Name);
            sb.Append("(");
            var fr = Protocols.Repr(ts, p.Func);
            if (fr is null) return null;
            sb.Append((PyStr)fr);
            foreach (var a in p.Args.Items)
            {
                var r = Protocols.Repr(ts, a);
                if (r is null) return null;
                sb.Append(", ");
                sb.Append((PyStr)r);
            }
            int pos = 0;
            while (p.Keywords.Next(ref pos, out var k, out var v))
            {
                var ks = Protocols.Str(ts, k);
                if (ks is null) return null;
                var vr = Protocols.Repr(ts, v);
                if (vr is null) return null;
                sb.Append(", ");
                sb.Append((PyStr)ks);
                sb.Append("=");
                sb.Append((PyStr)vr);
            }
            sb.Append(")");
            return sb.ToPyStr();
        }
        finally
        {
            ts.ReprLeave(p);
        }
    }

    private static PyObject? SetState(ThreadState ts, PyObject self, PyObject state)
    {
        var p = (PyPartial)self;
        if (state is not PyTuple { Length: 4 } t || t.Items[0].Type.Call is null || t.Items[1] is not PyTuple
            || (t.Items[2] != PyNone.Instance && t.Items[2] is not PyDict))
            return ts.TypeError("invalid partial state");
        var fnargs = (PyTuple)t.Items[1];
        if (fnargs.Type != BuiltinTypes.Tuple) fnargs = PyTuple.Create((PyObject[])fnargs.Items.Clone());
        PyDict kw;
        if (t.Items[2] == PyNone.Instance) kw = new PyDict();
        else if (t.Items[2].Type != BuiltinTypes.Dict) kw = ((PyDict)t.Items[2]).Copy(ts)!;
        else kw = (PyDict)t.Items[2];
        var dict = t.Items[3];
        if (dict != PyNone.Instance && dict is not PyDict)
            return ts.TypeError("setting partial object's dictionary to a non-dict");
        p.Func = t.Items[0];
        p.Args = fnargs;
        p.Keywords = kw;
        p._dict = dict as PyDict;
        return PyNone.Instance;
    }

    private static void Install(PyType type)
    {
        // Made from a spec in CPython: the module name sits in the type's namespace.
        type.AddAttribute("__module__", PyStr.Create("functools"));
        type.New = New;
        type.Call = Call;
        type.Repr = Repr;
        type.GetAttr = ObjectSlots.GenericGetAttr;
        type.SetAttr = ObjectSlots.GenericSetAttr;
        type.AddGetSet("func", static (ts, self) => ((PyPartial)self).Func, IteratorSupport.ReadOnlyMember, "function object to use in future partial calls");
        type.AddGetSet("args", static (ts, self) => ((PyPartial)self).Args, IteratorSupport.ReadOnlyMember, "tuple of arguments to future partial calls");
        type.AddGetSet("keywords", static (ts, self) => ((PyPartial)self).Keywords, IteratorSupport.ReadOnlyMember, "dictionary of keyword arguments to future partial calls");
        type.AddGetSet("__dict__", static (ts, self) => self.Dict!, static (ts, self, v) =>
        {
            if (v is null) { ts.SetError(PyExc.TypeError, "cannot delete __dict__"); return -1; }
            if (v is not PyDict d) { ts.SetError(PyExc.TypeError, $"__dict__ must be set to a dictionary, not a '{v.Type.Name}'"); return -1; }
            self.Dict = d;
            return 0;
        });
        type.AddAttribute("__vectorcalloffset__", PyInt.Create(56));
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var p = (PyPartial)self;
            return PyTuple.Create([p.Type, PyTuple.Create(p.Func),
                PyTuple.Create([p.Func, p.Args, p.Keywords, (PyObject?)p.UsedDict ?? PyNone.Instance])]);
        });
        type.AddMethod("__setstate__", SetState);
        GenericAliasSlots.AddClassGetItem(type);
        type.AddAttribute("__doc__", PyStr.Create("partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n"));
    }

    /// <summary>Instances of Python subclasses.</summary>
    private sealed class Derived : PyPartial
    {
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, PyObject func, PyTuple args, PyDict keywords) : base(type, func, args, keywords)
        {
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override Span<PyObject?> SlotValues => _slots;
    }
}
