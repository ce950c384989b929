namespace Kaa.Runtime;

/// <summary>
/// The table operations OrderedDict needs beyond dict's own: an OrderedDict keeps its order in the dict's
/// entry array itself (a dict is insertion-ordered), so moving a key to either end and taking the first or
/// last entry are done here, on the table, without running Python code beyond the key lookup.
/// </summary>
public partial class PyDict
{
    /// <summary>The index table's size (CPython's dk_size), 0 while nothing was ever stored.</summary>
    internal int IndexTableSize => _entries.Length == 0 ? 0 : _indices.Length;

    /// <summary>
    /// Moves <paramref name="key"/>'s entry to the end (<paramref name="last"/>) or to the front. 1 done,
    /// 0 absent, -1 error (the lookup's <c>__eq__</c> raised). The key keeps its stored object.
    /// </summary>
    internal int MoveToEnd(ThreadState ts, PyObject key, long hash, bool last)
    {
        int ix = Find(ts, key, hash, out int slot);
        if (ix < 0) return ix == -1 ? 0 : -1;
        if (last)
        {
            int lastLive = _next - 1;
            while (_entries[lastLive].Key is null) lastLive--;
            if (ix == lastLive) return 1;
            var e = _entries[ix];
            RemoveAt(ix, slot);
            InsertAbsent(e.Key!, e.Hash, e.Value!, FindEmptySlot(e.Hash));
            return 1;
        }
        int firstLive = 0;
        while (_entries[firstLive].Key is null) firstLive++;
        if (ix == firstLive) return 1;
        // A new entry array with the key first, then the others in order; the index table is rebuilt to match.
        var old = _entries;
        int oldNext = _next;
        var entries = new Entry[old.Length];
        entries[0] = old[ix];
        int n = 1;
        for (int k = 0; k < oldNext; k++)
            if (k != ix && old[k].Key is not null) entries[n++] = old[k];
        var indices = NewIndices(_indices.Length);
        int mask = indices.Length - 1;
        for (int k = 0; k < n; k++)
        {
            ulong perturb = (ulong)entries[k].Hash;
            int i = (int)((ulong)entries[k].Hash & (ulong)mask);
            while (indices[i] != Empty)
            {
                perturb >>= 5;
                i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
            }
            indices[i] = k;
        }
        _indices = indices;
        _entries = entries;
        _next = n;
        _usable = entries.Length - n;
        _version++;
        return 1;
    }

    /// <summary>The first or last live entry; false when empty.</summary>
    internal bool TryGetEdgeEntry(bool last, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PyObject? key, out PyObject? value, out long hash)
    {
        key = value = null;
        hash = 0;
        if (_used == 0) return false;
        int i;
        if (last)
        {
            i = _next - 1;
            while (_entries[i].Key is null) i--;
        }
        else
        {
            i = 0;
            while (_entries[i].Key is null) i++;
            // Taking from the front leaves holes there: compact once they outnumber the live entries, so that
            // draining from the front stays linear.
            if (i > 8 && i > _used)
            {
                Resize(System.Numerics.BitOperations.Log2((uint)_indices.Length), _unicode);
                i = 0;
            }
        }
        key = _entries[i].Key!;
        value = _entries[i].Value;
        hash = _entries[i].Hash;
        return true;
    }
}
