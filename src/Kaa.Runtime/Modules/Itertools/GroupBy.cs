namespace Kaa.Runtime;

/// <summary>
/// <c>itertools.groupby(iterable, key=None)</c>: (key, group) pairs of consecutive items with equal keys.
/// The groups (<see cref="Grouper"/>) share this object's position: advancing the groupby invalidates the
/// previous group.
/// </summary>
internal sealed class GroupBy : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.groupby", (PyType?)null, TypeFlags.BaseType, Install);

    private static readonly ArgSpec Spec = new("groupby", ["iterable", "key"], required: 1, positionalOnly: 0);

    internal readonly PyObject It;
    internal readonly PyObject KeyFunc;
    internal PyObject? TargetKey;
    internal PyObject? CurrentKey;
    internal PyObject? CurrentValue;
    /// <summary>The group handed out last; older groups are exhausted.</summary>
    internal Grouper? CurrentGrouper;

    private GroupBy(PyType type, PyObject it, PyObject keyFunc) : base(type)
    {
        It = it;
        KeyFunc = keyFunc;
    }

    /// <summary>groupby_step: the next item and its key; false at the end (error set or not).</summary>
    internal bool Step(ThreadState ts)
    {
        var value = Protocols.Next(ts, It);
        if (value is null) return false;
        PyObject key = value;
        if (KeyFunc != PyNone.Instance)
        {
            var k = Protocols.Call1(ts, KeyFunc, value);
            if (k is null) return false;
            key = k;
        }
        CurrentValue = value;
        CurrentKey = key;
        return true;
    }

    private static PyObject? Next(ThreadState ts, PyObject self)
    {
        var g = (GroupBy)self;
        g.CurrentGrouper = null;
        // Skip the rest of the current group.
        while (true)
        {
            if (g.CurrentKey is null) { }
            else if (g.TargetKey is null) break;
            else
            {
                int r = Protocols.RichCompareBool(ts, g.TargetKey, g.CurrentKey, CompareOp.Eq);
                if (r < 0) return null;
                if (r == 0) break;
            }
            if (!g.Step(ts)) return null;
        }
        g.TargetKey = g.CurrentKey!;
        var grouper = new Grouper(g, g.TargetKey);
        g.CurrentGrouper = grouper;
        return PyTuple.Create(g.CurrentKey!, grouper);
    }

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping.");
        type.New = static (ts, t, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!Spec.Parse(ts, args, kw, a)) return null;
            var it = Protocols.GetIter(ts, a[0]!);
            return it is null ? null : new GroupBy(t, it, a[1] ?? PyNone.Instance);
        };
        type.IterNext = Next;
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var g = (GroupBy)self;
            if (g.TargetKey is not null && g.CurrentKey is not null && g.CurrentValue is not null)
                return PyTuple.Create([g.Type, PyTuple.Create(g.It, g.KeyFunc), PyTuple.Create([g.CurrentKey, g.CurrentValue, g.TargetKey])]);
            return PyTuple.Create(g.Type, PyTuple.Create(g.It, g.KeyFunc));
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            var g = (GroupBy)self;
            if (state is not PyTuple t) return ts.TypeError("state is not a tuple");
            if (t.Length != 3) return ts.TypeError($"function takes exactly 3 arguments ({t.Length} given)");
            g.CurrentKey = t.Items[0];
            g.CurrentValue = t.Items[1];
            g.TargetKey = t.Items[2];
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
    }
}
