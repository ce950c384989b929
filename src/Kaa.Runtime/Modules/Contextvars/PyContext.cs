namespace Kaa.Runtime;

/// <summary>
/// <c>_contextvars.Context</c>: a mapping from context variables to values. The mapping itself is immutable
/// (CPython uses a HAMT; here a small copy-on-write array, since contexts hold few variables); a Context
/// object holds the current version, which <c>ContextVar.set</c> replaces while the context is entered.
/// Each thread has a current context (<see cref="ThreadState.Context"/>), made empty on first use.
/// </summary>
internal sealed class PyContext : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_contextvars.Context", (PyType?)null, TypeFlags.None, Install);

    /// <summary>The variables and their values, in the order they were first set.</summary>
    public (PyContextVar Var, PyObject Value)[] Entries;

    /// <summary>The context that was current before this one was entered (valid while <see cref="Entered"/>).</summary>
    private PyContext? _prev;
    public bool Entered;

    public PyContext((PyContextVar, PyObject)[] entries) : base(TypeObject) => Entries = entries;

    /// <summary>The current context of the thread (PyContext_CopyCurrent's source), created empty on first use.</summary>
    public static PyContext Current(ThreadState ts)
    {
        if (ts.Context is PyContext c) return c;
        c = new PyContext([]);
        ts.Context = c;
        return c;
    }

    public int IndexOf(PyContextVar var)
    {
        var e = Entries;
        for (int i = 0; i < e.Length; i++)
            if (ReferenceEquals(e[i].Var, var)) return i;
        return -1;
    }

    public bool TryGet(PyContextVar var, out PyObject value)
    {
        int i = IndexOf(var);
        value = i >= 0 ? Entries[i].Value : null!;
        return i >= 0;
    }

    public void Set(PyContextVar var, PyObject value)
    {
        int i = IndexOf(var);
        var copy = i >= 0 ? ((PyContextVar, PyObject)[])Entries.Clone() : new (PyContextVar, PyObject)[Entries.Length + 1];
        if (i < 0)
        {
            Array.Copy(Entries, copy, Entries.Length);
            i = Entries.Length;
        }
        copy[i] = (var, value);
        Entries = copy;
    }

    public void Delete(PyContextVar var)
    {
        int i = IndexOf(var);
        if (i < 0) return;
        var copy = new (PyContextVar, PyObject)[Entries.Length - 1];
        Array.Copy(Entries, 0, copy, 0, i);
        Array.Copy(Entries, i + 1, copy, i, Entries.Length - i - 1);
        Entries = copy;
    }

    /// <summary>Context.run: enter, call, exit (the context must not be entered already).</summary>
    public PyObject? Run(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (Entered) return ts.RuntimeError($"cannot enter context: {Protocols.ReprText(ts, this)} is already entered");
        _prev = Current(ts);
        Entered = true;
        ts.Context = this;
        try
        {
            return Protocols.Call(ts, callable, args, kwnames);
        }
        finally
        {
            ts.Context = _prev;
            _prev = null;
            Entered = false;
        }
    }

    private static PyContextVar? KeyAsVar(ThreadState ts, PyObject key)
    {
        if (key is PyContextVar v) return v;
        ts.SetError(PyExc.TypeError, $"a ContextVar key was expected, got {Protocols.ReprText(ts, key)}");
        return null;
    }

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            if (args.Length > 0) return ts.TypeError("Context() does not accept any arguments");
            return new PyContext([]);
        };
        type.Hash = null;
        type.GetItem = static (ts, self, key) =>
        {
            var v = KeyAsVar(ts, key);
            if (v is null) return null;
            return ((PyContext)self).TryGet(v, out var value) ? value : ts.KeyError(key);
        };
        type.Contains = static (ts, self, key) =>
        {
            var v = KeyAsVar(ts, key);
            if (v is null) return -1;
            return ((PyContext)self).IndexOf(v) >= 0 ? 1 : 0;
        };
        type.Length = static (ts, self) => ((PyContext)self).Entries.Length;
        type.Iter = static (ts, self) => Protocols.GetIter(ts, Keys((PyContext)self));
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || a is not PyContext x || b is not PyContext y) return PyNotImplemented.Instance;
            int eq = EqualEntries(ts, x, y);
            if (eq < 0) return null;
            return PyBool.From((eq == 1) == (op == CompareOp.Eq));
        };
        type.AddMethod("run", static (ts, self, args, kw) =>
        {
            int npos = args.Length - (kw?.Length ?? 0);
            if (npos < 1) return ts.TypeError("run() missing 1 required positional argument");
            return ((PyContext)self).Run(ts, args[0], args[1..], kw);
        });
        type.AddMethod("copy", static (ts, self) => new PyContext(((PyContext)self).Entries));
        type.AddMethod("get", static (ts, self, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("get() takes no keyword arguments");
            if (args.Length < 1 || args.Length > 2)
                return ts.TypeError(args.Length < 1 ? $"get expected at least 1 argument, got {args.Length}" : $"get expected at most 2 arguments, got {args.Length}");
            var v = KeyAsVar(ts, args[0]);
            if (v is null) return null;
            return ((PyContext)self).TryGet(v, out var value) ? value : args.Length > 1 ? args[1] : PyNone.Instance;
        });
        type.AddMethod("keys", static (ts, self) => Keys((PyContext)self));
        type.AddMethod("values", static (ts, self) =>
        {
            var list = new PyList();
            foreach (var (_, value) in ((PyContext)self).Entries) list.Append(value);
            return list;
        });
        type.AddMethod("items", static (ts, self) =>
        {
            var list = new PyList();
            foreach (var (var, value) in ((PyContext)self).Entries) list.Append(PyTuple.Create(var, value));
            return list;
        });
    }

    private static PyList Keys(PyContext c)
    {
        var list = new PyList();
        foreach (var (var, _) in c.Entries) list.Append(var);
        return list;
    }

    private static int EqualEntries(ThreadState ts, PyContext x, PyContext y)
    {
        if (x.Entries.Length != y.Entries.Length) return 0;
        foreach (var (var, value) in x.Entries)
        {
            if (!y.TryGet(var, out var other)) return 0;
            int eq = Protocols.RichCompareBool(ts, value, other, CompareOp.Eq);
            if (eq <= 0) return eq;
        }
        return 1;
    }
}
