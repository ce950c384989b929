using System.Collections.Immutable;
using System.Numerics;
using Kaa.Compiler.Code;
using Kaa.Syntax.Text;

namespace Kaa.Compiler.Hashing;

/// <summary>
/// CPython 3.11's set table (Objects/setobject.c): open addressing with linear probes then
/// perturbed jumps, dummies left by deletions, and the same resize policy, so that iterating it
/// yields CPython's order. Keys are constants (or identifier strings); equality is Python's.
/// </summary>
public sealed class PySet
{
    private const int MinSize = SetTableRules.MinSize;
    private const int LinearProbes = SetTableRules.LinearProbes;
    private const int PerturbShift = SetTableRules.PerturbShift;

    /// <summary>The key of a deleted entry (CPython's dummy).</summary>
    private static readonly object Dummy = new();

    private readonly PyHash _hasher;
    private object?[] _keys = new object?[MinSize];
    private bool[] _occupied = new bool[MinSize];
    private long[] _hashes = new long[MinSize];
    private int _fill;  // active + dummy
    private int _used;  // active

    public PySet(PyHash hasher) => _hasher = hasher;

    public int Count => _used;

    private int Mask => _keys.Length - 1;

    /// <summary>frozenset(items): the items added one by one (set_update_internal over an iterable).</summary>
    public static PySet FromItems(IEnumerable<object?> items, PyHash hasher)
    {
        var set = new PySet(hasher);
        foreach (var item in items) set.Add(item);
        return set;
    }

    /// <summary>
    /// The frozenset constant of <paramref name="items"/> as co_consts shows it. CPython builds it
    /// (PyFrozenSet_New over the items), the compiler's constant merging rebuilds it from that
    /// iteration order (merge_consts_recursive), and code-object creation rebuilds it once more when
    /// interning replaced one of its name-like strings (intern_string_constants) — which happens when
    /// an equal string was interned before, as nearly every identifier-like string is in a running
    /// interpreter. Each rebuild can reorder colliding items. Hashes are those of PYTHONHASHSEED=0.
    /// </summary>
    public static ConstFrozenSet FrozenSetConstant(IEnumerable<object?> items)
    {
        var source = items.ToImmutableArray();
        var order = FromItems(source, PyHash.Seed0).ToImmutableArray();
        order = FromItems(order, PyHash.Seed0).ToImmutableArray();
        if (order.Any(IsInternable)) order = FromItems(order, PyHash.Seed0).ToImmutableArray();
        return new ConstFrozenSet(order) { SourceItems = source };
    }

    /// <summary>all_name_chars: an ASCII str of letters, digits and underscores.</summary>
    private static bool IsInternable(object? item)
        => item is string { Length: > 0 } s && s.All(c => c < 128 && (char.IsAsciiLetterOrDigit(c) || c == '_'));

    /// <summary>set(other): a copy made by set_merge into an empty set.</summary>
    public PySet Copy()
    {
        var set = new PySet(_hasher);
        set.UnionWith(this);
        return set;
    }

    /// <summary>Empties the set, leaving it as a new one (the smallest table): set_clear.</summary>
    public void Clear()
    {
        if (_fill == 0) return;
        if (_keys.Length == MinSize)
        {
            Array.Clear(_keys);
            Array.Clear(_occupied);
            Array.Clear(_hashes);
        }
        else
        {
            _keys = new object?[MinSize];
            _occupied = new bool[MinSize];
            _hashes = new long[MinSize];
        }
        _fill = 0;
        _used = 0;
    }

    /// <summary>The items in CPython's iteration order (table order).</summary>
    public IEnumerable<object?> Items()
    {
        for (int i = 0; i < _keys.Length; i++)
            if (_occupied[i] && !ReferenceEquals(_keys[i], Dummy)) yield return _keys[i];
    }

    public ImmutableArray<object?> ToImmutableArray() => [.. Items()];

    public bool Contains(object? key) => Lookup(key, _hasher.Hash(key)) >= 0;

    private int Lookup(object? key, long hash)
    {
        ulong perturb = (ulong)hash;
        ulong mask = (ulong)Mask;
        ulong i = (ulong)hash & mask;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            ulong j = i;
            do
            {
                if (!_occupied[j]) return -1;
                if (_hashes[j] == hash && !ReferenceEquals(_keys[j], Dummy) && PyEquals(_keys[j], key)) return (int)j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    public void Add(object? key) => AddEntry(key, _hasher.Hash(key));

    /// <summary>set_add_entry.</summary>
    private void AddEntry(object? key, long hash)
    {
        ulong mask = (ulong)Mask;
        ulong i = (ulong)hash & mask;
        ulong perturb = (ulong)hash;
        long freeSlot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            ulong j = i;
            do
            {
                if (!_occupied[j])
                {
                    if (freeSlot >= 0)
                    {
                        _used++;
                        Store((int)freeSlot, key, hash);
                        return;
                    }
                    _fill++;
                    _used++;
                    Store((int)j, key, hash);
                    if (!SetTableRules.MustGrow(_fill, (long)mask)) return;
                    Resize(SetTableRules.GrowthTarget(_used));
                    return;
                }
                if (_hashes[j] == hash && !ReferenceEquals(_keys[j], Dummy))
                {
                    if (PyEquals(_keys[j], key)) return;
                }
                else if (ReferenceEquals(_keys[j], Dummy)) freeSlot = (long)j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    private void Store(int slot, object? key, long hash)
    {
        _occupied[slot] = true;
        _keys[slot] = key;
        _hashes[slot] = hash;
    }

    /// <summary>set_discard_entry: the entry becomes a dummy.</summary>
    public bool Remove(object? key)
    {
        int slot = Lookup(key, _hasher.Hash(key));
        if (slot < 0) return false;
        _keys[slot] = Dummy;
        _hashes[slot] = -1;
        _used--;
        return true;
    }

    /// <summary>set_table_resize.</summary>
    private void Resize(long minUsed)
    {
        int newSize = (int)SetTableRules.TableSizeFor(minUsed);
        if (newSize == MinSize && _keys.Length == MinSize && _fill == _used) return;
        var oldKeys = _keys;
        var oldOccupied = _occupied;
        var oldHashes = _hashes;
        _keys = new object?[newSize];
        _occupied = new bool[newSize];
        _hashes = new long[newSize];
        _fill = _used;
        for (int i = 0; i < oldKeys.Length; i++)
            if (oldOccupied[i] && !ReferenceEquals(oldKeys[i], Dummy)) InsertClean(oldKeys[i], oldHashes[i]);
    }

    /// <summary>set_insert_clean: into a table known to hold neither the key nor dummies.</summary>
    private void InsertClean(object? key, long hash)
    {
        ulong mask = (ulong)Mask;
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        while (true)
        {
            if (!_occupied[i]) { Store((int)i, key, hash); return; }
            if (i + LinearProbes <= mask)
            {
                for (ulong j = i + 1; j <= i + LinearProbes; j++)
                    if (!_occupied[j]) { Store((int)j, key, hash); return; }
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// <summary>set_merge (what |=, update() and set(other) do with a set argument).</summary>
    public void UnionWith(PySet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0) return;
        if ((long)(_fill + other._used) * 5 >= (long)Mask * 3) Resize((long)(_used + other._used) * 2);
        if (_fill == 0 && Mask == other.Mask && other._fill == other._used)
        {
            for (int i = 0; i < other._keys.Length; i++)
                if (other._occupied[i]) Store(i, other._keys[i], other._hashes[i]);
            _fill = other._fill;
            _used = other._used;
            return;
        }
        if (_fill == 0)
        {
            _fill = other._used;
            _used = other._used;
            for (int i = 0; i < other._keys.Length; i++)
                if (other._occupied[i] && !ReferenceEquals(other._keys[i], Dummy)) InsertClean(other._keys[i], other._hashes[i]);
            return;
        }
        for (int i = 0; i < other._keys.Length; i++)
            if (other._occupied[i] && !ReferenceEquals(other._keys[i], Dummy)) AddEntry(other._keys[i], other._hashes[i]);
    }

    /// <summary>frozenset_hash: order-independent, over the whole table.</summary>
    public long FrozenSetHash() => SetTableRules.FrozenSetHash(_hashes, _fill, _used);

    /// <summary>Python's == between constants: numbers across int/float/complex/bool, sequences item-wise.</summary>
    public static bool PyEquals(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        if (IsNumber(a) && IsNumber(b)) return NumbersEqual(a, b);
        switch (a, b)
        {
            case (string x, string y): return x == y;
            case (CodePointString x, CodePointString y): return x.Equals(y);
            case (byte[] x, byte[] y): return x.AsSpan().SequenceEqual(y);
            case (ConstTuple x, ConstTuple y):
                if (x.Items.Length != y.Items.Length) return false;
                for (int i = 0; i < x.Items.Length; i++)
                    if (!PyEquals(x.Items[i], y.Items[i])) return false;
                return true;
            case (ConstFrozenSet x, ConstFrozenSet y):
                if (x.Items.Length != y.Items.Length) return false;
                foreach (var item in x.Items)
                    if (!y.Items.Any(other => PyEquals(item, other))) return false;
                return true;
            case (EllipsisValue, EllipsisValue): return true;
            default: return false;
        }
    }

    private static bool IsNumber(object v) => v is bool or long or BigInteger or double or Complex;

    private static bool NumbersEqual(object a, object b)
    {
        var (ar, ai) = AsExact(a);
        var (br, bi) = AsExact(b);
        return ai == bi && RealsEqual(ar, br);
    }

    private static (object Real, double Imag) AsExact(object v) => v switch
    {
        bool x => (x ? BigInteger.One : BigInteger.Zero, 0.0),
        long l => ((BigInteger)l, 0.0),
        BigInteger b => (b, 0.0),
        double d => (d, 0.0),
        Complex c => (c.Real, c.Imaginary),
        _ => throw new ArgumentException("not a number", nameof(v)),
    };

    /// <summary>int == float compares exactly (as CPython does), never through a rounded double.</summary>
    private static bool RealsEqual(object a, object b)
    {
        switch (a, b)
        {
            case (BigInteger x, BigInteger y): return x == y;
            case (double x, double y): return x == y;
            case (BigInteger x, double y): return IntEqualsDouble(x, y);
            case (double x, BigInteger y): return IntEqualsDouble(y, x);
            default: return false;
        }
    }

    private static bool IntEqualsDouble(BigInteger i, double d)
    {
        if (!double.IsFinite(d) || d != Math.Floor(d)) return false;
        return new BigInteger(d) == i;
    }
}
