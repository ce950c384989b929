using System.Runtime.CompilerServices;

namespace Kaa.Runtime;

/// <summary>
/// <c>_thread._local</c> (threading.local): one attribute dict per thread. The dicts are keyed by the .NET
/// thread (one per Python thread), weakly, so a finished thread's dict goes with it. A thread's first
/// access creates its dict and runs a subclass's <c>__init__</c> with the constructor's arguments.
/// </summary>
internal sealed class PyThreadLocal : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("_thread._local", (PyType?)null, TypeFlags.BaseType | TypeFlags.HasWeakrefs, Install);

    private readonly ConditionalWeakTable<System.Threading.Thread, PyDict> _dicts = new();
    private readonly PyObject[] _args;
    private readonly PyTuple? _kwnames;
    private readonly PyObject?[]? _slots;

    private PyThreadLocal(PyType type, PyObject[] args, PyTuple? kwnames) : base(type)
    {
        _args = args;
        _kwnames = kwnames;
        if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        _dicts.Add(System.Threading.Thread.CurrentThread, new PyDict());
    }

    /// <summary>The calling thread's dict (made by <see cref="ThreadDict"/> before any attribute access).</summary>
    public override PyDict? Dict
    {
        get => _dicts.TryGetValue(System.Threading.Thread.CurrentThread, out var d) ? d : null;
        set { }
    }

    public override Span<PyObject?> SlotValues => _slots;

    /// <summary>_ldict: the calling thread's dict, created (and <c>__init__</c> run) on its first use.</summary>
    private PyDict? ThreadDict(ThreadState ts)
    {
        var thread = System.Threading.Thread.CurrentThread;
        if (_dicts.TryGetValue(thread, out var d)) return d;
        d = new PyDict();
        _dicts.Add(thread, d);
        if (!ReferenceEquals(Type.Init, ObjectSlots.ObjectInitSlot) && Type.Init is { } init && init(ts, this, _args, _kwnames) < 0)
        {
            // Next access tries again with a fresh dict.
            _dicts.Remove(thread);
            return null;
        }
        return d;
    }

    private static void Install(PyType type)
    {
        type.AddAttribute("__module__", PyStr.Intern("_thread"));
        type.AddAttribute("__doc__", PyStr.Create("Thread-local data"));
        type.New = static (ts, t, args, kw) =>
        {
            if (ReferenceEquals(t.Init, ObjectSlots.ObjectInitSlot) && args.Length > 0)
                return ts.TypeError("Initialization arguments are not supported");
            return new PyThreadLocal(t, args.ToArray(), kw);
        };
        type.GetAttr = static (ts, self, name) =>
        {
            var local = (PyThreadLocal)self;
            var dict = local.ThreadDict(ts);
            if (dict is null) return null;
            if (name.ToString() == "__dict__") return dict;
            return ObjectSlots.GenericGetAttr(ts, self, name);
        };
        type.SetAttr = static (ts, self, name, value) =>
        {
            var local = (PyThreadLocal)self;
            if (local.ThreadDict(ts) is null) return -1;
            if (name.ToString() == "__dict__")
            {
                ts.SetError(PyExc.AttributeError, $"'{self.Type.Name}' object attribute '__dict__' is read-only");
                return -1;
            }
            return ObjectSlots.GenericSetAttr(ts, self, name, value);
        };
    }
}
