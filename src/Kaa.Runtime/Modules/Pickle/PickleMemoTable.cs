using System.Runtime.CompilerServices;

namespace Kaa.Runtime;

/// <summary>
/// The pickler's memo (CPython's PyMemoTable): object identity to memo index, an open-addressing table
/// keyed on the object's identity hash, kept at most two-thirds full. The pickler consults it for almost
/// every object it writes, so it avoids the generic dictionary's comparer calls. Entries are only added
/// (and all cleared), never removed one by one.
/// </summary>
internal sealed class PickleMemoTable
{
    private const int MinSize = 8;

    private PyObject?[] _keys = new PyObject?[MinSize];
    private int[] _values = new int[MinSize];
    private int _count;

    public int Count => _count;

    /// <summary>The slots allocated (for __sizeof__).</summary>
    public int Allocated => _keys.Length;

    private static int Hash(PyObject key)
    {
        // Spread the identity hash: consecutive allocations get nearby values.
        uint h = (uint)RuntimeHelpers.GetHashCode(key);
        return (int)(h * 0x9E3779B1u);
    }

    private int Find(PyObject key)
    {
        var keys = _keys;
        int mask = keys.Length - 1;
        int i = Hash(key) & mask;
        while (true)
        {
            var k = keys[i];
            if (k is null || ReferenceEquals(k, key)) return i;
            i = (i + 1) & mask;
        }
    }

    public bool TryGetValue(PyObject key, out int value)
    {
        if (_count == 0)
        {
            value = 0;
            return false;
        }
        int i = Find(key);
        if (_keys[i] is null)
        {
            value = 0;
            return false;
        }
        value = _values[i];
        return true;
    }

    public bool Contains(PyObject key) => _count > 0 && _keys[Find(key)] is not null;

    /// <summary>Sets the index of <paramref name="key"/> (added, or replaced when present).</summary>
    public void Set(PyObject key, int value)
    {
        int i = Find(key);
        if (_keys[i] is not null)
        {
            _values[i] = value;
            return;
        }
        _keys[i] = key;
        _values[i] = value;
        _count++;
        if (_count * 3 >= _keys.Length * 2) Resize(_count > 50000 ? _count * 2 : _count * 4);
    }

    private void Resize(int minSize)
    {
        int size = MinSize;
        while (size <= minSize) size <<= 1;
        var oldKeys = _keys;
        var oldValues = _values;
        _keys = new PyObject?[size];
        _values = new int[size];
        for (int j = 0; j < oldKeys.Length; j++)
        {
            if (oldKeys[j] is not { } k) continue;
            int i = Find(k);
            _keys[i] = k;
            _values[i] = oldValues[j];
        }
    }

    public void Clear()
    {
        _keys = new PyObject?[MinSize];
        _values = new int[MinSize];
        _count = 0;
    }

    public PickleMemoTable Copy()
    {
        var copy = new PickleMemoTable
        {
            _keys = (PyObject?[])_keys.Clone(),
            _values = (int[])_values.Clone(),
            _count = _count,
        };
        return copy;
    }

    /// <summary>The entries, in table order.</summary>
    public IEnumerable<(PyObject Key, int Value)> Entries()
    {
        for (int i = 0; i < _keys.Length; i++)
            if (_keys[i] is { } k) yield return (k, _values[i]);
    }
}
