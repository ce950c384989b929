namespace Kaa.Runtime;

/// <summary><c>select.poll</c>: the registered descriptors in registration order, polled with poll(2).</summary>
internal sealed class PollObject : PyObject
{
    private readonly List<int> _order = [];
    private readonly Dictionary<int, short> _events = [];
    private bool _polling;

    public static readonly PyType TypeObject = PyType.CreateStatic("select.poll", (PyType?)null, TypeFlags.None, Install);

    public PollObject() : base(TypeObject) { }

    private static readonly ArgSpec RegisterSpec = new("register", ["fd", "eventmask"], required: 1);
    private static readonly ArgSpec ModifySpec = new("modify", ["fd", "eventmask"], required: 2);
    private static readonly ArgSpec PollSpec = new("poll", ["timeout"], required: 0);

    private static void Install(PyType type)
    {
        type.AddMethod("register", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!RegisterSpec.Parse(ts, args, kw, a)) return null;
            if (!PosixModule.AsFileDescriptor(ts, a[0]!, out int fd)) return null;
            int mask = 1 | 2 | 4;
            if (a[1] is { } m && !EventMask(ts, m, out mask)) return null;
            var p = (PollObject)self;
            if (!p._events.ContainsKey(fd)) p._order.Add(fd);
            p._events[fd] = (short)mask;
            return PyNone.Instance;
        });
        type.AddMethod("modify", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!ModifySpec.Parse(ts, args, kw, a)) return null;
            if (!PosixModule.AsFileDescriptor(ts, a[0]!, out int fd)) return null;
            if (!EventMask(ts, a[1]!, out int mask)) return null;
            var p = (PollObject)self;
            if (!p._events.ContainsKey(fd)) return PosixErrors.Raise(ts, Libc.ENOENT);
            p._events[fd] = (short)mask;
            return PyNone.Instance;
        });
        type.AddMethod("unregister", static (ts, self, arg) =>
        {
            if (!PosixModule.AsFileDescriptor(ts, arg, out int fd)) return null;
            var p = (PollObject)self;
            if (!p._events.Remove(fd)) return ts.KeyError(arg);
            p._order.Remove(fd);
            return PyNone.Instance;
        });
        type.AddMethod("poll", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!PollSpec.Parse(ts, args, kw, a)) return null;
            long ms = -1;
            if (a[0] is { } t && t is not PyNone)
            {
                if (t is PyFloat f)
                {
                    if (double.IsNaN(f.Value)) return ts.ValueError("Invalid value NaN (not a number)");
                    ms = (long)Math.Ceiling(f.Value);
                }
                else if (t is PyInt || t.Type.Index is not null)
                {
                    if (!PosixArgs.CLong(ts, t, out ms)) return null;
                }
                else return ts.TypeError("timeout must be an integer or None");
                if (ms < 0) ms = -1;
            }
            return ((PollObject)self).Poll(ts, ms);
        });
    }

    private static bool EventMask(ThreadState ts, PyObject obj, out int mask)
    {
        mask = 0;
        if (!PosixArgs.CLong(ts, obj, out long v)) return false;
        if (v < 0 || v > ushort.MaxValue)
        {
            ts.SetError(PyExc.OverflowError, v < 0 ? "can't convert negative int to unsigned" : "Python int too large for C unsigned short");
            return false;
        }
        mask = (int)v;
        return true;
    }

    private PyObject? Poll(ThreadState ts, long timeoutMs)
    {
        if (_polling) return ts.RuntimeError("concurrent poll() invocation");
        var fds = new PollFd[_order.Count];
        for (int i = 0; i < fds.Length; i++) fds[i] = new PollFd { Fd = _order[i], Events = _events[_order[i]] };
        _polling = true;
        int r;
        try { r = PollWait.Poll(ts, fds, timeoutMs); }
        finally { _polling = false; }
        if (r < 0) return null;
        var list = new PyList();
        foreach (var f in fds)
            if (f.Revents != 0) list.Append(PyTuple.Create(PyInt.Create(f.Fd), PyInt.Create((long)(ushort)f.Revents)));
        return list;
    }
}
