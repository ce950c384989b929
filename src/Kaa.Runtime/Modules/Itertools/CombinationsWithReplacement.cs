namespace Kaa.Runtime;

/// <summary><c>itertools.combinations_with_replacement(iterable, r)</c>: r-length combinations allowing repeats.</summary>
internal sealed class CombinationsWithReplacement : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.combinations_with_replacement", (PyType?)null, TypeFlags.BaseType, Install);

    private static readonly ArgSpec Spec = new("combinations_with_replacement", ["iterable", "r"], required: 2, positionalOnly: 0);

    private readonly PyTuple _pool;
    private readonly long[] _indices;
    private readonly int _r;
    private bool _started;
    private bool _stopped;

    private CombinationsWithReplacement(PyType type, PyTuple pool, int r) : base(type)
    {
        _pool = pool;
        _r = r;
        _indices = new long[r];
        _stopped = pool.Length == 0 && r > 0;
    }

    private static PyObject? Next(ThreadState ts, PyObject self)
    {
        var c = (CombinationsWithReplacement)self;
        if (c._stopped) return null;
        int n = c._pool.Length, r = c._r;
        if (!c._started)
        {
            c._started = true;
            return Combinatorics.Select(c._pool, c._indices, r);
        }
        int i = r - 1;
        while (i >= 0 && c._indices[i] == n - 1) i--;
        if (i < 0) { c._stopped = true; return null; }
        long index = c._indices[i] + 1;
        for (; i < r; i++) c._indices[i] = index;
        return Combinatorics.Select(c._pool, c._indices, r);
    }

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')");
        type.New = static (ts, t, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!Spec.Parse(ts, args, kw, a)) return null;
            if (!Protocols.AsIndex(ts, a[1]!, out long r, PyExc.OverflowError)) return null;
            var pool = Combinatorics.Pool(ts, a[0]!);
            if (pool is null) return null;
            if (r < 0) return ts.ValueError("r must be non-negative");
            if (r > int.MaxValue) return ts.MemoryError();
            return new CombinationsWithReplacement(t, pool, (int)r);
        };
        type.IterNext = Next;
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var c = (CombinationsWithReplacement)self;
            var r = PyInt.Create(c._r);
            if (!c._started) return PyTuple.Create(c.Type, PyTuple.Create(c._pool, r));
            if (c._stopped) return PyTuple.Create(c.Type, PyTuple.Create(PyTuple.Empty, r));
            return PyTuple.Create([c.Type, PyTuple.Create(c._pool, r), Combinatorics.IndexTuple(c._indices, c._r)]);
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            var c = (CombinationsWithReplacement)self;
            int n = c._pool.Length;
            if (state is not PyTuple st || st.Length != c._r) return ts.ValueError("invalid arguments");
            for (int i = 0; i < c._r; i++)
            {
                if (!IteratorSupport.StateIndex(ts, st.Items[i], out long index)) return null;
                c._indices[i] = index < 0 ? 0 : index > n ? n : index;
            }
            c._started = true;
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(64 + 8 * ((CombinationsWithReplacement)self)._r), "Returns size in memory, in bytes.");
    }
}
