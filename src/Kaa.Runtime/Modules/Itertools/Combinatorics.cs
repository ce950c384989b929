namespace Kaa.Runtime;

/// <summary>Helpers shared by product, permutations and the two combinations types.</summary>
internal static class Combinatorics
{
    internal static PyTuple IndexTuple(long[] indices, int count)
    {
        var items = new PyObject[count];
        for (int i = 0; i < count; i++) items[i] = PyInt.Create(indices[i]);
        return PyTuple.Create(items);
    }

    /// <summary>tuple(iterable) as the pool.</summary>
    internal static PyTuple? Pool(ThreadState ts, PyObject iterable)
    {
        var list = Protocols.ToList(ts, iterable);
        return list is null ? null : PyTuple.Create(list.ToArray());
    }

    internal static PyTuple Select(PyTuple pool, long[] indices, int r)
    {
        var items = new PyObject[r];
        for (int i = 0; i < r; i++) items[i] = pool.Items[indices[i]];
        return PyTuple.Create(items);
    }
}
