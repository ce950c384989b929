namespace Kaa.Runtime;

/// <summary>
/// <c>_functools</c>: what <c>functools.py</c> takes from C — <c>reduce</c>, <c>cmp_to_key</c>, <c>partial</c>
/// and <c>_lru_cache_wrapper</c>.
/// </summary>
internal static class FunctoolsModule
{
    private static readonly ArgSpec ReduceSpec = new("reduce", ["function", "iterable", "initial"], required: 2);
    private static readonly ArgSpec CmpToKeySpec = new("cmp_to_key", ["mycmp"], required: 1, positionalOnly: 0);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_functools", "Tools that operate on functions.");
        m.AddFunction("reduce", Reduce, "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the iterable in the calculation, and serves as a default when the\niterable is empty.");
        m.AddFunction("cmp_to_key", static (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!CmpToKeySpec.Parse(ts, args, kw, a)) return null;
            return new PyKeyWrapper(a[0]!, null);
        }, "Convert a cmp= function into a key= function.");
        m.Set("partial", PyPartial.TypeObject);
        m.Set("_lru_cache_wrapper", PyLruCacheWrapper.TypeObject);
        return m;
    }

    private static PyObject? Reduce(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is { Length: > 0 }) return ts.TypeError("reduce() takes no keyword arguments");
        var a = new ArgBuffer();
        if (!ReduceSpec.Parse(ts, args, kwnames, a)) return null;
        var func = a[0]!;
        var it = Protocols.GetIter(ts, a[1]!);
        if (it is null)
        {
            if (ts.ErrorMatches(PyExc.TypeError))
            {
                ts.ClearError();
                ts.SetError(PyExc.TypeError, "reduce() arg 2 must support iteration");
            }
            return null;
        }
        PyObject? result = a[2];
        var next = it.Type.IterNext!;
        while (true)
        {
            var item = next(ts, it);
            if (item is null)
            {
                if (ts.HasError) return null;
                break;
            }
            if (result is null) result = item;
            else
            {
                result = Protocols.Call2(ts, func, result, item);
                if (result is null) return null;
            }
        }
        return result ?? ts.TypeError("reduce() of empty iterable with no initial value");
    }
}
