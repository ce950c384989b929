namespace Kaa.Runtime;

/// <summary>
/// <c>weakref.ProxyType</c> and <c>weakref.CallableProxyType</c> (<c>_weakref.proxy</c>): a weak reference that
/// stands for its referent, forwarding attribute access, operators, iteration and (for the callable kind)
/// calls; once the referent died every use raises ReferenceError. Proxies are unhashable.
/// </summary>
internal sealed class PyWeakProxy : PyWeakReference
{
    internal static readonly PyType ProxyType = PyType.CreateStatic("weakref.ProxyType", (PyType?)null, TypeFlags.None, t => InstallProxy(t, callable: false));
    internal static readonly PyType CallableProxyType = PyType.CreateStatic("weakref.CallableProxyType", (PyType?)null, TypeFlags.None, t => InstallProxy(t, callable: true));

    private PyWeakProxy(PyType type, PyObject target, PyObject? callback) : base(type, target, callback) { }

    /// <summary>PyWeakref_NewProxy: reuses the basic proxy when no callback is given.</summary>
    public static PyObject? NewProxy(ThreadState ts, PyObject target, PyObject? callback)
    {
        if (!CheckReferenceable(ts, target)) return null;
        if (callback is PyNone) callback = null;
        var registry = ts.Interp.GetModuleState<WeakrefRegistry>();
        var list = registry.GetOrCreate(ts.Interp, target);
        if (callback is not null) registry.NoteCallback(callback);
        if (callback is null)
        {
            list.BasicRefs(out _, out var existing);
            if (existing is not null) return existing;
        }
        var type = target.Type.Call is not null ? CallableProxyType : ProxyType;
        var p = new PyWeakProxy(type, target, callback);
        list.Add(p, callback is null);
        return p;
    }

    /// <summary>The referent, or null with ReferenceError set (proxy_checkref).</summary>
    private static PyObject? Referent(ThreadState ts, PyObject proxy)
    {
        if (proxy is PyWeakProxy p && p.Target is { } t) return t;
        ts.SetError(PyExc.ReferenceError, "weakly-referenced object no longer exists");
        return null;
    }

    /// <summary>An operand as the operation sees it: a proxy's referent, anything else itself.</summary>
    private static PyObject? Unwrap(ThreadState ts, PyObject o) => o is PyWeakProxy ? Referent(ts, o) : o;

    private static void InstallProxy(PyType type, bool callable)
    {
        type.Flags |= TypeFlags.NoNew;
        type.Repr = static (ts, self) =>
        {
            var t = ((PyWeakProxy)self).Target;
            return PyStr.Create($"<weakproxy at {Protocols.AddressOf(ts, self)}; " + (t is null ? "dead>" : $"to '{t.Type.Name}' at {Protocols.AddressOf(ts, t)}>"));
        };
        type.Str = static (ts, self) => Referent(ts, self) is { } t ? Protocols.Str(ts, t) : null;
        type.GetAttr = static (ts, self, name) => Referent(ts, self) is { } t ? Protocols.GetAttr(ts, t, name) : null;
        type.SetAttr = static (ts, self, name, value) =>
        {
            if (Referent(ts, self) is not { } t) return -1;
            return value is null ? Protocols.DelAttr(ts, t, name) : Protocols.SetAttr(ts, t, name, value);
        };
        type.RichCompare = static (ts, a, b, op) =>
        {
            var x = Unwrap(ts, a);
            if (x is null) return null;
            var y = Unwrap(ts, b);
            if (y is null) return null;
            return Protocols.RichCompare(ts, x, y, op);
        };
        if (callable)
            type.Call = static (ts, self, args, kw) => Referent(ts, self) is { } t ? Protocols.Call(ts, t, args, kw) : null;
        type.Iter = static (ts, self) => Referent(ts, self) is { } t ? Protocols.GetIter(ts, t) : null;
        type.IterNext = static (ts, self) =>
        {
            if (Referent(ts, self) is not { } t) return null;
            if (t.Type.IterNext is null)
                return ts.TypeError($"Weakref proxy referenced a non-iterator '{t.Type.Name}' object");
            return Protocols.Next(ts, t);
        };
        type.Bool = static (ts, self) => Referent(ts, self) is { } t ? Protocols.IsTrue(ts, t) : -1;
        type.Length = static (ts, self) => Referent(ts, self) is { } t ? Protocols.Length(ts, t) : -1;
        type.Contains = static (ts, self, item) => Referent(ts, self) is { } t ? Protocols.Contains(ts, t, item) : -1;
        type.GetItem = static (ts, self, key) => Referent(ts, self) is { } t ? Protocols.GetItem(ts, t, key) : null;
        type.SetItem = static (ts, self, key, value) =>
        {
            if (Referent(ts, self) is not { } t) return -1;
            return value is null ? Protocols.DelItem(ts, t, key) : Protocols.SetItem(ts, t, key, value);
        };
        for (int k = 0; k < PyType.BinaryOpCount; k++)
        {
            if (k == (int)BinaryOp.Power || k == (int)BinaryOp.InplacePower) continue;
            var op = (BinaryOp)k;
            type.NumberBinary[k] = (ts, a, b) =>
            {
                var x = Unwrap(ts, a);
                if (x is null) return null;
                var y = Unwrap(ts, b);
                if (y is null) return null;
                return Protocols.BinaryOp(ts, x, y, op);
            };
        }
        type.Power = static (ts, a, b, c) =>
        {
            var x = Unwrap(ts, a);
            if (x is null) return null;
            var y = Unwrap(ts, b);
            if (y is null) return null;
            var z = Unwrap(ts, c);
            if (z is null) return null;
            return Protocols.Power(ts, x, y, z);
        };
        type.InplacePower = type.Power;
        type.DivMod = static (ts, a, b) =>
        {
            var x = Unwrap(ts, a);
            if (x is null) return null;
            var y = Unwrap(ts, b);
            if (y is null) return null;
            return Protocols.Call(ts, ts.Interp.Builtins.GetStr("divmod")!, [x, y], null);
        };
        type.Negative = static (ts, self) => Referent(ts, self) is { } t ? Protocols.Negative(ts, t) : null;
        type.Positive = static (ts, self) => Referent(ts, self) is { } t ? Protocols.Positive(ts, t) : null;
        type.Absolute = static (ts, self) => Referent(ts, self) is { } t ? Protocols.Absolute(ts, t) : null;
        type.Invert = static (ts, self) => Referent(ts, self) is { } t ? Protocols.Invert(ts, t) : null;
        type.Int = static (ts, self) => Referent(ts, self) is { } t ? Protocols.Call(ts, BuiltinTypes.Int, [t], null) : null;
        type.Float = static (ts, self) => Referent(ts, self) is { } t ? Protocols.Call(ts, BuiltinTypes.Float, [t], null) : null;
        type.Index = static (ts, self) => Referent(ts, self) is { } t ? Protocols.Index(ts, t) : null;
        type.AddMethod("__bytes__", static (ts, self) => Referent(ts, self) is { } t ? Protocols.Call(ts, BuiltinTypes.Bytes, [t], null) : null);
        type.AddMethod("__reversed__", static (ts, self) => Referent(ts, self) is { } t ? Protocols.Call(ts, BuiltinTypes.Reversed, [t], null) : null);
    }
}
