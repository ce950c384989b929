namespace Kaa.Runtime;

/// <summary><c>itertools.product(*iterables, repeat=1)</c>: the cartesian product, rightmost pool varying fastest.</summary>
internal sealed class Product : ItertoolsIterator
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("itertools.product", (PyType?)null, TypeFlags.BaseType, Install);

    private static readonly ArgSpec RepeatSpec = new("product", ["repeat"], required: 0, positionalOnly: 0);

    private readonly PyTuple _pools;
    private readonly long[] _indices;
    /// <summary>The last result's items; null before the first.</summary>
    private PyObject[]? _result;
    private bool _stopped;

    private Product(PyType type, PyTuple pools) : base(type)
    {
        _pools = pools;
        _indices = new long[pools.Length];
    }

    private PyTuple Pool(int i) => (PyTuple)_pools.Items[i];

    private static PyObject? New(ThreadState ts, PyType t, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = args.Length - nkw;
        long repeat = 1;
        if (nkw > 0)
        {
            var a = new ArgBuffer();
            if (!RepeatSpec.Parse(ts, args[npos..], kw, a)) return null;
            if (a[0] is { } r)
            {
                if (!Protocols.AsIndex(ts, r, out repeat, PyExc.OverflowError)) return null;
                if (repeat < 0) return ts.ValueError("repeat argument cannot be negative");
            }
        }
        if (npos > 0 && repeat > int.MaxValue / npos) return ts.OverflowError("repeat argument too large");
        int count = (int)(npos * repeat);
        var pools = new PyObject[count];
        // repeat=0: the product of no pools (one empty tuple); the iterables are not even read.
        for (int i = 0; i < npos && count > 0; i++)
        {
            var list = Protocols.ToList(ts, args[i]);
            if (list is null) return null;
            pools[i] = PyTuple.Create(list.ToArray());
        }
        for (int i = npos; i < count; i++) pools[i] = pools[i - npos];
        return new Product(t, PyTuple.Create(pools));
    }

    private static PyObject? Next(ThreadState ts, PyObject self)
    {
        var p = (Product)self;
        if (p._stopped) return null;
        int n = p._pools.Length;
        if (p._result is null)
        {
            var first = new PyObject[n];
            for (int i = 0; i < n; i++)
            {
                var pool = p.Pool(i);
                if (pool.Length == 0) { p._stopped = true; return null; }
                first[i] = pool.Items[0];
            }
            p._result = first;
            return PyTuple.Create((PyObject[])first.Clone());
        }
        var result = p._result;
        int k = n - 1;
        for (; k >= 0; k--)
        {
            var pool = p.Pool(k);
            p._indices[k]++;
            if (p._indices[k] == pool.Length)
            {
                p._indices[k] = 0;
                result[k] = pool.Items[0];
            }
            else
            {
                result[k] = pool.Items[p._indices[k]];
                break;
            }
        }
        if (k < 0) { p._stopped = true; return null; }
        return PyTuple.Create((PyObject[])result.Clone());
    }

    private static void Install(PyType type)
    {
        ItertoolsArgs.Common(type, "product(*iterables, repeat=1) --> product object\n\nCartesian product of input iterables.  Equivalent to nested for-loops.\n\nFor example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\nThe leftmost iterators are in the outermost for-loop, so the output tuples\ncycle in a manner similar to an odometer (with the rightmost element changing\non every iteration).\n\nTo compute the product of an iterable with itself, specify the number\nof repetitions with the optional repeat keyword argument. For example,\nproduct(A, repeat=4) means the same as product(A, A, A, A).\n\nproduct('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\nproduct((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...");
        type.New = New;
        type.IterNext = Next;
        type.AddMethod("__reduce__", static (ts, self) =>
        {
            var p = (Product)self;
            if (p._stopped) return PyTuple.Create(p.Type, PyTuple.Create(PyTuple.Empty));
            if (p._result is null) return PyTuple.Create(p.Type, p._pools);
            return PyTuple.Create([p.Type, p._pools, Combinatorics.IndexTuple(p._indices, p._indices.Length)]);
        }, IteratorSupport.ReduceDoc);
        type.AddMethod("__setstate__", static (ts, self, state) =>
        {
            var p = (Product)self;
            int n = p._pools.Length;
            if (state is not PyTuple st || st.Length != n) return ts.ValueError("invalid arguments");
            for (int i = 0; i < n; i++)
            {
                if (!IteratorSupport.StateIndex(ts, st.Items[i], out long index)) return null;
                int size = p.Pool(i).Length;
                if (size == 0)
                {
                    p._stopped = true;
                    return PyNone.Instance;
                }
                p._indices[i] = Math.Clamp(index, 0, size - 1);
            }
            var result = new PyObject[n];
            for (int i = 0; i < n; i++) result[i] = p.Pool(i).Items[p._indices[i]];
            p._result = result;
            return PyNone.Instance;
        }, IteratorSupport.SetStateDoc);
        type.AddMethod("__sizeof__", static (ts, self) => PyInt.Create(64 + 8 * ((Product)self)._indices.Length), "Returns size in memory, in bytes.");
    }
}
