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

    private const int Empty = -1, Dummy = -2, MinSize = 8;

    private int[] _indices;
    private Entry[] _entries;
    private int _used;          // live entries
    private int _next;          // entries written (live + holes)
    private uint _version;      // bumped on every insertion or deletion (iteration checks, caches)

    public PyDict() : this(BuiltinTypes.Dict) { }

    protected PyDict(PyType type) : base(type)
    {
        _indices = NewIndices(MinSize);
        _entries = new Entry[Usable(MinSize)];
    }

    public int Count => _used;

    /// <summary>Changes whenever a key is added or removed (not when a value is replaced).</summary>
    public uint Version => _version;

    private static int Usable(int size) => (size << 1) / 3;

    private static int[] NewIndices(int size)
    {
        var a = new int[size];
        a.AsSpan().Fill(Empty);
        return a;
    }

    // ---- lookup ------------------------------------------------------------------------------------

    /// <summary>
    /// Finds <paramref name="key"/> (with <paramref name="hash"/>): the entry index, -1 when absent, or -2
    /// when comparing keys raised.
    /// </summary>
    private int Find(ThreadState? ts, PyObject key, long hash, out int slot)
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
        if (a is PyStr sa && b is PyStr sb && a.Type == BuiltinTypes.Str && b.Type == BuiltinTypes.Str)
            return sa.EqualsStr(sb) ? 1 : 0;
        if (ts is null) return 0; // str-only lookups (TryGetStr) treat other key types as different
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

    public bool SetItem(ThreadState? ts, PyObject key, long hash, PyObject value)
    {
        int ix = Find(ts, key, hash, out int slot);
        if (ix == -2) return false;
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            return true;
        }
        if (_next == _entries.Length)
        {
            Resize(GrowthSize());
            Find(ts, key, hash, out slot); // cannot match now: only locates the free slot
        }
        _indices[slot] = _next;
        _entries[_next] = new Entry { Hash = hash, Key = key, Value = value };
        _next++;
        _used++;
        _version++;
        return true;
    }

    /// <summary>Insertion of a str key (namespaces): cannot fail.</summary>
    public void SetStr(PyStr key, PyObject value) => SetItem(null, key, key.GetHash(), value);

    public void SetStr(string key, PyObject value) => SetStr(PyStr.Intern(key), value);

    /// <summary>del d[key]: 1 deleted, 0 absent, -1 error.</summary>
    public int DelItem(ThreadState ts, PyObject key)
    {
        long hash = Protocols.Hash(ts, key);
        if (hash == -1 && ts.HasError) return -1;
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

    private void RemoveAt(int ix, int slot)
    {
        _indices[slot] = Dummy;
        _entries[ix] = default;
        _used--;
        _version++;
    }

    public void Clear()
    {
        _indices = NewIndices(MinSize);
        _entries = new Entry[Usable(MinSize)];
        _used = _next = 0;
        _version++;
    }

    // CPython 3.11: GROWTH_RATE(d) = used * 3.
    private int GrowthSize() => _used * 3;

    private void Resize(int minUsed)
    {
        int size = MinSize;
        while (Usable(size) < Math.Max(minUsed, 1)) size <<= 1;
        var old = _entries;
        int oldNext = _next;
        _indices = NewIndices(size);
        _entries = new Entry[Usable(size)];
        int mask = size - 1;
        int n = 0;
        for (int k = 0; k < oldNext; k++)
        {
            if (old[k].Key is null) continue;
            _entries[n] = old[k];
            ulong perturb = (ulong)old[k].Hash;
            int i = (int)((ulong)old[k].Hash & (ulong)mask);
            while (_indices[i] != Empty)
            {
                perturb >>= 5;
                i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
            }
            _indices[i] = n;
            n++;
        }
        _next = n;
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
        public override PyObject?[]? SlotValues => _slots;
    }

    internal static void Install(PyType type) => DictSlots.Install(type);
}
