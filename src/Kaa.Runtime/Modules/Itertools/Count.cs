namespace Kaa.Runtime;

/// <summary>
/// <c>itertools.count(start=0, step=1)</c>. Fast mode counts in a long while the start is an int, the step
/// is exactly 1 and the count fits; otherwise values are added with the number protocol.
/// </summary>
internal sealed class Count : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.count", (PyType?)null, TypeFlags.BaseType, Install);

    private static readonly ArgSpec Spec = new("count", ["start", "step"], required: 0, positionalOnly: 0);

    /// <summary>The next value in fast mode; long.MaxValue means slow mode (as CPython's PY_SSIZE_T_MAX).</summary>
    private long _count;
    private PyObject? _longCount;
    private PyObject _step;

    private Count(PyType type, long count, PyObject? longCount, PyObject step) : base(type)
    {
        _count = count;
        _longCount = longCount;
        _step = step;
    }

    private static bool IsNumber(PyObject o)
        => o.Type.Index is not null || o.Type.Int is not null || o.Type.Float is not null || o is PyComplex;

    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!Spec.Parse(ts, args, kwnames, a)) return null;
        PyObject? start = a[0], step = a[1];
        if ((start is not null && !IsNumber(start)) || (step is not null && !IsNumber(step)))
            return ts.TypeError("a number is required");
        bool fast = (start is null || start is PyInt) && (step is null || step is PyInt);
        long count = 0;
        if (start is not null)
        {
            if (fast && !((PyInt)start).TryGetLong(out count)) fast = false;
        }
        else start = PyInt.Create(0);
        step ??= PyInt.Create(1);
        if (fast && !(((PyInt)step).TryGetLong(out long s) && s == 1)) fast = false;
        if (fast && count == long.MaxValue) fast = false;
        return fast ? new Count(type, count, null, step) : new Count(type, long.MaxValue, start, step);
    }

    private static PyObject? Next(ThreadState ts, PyObject self)
    {
        var c = (Count)self;
        if (c._count != long.MaxValue)
        {
            var v = PyInt.Create(c._count++);
            if (c._count == long.MaxValue) c._longCount = PyInt.Create(long.MaxValue);
            return v;
        }
        var current = c._longCount ??= PyInt.Create(long.MaxValue);
        var next = Protocols.BinaryOp(ts, current, c._step, BinaryOp.Add);
        if (next is null) return null;
        c._longCount = next;
        return current;
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var c = (Count)self;
        string name = c.Type.IsHeapType ? c.Type.Name : c.Type.QualName;
        if (c._count != long.MaxValue) return PyStr.Create($"{name}({c._count})");
        var cr = Protocols.Repr(ts, c._longCount!);
        if (cr is null) return null;
        if (c._step is PyInt si && si.TryGetLong(out long s) && s == 1) return PyStr.Create($"{name}({cr})");
        var sr = Protocols.Repr(ts, c._step);
        if (sr is null) return null;
        return PyStr.Create($"{name}({cr}, {sr})");
    }

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "Return a count object whose .__next__() method returns consecutive values.\n\nEquivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n            yield x\n            x += step");
        type.New = New;
        type.IterNext = Next;
        type.Repr = Repr;
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var c = (Count)self;
            return c._count == long.MaxValue
                ? PyTuple.Create(c.Type, PyTuple.Create(c._longCount!, c._step))
                : PyTuple.Create(c.Type, PyTuple.Create(PyInt.Create(c._count)));
        }, IteratorSupport.ReduceDoc);
    }
}
