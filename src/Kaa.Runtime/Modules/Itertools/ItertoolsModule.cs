namespace Kaa.Runtime;

/// <summary><c>itertools</c>: the iterator building blocks (one type per file in this folder) and <c>tee</c>.</summary>
internal static class ItertoolsModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("itertools", "Functional tools for creating and using iterators.\n\nInfinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\nrepeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\nIterators terminating on the shortest input sequence:\naccumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\nchain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\nchain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\ncompress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\ndropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\ngroupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\nfilterfalse(pred, seq) --> elements of seq where pred(elem) is False\nislice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\npairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\nstarmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\ntee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\ntakewhile(pred, seq) --> seq[0], seq[1], until pred fails\nzip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\nCombinatoric generators:\nproduct(p, q, ... [repeat=1]) --> cartesian product\npermutations(p[, r])\ncombinations(p, r)\ncombinations_with_replacement(p, r)\n");
        m.Set("_grouper", Grouper.TypeObject);
        m.Set("_tee", Tee.TypeObject);
        m.Set("_tee_dataobject", TeeDataObject.TypeObject);
        m.Set("accumulate", Accumulate.TypeObject);
        m.Set("chain", Chain.TypeObject);
        m.Set("combinations", Combinations.TypeObject);
        m.Set("combinations_with_replacement", CombinationsWithReplacement.TypeObject);
        m.Set("compress", Compress.TypeObject);
        m.Set("count", Count.TypeObject);
        m.Set("cycle", Cycle.TypeObject);
        m.Set("dropwhile", DropWhile.TypeObject);
        m.Set("filterfalse", FilterFalse.TypeObject);
        m.Set("groupby", GroupBy.TypeObject);
        m.Set("islice", ISlice.TypeObject);
        m.Set("pairwise", Pairwise.TypeObject);
        m.Set("permutations", Permutations.TypeObject);
        m.Set("product", Product.TypeObject);
        m.Set("repeat", Repeat.TypeObject);
        m.Set("starmap", StarMap.TypeObject);
        m.Set("takewhile", TakeWhile.TypeObject);
        m.Set("zip_longest", ZipLongest.TypeObject);
        m.AddFunction("tee", Tee_, "Returns a tuple of n independent iterators.");
        return m;
    }

    /// <summary>tee(iterable, n=2): the iterator itself when it can copy itself, else a _tee; then n-1 copies.</summary>
    private static PyObject? Tee_(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is { Length: > 0 }) return ts.TypeError("tee() takes no keyword arguments");
        if (!ItertoolsArgs.Positional(ts, "tee", args.Length, 1, 2)) return null;
        long n = 2;
        if (args.Length == 2 && !Protocols.AsIndex(ts, args[1], out n, PyExc.OverflowError)) return null;
        if (n < 0) return ts.ValueError("n must be >= 0");
        if (n == 0) return PyTuple.Empty;
        var it = Protocols.GetIter(ts, args[0]);
        if (it is null) return null;
        var copy = Protocols.LookupAttr(ts, it, "__copy__");
        if (copy is null && ts.HasError) return null;
        PyObject copyable = it;
        if (copy is null)
        {
            var t = Tee.FromIterable(ts, it);
            if (t is null) return null;
            copyable = t;
            copy = Protocols.GetAttr(ts, copyable, "__copy__");
            if (copy is null) return null;
        }
        var result = new PyObject[n];
        result[0] = copyable;
        for (long i = 1; i < n; i++)
        {
            var c = Protocols.Call0(ts, copy);
            if (c is null) return null;
            result[i] = c;
        }
        return PyTuple.Create(result);
    }
}
