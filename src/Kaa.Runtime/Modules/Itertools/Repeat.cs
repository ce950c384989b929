namespace Kaa.Runtime;

/// <summary><c>itertools.repeat(object[, times])</c>: the object, endlessly or <c>times</c> times.</summary>
internal sealed class Repeat : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.repeat", (PyType?)null, TypeFlags.BaseType, Install);

    private static readonly ArgSpec Spec = new("repeat", ["object", "times"], required: 1, positionalOnly: 0);

    private readonly PyObject _element;
    /// <summary>Remaining repetitions; -1 for endless.</summary>
    private long _count;

    private Repeat(PyType type, PyObject element, long count) : base(type)
    {
        _element = element;
        _count = count;
    }

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.");
        type.New = static (ts, t, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!Spec.Parse(ts, args, kw, a)) return null;
            long count = -1;
            if (a[1] is { } times)
            {
                if (!Protocols.AsIndex(ts, times, out count, PyExc.OverflowError)) return null;
                // Only a count given positionally is clamped at zero (a negative keyword means endless).
                if (args.Length == 2 && count < 0) count = 0;
            }
            return new Repeat(t, a[0]!, count);
        };
        type.IterNext = static (ts, self) =>
        {
            var r = (Repeat)self;
            if (r._count == 0) return null;
            if (r._count > 0) r._count--;
            return r._element;
        };
        type.Repr = static (ts, self) =>
        {
            var r = (Repeat)self;
            string name = r.Type.IsHeapType ? r.Type.Name : r.Type.QualName;
            var er = Protocols.Repr(ts, r._element);
            if (er is null) return null;
            return PyStr.Create(r._count == -1 ? $"{name}({er})" : $"{name}({er}, {r._count})");
        };
        type.AddMethod("__length_hint__", static (ts, self) =>
        {
            var r = (Repeat)self;
            return r._count == -1 ? ts.TypeError("len() of unsized object") : PyInt.Create(r._count);
        }, IteratorSupport.LengthHintDoc);
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var r = (Repeat)self;
            return r._count >= 0
                ? PyTuple.Create(r.Type, PyTuple.Create(r._element, PyInt.Create(r._count)))
                : PyTuple.Create(r.Type, PyTuple.Create(r._element));
        }, IteratorSupport.ReduceDoc);
    }
}
