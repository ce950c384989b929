namespace Kaa.Runtime;

/// <summary>
/// <c>collections.deque</c>: a ring buffer (capacity a power of two) with an optional bound. Every
/// mutation bumps <see cref="State"/> so iterators and comparisons can detect changes made under them,
/// as CPython's <c>deque->state</c>. The methods live in <see cref="DequeSlots"/>.
/// </summary>
public class PyDeque : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("collections.deque", (PyType?)null,
        TypeFlags.BaseType | TypeFlags.HasWeakrefs | TypeFlags.Sequence, DequeSlots.Install);

    /// <summary>CPython's block layout, kept only for <c>__sizeof__</c>: 64 slots per block, the first item starting at slot 32.</summary>
    private const int BlockLength = 64;
    private const int CenterStart = 32;

    private PyObject?[] _items = new PyObject?[8];
    private int _head;
    private int _count;
    /// <summary>-1 when unbounded.</summary>
    internal long MaxLen = -1;
    /// <summary>Incremented on each mutation.</summary>
    internal uint State;
    /// <summary>Where CPython's leftmost item would sit in its block (for <c>__sizeof__</c>).</summary>
    private int _blockLeft = CenterStart;

    protected PyDeque(PyType type) : base(type) { }

    internal static PyDeque Make(PyType type) => type == TypeObject ? new PyDeque(type) : new Derived(type);

    internal static PyDeque Create() => new(TypeObject);

    public int Count => _count;

    public PyObject this[int index]
    {
        get => _items[(_head + index) & (_items.Length - 1)]!;
        set => _items[(_head + index) & (_items.Length - 1)] = value;
    }

    /// <summary>The number of CPython blocks a deque in this state would hold.</summary>
    internal long Blocks => (_blockLeft + _count + BlockLength - 1) / BlockLength;

    private void Grow()
    {
        var bigger = new PyObject?[_items.Length * 2];
        int mask = _items.Length - 1;
        for (int i = 0; i < _count; i++) bigger[i] = _items[(_head + i) & mask];
        _items = bigger;
        _head = 0;
    }

    /// <summary>Appends on the right; a full bounded deque drops its leftmost item (returned, or null).</summary>
    public PyObject? Append(PyObject item)
    {
        if (_count == _items.Length) Grow();
        _items[(_head + _count) & (_items.Length - 1)] = item;
        _count++;
        State++;
        if (MaxLen >= 0 && _count > MaxLen) return PopLeft();
        return null;
    }

    /// <summary>Appends on the left; a full bounded deque drops its rightmost item (returned, or null).</summary>
    public PyObject? AppendLeft(PyObject item)
    {
        if (_count == _items.Length) Grow();
        _head = (_head - 1) & (_items.Length - 1);
        _items[_head] = item;
        _count++;
        State++;
        if (_blockLeft == 0) _blockLeft = BlockLength;
        _blockLeft--;
        if (MaxLen >= 0 && _count > MaxLen) return Pop();
        return null;
    }

    /// <summary>Removes the rightmost item (the deque must not be empty).</summary>
    public PyObject Pop()
    {
        int i = (_head + _count - 1) & (_items.Length - 1);
        var item = _items[i]!;
        _items[i] = null;
        _count--;
        State++;
        if (_count == 0 && _blockLeft == 0) _blockLeft = CenterStart;
        return item;
    }

    /// <summary>Removes the leftmost item (the deque must not be empty).</summary>
    public PyObject PopLeft()
    {
        var item = _items[_head]!;
        _items[_head] = null;
        _head = (_head + 1) & (_items.Length - 1);
        _count--;
        State++;
        if (++_blockLeft == BlockLength) _blockLeft = _count > 0 ? 0 : CenterStart;
        return item;
    }

    /// <summary>CPython's space-saving heuristic when extending an empty deque: start at the block's left
    /// (extend) or right (extendleft) edge. Only <c>__sizeof__</c> can tell.</summary>
    internal void BeforeExtend(bool left)
    {
        if (_count == 0) _blockLeft = left ? BlockLength - 1 : 1;
    }

    public void Clear()
    {
        if (_count > 0) State++;
        Array.Clear(_items);
        _head = 0;
        _count = 0;
        _blockLeft = CenterStart;
    }

    /// <summary>Rotates <paramref name="n"/> steps to the right (negative: left).</summary>
    public void Rotate(long n)
    {
        State++;
        if (_count <= 1) return;
        long half = _count >> 1;
        if (n > half || n < -half)
        {
            n %= _count;
            if (n > half) n -= _count;
            else if (n < -half) n += _count;
        }
        int mask = _items.Length - 1;
        // Moving the ring's head is enough when the buffer is exactly full; otherwise items move one by one.
        for (; n > 0; n--)
        {
            int last = (_head + _count - 1) & mask;
            var x = _items[last];
            _items[last] = null;
            _head = (_head - 1) & mask;
            _items[_head] = x;
            if (_blockLeft == 0) _blockLeft = BlockLength;
            _blockLeft--;
        }
        for (; n < 0; n++)
        {
            var x = _items[_head];
            _items[_head] = null;
            _items[(_head + _count) & mask] = x;
            _head = (_head + 1) & mask;
            if (++_blockLeft == BlockLength) _blockLeft = 0;
        }
    }

    public void Reverse()
    {
        int mask = _items.Length - 1;
        for (int i = 0, j = _count - 1; i < j; i++, j--)
        {
            int a = (_head + i) & mask, b = (_head + j) & mask;
            (_items[a], _items[b]) = (_items[b], _items[a]);
        }
        State++;
    }

    /// <summary>Inserts before <paramref name="index"/> (0..Count), shifting the shorter side.</summary>
    public void InsertAt(int index, PyObject item)
    {
        if (_count == _items.Length) Grow();
        int mask = _items.Length - 1;
        if (index < _count - index)
        {
            _head = (_head - 1) & mask;
            for (int i = 0; i < index; i++) _items[(_head + i) & mask] = _items[(_head + i + 1) & mask];
            if (_blockLeft == 0) _blockLeft = BlockLength;
            _blockLeft--;
        }
        else
        {
            for (int i = _count; i > index; i--) _items[(_head + i) & mask] = _items[(_head + i - 1) & mask];
        }
        _items[(_head + index) & mask] = item;
        _count++;
        State++;
    }

    /// <summary>Removes the item at <paramref name="index"/> (0..Count-1).</summary>
    public void RemoveAt(int index)
    {
        int mask = _items.Length - 1;
        if (index < _count - 1 - index)
        {
            for (int i = index; i > 0; i--) _items[(_head + i) & mask] = _items[(_head + i - 1) & mask];
            _items[_head] = null;
            _head = (_head + 1) & mask;
            if (++_blockLeft == BlockLength) _blockLeft = 0;
        }
        else
        {
            for (int i = index; i < _count - 1; i++) _items[(_head + i) & mask] = _items[(_head + i + 1) & mask];
            _items[(_head + _count - 1) & mask] = null;
        }
        _count--;
        State++;
    }

    /// <summary>The items in order, as a new array.</summary>
    public PyObject[] ToArray()
    {
        var a = new PyObject[_count];
        for (int i = 0; i < _count; i++) a[i] = this[i];
        return a;
    }

    /// <summary>Instances of Python subclasses.</summary>
    private sealed class Derived : PyDeque
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
}
