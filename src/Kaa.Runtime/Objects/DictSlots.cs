namespace Kaa.Runtime;

/// <summary>The slots and members of <c>dict</c> (a first core; the containers work completes it).</summary>
internal static partial class DictSlots
{
    internal static void Install(PyType type)
    {
        type.Length = static (ts, self) => ((PyDict)self).Count;
        type.Hash = null;
        type.Repr = static (ts, self) =>
        {
            var d = (PyDict)self;
            if (d.Count == 0) return PyStr.Intern("{}");
            if (!ts.EnterNative(" while getting the repr of an object")) return null;
            var sb = new PyStrBuilder().Append("{");
            int pos = 0;
            bool first = true;
            while (d.Next(ref pos, out var k, out var v))
            {
                if (!first) sb.Append(", ");
                first = false;
                var kr = Protocols.Repr(ts, k);
                var vr = kr is null ? null : Protocols.Repr(ts, v);
                if (vr is null) { ts.LeaveNative(); return null; }
                sb.Append((PyStr)kr!).Append(": ").Append((PyStr)vr);
            }
            ts.LeaveNative();
            return sb.Append("}").ToPyStr();
        };
        type.GetItem = static (ts, self, key) =>
        {
            var d = (PyDict)self;
            int r = d.TryGetItem(ts, key, out var v);
            if (r > 0) return v;
            if (r < 0) return null;
            return ts.KeyError(key);
        };
        type.SetItem = static (ts, self, key, value) =>
        {
            var d = (PyDict)self;
            if (value is not null) return d.SetItem(ts, key, value) ? 0 : -1;
            int r = d.DelItem(ts, key);
            if (r == 0) { ts.KeyError(key); return -1; }
            return r < 0 ? -1 : 0;
        };
        type.Contains = static (ts, self, key) => ((PyDict)self).TryGetItem(ts, key, out _);
        type.Iter = static (ts, self) => new PySeqIterator(PyList.FromArray(((PyDict)self).KeysSnapshot().ToArray()));
        type.New = static (ts, t, args, kw) => t == BuiltinTypes.Dict ? new PyDict() : new PyDict.Derived(t);
        type.AddMethod("get", static (ts, self, args, kw) =>
        {
            if (args.Length < 1 || args.Length > 2) return ts.TypeError($"get expected at least 1 argument, got {args.Length}");
            int r = ((PyDict)self).TryGetItem(ts, args[0], out var v);
            if (r < 0) return null;
            return r > 0 ? v : args.Length > 1 ? args[1] : PyNone.Instance;
        });
        type.AddMethod("keys", static (ts, self) => PyList.FromArray(((PyDict)self).KeysSnapshot().ToArray()));
    }
}
