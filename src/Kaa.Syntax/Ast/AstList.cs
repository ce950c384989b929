using System.Collections;
using System.Runtime.CompilerServices;

namespace Kaa.Syntax.Ast;

/// <summary>
/// A list field of an AST node: an array of exactly its items, or none when empty. The parser
/// collects a rule's items in a reused scratch buffer and copies them once, when the rule has
/// succeeded, to an array of the right size; a <c>List&lt;T&gt;</c> per field was an object and an
/// over-sized backing array per list (about 760,000 lists over the stdlib, grown by copying).
/// The tree is read through spans and indexing; elements may be replaced in place (the AST
/// optimiser's folding), but the length is fixed: a writer builds a new list and assigns it.
/// </summary>
[CollectionBuilder(typeof(AstList), nameof(AstList.Create))]
public readonly struct AstList<T> : IReadOnlyList<T>
{
    private readonly T[]? _items;

    public AstList(T[]? items) => _items = items is { Length: > 0 } ? items : null;

    public int Count => _items is null ? 0 : _items.Length;

    public bool IsEmpty => _items is null;

    // By value, not by ref: a ref to an element of an array of a class type costs a type check
    // (array covariance) on every read.
    public T this[int index]
    {
        get => _items![index];
        set => _items![index] = value;
    }

    public Span<T> AsSpan() => _items;

    public bool Exists(Predicate<T> match) => _items is not null && System.Array.Exists(_items, match);

    /// <summary>A copy of the items in a new list (for a writer that builds on them).</summary>
    public List<T> ToList() => _items is null ? new List<T>() : new List<T>(_items);

    public T[] ToArray() => _items is null ? System.Array.Empty<T>() : (T[])_items.Clone();

    public static implicit operator AstList<T>(T[]? items) => new(items);

    /// <summary>A list built elsewhere (a writer other than the parser): its items are copied.</summary>
    public static implicit operator AstList<T>(List<T>? items) => new(items is null || items.Count == 0 ? null : items.ToArray());

    public static implicit operator Span<T>(AstList<T> list) => list._items;

    public static implicit operator ReadOnlySpan<T>(AstList<T> list) => list._items;

    public Enumerator GetEnumerator() => new(_items ?? System.Array.Empty<T>());

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? System.Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    /// <summary>Not a ref struct, so that a foreach over a list may sit in an iterator method.</summary>
    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items) { _items = items; _index = -1; }

        public bool MoveNext() => ++_index < _items.Length;

        public readonly T Current => _items[_index];
    }
}

/// <summary>Builds an <see cref="AstList{T}"/> from a collection expression (<c>[a, b]</c>).</summary>
public static class AstList
{
    public static AstList<T> Create<T>(ReadOnlySpan<T> items) => new(items.IsEmpty ? null : items.ToArray());
}
