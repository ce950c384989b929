namespace Kaa.Runtime;

/// <summary>
/// <c>weakref.ReferenceType</c> (<c>_weakref.ref</c>): a reference that does not keep its referent alive.
/// Calling it returns the referent, or None once the referent was collected. Subclassable (weakref.KeyedRef).
/// </summary>
internal class PyWeakReference : PyObject
{
    internal static readonly PyType RefType = PyType.CreateStatic("weakref.ReferenceType", (PyType?)null, TypeFlags.BaseType, InstallRef);

    private readonly WeakReference<PyObject> _target;

    /// <summary>The callback (null when none, or once it was called).</summary>
    public PyObject? Callback;

    /// <summary>The referent's hash, once computed (it outlives the referent).</summary>
    private long _hash = -1;

    protected PyWeakReference(PyType type, PyObject target, PyObject? callback) : base(type)
    {
        _target = new WeakReference<PyObject>(target);
        Callback = callback;
    }

    /// <summary>The referent, or null once it died.</summary>
    public PyObject? Target => _target.TryGetTarget(out var t) ? t : null;

    internal sealed class Derived : PyWeakReference
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, PyObject target, PyObject? callback) : base(type, target, callback)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }

    /// <summary>_PyType_SUPPORTS_WEAKREFS, with CPython's error when not.</summary>
    public static bool CheckReferenceable(ThreadState ts, PyObject obj)
    {
        if ((obj.Type.Flags & TypeFlags.HasWeakrefs) != 0) return true;
        ts.SetError(PyExc.TypeError, $"cannot create weak reference to '{obj.Type.Name}' object");
        return false;
    }

    /// <summary>PyWeakref_NewRef / ref.__new__: reuses the basic ref when no callback is given.</summary>
    public static PyObject? NewRef(ThreadState ts, PyType type, PyObject target, PyObject? callback)
    {
        if (!CheckReferenceable(ts, target)) return null;
        if (callback is PyNone) callback = null;
        var registry = ts.Interp.GetModuleState<WeakrefRegistry>();
        var list = registry.GetOrCreate(ts.Interp, target);
        if (callback is not null) registry.NoteCallback(callback);
        bool basic = callback is null && type == RefType;
        if (basic)
        {
            list.BasicRefs(out var existing, out _);
            if (existing is not null) return existing;
        }
        var r = type == RefType ? new PyWeakReference(type, target, callback) : new Derived(type, target, callback);
        list.Add(r, basic);
        return r;
    }

    private static readonly ArgSpec s_refNew = new("__new__", ["ob", "callback"], required: 1);

    private static bool ParseInitArgs(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, out PyObject ob, out PyObject? callback)
    {
        ob = null!;
        callback = null;
        // parse_weakref_init_args unpacks the positional arguments only: keywords are a subclass's business
        // (MyRef(o, value=24) with its own __init__).
        args = args[..(args.Length - (kw?.Length ?? 0))];
        if (args.Length < 1 || args.Length > 2)
        {
            ts.SetError(PyExc.TypeError, args.Length < 1 ? $"{name} expected at least 1 argument, got {args.Length}" : $"{name} expected at most 2 arguments, got {args.Length}");
            return false;
        }
        ob = args[0];
        callback = args.Length > 1 ? args[1] : null;
        return true;
    }

    private static void InstallRef(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            if (!ParseInitArgs(ts, "__new__", args, kw, out var ob, out var cb)) return null;
            return NewRef(ts, t, ob, cb);
        };
        type.Init = static (ts, self, args, kw) =>
        {
            // weakref___init__ refuses keywords (a subclass taking some overrides __init__); __new__ ignores them.
            if (kw is not null && kw.Length > 0)
            {
                ts.SetError(PyExc.TypeError, "ref() takes no keyword arguments");
                return -1;
            }
            return ParseInitArgs(ts, "__init__", args, kw, out _, out _) ? 0 : -1;
        };
        type.Call = static (ts, self, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("weakref() takes no keyword arguments");
            if (args.Length != 0) return ts.TypeError($"weakref expected 0 arguments, got {args.Length}");
            return ((PyWeakReference)self).Target ?? PyNone.Instance;
        };
        type.Hash = static (ts, self) =>
        {
            var r = (PyWeakReference)self;
            if (r._hash != -1) return r._hash;
            var target = r.Target;
            if (target is null)
            {
                ts.SetError(PyExc.TypeError, "weak object has gone away");
                return -1;
            }
            long h = Protocols.Hash(ts, target);
            if (h != -1) r._hash = h;
            return h;
        };
        type.RichCompare = static (ts, a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || a is not PyWeakReference x || b is not PyWeakReference y)
                return PyNotImplemented.Instance;
            var xt = x.Target;
            var yt = y.Target;
            if (xt is null || yt is null)
                return PyBool.From(ReferenceEquals(a, b) == (op == CompareOp.Eq));
            return Protocols.RichCompare(ts, xt, yt, op);
        };
        type.Repr = static (ts, self) =>
        {
            var r = (PyWeakReference)self;
            var target = r.Target;
            if (target is null) return PyStr.Create($"<weakref at {Protocols.AddressOf(ts, self)}; dead>");
            var name = Protocols.LookupAttr(ts, target, "__name__");
            if (name is null && ts.HasError) return null;
            string head = $"<weakref at {Protocols.AddressOf(ts, self)}; to '{target.Type.Name}' at {Protocols.AddressOf(ts, target)}";
            if (name is PyStr ns) return new PyStrBuilder().Append(head).Append(" (").Append(ns).Append(")>").ToPyStr();
            return PyStr.Create(head + ">");
        };
        GenericAliasSlots.AddClassGetItem(type);
        type.AddGetSet("__callback__", static (ts, self) => ((PyWeakReference)self).Callback ?? PyNone.Instance);
    }
}
