namespace Kaa.Runtime;

/// <summary>
/// <c>_thread.RLock</c>: a reentrant lock owned by the thread that took it (an owner ident and a count over a
/// <see cref="BinaryLock"/>). Subclassable, as in CPython.
/// </summary>
internal class PyRLock : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_thread.RLock", (PyType?)null, TypeFlags.BaseType | TypeFlags.HasWeakrefs, Install);

    public readonly BinaryLock Lock = new();
    /// <summary>The ident (<c>get_ident()</c>) of the owning thread; 0 when unowned.</summary>
    public long Owner;
    public long Count;

    public PyRLock(PyType type) : base(type) { }

    /// <summary>Instances of Python subclasses.</summary>
    internal sealed class Derived : PyRLock
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

    private static PyObject? AcquireMethod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var r = (PyRLock)self;
        if (!LockArguments.ParseAcquire(ts, args, kw, out long timeout)) return null;
        long me = ThreadModule.CurrentIdent();
        if (r.Count > 0 && r.Owner == me)
        {
            if (r.Count == long.MaxValue) return ts.OverflowError("Internal lock count overflowed");
            r.Count++;
            return PyBool.True;
        }
        if (!r.Lock.Acquire(ts, timeout)) return PyBool.False;
        r.Owner = me;
        r.Count = 1;
        return PyBool.True;
    }

    private static PyObject? ReleaseMethod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var r = (PyRLock)self;
        if (r.Count == 0 || r.Owner != ThreadModule.CurrentIdent())
            return ts.RuntimeError("cannot release un-acquired lock");
        if (--r.Count == 0)
        {
            r.Owner = 0;
            r.Lock.Release();
        }
        return PyNone.Instance;
    }

    private static void Install(PyType type)
    {
        type.AddAttribute("__module__", PyStr.Intern("_thread"));
        type.New = static (ts, t, args, kw) => t == TypeObject ? new PyRLock(t) : new Derived(t);
        type.Repr = static (ts, self) =>
        {
            var r = (PyRLock)self;
            string owner = r.Owner.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return PyStr.Create($"<{(r.Count > 0 ? "locked" : "unlocked")} {r.Type.Name} object owner={owner} count={r.Count} at {Protocols.AddressOf(ts, self)}>");
        };
        type.AddMethod("acquire", AcquireMethod);
        type.AddMethod("release", ReleaseMethod);
        type.AddMethod("__enter__", AcquireMethod);
        type.AddMethod("__exit__", ReleaseMethod);
        type.AddMethod("_is_owned", static (ts, self) =>
        {
            var r = (PyRLock)self;
            return PyBool.From(r.Count > 0 && r.Owner == ThreadModule.CurrentIdent());
        });
        type.AddMethod("_release_save", static (ts, self) =>
        {
            var r = (PyRLock)self;
            if (r.Count == 0) return ts.RuntimeError("cannot release un-acquired lock");
            var state = PyTuple.Create(PyInt.Create(r.Count), PyInt.Create(r.Owner));
            r.Count = 0;
            r.Owner = 0;
            r.Lock.Release();
            return state;
        });
        type.AddMethod("_acquire_restore", static (ts, self, arg) =>
        {
            var r = (PyRLock)self;
            if (arg is not PyTuple { Length: 2 } t)
                return ts.TypeError($"_acquire_restore() argument 1 must be 2-item sequence, not {arg.Type.Name}");
            if (!Protocols.AsIndex(ts, t.Items[0], out long count, PyExc.OverflowError)) return null;
            if (!Protocols.AsIndex(ts, t.Items[1], out long owner, PyExc.OverflowError)) return null;
            r.Lock.Acquire(ts, -1);
            r.Owner = owner;
            r.Count = count;
            return PyNone.Instance;
        });
        type.AddMethod("_at_fork_reinit", static (ts, self) =>
        {
            var r = (PyRLock)self;
            if (r.Lock.IsLocked) r.Lock.Release();
            r.Owner = 0;
            r.Count = 0;
            return PyNone.Instance;
        });
    }
}
