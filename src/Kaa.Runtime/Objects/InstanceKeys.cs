namespace Kaa.Runtime;

/// <summary>
/// The attribute names the instances of one class have been given, in the order first given: CPython
/// 3.11's shared keys (<c>ht_cached_keys</c>). Every <see cref="PyInstance"/> of the class keeps its
/// attribute values in an array indexed by these keys instead of a dict of its own, so that an attribute
/// read is an index (which an inline cache remembers) and a new instance costs one small array.
/// <para>
/// Append-only: a name keeps its index for the life of the class, which lets a cache remember "the name is
/// not among the first N keys" as a fact that stays true. At most <see cref="MaxSize"/> names
/// (SHARED_KEYS_MAX_SIZE); an instance that needs another name, or a key that is not an exact str, gets a
/// real dict instead. Owned by one heap type (so by one interpreter) and changed under its GIL.
/// </para>
/// </summary>
internal sealed class InstanceKeys
{
    public const int MaxSize = 30;

    private PyStr[] _names = new PyStr[4];
    private int _count;
    /// <summary>Every name is interned: a lookup of an interned name can then stop at the identity scan.</summary>
    private bool _allInterned = true;

    public int Count => _count;

    /// <summary>The names, valid up to <see cref="Count"/>.</summary>
    public PyStr[] Names => _names;

    /// <summary>The index of <paramref name="name"/>, looking only at the keys from <paramref name="start"/> on; -1 when absent.</summary>
    public int IndexOf(PyStr name, int start = 0)
    {
        var names = _names;
        int n = _count;
        for (int i = start; i < n; i++)
            if (ReferenceEquals(names[i], name)) return i;
        if (_allInterned && name.IsInterned) return -1;
        long hash = name.GetHash();
        for (int i = start; i < n; i++)
            if (names[i].GetHash() == hash && names[i].EqualsStr(name)) return i;
        return -1;
    }

    /// <summary>The index of <paramref name="name"/>, added at the end when absent; -1 when the keys are full or
    /// the name is no exact str (the instance then needs a dict).</summary>
    public int IndexOfOrAdd(PyStr name)
    {
        int ix = IndexOf(name);
        if (ix >= 0) return ix;
        if (_count == MaxSize || name.Type != BuiltinTypes.Str) return -1;
        if (_count == _names.Length) Array.Resize(ref _names, Math.Min(_names.Length * 2, MaxSize));
        if (!name.IsInterned) _allInterned = false;
        _names[_count] = name;
        return _count++;
    }
}
