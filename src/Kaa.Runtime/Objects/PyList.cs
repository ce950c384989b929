namespace Kaa.Runtime;

/// <summary>
/// <c>list</c>: a growable array of objects. The storage follows CPython's rules for when it grows and
/// shrinks (list_resize), so capacities — visible through <c>sys.getsizeof</c> — match CPython's.
/// The operations here keep the array consistent; the Python-visible behaviour (errors, argument handling)
/// is in <see cref="ListSlots"/>.
/// </summary>
public partial class PyList : PyObject
{
    private PyObject[] _items;
    private int _count;
    /// <summary>CPython's <c>allocated</c>, which decides when the list reallocates and what
    /// <c>__sizeof__</c> reports. The array may be longer: past <see cref="GeometricFrom"/> slots it grows by
    /// doubling rather than by CPython's eighth, so that building a long list copies it a few times instead of
    /// dozens, each copy a new large-object array the kernel has to fault in. Slots at and past
    /// <see cref="_count"/> are always null.</summary>
    private int _allocated;

    /// <summary>The allocation from which the array outgrows <see cref="_allocated"/> geometrically.</summary>
    private const int GeometricFrom = 4096;

    /// <summary>The storage of a list being sorted: sort empties the list and checks afterwards that the
    /// storage is still this very array; any growth replaces it, which is how "list modified during sort" is seen.</summary>
    private static readonly PyObject[] s_sorting = new PyObject[0];

    public PyList() : this(BuiltinTypes.List, 0) { }

    protected PyList(PyType type, int capacity) : base(type)
    {
        _items = capacity == 0 ? [] : new PyObject[capacity];
        _allocated = capacity;
    }

    /// <summary>A list that takes ownership of <paramref name="items"/>.</summary>
    public static PyList FromArray(PyObject[] items)
    {
        // The storage is always exactly PyObject[] (a PyStr[] passed as PyObject[] is copied), so that stores
        // into it can skip the array-covariance check (see Store).
        if (items.GetType() != typeof(PyObject[]))
        {
            var exact = new PyObject[items.Length];
            Array.Copy(items, exact, items.Length);
            items = exact;
        }
        var list = new PyList(BuiltinTypes.List, 0) { _items = items, _count = items.Length, _allocated = items.Length };
        return list;
    }

    public static PyList FromSpan(ReadOnlySpan<PyObject> items) => FromArray(items.ToArray());

    /// <summary>An empty list with room for exactly <paramref name="capacity"/> items (list_new_prealloc).</summary>
    public static PyList WithCapacity(int capacity) => new(BuiltinTypes.List, capacity);

    public int Count => _count;

    public PyObject this[int index]
    {
        get => _items[index];
        set => Store(index, value);
    }

    /// <summary>_items[index] = value without the covariance check a store into an object array otherwise
    /// makes (the storage is never an array of a derived type); bounds still checked.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Store(int index, PyObject value)
    {
        var items = _items;
        if ((uint)index >= (uint)items.Length) throw new IndexOutOfRangeException();
        System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(items), index) = value;
    }

    /// <summary>The live items (valid until the list changes size).</summary>
    public ReadOnlySpan<PyObject> AsSpan() => _items.AsSpan(0, _count);

    /// <summary>A copy of the items.</summary>
    public PyObject[] ToArray() => _items.AsSpan(0, _count).ToArray();

    /// <summary>The allocated item slots (CPython's <c>allocated</c>).</summary>
    public int Capacity => _allocated;

    public void Append(PyObject item)
    {
        int n = _count;
        if (n == _allocated) Resize(n + 1);
        else _count = n + 1;
        Store(n, item);
    }

    /// <summary>
    /// list_resize: sets the size to <paramref name="newSize"/>, reallocating with CPython's over-allocation
    /// (new_allocated = n + n/8 + 6, rounded down to a multiple of 4) when the size leaves [allocated/2, allocated].
    /// New slots are unset (the caller fills them).
    /// </summary>
    private void Resize(int newSize)
    {
        int allocated = _allocated;
        if (allocated >= newSize && newSize >= (allocated >> 1) && !ReferenceEquals(_items, s_sorting))
        {
            if (newSize < _count) Array.Clear(_items, newSize, _count - newSize);
            _count = newSize;
            return;
        }
        long newAllocated = ((long)newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - _count > newAllocated - newSize) newAllocated = ((long)newSize + 3) & ~3L;
        if (newSize == 0) newAllocated = 0;
        if (newAllocated > Array.MaxLength) throw new OutOfMemoryException();
        if (newAllocated > allocated && newAllocated <= _items.Length)
        {
            // Growing into room the array already has (see _allocated).
            _allocated = (int)newAllocated;
            _count = newSize;
            return;
        }
        long length = newAllocated;
        if (newAllocated > allocated && newAllocated >= GeometricFrom)
            length = Math.Min(Math.Max(newAllocated, 2L * _items.Length), Array.MaxLength);
        var items = length == 0 ? [] : new PyObject[length];
        Array.Copy(_items, items, Math.Min(_count, newSize));
        _items = items;
        _allocated = (int)newAllocated;
        _count = newSize;
    }

    /// <summary>Makes room for <paramref name="extra"/> more items without changing the size (list_extend's
    /// preallocation from a length hint); <see cref="TrimExcess"/> undoes an over-estimate.</summary>
    internal void Reserve(int extra)
    {
        int m = _count;
        if (extra <= 0 || (long)m + extra > Array.MaxLength) return;
        if (HasNoStorage)
        {
            PreallocateExact(extra);
            return;
        }
        Resize(m + extra);
        _count = m;
    }

    /// <summary>CPython's NULL item array: a new or cleared list (not one being sorted, whose storage is the sentinel).</summary>
    private bool HasNoStorage => _items.Length == 0 && !ReferenceEquals(_items, s_sorting);

    /// <summary>list_preallocate_exact: room for n items, rounded up to an even count (the allocator's granularity).</summary>
    private void PreallocateExact(int n)
    {
        _items = new PyObject[Math.Min((n + 1) & ~1, Array.MaxLength)];
        _allocated = _items.Length;
    }

    /// <summary>The cut-back after extending from an iterator: resize to the actual size.</summary>
    internal void TrimExcess()
    {
        if (_count < _allocated) Resize(_count);
    }

    /// <summary>Appends items from a span (list_extend for a list or tuple), growing as CPython does.</summary>
    public void AppendRange(ReadOnlySpan<PyObject> items)
    {
        int n = items.Length;
        if (n == 0) return;
        int m = _count;
        if (HasNoStorage)
        {
            PreallocateExact(n);
            _count = n;
        }
        else Resize(m + n);
        items.CopyTo(_items.AsSpan(m));
    }

    /// <summary>ins1: inserts before <paramref name="where"/> (clamped to the list, negative counts from the end).</summary>
    public void Insert(long where, PyObject item)
    {
        int n = _count;
        Resize(n + 1);
        if (where < 0)
        {
            where += n;
            if (where < 0) where = 0;
        }
        if (where > n) where = n;
        int w = (int)where;
        Array.Copy(_items, w, _items, w + 1, n - w);
        Store(w, item);
    }

    /// <summary>Removes and returns the item at <paramref name="index"/> (already validated).</summary>
    public PyObject RemoveAt(int index)
    {
        var item = _items[index];
        int n = _count;
        if (index == n - 1)
        {
            Resize(n - 1);
            return item;
        }
        SetSlice(index, index + 1, []);
        return item;
    }

    /// <summary>_list_clear: drops the storage (capacity 0). A list already empty with no storage is left
    /// alone, as CPython leaves a NULL item array (this keeps a sort's emptied list recognisable).</summary>
    public void Clear()
    {
        if (_items.Length == 0) return;
        _items = [];
        _count = 0;
        _allocated = 0;
    }

    /// <summary>
    /// list_ass_slice: replaces items [<paramref name="low"/>, <paramref name="high"/>) (clamped) with
    /// <paramref name="replacement"/>, which must not alias this list's storage.
    /// </summary>
    public void SetSlice(long low, long high, ReadOnlySpan<PyObject> replacement)
    {
        int size = _count;
        if (low < 0) low = 0;
        else if (low > size) low = size;
        if (high < low) high = low;
        else if (high > size) high = size;
        int ilow = (int)low, ihigh = (int)high;
        int n = replacement.Length;
        int norig = ihigh - ilow;
        int d = n - norig;
        if (size + d == 0)
        {
            Clear();
            return;
        }
        if (d < 0)
        {
            Array.Copy(_items, ihigh, _items, ihigh + d, size - ihigh);
            Resize(size + d);
        }
        else if (d > 0)
        {
            Resize(size + d);
            Array.Copy(_items, ihigh, _items, ihigh + d, size - ihigh);
        }
        replacement.CopyTo(_items.AsSpan(ilow));
    }

    /// <summary>Deletes the items selected by an extended slice (step != 1), keeping the others in order.</summary>
    internal void DeleteExtended(long start, long step, long count)
    {
        if (count <= 0) return;
        if (step < 0)
        {
            // The same items, walked forwards.
            start = start + step * (count - 1);
            step = -step;
        }
        int write = (int)start;
        int size = _count;
        for (int read = (int)start; read < size; read++)
        {
            long offset = read - start;
            if (offset % step == 0 && offset / step < count) continue;
            _items[write++] = _items[read];
        }
        Resize(size - (int)count);
    }

    /// <summary>Items [start, start+step*count) by step, as a new list of exactly that size.</summary>
    internal PyList GetExtended(long start, long step, long count)
    {
        var result = new PyObject[count];
        for (long i = 0, cur = start; i < count; i++, cur += step) result[i] = _items[cur];
        return FromArray(result);
    }

    public void Reverse() => Array.Reverse(_items, 0, _count);

    /// <summary>Takes the items out for sorting, leaving the list empty with recognisable storage.</summary>
    internal PyObject[] BeginSort(out int count, out PyObject[] storage, out int allocated)
    {
        storage = _items;
        count = _count;
        allocated = _allocated;
        _items = s_sorting;
        _count = 0;
        _allocated = 0;
        return storage;
    }

    /// <summary>Puts the sorted items back; false when the list was changed while sorting (its changes are discarded).</summary>
    internal bool EndSort(PyObject[] storage, int count, int allocated)
    {
        bool untouched = ReferenceEquals(_items, s_sorting);
        _items = storage;
        _count = count;
        _allocated = allocated;
        return untouched;
    }

    /// <summary>Instances of Python subclasses of list.</summary>
    internal sealed class Derived : PyList
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type, 0)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }

    internal static void Install(PyType type) => ListSlots.Install(type);
}
