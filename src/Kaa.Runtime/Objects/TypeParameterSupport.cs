namespace Kaa.Runtime;

/// <summary>
/// What <c>types.GenericAlias</c> and <c>types.UnionType</c> share: collecting type variables into
/// <c>__parameters__</c>, substituting them on subscription (<c>dict[str, T][int]</c>), and the repr of one
/// member (<c>int</c>, <c>mod.Cls</c>, <c>...</c>, or the repr of a nested alias). Type variables are
/// typing.py's objects, recognised by their <c>__typing_subst__</c> attribute, as CPython does.
/// </summary>
internal static class TypeParameterSupport
{
    private static PyStr S(string s) => PyStr.Intern(s);

    /// <summary>_Py_make_parameters: the distinct type variables of <paramref name="args"/>, in order.</summary>
    public static PyTuple? MakeParameters(ThreadState ts, PyTuple args)
    {
        var parameters = new List<PyObject>();
        foreach (var t in args.Items)
        {
            // A bare class's __parameters__ descriptor is not wanted.
            if (t is PyType) continue;
            var subst = Protocols.LookupAttr(ts, t, S("__typing_subst__"));
            if (ts.HasError) return null;
            if (subst is not null)
            {
                AddDistinct(parameters, t);
                continue;
            }
            var sub = Protocols.LookupAttr(ts, t, S("__parameters__"));
            if (ts.HasError) return null;
            if (sub is PyTuple subTuple)
                foreach (var p in subTuple.Items) AddDistinct(parameters, p);
        }
        return PyTuple.Create([.. parameters]);
    }

    private static void AddDistinct(List<PyObject> list, PyObject item)
    {
        foreach (var x in list) if (ReferenceEquals(x, item)) return;
        list.Add(item);
    }

    private static int IndexOf(PyTuple t, PyObject item)
    {
        var items = t.Items;
        for (int i = 0; i < items.Length; i++) if (ReferenceEquals(items[i], item)) return i;
        return -1;
    }

    /// <summary>_Py_subs_parameters: the new args of <paramref name="self"/> (an alias with
    /// <paramref name="args"/> over <paramref name="parameters"/>) subscripted with <paramref name="item"/>.</summary>
    public static PyTuple? SubstituteParameters(ThreadState ts, PyObject self, PyTuple args, PyTuple parameters, PyObject item)
    {
        int nparams = parameters.Length;
        if (nparams == 0)
        {
            var r = Protocols.Repr(ts, self);
            return r is null ? null : (PyTuple?)ts.TypeError($"{r} is not a generic class");
        }
        var unpacked = UnpackArgs(ts, item);
        if (unpacked is null) return null;
        item = unpacked;
        foreach (var param in parameters.Items)
        {
            var prepare = Protocols.LookupAttr(ts, param, S("__typing_prepare_subst__"));
            if (ts.HasError) return null;
            if (prepare is not null and not PyNone)
            {
                var prepared = Protocols.Call(ts, prepare, [self, item is PyTuple ? item : PyTuple.Create(item)], null);
                if (prepared is null) return null;
                item = prepared;
            }
        }
        PyObject[] argItems = item is PyTuple it ? it.Items : [item];
        if (argItems.Length != nparams)
        {
            var r = Protocols.Repr(ts, self);
            if (r is null) return null;
            return (PyTuple?)ts.TypeError($"Too {(argItems.Length > nparams ? "many" : "few")} arguments for {r}; actual {argItems.Length}, expected {nparams}");
        }
        var newArgs = new List<PyObject>(args.Length);
        foreach (var arg0 in args.Items)
        {
            var arg = arg0;
            if (arg is PyType)
            {
                newArgs.Add(arg);
                continue;
            }
            int unpack = IsUnpackedTypeVarTuple(ts, arg);
            if (unpack < 0) return null;
            var subst = Protocols.LookupAttr(ts, arg, S("__typing_subst__"));
            if (ts.HasError) return null;
            PyObject? value;
            if (subst is not null)
            {
                int iparam = IndexOf(parameters, arg);
                value = Protocols.Call1(ts, subst, argItems[iparam]);
            }
            else value = SubstituteTypeVars(ts, arg, parameters, argItems);
            if (value is null) return null;
            if (unpack == 1 && value is PyTuple vt) newArgs.AddRange(vt.Items);
            else newArgs.Add(value);
        }
        return PyTuple.Create([.. newArgs]);
    }

    /// <summary>subs_tvars: <paramref name="obj"/> (say <c>list[T]</c>) with its own parameters replaced.</summary>
    private static PyObject? SubstituteTypeVars(ThreadState ts, PyObject obj, PyTuple parameters, PyObject[] argItems)
    {
        var sub = Protocols.LookupAttr(ts, obj, S("__parameters__"));
        if (ts.HasError) return null;
        if (sub is not PyTuple subParams || subParams.Length == 0) return obj;
        var subArgs = new List<PyObject>(subParams.Length);
        foreach (var p in subParams.Items)
        {
            int iparam = IndexOf(parameters, p);
            if (iparam >= 0)
            {
                var param = parameters.Items[iparam];
                var value = argItems[iparam];
                // A TypeVarTuple (iterable parameter) given a tuple spreads it.
                if (param.Type.Iter is not null && value is PyTuple vt)
                {
                    subArgs.AddRange(vt.Items);
                    continue;
                }
                subArgs.Add(value);
            }
            else subArgs.Add(p);
        }
        return Protocols.GetItem(ts, obj, PyTuple.Create([.. subArgs]));
    }

    private static int IsUnpackedTypeVarTuple(ThreadState ts, PyObject arg)
    {
        if (arg is PyType) return 0;
        var v = Protocols.LookupAttr(ts, arg, S("__typing_is_unpacked_typevartuple__"));
        if (v is null) return ts.HasError ? -1 : 0;
        return Protocols.IsTrue(ts, v);
    }

    /// <summary>_unpack_args: <c>*tuple[int, str]</c> among the subscript's items becomes its members.</summary>
    private static PyTuple? UnpackArgs(ThreadState ts, PyObject item)
    {
        PyObject[] items = item is PyTuple t ? t.Items : [item];
        var result = new List<PyObject>(items.Length);
        foreach (var x in items)
        {
            if (x is not PyType)
            {
                PyObject? sub;
                if (x is PyGenericAlias ga && ga.Starred && ga.Origin == BuiltinTypes.Tuple) sub = ga.Args;
                else
                {
                    sub = Protocols.LookupAttr(ts, x, S("__typing_unpacked_tuple_args__"));
                    if (ts.HasError) return null;
                }
                if (sub is PyTuple st && !(st.Length > 0 && st.Items[^1] == PyEllipsis.Instance))
                {
                    result.AddRange(st.Items);
                    continue;
                }
            }
            result.Add(x);
        }
        return PyTuple.Create([.. result]);
    }

    /// <summary>ga_repr_item / union_repr_item: how one member of an alias or union shows.</summary>
    public static bool AppendReprItem(ThreadState ts, PyStrBuilder sb, PyObject p)
    {
        if (p == PyEllipsis.Instance)
        {
            sb.Append("...");
            return true;
        }
        var origin = Protocols.LookupAttr(ts, p, S("__origin__"));
        if (ts.HasError) return false;
        if (origin is not null)
        {
            var args = Protocols.LookupAttr(ts, p, S("__args__"));
            if (ts.HasError) return false;
            if (args is not null) return AppendRepr(ts, sb, p); // it looks like a GenericAlias
        }
        var qualname = Protocols.LookupAttr(ts, p, S("__qualname__"));
        if (ts.HasError) return false;
        if (qualname is null) return AppendRepr(ts, sb, p);
        var module = Protocols.LookupAttr(ts, p, S("__module__"));
        if (ts.HasError) return false;
        if (module is null or PyNone) return AppendRepr(ts, sb, p);
        if (module is PyStr ms && ms.ToString() == "builtins")
        {
            var q = Protocols.Str(ts, qualname);
            if (q is not PyStr qs) return false;
            sb.Append(qs);
            return true;
        }
        var m = Protocols.Str(ts, module);
        if (m is not PyStr mstr) return false;
        var q2 = Protocols.Str(ts, qualname);
        if (q2 is not PyStr qstr) return false;
        sb.Append(mstr);
        sb.Append(".");
        sb.Append(qstr);
        return true;
    }

    private static bool AppendRepr(ThreadState ts, PyStrBuilder sb, PyObject p)
    {
        if (Protocols.Repr(ts, p) is not PyStr r) return false;
        sb.Append(r);
        return true;
    }
}
