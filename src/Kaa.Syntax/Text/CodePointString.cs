namespace Kaa.Syntax.Text;

/// <summary>
/// A Python str constant that a .NET string cannot hold faithfully: one that contains surrogate
/// code points (U+D800..U+DFFF) as characters of their own, e.g. <c>"\ud83d\udc0d"</c>, which is two
/// characters in Python and must stay distinct from <c>"🐍"</c>. Every other str constant is a
/// plain <see cref="string"/> (astral characters as UTF-16 surrogate pairs).
/// </summary>
public sealed class CodePointString : IEquatable<CodePointString>
{
    public CodePointString(int[] codePoints) => CodePoints = codePoints;

    public int[] CodePoints { get; }

    public bool Equals(CodePointString? other)
        => other is not null && CodePoints.AsSpan().SequenceEqual(other.CodePoints);

    public override bool Equals(object? obj) => Equals(obj as CodePointString);

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (int cp in CodePoints) h.Add(cp);
        return h.ToHashCode();
    }
}

/// <summary>The <c>...</c> constant.</summary>
public sealed class EllipsisValue
{
    public static readonly EllipsisValue Instance = new();

    private EllipsisValue() { }

    public override string ToString() => "Ellipsis";
}
