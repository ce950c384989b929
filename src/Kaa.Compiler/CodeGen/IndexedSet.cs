using System.Runtime.CompilerServices;
using Kaa.Compiler.Code;

namespace Kaa.Compiler.CodeGen;

/// <summary>
/// How an <see cref="IndexedSet{T, TKeys}"/> compares and hashes its items: static members of a
/// type argument, so the calls are direct (no comparer object, no interface dispatch per probe).
/// </summary>
public interface IKeyComparer<T>
{
    static abstract bool Same(T a, T b);

    static abstract int Hash(T item);
}

/// <summary>
/// Names compared by ordinal equality, hashed without a per-process random seed (string's own
/// hash is Marvin, several times the cost for a short identifier). Most names are the parser's
/// shared identifier strings, so equality usually ends at the reference check.
/// </summary>
public readonly struct NameKeys : IKeyComparer<string>
{
    public static bool Same(string a, string b) => ReferenceEquals(a, b) || (a.Length == b.Length && a.AsSpan().SequenceEqual(b));

    public static int Hash(string item) => StringHash(item);

    /// <summary>
    /// FNV-1a over the UTF-16 units, two at a time; a long string (a docstring constant) hashes its
    /// length and first 64 units only: equality settles the rest.
    /// </summary>
    public static int StringHash(string s)
    {
        uint h = 2166136261u ^ (uint)s.Length;
        int n = Math.Min(s.Length, 64);
        ref char c = ref Unsafe.AsRef(in s.GetPinnableReference());
        int i = 0;
        for (; i + 2 <= n; i += 2)
            h = (h ^ Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref c, i)))) * 16777619u;
        if (i < n) h = (h ^ Unsafe.Add(ref c, i)) * 16777619u;
        return (int)h;
    }
}

/// <summary>Constants: <see cref="ConstantComparer"/>'s equality (type and value), strings hashed as names are.</summary>
public readonly struct ConstantKeys : IKeyComparer<object?>
{
    public static bool Same(object? a, object? b) => ConstantComparer.Instance.Equals(a, b);

    public static int Hash(object? item) => item is string s ? NameKeys.StringHash(s) : ConstantComparer.Instance.GetHashCode(item);
}

/// <summary>
/// An insertion-ordered set whose items are numbered by first insertion (CPython's dicts mapping
/// an object to its index in co_consts/co_names/...). Most code objects have only a few names and
/// constants: up to <see cref="LinearLimit"/> items a scan finds them with no hashing at all; past
/// that an open-addressing table of (hash, index) pairs over the item array takes over. The items
/// are a plain array (no list object, nothing made before the first Add).
/// </summary>
public sealed class IndexedSet<T, TKeys> where TKeys : IKeyComparer<T>
{
    private const int LinearLimit = 8;

    private struct Slot
    {
        public int Hash;
        public int IndexPlusOne; // 0: empty
    }

    private T[] _items = [];
    private int _count;
    private Slot[]? _slots;

    /// <summary>The table of a cleared set, for its next table mode (see <see cref="Clear"/>).</summary>
    private Slot[]? _spareSlots;

    public int Count => _count;

    public ReadOnlySpan<T> Items => _items.AsSpan(0, _count);

    public T this[int index] => (uint)index < (uint)_count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>
    /// Empties the set, keeping its storage for the items to come (the compiler reuses the sets of
    /// a finished code object for the next one); the items are dropped, not kept alive.
    /// </summary>
    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
        if (_slots is not null)
        {
            _spareSlots = _slots;
            _slots = null;
        }
    }

    /// <summary>The item's index, adding it at the end when new.</summary>
    public int Add(T item)
    {
        if (_slots is null)
        {
            int found = Scan(item);
            return found >= 0 ? found : AddNew(item);
        }
        int hash = TKeys.Hash(item);
        int index = Probe(item, hash, out int empty);
        return index >= 0 ? index : Insert(item, hash, empty);
    }

    /// <summary>Adds an item the caller knows is absent (it just looked): no search for it first.</summary>
    public int AddNew(T item)
    {
        if (_slots is null)
        {
            int index = Append(item);
            if (_count > LinearLimit) Rehash(32);
            return index;
        }
        int hash = TKeys.Hash(item);
        return Insert(item, hash, EmptySlot(hash));
    }

    public bool TryGetIndex(T item, out int index)
    {
        index = IndexOf(item);
        if (index >= 0) return true;
        index = 0; // what Dictionary.TryGetValue gives for a missing key
        return false;
    }

    /// <summary>The item's index, or -1.</summary>
    public int IndexOf(T item) => _slots is null ? Scan(item) : Probe(item, TKeys.Hash(item), out _);

    /// <summary>The item's index in table mode, or -1 with <paramref name="empty"/> the slot where it would go.</summary>
    private int Probe(T item, int hash, out int empty)
    {
        var slots = _slots!;
        int mask = slots.Length - 1;
        int s = SlotOf(hash, mask);
        while (slots[s].IndexPlusOne != 0)
        {
            if (slots[s].Hash == hash && TKeys.Same(_items[slots[s].IndexPlusOne - 1], item))
            {
                empty = -1;
                return slots[s].IndexPlusOne - 1;
            }
            s = (s + 1) & mask;
        }
        empty = s;
        return -1;
    }

    /// <summary>The first free slot on the hash's probe sequence.</summary>
    private int EmptySlot(int hash)
    {
        var slots = _slots!;
        int mask = slots.Length - 1;
        int s = SlotOf(hash, mask);
        while (slots[s].IndexPlusOne != 0) s = (s + 1) & mask;
        return s;
    }

    private int Insert(T item, int hash, int slot)
    {
        int index = Append(item);
        _slots![slot].Hash = hash;
        _slots[slot].IndexPlusOne = index + 1;
        if (_count * 2 > _slots.Length) Rehash(_slots.Length * 2);
        return index;
    }

    private int Scan(T item)
    {
        // The array indexed, not a span: T is a reference type, so this code is shared among the
        // instantiations, and a span over a T[] checks the array's type at run time.
        var items = _items;
        int count = _count;
        // References first: names are mostly the parser's shared strings, found without reading
        // a string; only a miss compares values.
        for (int k = 0; k < count; k++)
            if (ReferenceEquals(items[k], item)) return k;
        for (int k = 0; k < count; k++)
            if (TKeys.Same(items[k], item)) return k;
        return -1;
    }

    private int Append(T item)
    {
        if (_count == _items.Length) Array.Resize(ref _items, Math.Max(4, _count * 2));
        _items[_count] = item;
        return _count++;
    }

    // The hash multiplied and its high half folded in, so that the low bits (the slot) depend on every bit.
    private static int SlotOf(int hash, int mask)
    {
        uint x = (uint)hash * 0x9E3779B1u;
        return (int)(x ^ (x >> 16)) & mask;
    }

    private void Rehash(int size)
    {
        if (_spareSlots is { } spare && spare.Length >= size && spare.Length <= 4 * size)
        {
            // A cleared set entering table mode again: its old table, emptied, when not much larger
            // (a larger table only lowers the load; the items' order is the array's).
            Array.Clear(spare);
            _slots = spare;
            _spareSlots = null;
        }
        else _slots = new Slot[size];
        for (int k = 0; k < _count; k++)
        {
            int hash = TKeys.Hash(_items[k]);
            int s = EmptySlot(hash);
            _slots[s].Hash = hash;
            _slots[s].IndexPlusOne = k + 1;
        }
    }
}
