using Kaa.Compiler.CodeGen;

namespace Kaa.Compiler.Symbols;

/// <summary>
/// A block's names and their flags, in first-seen order (the compiler's output depends on it):
/// the names in an <see cref="IndexedSet{T, TKeys}"/>, the flags in an array beside them, by the
/// same index. In place of an OrderedDictionary: no randomized string hash, no entry objects per
/// block until there are names, and a short block's lookups a scan of a few references.
/// </summary>
public sealed class SymbolMap
{
    private readonly IndexedSet<string, NameKeys> _names = new();
    private SymbolFlags[] _flags = [];

    public int Count => _names.Count;

    /// <summary>The name's index, or -1.</summary>
    public int IndexOf(string name) => _names.IndexOf(name);

    public KeyValuePair<string, SymbolFlags> GetAt(int index) => new(_names[index], _flags[index]);

    public void SetAt(int index, SymbolFlags flags)
    {
        if ((uint)index >= (uint)_names.Count) throw new ArgumentOutOfRangeException(nameof(index));
        _flags[index] = flags;
    }

    public bool TryGetValue(string name, out SymbolFlags flags)
    {
        int index = _names.IndexOf(name);
        flags = index >= 0 ? _flags[index] : SymbolFlags.None;
        return index >= 0;
    }

    /// <summary>Sets the name's flags, adding the name when new.</summary>
    public SymbolFlags this[string name]
    {
        set
        {
            int index = _names.IndexOf(name);
            if (index >= 0) _flags[index] = value;
            else Add(name, value);
        }
    }

    /// <summary>Adds a name the caller has just looked up and not found (no second search).</summary>
    public void Add(string name, SymbolFlags flags)
    {
        int index = _names.AddNew(name);
        if (index >= _flags.Length) Array.Resize(ref _flags, Math.Max(4, _flags.Length * 2));
        _flags[index] = flags;
    }

    public Enumerator GetEnumerator() => new(this);

    public struct Enumerator(SymbolMap map)
    {
        private int _index = -1;

        public readonly KeyValuePair<string, SymbolFlags> Current => map.GetAt(_index);

        public bool MoveNext() => ++_index < map.Count;
    }
}
