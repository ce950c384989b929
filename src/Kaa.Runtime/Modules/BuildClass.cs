namespace Kaa.Runtime;

/// <summary>
/// <c>builtins.__build_class__</c>: what a class statement calls. Resolves <c>__mro_entries__</c> and the
/// metaclass, prepares the namespace, runs the class body in it, then calls the metaclass.
/// </summary>
internal static class BuildClass
{
    public static PyObject? Call(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos < 2) return ts.TypeError("__build_class__: not enough arguments");
        if (args[0] is not PyFunction body) return ts.TypeError("__build_class__: func must be a function");
        if (args[1] is not PyStr name) return ts.TypeError("__build_class__: name is not a string");
        var origBases = PyTuple.FromSpan(args[2..npos]);

        // PEP 560: non-class bases may substitute themselves (__mro_entries__).
        var bases = ResolveBases(ts, origBases);
        if (bases is null) return null;

        // Keyword arguments: metaclass=, the rest go to __prepare__, the metaclass and __init_subclass__.
        PyObject? meta = null;
        var kwNames = new List<PyObject>();
        var kwValues = new List<PyObject>();
        for (int i = 0; i < nkw; i++)
        {
            var k = (PyStr)kwnames!.Items[i];
            if (k.ToString() == "metaclass") meta = args[npos + i];
            else
            {
                kwNames.Add(k);
                kwValues.Add(args[npos + i]);
            }
        }
        bool isClass = false;
        if (meta is null)
        {
            meta = bases.Length == 0 ? BuiltinTypes.Type : bases.Items[0].Type;
            isClass = true;
        }
        else isClass = meta is PyType;
        if (isClass)
        {
            var winner = CalculateMetaclass(ts, (PyType)meta, bases);
            if (winner is null) return null;
            meta = winner;
        }

        var kwTuple = kwNames.Count > 0 ? PyTuple.Create(kwNames.ToArray()) : null;
        PyObject? ns;
        var prepare = Protocols.LookupAttr(ts, meta, "__prepare__");
        if (prepare is null)
        {
            if (ts.HasError) return null;
            ns = new PyDict();
        }
        else
        {
            var pargs = new List<PyObject> { name, bases };
            pargs.AddRange(kwValues);
            ns = Protocols.Call(ts, prepare, pargs.ToArray(), kwTuple);
            if (ns is null) return null;
        }
        if (ns.Type.GetItem is null)
        {
            string mname = meta is PyType mt ? mt.Name + ".__prepare__()" : "<metaclass>.__prepare__()";
            return ts.TypeError($"{mname} must return a mapping, not {ns.Type.Name}");
        }

        // Run the body with the namespace as its locals.
        var frame = new PyFrame(body.Code, body.Globals, body.Builtins, ns, body);
        var cell = Eval.Run(ts, frame);
        if (cell is null) return null;

        if (!ReferenceEquals(bases, origBases))
        {
            if (Protocols.SetItem(ts, ns, PyStr.Intern("__orig_bases__"), origBases) < 0) return null;
        }
        var margs = new List<PyObject> { name, bases, ns };
        margs.AddRange(kwValues);
        var cls = Protocols.Call(ts, meta, margs.ToArray(), kwTuple);
        if (cls is null) return null;
        if (cell is PyCell c && cls is PyType)
        {
            if (!ReferenceEquals(c.Contents, cls))
            {
                if (c.Contents is null)
                    return ts.RuntimeError($"__class__ not set defining {Protocols.ReprText(ts, name)} as {Protocols.ReprText(ts, cls)}. Was __classcell__ propagated to type.__new__?");
                return ts.TypeError($"__class__ set to {Protocols.ReprText(ts, c.Contents)} defining {Protocols.ReprText(ts, name)} as {Protocols.ReprText(ts, cls)}");
            }
        }
        return cls;
    }

    private static PyTuple? ResolveBases(ThreadState ts, PyTuple bases)
    {
        List<PyObject>? result = null;
        for (int i = 0; i < bases.Length; i++)
        {
            var b = bases.Items[i];
            if (b is PyType)
            {
                result?.Add(b);
                continue;
            }
            var entries = Protocols.LookupAttr(ts, b, "__mro_entries__");
            if (entries is null)
            {
                if (ts.HasError) return null;
                result?.Add(b);
                continue;
            }
            var r = Protocols.Call1(ts, entries, bases);
            if (r is null) return null;
            if (r is not PyTuple rt) return (PyTuple?)ts.TypeError("__mro_entries__ must return a tuple");
            result ??= [.. bases.Items.AsSpan(0, i)];
            result.AddRange(rt.Items);
        }
        return result is null ? bases : PyTuple.Create(result.ToArray());
    }

    private static PyType? CalculateMetaclass(ThreadState ts, PyType meta, PyTuple bases)
    {
        var winner = meta;
        foreach (var b in bases.Items)
        {
            var t = b.Type;
            if (winner.IsSubtypeOf(t)) continue;
            if (t.IsSubtypeOf(winner))
            {
                winner = t;
                continue;
            }
            ts.SetError(PyExc.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            return null;
        }
        return winner;
    }
}
