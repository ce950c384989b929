using System.Runtime.CompilerServices;

namespace Kaa.Runtime;

/// <summary>
/// <c>dict</c>: CPython's compact, insertion-ordered hash table. An index table (open addressing with
/// CPython's perturbed probing) points into a dense entry array kept in insertion order; deleted entries
/// leave holes until the next resize. Keys are compared by identity, then by hash and <c>__eq__</c>,
/// which can run Python code: every operation that may do so takes the thread state and reports errors.
/// </summary>
public partial class PyDict : PyObject
{
    private struct Entry
    {
        public long Hash;
        public PyObject? Key;   // null: a deleted entry (hole)
        public PyObject? Value;
    }

    private const int Empty = -1, Dummy = -2, MinLog2Size = 3;

    /// <summary>The index table of a dict that never held anything (CPython's shared Py_EMPTY_KEYS): never written.</summary>
    private static readonly int[] s_emptyIndices = [Empty, Empty, Empty, Empty, Empty, Empty, Empty, Empty];

    private int[] _indices;
    private Entry[] _entries;   // length = USABLE_FRACTION(size); empty for the shared empty keys
    private int _used;          // live entries
    private int _next;          // entries written (live + holes): dk_nentries
    private int _usable;        // entries left before a resize: dk_usable (popitem does not give one back)
    /// <summary>One bit per key ever added (bit hash &amp; 63; deletion leaves it set): a clear bit proves a key
    /// absent without probing, which is how a method call checks that the instance dict does not shadow the
    /// method (CPython's shared-key dicts answer that from the keys' version).</summary>
    private ulong _keyBits;
    private bool _unicode = true; // every key is an exact str (DICT_KEYS_UNICODE: smaller entries for sizeof)
    private uint _version;      // bumped on every insertion or deletion (iteration checks, caches)

    public PyDict() : this(BuiltinTypes.Dict) { }

    protected PyDict(PyType type) : base(type)
    {
        _indices = s_emptyIndices;
        _entries = [];
    }

    public int Count => _used;

    /// <summary>Changes whenever a key is added or removed (not when a value is replaced).</summary>
    public uint Version => _version;

    private static int Usable(int size) => (size << 1) / 3;

    private static int[] NewIndices(int size)
    {
        // Not zeroed first: every slot is written by the fill (a large table was written twice).
        var a = GC.AllocateUninitializedArray<int>(size);
        a.AsSpan().Fill(Empty);
        return a;
    }

    /// <summary>calculate_log2_keysize: the smallest power of two ≥ <paramref name="minSize"/> (at least 8), as log2.</summary>
    private static int Log2SizeFor(long minSize)
    {
        int log2 = MinLog2Size;
        while ((1L << log2) < minSize) log2++;
        return log2;
    }

    /// <summary>estimate_log2_keysize: a table that holds <paramref name="n"/> entries without resizing.</summary>
    private static int EstimateLog2Size(long n) => Log2SizeFor((n * 3 + 1) / 2);

    // ---- lookup ------------------------------------------------------------------------------------

    /// <summary>
    /// Finds <paramref name="key"/> (with <paramref name="hash"/>): the entry index, -1 when absent, or -2
    /// when comparing keys raised.
    /// </summary>
    /// <remarks>The probe loop for keys that compare without running code (identity, exact str, exact
    /// machine-word int): no calls but str equality, no restart bookkeeping, so its state stays in
    /// registers. At the first pair of keys that needs <c>==</c> it hands over to <see cref="FindGeneral"/>,
    /// which probes again from the start: the comparisons made so far ran no code, so the general probe
    /// makes the same decisions for them and calls <c>==</c> where CPython would.</remarks>
    private int Find(ThreadState? ts, PyObject key, long hash, out int slot)
    {
        var indices = _indices;
        var entries = _entries;
        // The index table's length is a power of two and every index read below is masked to it.
        ref int index0 = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(indices);
        uint mask = (uint)indices.Length - 1;
        ulong perturb = (ulong)hash;
        uint i = (uint)hash & mask;
        int firstDummy = -1;
        while (true)
        {
            int ix = Unsafe.Add(ref index0, (nint)i);
            if (ix >= 0)
            {
                ref Entry e = ref entries[ix];
                var other = e.Key;
                if (ReferenceEquals(other, key))
                {
                    slot = (int)i;
                    return ix;
                }
                if (e.Hash == hash && other is not null)
                {
                    int eq = KeysEqualWithoutCode(other, key);
                    if (eq < 0) return FindGeneral(ts, key, hash, out slot);
                    if (eq > 0)
                    {
                        slot = (int)i;
                        return ix;
                    }
                }
            }
            else if (ix == Empty)
            {
                slot = firstDummy >= 0 ? firstDummy : (int)i;
                return -1;
            }
            else if (firstDummy < 0) firstDummy = (int)i;
            perturb >>= 5;
            i = (uint)((i * 5UL + perturb + 1) & mask);
        }
    }

    /// <summary>Key equality decided without running code: 1 equal, 0 different, -1 when <c>==</c> must be
    /// asked (<see cref="KeysEqual"/>'s fast cases).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int KeysEqualWithoutCode(PyObject a, PyObject b)
    {
        var strType = BuiltinTypes.Str;
        if (a.Type == strType)
            return b.Type == strType ? (Unsafe.As<PyStr>(a).EqualsStr(Unsafe.As<PyStr>(b)) ? 1 : 0) : -1;
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
            return Unsafe.As<PyInt>(a).Small == Unsafe.As<PyInt>(b).Small ? 1 : 0;
        return -1;
    }

    /// <summary><see cref="Find"/> for keys whose comparison may run Python code (or fail).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FindGeneral(ThreadState? ts, PyObject key, long hash, out int slot)
    {
    restart:
        var indices = _indices;
        var entries = _entries;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        int firstDummy = -1;
        while (true)
        {
            int ix = indices[i];
            if (ix == Empty)
            {
                slot = firstDummy >= 0 ? firstDummy : i;
                return -1;
            }
            if (ix == Dummy)
            {
                if (firstDummy < 0) firstDummy = i;
            }
            else
            {
                ref Entry e = ref entries[ix];
                if (ReferenceEquals(e.Key, key))
                {
                    slot = i;
                    return ix;
                }
                if (e.Hash == hash && e.Key is { } other)
                {
                    int eq = KeysEqual(ts, other, key);
                    if (eq < 0)
                    {
                        slot = -1;
                        return -2;
                    }
                    // __eq__ may have changed the dict: start again, as CPython does.
                    if (!ReferenceEquals(entries, _entries) || !ReferenceEquals(indices, _indices) || !ReferenceEquals(entries[ix].Key, other))
                        goto restart;
                    if (eq > 0)
                    {
                        slot = i;
                        return ix;
                    }
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    private static int KeysEqual(ThreadState? ts, PyObject a, PyObject b)
    {
        // Exact strs (by Python type: an exact str is one of several .NET classes, inline short text among
        // them), and exact ints that fit a long (by .NET class, no cast call): compared by value without the
        // comparison slot. (Each side compared with typeof: two GetType() results compared with each other
        // make Type objects.)
        int eq = KeysEqualWithoutCode(a, b);
        return eq >= 0 ? eq : KeysEqualSlow(ts, a, b);
    }

    /// <remarks>Never inlined: the probe loop stays small enough to keep its state in registers.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int KeysEqualSlow(ThreadState? ts, PyObject a, PyObject b)
    {
        // str-only lookups (TryGetStr, attribute names) compare str subclasses by value and treat other key
        // types as different.
        if (ts is null) return a is PyStr xa && b is PyStr xb && xa.EqualsStr(xb) ? 1 : 0;
        return Protocols.RichCompareBool(ts, a, b, CompareOp.Eq);
    }

    /// <summary>d[key]: 1 and the value when present, 0 when absent, -1 on error (unhashable key, failing __eq__).</summary>
    public int TryGetItem(ThreadState ts, PyObject key, out PyObject? value)
    {
        long hash = Protocols.Hash(ts, key);
        if (hash == -1 && ts.HasError)
        {
            value = null;
            return -1;
        }
        return TryGetItem(ts, key, hash, out value);
    }

    public int TryGetItem(ThreadState ts, PyObject key, long hash, out PyObject? value)
    {
        int ix = Find(ts, key, hash, out _);
        if (ix >= 0)
        {
            value = _entries[ix].Value;
            return 1;
        }
        value = null;
        return ix == -1 ? 0 : -1;
    }

    /// <summary>Lookup by str key without running Python code (namespaces, globals, keyword arguments).</summary>
    public bool TryGetStr(PyStr key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PyObject? value)
    {
        int ix = Find(null, key, key.GetHash(), out _);
        if (ix >= 0)
        {
            value = _entries[ix].Value!;
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>The position of str <paramref name="key"/> among the entries, or -1 (inline caches keep it as a hint).</summary>
    /// <summary>False when no key with this hash was ever added (then the key is surely absent).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MayContainHash(long hash) => (_keyBits & (1UL << (int)(hash & 63))) != 0;

    internal int IndexOfStr(PyStr key)
    {
        int ix = Find(null, key, key.GetHash(), out _);
        return ix >= 0 ? ix : -1;
    }

    /// <summary>The value at entry <paramref name="index"/> when that entry's key is <paramref name="key"/> itself
    /// (an inline cache's hint, checked): no hashing, no probing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal PyObject? GetStrAt(int index, PyStr key)
    {
        var entries = _entries;
        if ((uint)index < (uint)entries.Length)
        {
            ref Entry e = ref entries[index];
            if (ReferenceEquals(e.Key, key)) return e.Value;
        }
        return null;
    }

    /// <summary>Replaces the value at entry <paramref name="index"/> when that entry's key is <paramref name="key"/>
    /// itself; false otherwise (the caller takes the general path).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool SetStrAt(int index, PyStr key, PyObject value)
    {
        var entries = _entries;
        if ((uint)index < (uint)entries.Length)
        {
            ref Entry e = ref entries[index];
            if (ReferenceEquals(e.Key, key))
            {
                e.Value = value;
                return true;
            }
        }
        return false;
    }

    /// <summary>Lookup of a key already in the dict by identity or str equality, without running Python code.</summary>
    public bool TryGetItemNoError(PyObject key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PyObject? value)
    {
        int pos = 0;
        while (Next(ref pos, out var k, out var v))
        {
            if (ReferenceEquals(k, key) || (k is PyStr a && key is PyStr b && a.EqualsStr(b)))
            {
                value = v;
                return true;
            }
        }
        value = null;
        return false;
    }

    /// <summary>TryGetStr for a .NET name (interned first).</summary>
    public PyObject? GetStr(string key) => TryGetStr(PyStr.Intern(key), out var v) ? v : null;

    // ---- insertion and deletion -------------------------------------------------------------------

    /// <summary>d[key] = value: false on error (unhashable key, failing __eq__).</summary>
    public bool SetItem(ThreadState ts, PyObject key, PyObject value)
    {
        long hash = Protocols.Hash(ts, key);
        if (hash == -1 && ts.HasError) return false;
        return SetItem(ts, key, hash, value);
    }

    /// <summary>insertdict: false when comparing keys raised.</summary>
    public bool SetItem(ThreadState? ts, PyObject key, long hash, PyObject value)
    {
        bool strKey = key.Type == BuiltinTypes.Str;
        // A first non-str key turns the table general (CPython resizes to do it, which shows in sizeof).
        if (_unicode && !strKey) Resize(Log2SizeFor(GrowthSize()), unicode: false);
        int ix = Find(ts, key, hash, out int slot);
        if (ix == -2) return false;
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            return true;
        }
        InsertAbsent(key, hash, value, slot);
        return true;
    }

    /// <summary>Adds a key that <see cref="Find"/> just reported absent, at the index slot it gave.</summary>
    private void InsertAbsent(PyObject key, long hash, PyObject value, int slot)
    {
        if (_usable <= 0)
        {
            Resize(Log2SizeFor(GrowthSize()), unicode: true);
            slot = FindEmptySlot(hash);
        }
        _indices[slot] = _next;
        _entries[_next] = new Entry { Hash = hash, Key = key, Value = value };
        _keyBits |= 1UL << (int)(hash & 63);
        _next++;
        _usable--;
        _used++;
        _version++;
    }

    /// <summary>find_empty_slot: the first empty or dummy index slot on <paramref name="hash"/>'s probe sequence.</summary>
    private int FindEmptySlot(long hash)
    {
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (_indices[i] >= 0)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        return i;
    }

    /// <summary>Insertion of a str key (namespaces): cannot fail.</summary>
    public void SetStr(PyStr key, PyObject value) => SetItem(null, key, key.GetHash(), value);

    public void SetStr(string key, PyObject value) => SetStr(PyStr.Intern(key), value);

    /// <summary>del d[key]: 1 deleted, 0 absent, -1 error.</summary>
    public int DelItem(ThreadState ts, PyObject key)
    {
        long hash = Protocols.Hash(ts, key);
        if (hash == -1 && ts.HasError) return -1;
        return DelItem(ts, key, hash);
    }

    public int DelItem(ThreadState ts, PyObject key, long hash)
    {
        int ix = Find(ts, key, hash, out int slot);
        if (ix < 0) return ix == -1 ? 0 : -1;
        RemoveAt(ix, slot);
        return 1;
    }

    /// <summary>Removes a str key without running Python code: true when it was present.</summary>
    public bool DelStr(PyStr key)
    {
        int ix = Find(null, key, key.GetHash(), out int slot);
        if (ix < 0) return false;
        RemoveAt(ix, slot);
        return true;
    }

    /// <summary>d.pop(key): 1 and the value, 0 absent, -1 error.</summary>
    public int Pop(ThreadState ts, PyObject key, out PyObject? value)
    {
        value = null;
        if (_used == 0) return 0; // CPython answers before hashing the key
        long hash = Protocols.Hash(ts, key);
        if (hash == -1 && ts.HasError) return -1;
        int ix = Find(ts, key, hash, out int slot);
        if (ix < 0) return ix == -1 ? 0 : -1;
        value = _entries[ix].Value;
        RemoveAt(ix, slot);
        return 1;
    }

    /// <summary>popitem: the last entry (LIFO); false when empty. Its entry position is reused by the next insertion.</summary>
    public bool PopItem([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PyObject? key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PyObject? value)
    {
        key = value = null;
        if (_used == 0) return false;
        int i = _next - 1;
        while (_entries[i].Key is null) i--;
        ref Entry e = ref _entries[i];
        key = e.Key!;
        value = e.Value!;
        // lookdict_index: the index slot that points at entry i.
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)e.Hash;
        int j = (int)((ulong)e.Hash & (ulong)mask);
        while (_indices[j] != i)
        {
            perturb >>= 5;
            j = (int)(((ulong)j * 5 + perturb + 1) & (ulong)mask);
        }
        _indices[j] = Dummy;
        e = default;
        _next = i;
        _used--;
        _version++;
        return true;
    }

    /// <summary>setdefault: the value for <paramref name="key"/>, inserting <paramref name="deflt"/> when absent; null on error.</summary>
    public PyObject? SetDefault(ThreadState ts, PyObject key, PyObject deflt)
    {
        long hash = Protocols.Hash(ts, key);
        if (hash == -1 && ts.HasError) return null;
        // One lookup (hash and __eq__ run once, as CPython's setdefault promises), then the insertion.
        if (_unicode && key.Type != BuiltinTypes.Str) Resize(Log2SizeFor(GrowthSize()), unicode: false);
        int ix = Find(ts, key, hash, out int slot);
        if (ix == -2) return null;
        if (ix >= 0) return _entries[ix].Value;
        InsertAbsent(key, hash, deflt, slot);
        return deflt;
    }

    /// <summary>1 when <paramref name="key"/> (with its known hash) is present, 0 when not, -1 on error.</summary>
    public int ContainsKnownHash(ThreadState ts, PyObject key, long hash)
    {
        int ix = Find(ts, key, hash, out _);
        return ix >= 0 ? 1 : ix == -1 ? 0 : -1;
    }

    private void RemoveAt(int ix, int slot)
    {
        _indices[slot] = Dummy;
        _entries[ix] = default;
        _used--;
        _version++;
    }

    /// <summary>dict.clear(): back to the shared empty table.</summary>
    public void Clear()
    {
        _indices = s_emptyIndices;
        _entries = [];
        _used = _next = _usable = 0;
        _keyBits = 0;
        _unicode = true;
        _version++;
    }

    // CPython 3.11: GROWTH_RATE(d) = used * 3.
    private long GrowthSize() => _used * 3L;

    /// <summary>dictresize: a table of 2**<paramref name="log2Size"/> slots holding the live entries, compacted in order.</summary>
    private void Resize(int log2Size, bool unicode)
    {
        if (!_unicode) unicode = false;
        int size = 1 << log2Size;
        var old = _entries;
        int oldNext = _next;
        var indices = NewIndices(size);
        var entries = new Entry[Usable(size)];
        int mask = size - 1;
        int n = 0;
        if (oldNext == _used)
        {
            // No holes: the entries move as one block (a bulk copy, not two write barriers per entry).
            Array.Copy(old, entries, oldNext);
            n = oldNext;
        }
        else
        {
            for (int k = 0; k < oldNext; k++)
                if (old[k].Key is not null) entries[n++] = old[k];
        }
        for (int k = 0; k < n; k++)
        {
            ulong perturb = (ulong)entries[k].Hash;
            int i = (int)(perturb & (ulong)mask);
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
        _unicode = unicode;
        _version++; // entry positions moved
    }

    /// <summary>Makes room for <paramref name="n"/> entries up front (dict displays, fromkeys): _PyDict_NewPresized on an empty dict.</summary>
    public void Presize(int n, bool unicode)
    {
        if (_used != 0 || n <= Usable(1 << MinLog2Size)) return;
        Resize(n > Usable(1 << 17) ? 17 : EstimateLog2Size(n), unicode);
    }

    /// <summary>dictresize to hold <paramref name="n"/> entries (fromkeys of a dict or set does this whatever n is).</summary>
    public void ResizeFor(int n, bool unicode) => Resize(EstimateLog2Size(n), unicode);

    /// <summary>Whether every key is an exact str (CPython's DICT_KEYS_UNICODE tables).</summary>
    public bool HasOnlyStrKeys => _unicode;

    /// <summary>_PyDict_SizeOf for the object itself plus its key table (48 + keys object on 64-bit CPython 3.11).</summary>
    public long SizeOf()
    {
        long size = 48;
        if (Type != BuiltinTypes.Dict) size += (Type.HasInstanceDict ? 8 : 0) + 8L * Type.SlotCount;
        if (_entries.Length == 0) return size;
        int indexSize = _indices.Length;
        int log2 = System.Numerics.BitOperations.Log2((uint)indexSize);
        int indexBytes = log2 < 8 ? indexSize : log2 < 16 ? indexSize * 2 : log2 < 32 ? indexSize * 4 : indexSize * 8;
        return size + 32 + indexBytes + (long)_entries.Length * (_unicode ? 16 : 24);
    }

    // ---- copying and merging --------------------------------------------------------------------------

    /// <summary>Whether iterating this dict means iterating its table (a subclass may override __iter__).</summary>
    private bool IteratesTable => ReferenceEquals(Type.Iter, DictSlots.IterSlot);

    /// <summary>clone_combined_dict_keys: this dict's table, copied as is (holes included).</summary>
    private void CloneInto(PyDict target)
    {
        target._indices = (int[])_indices.Clone();
        target._entries = (Entry[])_entries.Clone();
        target._used = _used;
        target._next = _next;
        target._usable = _usable;
        target._keyBits = _keyBits;
        target._unicode = _unicode;
        target._version++;
    }

    /// <summary>PyDict_Copy: a new exact dict with the same items (a straight table copy when compact enough).</summary>
    public PyDict? Copy(ThreadState ts)
    {
        var copy = new PyDict();
        if (_used == 0) return copy;
        if (IteratesTable && _used >= _next * 2 / 3)
        {
            CloneInto(copy);
            return copy;
        }
        return copy.Merge(ts, this, 1) ? copy : null;
    }

    /// <summary>
    /// dict_merge: adds <paramref name="other"/>'s items. <paramref name="overrideMode"/> 1 replaces existing
    /// keys, 0 keeps them, 2 raises KeyError on a duplicate.
    /// </summary>
    public bool Merge(ThreadState ts, PyObject other, int overrideMode)
    {
        if (other is PyDict od && od.IteratesTable)
        {
            if (ReferenceEquals(od, this) || od._used == 0) return true;
            if (_used == 0)
            {
                overrideMode = 1;
                if (od._used == od._next && (od._indices.Length == 1 << MinLog2Size || Usable(od._indices.Length / 2) < od._used))
                {
                    od.CloneInto(this);
                    return true;
                }
            }
            if (Usable(_indices.Length) < od._used) Resize(EstimateLog2Size(_used + od._used), od._unicode);
            int origNext = od._next;
            int pos = 0;
            while (od.Next(ref pos, out var key, out var value, out long hash))
            {
                if (overrideMode == 1)
                {
                    if (!SetItem(ts, key, hash, value)) return false;
                }
                else
                {
                    int has = ContainsKnownHash(ts, key, hash);
                    if (has < 0) return false;
                    if (has == 0)
                    {
                        if (!SetItem(ts, key, hash, value)) return false;
                    }
                    else if (overrideMode != 0)
                    {
                        ts.KeyError(key);
                        return false;
                    }
                }
                if (origNext != od._next)
                {
                    ts.SetError(PyExc.RuntimeError, "dict mutated during update");
                    return false;
                }
            }
            return true;
        }
        var keys = MappingKeys(ts, other);
        if (keys is null) return false;
        var it = Protocols.GetIter(ts, keys);
        if (it is null) return false;
        while (true)
        {
            var key = Protocols.Next(ts, it);
            if (key is null) return !ts.HasError;
            if (overrideMode != 1)
            {
                int has = TryGetItem(ts, key, out _);
                if (has < 0) return false;
                if (has > 0)
                {
                    if (overrideMode == 0) continue;
                    ts.KeyError(key);
                    return false;
                }
            }
            var value = Protocols.GetItem(ts, other, key);
            if (value is null || !SetItem(ts, key, value)) return false;
        }
    }

    /// <summary>PyMapping_Keys: a dict's keys as a list, else the result of <c>keys()</c> (checked to be iterable).</summary>
    internal static PyObject? MappingKeys(ThreadState ts, PyObject mapping)
    {
        if (mapping is PyDict d && mapping.Type == BuiltinTypes.Dict) return PyList.FromArray(d.KeysSnapshot().ToArray());
        var keys = Protocols.CallMethod(ts, mapping, "keys", []);
        if (keys is null) return null;
        var it = Protocols.GetIter(ts, keys);
        if (it is null)
        {
            if (ts.ErrorMatches(PyExc.TypeError))
            {
                ts.ClearError();
                ts.SetError(PyExc.TypeError, $"{mapping.Type.Name}.keys() returned a non-iterable (type {keys.Type.Name})");
            }
            return null;
        }
        return Protocols.ToList(ts, it) is { } list ? PyList.FromArray(list.ToArray()) : null;
    }

    /// <summary>PyDict_MergeFromSeq2: pairs from an iterable of 2-item iterables.</summary>
    public bool MergeFromPairs(ThreadState ts, PyObject pairs, bool overrideExisting)
    {
        var it = Protocols.GetIter(ts, pairs);
        if (it is null) return false;
        for (long i = 0; ; i++)
        {
            var item = Protocols.Next(ts, it);
            if (item is null) return !ts.HasError;
            PyObject[] fast;
            if (item is PyTuple t) fast = t.Items;
            else if (item is PyList l) fast = l.AsSpan().ToArray();
            else
            {
                var list = Protocols.ToList(ts, item);
                if (list is null)
                {
                    if (ts.ErrorMatches(PyExc.TypeError))
                    {
                        ts.ClearError();
                        ts.SetError(PyExc.TypeError, $"cannot convert dictionary update sequence element #{i} to a sequence");
                    }
                    return false;
                }
                fast = list.ToArray();
            }
            if (fast.Length != 2)
            {
                ts.SetError(PyExc.ValueError, $"dictionary update sequence element #{i} has length {fast.Length}; 2 is required");
                return false;
            }
            if (overrideExisting)
            {
                if (!SetItem(ts, fast[0], fast[1])) return false;
            }
            else if (SetDefault(ts, fast[0], fast[1]) is null) return false;
        }
    }

    /// <summary>dict_update_arg: a dict, a mapping (anything with keys()), or an iterable of pairs.</summary>
    public bool UpdateFrom(ThreadState ts, PyObject arg)
    {
        if (arg.Type == BuiltinTypes.Dict) return Merge(ts, arg, 1);
        var keys = Protocols.LookupAttr(ts, arg, "keys");
        if (keys is null)
        {
            if (ts.HasError) return false;
            return MergeFromPairs(ts, arg, true);
        }
        return Merge(ts, arg, 1);
    }

    // ---- iteration ----------------------------------------------------------------------------------

    /// <summary>Entry positions run from 0 to <see cref="EntryLimit"/>; holes have a null key.</summary>
    public int EntryLimit => _next;

    /// <summary>The entry at <paramref name="position"/>: false for a hole.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetEntry(int position, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PyObject? key, out PyObject? value)
    {
        if ((uint)position < (uint)_next)
        {
            ref Entry e = ref _entries[position];
            key = e.Key;
            value = e.Value;
            return key is not null;
        }
        key = value = null;
        return false;
    }

    /// <summary>The entry at <paramref name="position"/> with its hash: false for a hole.</summary>
    public bool TryGetEntryWithHash(int position, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PyObject? key, out PyObject? value, out long hash)
    {
        if ((uint)position < (uint)_next)
        {
            ref Entry e = ref _entries[position];
            key = e.Key;
            value = e.Value;
            hash = e.Hash;
            return key is not null;
        }
        key = value = null;
        hash = 0;
        return false;
    }

    /// <summary>The next live entry at or after <paramref name="position"/>; false at the end.</summary>
    public bool Next(ref int position, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PyObject? key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PyObject? value)
    {
        while (position < _next)
        {
            ref Entry e = ref _entries[position++];
            if (e.Key is not null)
            {
                key = e.Key;
                value = e.Value!;
                return true;
            }
        }
        key = value = null;
        return false;
    }

    /// <summary>Next, with the key's stored hash.</summary>
    public bool Next(ref int position, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PyObject? key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PyObject? value, out long hash)
    {
        while (position < _next)
        {
            ref Entry e = ref _entries[position++];
            if (e.Key is not null)
            {
                key = e.Key;
                value = e.Value!;
                hash = e.Hash;
                return true;
            }
        }
        key = value = null;
        hash = 0;
        return false;
    }

    /// <summary>The live keys, in order (a snapshot).</summary>
    public List<PyObject> KeysSnapshot()
    {
        var keys = new List<PyObject>(_used);
        int pos = 0;
        while (Next(ref pos, out var k, out _)) keys.Add(k);
        return keys;
    }

    /// <summary>Instances of Python subclasses of dict.</summary>
    internal sealed class Derived : PyDict
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }

    internal static void Install(PyType type) => DictSlots.Install(type);
}
