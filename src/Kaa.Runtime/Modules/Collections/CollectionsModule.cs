namespace Kaa.Runtime;

/// <summary>
/// <c>_collections</c>: deque (+ its iterators), defaultdict, <c>_count_elements</c> (Counter's fast path)
/// <c>_tuplegetter</c> (namedtuple's fields) and OrderedDict (collections/__init__.py takes it from here in
/// place of its pure-Python version).
/// </summary>
internal static class CollectionsModule
{
    private static readonly ArgSpec CountElementsSpec = new("_count_elements", ["mapping", "iterable"], required: 2);

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_collections", "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n");
        m.Set("deque", PyDeque.TypeObject);
        m.Set("defaultdict", PyDefaultDict.TypeObject);
        m.Set("_deque_iterator", DequeIterator.ForwardType);
        m.Set("_deque_reverse_iterator", DequeIterator.ReverseType);
        m.Set("_tuplegetter", PyTupleGetter.TypeObject);
        m.Set("OrderedDict", PyOrderedDict.TypeObject);
        m.AddFunction("_count_elements", CountElements, "Count elements in the iterable, updating the mapping");
        return m;
    }

    /// <summary>
    /// _count_elements(mapping, iterable): <c>mapping[k] = mapping.get(k, 0) + 1</c> for each item; a dict
    /// (or subclass) that keeps dict's own get and __setitem__ is updated directly.
    /// </summary>
    private static PyObject? CountElements(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new ArgBuffer();
        if (!CountElementsSpec.Parse(ts, args, kwnames, a)) return null;
        var mapping = a[0]!;
        var it = Protocols.GetIter(ts, a[1]!);
        if (it is null) return null;
        var next = it.Type.IterNext!;
        var one = PyInt.Create(1);
        var getName = PyStr.Intern("get");
        var setName = PyStr.Intern("__setitem__");
        if (mapping is PyDict d && mapping.Type.Lookup(getName) == BuiltinTypes.Dict.Lookup(getName)
            && mapping.Type.Lookup(setName) == BuiltinTypes.Dict.Lookup(setName))
        {
            while (next(ts, it) is { } key)
            {
                long hash = Protocols.Hash(ts, key);
                if (hash == -1 && ts.HasError) return null;
                int r = d.TryGetItem(ts, key, hash, out var old);
                if (r < 0) return null;
                PyObject value;
                if (r == 0) value = one;
                else
                {
                    var sum = old is PyInt oi && oi.TryGetLong(out long ov) && ov < long.MaxValue
                        ? PyInt.Create(ov + 1)
                        : Protocols.BinaryOp(ts, old!, one, BinaryOp.Add);
                    if (sum is null) return null;
                    value = sum;
                }
                if (!d.SetItem(ts, key, hash, value)) return null;
            }
            return ts.HasError ? null : PyNone.Instance;
        }
        var get = Protocols.GetAttr(ts, mapping, getName);
        if (get is null) return null;
        var zero = PyInt.Create(0);
        while (next(ts, it) is { } key)
        {
            var old = Protocols.Call2(ts, get, key, zero);
            if (old is null) return null;
            var sum = Protocols.BinaryOp(ts, old, one, BinaryOp.Add);
            if (sum is null) return null;
            if (Protocols.SetItem(ts, mapping, key, sum) < 0) return null;
        }
        return ts.HasError ? null : PyNone.Instance;
    }
}
