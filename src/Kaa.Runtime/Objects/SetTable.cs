using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
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

    /// <summary>A slot: key and hash side by side (CPython's setentry), so that a probe reads one cache line.</summary>
    internal struct Entry
    {
        public PyObject? Key;
        public long Hash;
    }

    private Entry[] _slots = new Entry[MinSize];
    /// <summary>Active plus dummy slots.</summary>
    public int Fill;
    /// <summary>Active slots (the set's length).</summary>
    public int Used;

    public int Mask => _slots.Length - 1;

    /// <summary>The number of slots (a power of two).</summary>
    public int Size => _slots.Length;

    /// <summary>The key in slot <paramref name="slot"/>; null for an empty or dummy slot.</summary>
    public PyObject? KeyAt(int slot) => _slots[slot].Key;

    /// <summary>Key equality as the set table tests it: identity, exact str or small int by value, then ==.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int KeysEqual(ThreadState? ts, PyObject stored, PyObject key)
    {
        if (ReferenceEquals(stored, key)) return 1;
        // Exact ints that fit a long, and exact strs, tested by .NET class (no cast call): compared by value
        // without the comparison slot. (Each side compared with typeof: two GetType() results compared with
        // each other would make Type objects.)
        if (stored.GetType() == typeof(PyInt) && key.GetType() == typeof(PyInt))
            return Unsafe.As<PyInt>(stored).Small == Unsafe.As<PyInt>(key).Small ? 1 : 0;
        return KeysEqualSlow(ts, stored, key);
    }

    /// <remarks>Never inlined: the probe loops stay small enough to keep their state in registers.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int KeysEqualSlow(ThreadState? ts, PyObject stored, PyObject key)
    {
        // Exact strs by Python type (an exact str is one of several .NET classes).
        var strType = BuiltinTypes.Str;
        if (stored.Type == strType && key.Type == strType)
            return Unsafe.As<PyStr>(stored).EqualsStr(Unsafe.As<PyStr>(key)) ? 1 : 0;
        if (ts is null) return 0; // constants are known distinct (see PyFrozenSet.FromConstantItems)
        return Protocols.RichCompareBool(ts, stored, key, CompareOp.Eq);
    }

    /// <summary>Slot <paramref name="j"/> without a bounds check: the probe loops only form indices masked to the
    /// table (a linear run of probes starts only where it stays below the mask).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref Entry SlotAt(Entry[] slots, ulong j)
        => ref Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(slots), (nint)j);

    /// <summary>Whether two keys with equal hashes are the same key, decided without running code: true for
    /// identity or equal exact machine-word ints; <paramref name="decided"/> false when <c>==</c> must be asked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameKeyWithoutCode(PyObject stored, PyObject key, out bool decided)
    {
        decided = true;
        if (ReferenceEquals(stored, key)) return true;
        if (stored.GetType() == typeof(PyInt) && key.GetType() == typeof(PyInt))
            return Unsafe.As<PyInt>(stored).Small == Unsafe.As<PyInt>(key).Small;
        decided = false;
        return false;
    }

    /// <summary>set_lookkey: the slot holding <paramref name="key"/>, -1 when absent, -2 on a comparison error.</summary>
    /// <remarks>The probe loop for keys that compare without running code (identity, exact machine-word ints):
    /// no calls, no restart bookkeeping, so its state stays in registers. At the first pair of keys that
    /// needs <c>==</c> it hands over to <see cref="FindGeneral"/>, which probes again from the start: the
    /// comparisons made so far ran no code, so the general probe makes the same decisions for them.</remarks>
    public int Find(ThreadState? ts, PyObject key, long hash)
    {
        var slots = _slots;
        ulong mask = (ulong)(slots.Length - 1);
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        while (true)
        {
            ref Entry run = ref SlotAt(slots, i);
            // A linear run (LinearProbes + 1 slots) is tested all at once: only its slots with the same hash,
            // or hash 0 (an empty slot, or a key hashing to 0), need a look, in probe order.
            // The first slot alone first: in a sparse table it is mostly empty or the key itself.
            long h0 = run.Hash;
            if (h0 == 0 && run.Key is null) return -1;
            if (h0 == hash && run.Key is { } first && SameKeyWithoutCode(first, key, out bool firstDecided) && firstDecided)
                return (int)i;
            uint stops = i + LinearProbes <= mask ? RunStops(ref run, hash, dummies: false) : (h0 == hash) | (h0 == 0) ? 1u : 0u;
            while (stops != 0)
            {
                int k = System.Numerics.BitOperations.TrailingZeroCount(stops);
                stops &= stops - 1;
                ref Entry e = ref Unsafe.Add(ref run, k);
                var stored = e.Key;
                // A null key here is an empty slot: a dummy's hash (-1) is no object's hash.
                if (stored is null) return -1;
                if (e.Hash == hash)
                {
                    if (SameKeyWithoutCode(stored, key, out bool decided)) return (int)i + k;
                    if (!decided) return FindGeneral(ts, key, hash);
                }
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// <summary>For the run of LinearProbes + 1 slots from <paramref name="run"/>: bit k set when slot k holds
    /// hash <paramref name="hash"/> or hash 0, or with <paramref name="dummies"/> hash -1.</summary>
    /// <remarks>A lookup in a table that had keys added and removed walks many dummies and unrelated keys
    /// (about a dozen slots a lookup in the N-queens sets, as in CPython): with AVX-512 the ten hashes are
    /// compared in three vector operations instead of ten branches.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint RunStops(ref Entry run, long hash, bool dummies)
    {
        if (Vector512.IsHardwareAccelerated && Bmi2.IsSupported)
        {
            // Entries are (key, hash) pairs of 8-byte fields: the hashes are the odd 8-byte lanes. The key
            // lanes are read as bits only and dropped by the extraction.
            ref long lanes = ref Unsafe.As<Entry, long>(ref run);
            var h512 = Vector512.Create(hash);
            var a = Vector512.LoadUnsafe(ref lanes);
            var b = Vector512.LoadUnsafe(ref lanes, 8);
            var c = Vector256.LoadUnsafe(ref lanes, 16);
            var h256 = Vector256.Create(hash);
            var ea = Vector512.Equals(a, h512) | Vector512.Equals(a, default);
            var eb = Vector512.Equals(b, h512) | Vector512.Equals(b, default);
            var ec = Vector256.Equals(c, h256) | Vector256.Equals(c, default);
            if (dummies)
            {
                ea |= Vector512.Equals(a, Vector512<long>.AllBitsSet);
                eb |= Vector512.Equals(b, Vector512<long>.AllBitsSet);
                ec |= Vector256.Equals(c, Vector256<long>.AllBitsSet);
            }
            ulong ma = Vector512.ExtractMostSignificantBits(ea);
            ulong mb = Vector512.ExtractMostSignificantBits(eb);
            uint mc = Vector256.ExtractMostSignificantBits(ec);
            uint all = (uint)ma | ((uint)mb << 8) | (mc << 16);
            return Bmi2.ParallelBitExtract(all, 0xAAAAAu);
        }
        uint stops = 0;
        for (int k = 0; k <= LinearProbes; k++)
        {
            long h = Unsafe.Add(ref run, k).Hash;
            if ((h == hash) | (h == 0) | (dummies & (h == -1))) stops |= 1u << k;
        }
        return stops;
    }

    /// <summary><see cref="Find"/> for keys whose comparison may run Python code (or fail).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FindGeneral(ThreadState? ts, PyObject key, long hash)
    {
    restart:
        var slots = _slots;
        ulong mask = (ulong)(slots.Length - 1);
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            ulong j = i;
            do
            {
                ref Entry e = ref SlotAt(slots, j);
                var stored = e.Key;
                if (stored is null)
                {
                    if (e.Hash == 0) return -1;
                }
                else if (e.Hash == hash)
                {
                    int eq = KeysEqual(ts, stored, key);
                    if (eq < 0) return -2;
                    // A comparison that ran Python code may have changed the table: probe again, as CPython does.
                    if (!ReferenceEquals(slots, _slots) || !ReferenceEquals(slots[j].Key, stored)) goto restart;
                    if (eq > 0) return (int)j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// <summary>set_add_entry: false on a comparison error.</summary>
    /// <remarks>As <see cref="Find"/>: a call-free loop for keys that compare without running code, handing
    /// over to <see cref="AddGeneral"/> at the first key that needs <c>==</c>.</remarks>
    public bool Add(ThreadState? ts, PyObject key, long hash)
    {
        var slots = _slots;
        ulong mask = (ulong)(slots.Length - 1);
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        long freeSlot = -1;
        while (true)
        {
            ref Entry run = ref SlotAt(slots, i);
            // As in Find, a run tested at once; an add also stops at dummies (hash -1), to remember the last.
            long h0 = run.Hash;
            // The first slot alone first: in a sparse table it is mostly empty or the key itself.
            if (h0 == 0 && run.Key is null) return InsertAt(slots, freeSlot >= 0 ? (ulong)freeSlot : i, freeSlot < 0, key, hash);
            if (h0 == hash && run.Key is { } first && SameKeyWithoutCode(first, key, out bool firstDecided) && firstDecided)
                return true;
            uint stops = i + LinearProbes <= mask ? RunStops(ref run, hash, dummies: true) : (h0 == hash) | ((ulong)(h0 + 1) <= 1) ? 1u : 0u;
            while (stops != 0)
            {
                int k = System.Numerics.BitOperations.TrailingZeroCount(stops);
                stops &= stops - 1;
                ref Entry e = ref Unsafe.Add(ref run, k);
                ulong j = i + (ulong)k;
                var stored = e.Key;
                if (stored is null)
                {
                    if (e.Hash == 0) return InsertAt(slots, freeSlot >= 0 ? (ulong)freeSlot : j, freeSlot < 0, key, hash);
                    freeSlot = (long)j; // a dummy (the last one seen, as CPython)
                }
                else if (e.Hash == hash)
                {
                    if (SameKeyWithoutCode(stored, key, out bool decided)) return true;
                    if (!decided) return AddGeneral(ts, key, hash);
                }
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// <summary>Stores a new key at slot <paramref name="j"/>: an empty slot (<paramref name="wasEmpty"/>, which
    /// may make the table grow) or a dummy.</summary>
    private bool InsertAt(Entry[] slots, ulong j, bool wasEmpty, PyObject key, long hash)
    {
        ref Entry e = ref SlotAt(slots, j);
        e.Key = key;
        e.Hash = hash;
        Used++;
        if (!wasEmpty) return true;
        Fill++;
        if (SetTableRules.MustGrow(Fill, (long)(slots.Length - 1))) Resize(SetTableRules.GrowthTarget(Used));
        return true;
    }

    /// <summary><see cref="Add"/> for keys whose comparison may run Python code (or fail).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool AddGeneral(ThreadState? ts, PyObject key, long hash)
    {
    restart:
        var slots = _slots;
        ulong mask = (ulong)(slots.Length - 1);
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        long freeSlot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            ulong j = i;
            do
            {
                ref Entry e = ref SlotAt(slots, j);
                var stored = e.Key;
                if (stored is null)
                {
                    if (e.Hash == 0)
                    {
                        if (freeSlot >= 0)
                        {
                            Used++;
                            slots[freeSlot] = new Entry { Key = key, Hash = hash };
                            return true;
                        }
                        Fill++;
                        Used++;
                        e.Key = key;
                        e.Hash = hash;
                        if (!SetTableRules.MustGrow(Fill, (long)mask)) return true;
                        Resize(SetTableRules.GrowthTarget(Used));
                        return true;
                    }
                    freeSlot = (long)j; // a dummy
                }
                else if (e.Hash == hash)
                {
                    int eq = KeysEqual(ts, stored, key);
                    if (eq > 0) return true;
                    if (eq < 0) return false;
                    if (!ReferenceEquals(slots, _slots) || !ReferenceEquals(slots[j].Key, stored)) goto restart;
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
        _slots[slot] = new Entry { Key = null, Hash = -1 };
        Used--;
    }

    /// <summary>set_insert_clean: into a table known to hold neither the key nor dummies.</summary>
    private static void InsertClean(Entry[] slots, PyObject key, long hash)
    {
        ulong mask = (ulong)(slots.Length - 1);
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        while (true)
        {
            if (slots[i].Key is null) { slots[i] = new Entry { Key = key, Hash = hash }; return; }
            if (i + LinearProbes <= mask)
            {
                for (ulong j = i + 1; j <= i + LinearProbes; j++)
                    if (slots[j].Key is null) { slots[j] = new Entry { Key = key, Hash = hash }; return; }
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// <summary>set_table_resize: the smallest power of two above <paramref name="minUsed"/>, dummies dropped.</summary>
    public void Resize(long minUsed)
    {
        long newSize = SetTableRules.TableSizeFor(minUsed);
        var old = _slots;
        if (newSize == MinSize && old.Length == MinSize && Fill == Used) return; // nothing to purge
        var slots = new Entry[newSize];
        for (int k = 0; k < old.Length; k++)
            if (old[k].Key is { } key) InsertClean(slots, key, old[k].Hash);
        _slots = slots;
        Fill = Used;
    }

    /// <summary>set_clear_internal: back to the 8-slot table.</summary>
    public void Clear()
    {
        _slots = new Entry[MinSize];
        Fill = Used = 0;
    }

    /// <summary>set_merge: adds every key of <paramref name="other"/> (what update(), |= and set(s) do with a set).</summary>
    public bool Merge(ThreadState? ts, SetTable other)
    {
        if (ReferenceEquals(other, this) || other.Used == 0) return true;
        if ((long)(Fill + other.Used) * 5 >= (long)Mask * 3) Resize((long)(Used + other.Used) * 2);
        var oslots = other._slots;
        if (Fill == 0 && Mask == other.Mask && other.Fill == other.Used)
        {
            // Same size, no dummies: slot for slot.
            Array.Copy(oslots, _slots, oslots.Length);
            Fill = other.Fill;
            Used = other.Used;
            return true;
        }
        if (Fill == 0)
        {
            Fill = Used = other.Used;
            var slots = _slots;
            for (int k = 0; k < oslots.Length; k++)
                if (oslots[k].Key is { } key) InsertClean(slots, key, oslots[k].Hash);
            return true;
        }
        for (int k = 0; k < other._slots.Length; k++)
        {
            // The other table may change under a comparison: re-read it each step, as CPython does.
            ref Entry e = ref other._slots[k];
            if (e.Key is { } key && !Add(ts, key, e.Hash)) return false;
        }
        return true;
    }

    /// <summary>set_next: the next active slot at or after <paramref name="position"/>.</summary>
    public bool Next(ref int position, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PyObject? key, out long hash)
    {
        var slots = _slots;
        while (position < slots.Length)
        {
            int i = position++;
            if (slots[i].Key is { } k)
            {
                key = k;
                hash = slots[i].Hash;
                return true;
            }
        }
        key = null;
        hash = 0;
        return false;
    }

    /// <summary>frozenset_hash over this table.</summary>
    public long FrozenSetHash()
    {
        var hashes = new long[_slots.Length];
        for (int k = 0; k < hashes.Length; k++) hashes[k] = _slots[k].Hash;
        return SetTableRules.FrozenSetHash(hashes, Fill, Used);
    }
}
