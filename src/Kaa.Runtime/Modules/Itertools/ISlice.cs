namespace Kaa.Runtime;

/// <summary><c>itertools.islice(iterable, stop)</c> / <c>islice(iterable, start, stop[, step])</c>.</summary>
internal sealed class ISlice : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.islice", (PyType?)null, TypeFlags.BaseType, Install);

    private const string StopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    /// <summary>The source; null once exhausted.</summary>
    private PyObject? _it;
    /// <summary>Position of the next item to yield.</summary>
    private long _next;
    /// <summary>-1: no stop.</summary>
    private readonly long _stop;
    private readonly long _step;
    /// <summary>Items consumed so far.</summary>
    private long _count;

    private ISlice(PyType type, PyObject it, long start, long stop, long step) : base(type)
    {
        _it = it;
        _next = start;
        _stop = stop;
        _step = step;
    }

    /// <summary>PyNumber_AsSsize_t(x, NULL) with errors cleared: -1 when not an index (clamped when huge).</summary>
    private static long AsIndexOrMinusOne(ThreadState ts, PyObject v)
    {
        if (v.Type.Index is null) return -1;
        if (!Protocols.AsIndex(ts, v, out long n))
        {
            ts.ClearError();
            return -1;
        }
        return n;
    }

    private static PyObject? New(ThreadState ts, PyType t, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ItertoolsArgs.NoKeywords(ts, "islice", t, TypeObject, kw)) return null;
        int n = args.Length - (kw?.Length ?? 0);
        if (!ItertoolsArgs.Positional(ts, "islice", n, 2, 4)) return null;
        long start = 0, stop = -1, step = 1;
        if (n == 2)
        {
            if (args[1] != PyNone.Instance)
            {
                stop = AsIndexOrMinusOne(ts, args[1]);
                if (stop == -1) return ts.ValueError(StopMessage);
            }
        }
        else
        {
            if (args[1] != PyNone.Instance) start = AsIndexOrMinusOne(ts, args[1]);
            if (args[2] != PyNone.Instance)
            {
                stop = AsIndexOrMinusOne(ts, args[2]);
                if (stop == -1) return ts.ValueError(StopMessage);
            }
        }
        if (start < 0 || stop < -1) return ts.ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        if (n == 4 && args[3] != PyNone.Instance)
            step = AsIndexOrMinusOne(ts, args[3]);
        if (step < 1) return ts.ValueError("Step for islice() must be a positive integer or None.");
        var it = Protocols.GetIter(ts, args[0]);
        return it is null ? null : new ISlice(t, it, start, stop, step);
    }

    private static PyObject? Next(ThreadState ts, PyObject self)
    {
        var s = (ISlice)self;
        var it = s._it;
        if (it is null) return null;
        var next = it.Type.IterNext!;
        while (s._count < s._next)
        {
            if (next(ts, it) is null) { s._it = null; return null; }
            s._count++;
        }
        if (s._stop != -1 && s._count >= s._stop) { s._it = null; return null; }
        var item = next(ts, it);
        if (item is null) { s._it = null; return null; }
        s._count++;
        long old = s._next;
        s._next = unchecked(s._next + s._step);
        if (s._next < old || (s._stop != -1 && s._next > s._stop)) s._next = s._stop;
        return item;
    }

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.");
        type.New = New;
        type.IterNext = Next;
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var s = (ISlice)self;
            if (s._it is null)
            {
                var empty = Protocols.GetIter(ts, new PyList());
                if (empty is null) return null;
                return PyTuple.Create([s.Type, PyTuple.Create([empty, PyInt.Create(0)]), PyInt.Create(0)]);
            }
            PyObject stop = s._stop == -1 ? PyNone.Instance : PyInt.Create(s._stop);
            return PyTuple.Create([s.Type, PyTuple.Create([s._it, PyInt.Create(s._next), stop, PyInt.Create(s._step)]), PyInt.Create(s._count)]);
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            if (!IteratorSupport.StateIndex(ts, state, out long count)) return null;
            ((ISlice)self)._count = count;
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
    }
}
