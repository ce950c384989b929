namespace Kaa.Runtime;

/// <summary><c>itertools._grouper</c>: one group of a <see cref="GroupBy"/>, valid while it is the current one.</summary>
internal sealed class Grouper : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools._grouper", (PyType?)null, TypeFlags.None, Install);

    private readonly GroupBy _parent;
    private readonly PyObject _targetKey;

    internal Grouper(GroupBy parent, PyObject targetKey) : base(TypeObject)
    {
        _parent = parent;
        _targetKey = targetKey;
    }

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            if (kw is { Length: > 0 }) return ts.TypeError("_grouper() takes no keyword arguments");
            if (args.Length != 2) return ts.TypeError($"_grouper expected 2 arguments, got {args.Length}");
            if (args[0] is not GroupBy parent) return ts.TypeError($"_grouper() argument 1 must be itertools.groupby, not {args[0].Type.Name}");
            var g = new Grouper(parent, args[1]);
            parent.CurrentGrouper = g;
            return g;
        };
        type.Iter = static (ts, self) => self;
        type.IterNext = static (ts, self) =>
        {
            var g = (Grouper)self;
            var p = g._parent;
            if (p.CurrentGrouper != g) return null;
            if (p.CurrentValue is null && !p.Step(ts)) return null;
            int r = Protocols.RichCompareBool(ts, g._targetKey, p.CurrentKey!, CompareOp.Eq);
            if (r <= 0) return null;
            var v = p.CurrentValue!;
            p.CurrentValue = null;
            return v;
        };
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var g = (Grouper)self;
            if (g._parent.CurrentGrouper != g)
            {
                var iter = IteratorSupport.Builtin(ts, "iter");
                return iter is null ? null : PyTuple.Create(iter, PyTuple.Create(PyTuple.Empty));
            }
            return PyTuple.Create(g.Type, PyTuple.Create(g._parent, g._targetKey));
        }, IteratorSupport.ReduceDoc);
    }
}
