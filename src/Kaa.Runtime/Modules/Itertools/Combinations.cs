namespace Kaa.Runtime;

/// <summary><c>itertools.combinations(iterable, r)</c>: r-length subsequences in lexicographic index order.</summary>
internal sealed class Combinations : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.combinations", (PyType?)null, TypeFlags.BaseType, Install);

    private static readonly ArgSpec Spec = new("combinations", ["iterable", "r"], required: 2, positionalOnly: 0);

    private readonly PyTuple _pool;
    private readonly long[] _indices;
    private readonly int _r;
    private bool _started;
    private bool _stopped;

    private Combinations(PyType type, PyTuple pool, int r) : base(type)
    {
        _pool = pool;
        _r = r;
        _indices = new long[r];
        for (int i = 0; i < r; i++) _indices[i] = i;
        _stopped = r > pool.Length;
    }

    private static PyObject? Next(ThreadState ts, PyObject self)
    {
        var c = (Combinations)self;
        if (c._stopped) return null;
        int n = c._pool.Length, r = c._r;
        if (!c._started)
        {
            c._started = true;
            return Combinatorics.Select(c._pool, c._indices, r);
        }
        int i = r - 1;
        while (i >= 0 && c._indices[i] == i + n - r) i--;
        if (i < 0) { c._stopped = true; return null; }
        c._indices[i]++;
        for (int j = i + 1; j < r; j++) c._indices[j] = c._indices[j - 1] + 1;
        return Combinatorics.Select(c._pool, c._indices, r);
    }

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)");
        type.New = static (ts, t, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!Spec.Parse(ts, args, kw, a)) return null;
            if (!Protocols.AsIndex(ts, a[1]!, out long r, PyExc.OverflowError)) return null;
            var pool = Combinatorics.Pool(ts, a[0]!);
            if (pool is null) return null;
            if (r < 0) return ts.ValueError("r must be non-negative");
            if (r > int.MaxValue) return ts.MemoryError();
            return new Combinations(t, pool, (int)r);
        };
        type.IterNext = Next;
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var c = (Combinations)self;
            var r = PyInt.Create(c._r);
            if (!c._started) return PyTuple.Create(c.Type, PyTuple.Create(c._pool, r));
            if (c._stopped) return PyTuple.Create(c.Type, PyTuple.Create(PyTuple.Empty, r));
            return PyTuple.Create([c.Type, PyTuple.Create(c._pool, r), Combinatorics.IndexTuple(c._indices, c._r)]);
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            var c = (Combinations)self;
            int n = c._pool.Length;
            if (state is not PyTuple st || st.Length != c._r) return ts.ValueError("invalid arguments");
            for (int i = 0; i < c._r; i++)
            {
                if (!IteratorSupport.StateIndex(ts, st.Items[i], out long index)) return null;
                long max = i + n - c._r;
                c._indices[i] = index > max ? max : index < 0 ? 0 : index;
            }
            c._started = true;
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(64 + 8 * ((Combinations)self)._r), "Returns size in memory, in bytes.");
    }
}
