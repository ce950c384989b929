namespace Kaa.Runtime;

/// <summary><c>itertools.permutations(iterable, r=None)</c>: r-length arrangements in lexicographic index order.</summary>
internal sealed class Permutations : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.permutations", (PyType?)null, TypeFlags.BaseType, Install);

    private static readonly ArgSpec Spec = new("permutations", ["iterable", "r"], required: 1, positionalOnly: 0);

    private readonly PyTuple _pool;
    private readonly long[] _indices;
    private readonly long[] _cycles;
    private readonly int _r;
    private bool _started;
    private bool _stopped;

    private Permutations(PyType type, PyTuple pool, int r) : base(type)
    {
        int n = pool.Length;
        _pool = pool;
        _r = r;
        _indices = new long[n];
        for (int i = 0; i < n; i++) _indices[i] = i;
        _cycles = new long[r];
        for (int i = 0; i < r; i++) _cycles[i] = n - i;
        _stopped = r > n;
    }

    private static PyObject? Next(ThreadState ts, PyObject self)
    {
        var p = (Permutations)self;
        if (p._stopped) return null;
        int n = p._pool.Length, r = p._r;
        if (!p._started)
        {
            p._started = true;
            return Combinatorics.Select(p._pool, p._indices, r);
        }
        if (n == 0) { p._stopped = true; return null; }
        var indices = p._indices;
        var cycles = p._cycles;
        int i = r - 1;
        for (; i >= 0; i--)
        {
            cycles[i]--;
            if (cycles[i] == 0)
            {
                long index = indices[i];
                for (int j = i; j < n - 1; j++) indices[j] = indices[j + 1];
                indices[n - 1] = index;
                cycles[i] = n - i;
            }
            else
            {
                long j = cycles[i];
                (indices[i], indices[n - j]) = (indices[n - j], indices[i]);
                break;
            }
        }
        if (i < 0) { p._stopped = true; return null; }
        return Combinatorics.Select(p._pool, indices, r);
    }

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)");
        type.New = static (ts, t, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!Spec.Parse(ts, args, kw, a)) return null;
            var pool = Combinatorics.Pool(ts, a[0]!);
            if (pool is null) return null;
            long r = pool.Length;
            if (a[1] is { } ro && ro != PyNone.Instance)
            {
                if (ro is not PyInt ri) return ts.TypeError("Expected int as r");
                if (!ri.TryGetLong(out r)) return ts.OverflowError("Python int too large to convert to C ssize_t");
                if (r < 0) return ts.ValueError("r must be non-negative");
            }
            if (r > int.MaxValue) return ts.MemoryError();
            return new Permutations(t, pool, (int)r);
        };
        type.IterNext = Next;
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var p = (Permutations)self;
            var r = PyInt.Create(p._r);
            if (!p._started) return PyTuple.Create(p.Type, PyTuple.Create(p._pool, r));
            if (p._stopped) return PyTuple.Create(p.Type, PyTuple.Create(PyTuple.Empty, r));
            return PyTuple.Create([p.Type, PyTuple.Create(p._pool, r),
                PyTuple.Create(Combinatorics.IndexTuple(p._indices, p._indices.Length), Combinatorics.IndexTuple(p._cycles, p._r))]);
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            var p = (Permutations)self;
            int n = p._pool.Length;
            if (state is not PyTuple { Length: 2 } st || st.Items[0] is not PyTuple ind || st.Items[1] is not PyTuple cyc)
                return ts.TypeError("state is not a tuple of two tuples");
            if (ind.Length != n || cyc.Length != p._r) return ts.ValueError("invalid arguments");
            for (int i = 0; i < n; i++)
            {
                if (!IteratorSupport.StateIndex(ts, ind.Items[i], out long index)) return null;
                p._indices[i] = index < 0 ? 0 : index > n - 1 ? n - 1 : index;
            }
            for (int i = 0; i < p._r; i++)
            {
                if (!IteratorSupport.StateIndex(ts, cyc.Items[i], out long index)) return null;
                p._cycles[i] = index < 1 ? 1 : index > n - i ? n - i : index;
            }
            p._started = true;
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(64 + 8 * (((Permutations)self)._indices.Length + ((Permutations)self)._r)), "Returns size in memory, in bytes.");
    }
}
