using Kaa.Compiler.Hashing;

namespace Kaa.Runtime;

/// <summary>
/// The hash table behind <c>set</c> and <c>frozenset</c>, laid out and probed as CPython 3.11's
/// (Objects/setobject.c) so that iteration order, <c>pop()</c> order and <c>sys.getsizeof</c> match it:
/// power-of-two slots, 9 linear probes then a perturbed jump, dummies left by deletions, growth to
/// used*4 when fill reaches 3/5. The compiler's <c>Kaa.Compiler.Hashing.PySet</c> runs the same algorithm
/// over constants (no Python code, no failure); this one compares keys with Python's <c>==</c>, which can
/// fail or mutate the table, so every probing operation takes the thread state and restarts when the
/// table changed under a comparison, as CPython does.
/// <para>Slot states: empty (key null, hash 0), dummy (key null, hash -1: a hash value no object has),
/// active (key set).</para>
/// </summary>
internal sealed class SetTable
{
    public const int MinSize = SetTableRules.MinSize;
    private const int LinearProbes = SetTableRules.LinearProbes;
    private const int PerturbShift = SetTableRules.PerturbShift;

    public PyObject?[] Keys = new PyObject?[MinSize];
    public long[] Hashes = new long[MinSize];
    /// <summary>Active plus dummy slots.</summary>
    public int Fill;
    /// <summary>Active slots (the set's length).</summary>
    public int Used;

    public int Mask => Keys.Length - 1;

    /// <summary>Whether the slot arrays are still <paramref name="keys"/> (a comparison that resized or cleared
    /// the table makes the probe restart).</summary>
    private bool IsSame(PyObject?[] keys) => ReferenceEquals(keys, Keys);

    /// <summary>Key equality as the set table tests it: identity, exact-str shortcut, then ==.</summary>
    private static int KeysEqual(ThreadState? ts, PyObject stored, PyObject key)
    {
        if (ReferenceEquals(stored, key)) return 1;
        if (stored is PyStr a && key is PyStr b && stored.Type == BuiltinTypes.Str && key.Type == BuiltinTypes.Str)
            return a.EqualsStr(b) ? 1 : 0;
        if (ts is null) return 0; // constants are known distinct (see PyFrozenSet.FromConstantItems)
        // Two exact ints that fit a long (distinct objects with equal hashes): int's == without the slot call.
        if (stored.GetType() == typeof(PyInt) && key.GetType() == typeof(PyInt)) return ((PyInt)stored).Small == ((PyInt)key).Small ? 1 : 0;
        return Protocols.RichCompareBool(ts, stored, key, CompareOp.Eq);
    }

    /// <summary>set_lookkey: the slot holding <paramref name="key"/>, -1 when absent, -2 on a comparison error.</summary>
    public int Find(ThreadState? ts, PyObject key, long hash)
    {
    restart:
        var keys = Keys;
        var hashes = Hashes;
        ulong mask = (ulong)(keys.Length - 1);
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            ulong j = i;
            do
            {
                var stored = keys[j];
                if (stored is null)
                {
                    if (hashes[j] == 0) return -1;
                }
                else if (hashes[j] == hash)
                {
                    int eq = KeysEqual(ts, stored, key);
                    if (eq < 0) return -2;
                    if (!IsSame(keys) || !ReferenceEquals(keys[j], stored)) goto restart;
                    if (eq > 0) return (int)j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// <summary>set_add_entry: false on a comparison error.</summary>
    public bool Add(ThreadState? ts, PyObject key, long hash)
    {
    restart:
        var keys = Keys;
        var hashes = Hashes;
        ulong mask = (ulong)(keys.Length - 1);
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        long freeSlot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            ulong j = i;
            do
            {
                var stored = keys[j];
                if (stored is null)
                {
                    if (hashes[j] == 0)
                    {
                        if (freeSlot >= 0)
                        {
                            Used++;
                            keys[freeSlot] = key;
                            hashes[freeSlot] = hash;
                            return true;
                        }
                        Fill++;
                        Used++;
                        keys[j] = key;
                        hashes[j] = hash;
                        if (!SetTableRules.MustGrow(Fill, (long)mask)) return true;
                        Resize(SetTableRules.GrowthTarget(Used));
                        return true;
                    }
                    freeSlot = (long)j; // a dummy
                }
                else if (hashes[j] == hash)
                {
                    int eq = KeysEqual(ts, stored, key);
                    if (eq > 0) return true;
                    if (eq < 0) return false;
                    if (!IsSame(keys) || !ReferenceEquals(keys[j], stored)) goto restart;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// <summary>set_discard_entry: 1 removed, 0 absent, -1 error.</summary>
    public int Discard(ThreadState? ts, PyObject key, long hash)
    {
        int slot = Find(ts, key, hash);
        if (slot == -2) return -1;
        if (slot < 0) return 0;
        RemoveAt(slot);
        return 1;
    }

    /// <summary>Turns an active slot into a dummy.</summary>
    public void RemoveAt(int slot)
    {
        Keys[slot] = null;
        Hashes[slot] = -1;
        Used--;
    }

    /// <summary>set_insert_clean: into a table known to hold neither the key nor dummies.</summary>
    private static void InsertClean(PyObject?[] keys, long[] hashes, PyObject key, long hash)
    {
        ulong mask = (ulong)(keys.Length - 1);
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        while (true)
        {
            if (keys[i] is null) { keys[i] = key; hashes[i] = hash; return; }
            if (i + LinearProbes <= mask)
            {
                for (ulong j = i + 1; j <= i + LinearProbes; j++)
                    if (keys[j] is null) { keys[j] = key; hashes[j] = hash; return; }
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// <summary>set_table_resize: the smallest power of two above <paramref name="minUsed"/>, dummies dropped.</summary>
    public void Resize(long minUsed)
    {
        long newSize = SetTableRules.TableSizeFor(minUsed);
        var oldKeys = Keys;
        var oldHashes = Hashes;
        if (newSize == MinSize && oldKeys.Length == MinSize && Fill == Used) return; // nothing to purge
        var keys = new PyObject?[newSize];
        var hashes = new long[newSize];
        for (int k = 0; k < oldKeys.Length; k++)
            if (oldKeys[k] is { } key) InsertClean(keys, hashes, key, oldHashes[k]);
        Keys = keys;
        Hashes = hashes;
        Fill = Used;
    }

    /// <summary>set_clear_internal: back to the 8-slot table.</summary>
    public void Clear()
    {
        Keys = new PyObject?[MinSize];
        Hashes = new long[MinSize];
        Fill = Used = 0;
    }

    /// <summary>set_merge: adds every key of <paramref name="other"/> (what update(), |= and set(s) do with a set).</summary>
    public bool Merge(ThreadState? ts, SetTable other)
    {
        if (ReferenceEquals(other, this) || other.Used == 0) return true;
        if ((long)(Fill + other.Used) * 5 >= (long)Mask * 3) Resize((long)(Used + other.Used) * 2);
        var okeys = other.Keys;
        var ohashes = other.Hashes;
        if (Fill == 0 && Mask == other.Mask && other.Fill == other.Used)
        {
            // Same size, no dummies: slot for slot.
            Array.Copy(okeys, Keys, okeys.Length);
            Array.Copy(ohashes, Hashes, ohashes.Length);
            Fill = other.Fill;
            Used = other.Used;
            return true;
        }
        if (Fill == 0)
        {
            Fill = Used = other.Used;
            for (int k = 0; k < okeys.Length; k++)
                if (okeys[k] is { } key) InsertClean(Keys, Hashes, key, ohashes[k]);
            return true;
        }
        for (int k = 0; k < other.Keys.Length; k++)
        {
            // The other table may change under a comparison: re-read it each step, as CPython does.
            if (other.Keys[k] is { } key && !Add(ts, key, other.Hashes[k])) return false;
        }
        return true;
    }

    /// <summary>set_next: the next active slot at or after <paramref name="position"/>.</summary>
    public bool Next(ref int position, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PyObject? key, out long hash)
    {
        var keys = Keys;
        while (position < keys.Length)
        {
            int i = position++;
            if (keys[i] is { } k)
            {
                key = k;
                hash = Hashes[i];
                return true;
            }
        }
        key = null;
        hash = 0;
        return false;
    }

    /// <summary>frozenset_hash over this table.</summary>
    public long FrozenSetHash() => SetTableRules.FrozenSetHash(Hashes, Fill, Used);
}
