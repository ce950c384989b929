namespace Kaa.Runtime;

/// <summary>The slots and attributes of <c>method</c> (bound methods).</summary>
internal static partial class MethodSlots
{
    internal static void Install(PyType type)
    {
        // types.MethodType(function, instance): binds any callable to an object (contextlib's ExitStack
        // binds __exit__ this way).
        type.New = static (ts, t, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("method() takes no keyword arguments");
            if (args.Length != 2) return ts.TypeError($"method expected 2 arguments, got {args.Length}");
            if (args[0].Type.Call is null) return ts.TypeError("first argument must be callable");
            if (args[1] is PyNone) return ts.TypeError("instance must not be None");
            return new PyMethod(args[0], args[1]);
        };
        type.Call = static (ts, self, args, kw) =>
        {
            var m = (PyMethod)self;
            var full = new PyObject[args.Length + 1];
            full[0] = m.Self;
            args.CopyTo(full.AsSpan(1));
            return Protocols.Call(ts, m.Function, full, kw);
        };
        type.GetAttr = static (ts, self, name) =>
        {
            // Attributes the method type does not define come from the function.
            var r = ObjectSlots.GenericGetAttr(ts, self, name, suppress: true);
            if (r is not null || ts.HasError) return r;
            return Protocols.GetAttr(ts, ((PyMethod)self).Function, name);
        };
        type.RichCompare = static (ts, a, b, op) =>
        {
            if ((op != CompareOp.Eq && op != CompareOp.Ne) || b is not PyMethod mb) return PyNotImplemented.Instance;
            var ma = (PyMethod)a;
            bool eq = ReferenceEquals(ma.Self, mb.Self) && Protocols.RichCompareBool(ts, ma.Function, mb.Function, CompareOp.Eq) == 1;
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        type.Hash = static (ts, self) =>
        {
            var m = (PyMethod)self;
            long a = ts.Interp.IdOf(m.Self) >> 4;
            long b = Protocols.Hash(ts, m.Function);
            if (b == -1 && ts.HasError) return -1;
            long h = a ^ b;
            return h == -1 ? -2 : h;
        };
        type.Repr = static (ts, self) =>
        {
            var m = (PyMethod)self;
            var name = Protocols.LookupAttr(ts, m.Function, "__qualname__") ?? Protocols.LookupAttr(ts, m.Function, "__name__");
            if (ts.HasError) return null;
            var selfRepr = Protocols.Repr(ts, m.Self);
            if (selfRepr is null) return null;
            return PyStr.Create($"<bound method {(name as PyStr)?.ToString() ?? "?"} of {selfRepr}>");
        };
        type.DescrGet = static (ts, self, instance, owner) => self;
        type.AddGetSet("__func__", static (ts, self) => ((PyMethod)self).Function);
        type.AddGetSet("__self__", static (ts, self) => ((PyMethod)self).Self);
        type.AddGetSet("__doc__", static (ts, self) => Protocols.GetAttr(ts, ((PyMethod)self).Function, "__doc__"));
    }
}
