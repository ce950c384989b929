namespace Kaa.Runtime;

/// <summary>
/// The slots and methods of <c>mappingproxy</c>: each read is forwarded to the mapping (by its protocol
/// slots, or by calling its method of the same name); writes are refused because the type defines none.
/// </summary>
internal static partial class MappingProxySlots
{
    private static readonly ArgSpec GetSpec = new("get", ["key", "default"], required: 1);
    private static readonly ArgSpec NewSpec = new("mappingproxy", ["mapping"], required: 1, positionalOnly: 0);

    internal static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!NewSpec.Parse(ts, args, kw, a)) return null;
            var mapping = a[0]!;
            if (mapping.Type.GetItem is null || mapping is PyList || mapping is PyTuple)
                return ts.TypeError($"mappingproxy() argument must be a mapping, not {mapping.Type.Name}");
            return new PyMappingProxy(mapping);
        };
        type.Length = static (ts, self) => Protocols.Length(ts, M(self));
        type.GetItem = static (ts, self, key) => Protocols.GetItem(ts, M(self), key);
        type.Contains = static (ts, self, key) =>
        {
            var m = M(self);
            return m is PyDict d && m.Type == BuiltinTypes.Dict ? d.TryGetItem(ts, key, out _) : Protocols.Contains(ts, m, key);
        };
        type.Iter = static (ts, self) => Protocols.GetIter(ts, M(self));
        type.Repr = static (ts, self) =>
        {
            var r = Protocols.Repr(ts, M(self));
            return r is null ? null : new PyStrBuilder().Append("mappingproxy(").Append((PyStr)r).Append(")").ToPyStr();
        };
        type.Str = static (ts, self) => Protocols.Str(ts, M(self));
        type.Hash = null;
        type.RichCompare = static (ts, a, b, op) => Protocols.RichCompare(ts, M(a), b, op);
        type.NumberBinary[(int)BinaryOp.Or] = static (ts, a, b) =>
        {
            if (a is PyMappingProxy pa) a = pa.Mapping;
            if (b is PyMappingProxy pb) b = pb.Mapping;
            return Protocols.BinaryOp(ts, a, b, BinaryOp.Or);
        };
        type.NumberBinary[(int)BinaryOp.InplaceOr] = static (ts, a, b) =>
            ts.TypeError($"'|=' is not supported by {a.Type.Name}; use '|' instead");

        type.AddMethod("get", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!GetSpec.Parse(ts, args, kw, a)) return null;
            return Protocols.CallMethod(ts, M(self), "get", [a[0]!, a[1] ?? PyNone.Instance]);
        }, "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.");
        type.AddMethod("keys", static (ts, self) => Protocols.CallMethod(ts, M(self), "keys", []), "D.keys() -> a set-like object providing a view on D's keys");
        type.AddMethod("values", static (ts, self) => Protocols.CallMethod(ts, M(self), "values", []), "D.values() -> an object providing a view on D's values");
        type.AddMethod("items", static (ts, self) => Protocols.CallMethod(ts, M(self), "items", []), "D.items() -> a set-like object providing a view on D's items");
        type.AddMethod("copy", static (ts, self) => Protocols.CallMethod(ts, M(self), "copy", []), "D.copy() -> a shallow copy of D");
        type.AddMethod("__reversed__", static (ts, self) => Protocols.CallMethod(ts, M(self), "__reversed__", []), "D.__reversed__() -> reverse iterator");
    }

    private static PyObject M(PyObject proxy) => ((PyMappingProxy)proxy).Mapping;
}
