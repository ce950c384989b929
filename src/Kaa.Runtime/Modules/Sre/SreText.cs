namespace Kaa.Runtime.Modules.Sre;

/// <summary>
/// The subject of a match as the engine reads it: code point <c>i</c> (0 ≤ i &lt; length). The engine is
/// generic over these structs so the JIT compiles one specialised matcher per representation (CPython's
/// three SRE_CHAR widths): BMP str, astral str, bytes-like. The scans (vectorised where the representation
/// allows) are the engine's fast paths: literal and prefix search, counting repeats of one character,
/// searching for members of a set whose membership a 256-entry table decides.
/// All ranges are [from, to) and a result of -1 means "none there".
/// </summary>
internal interface ISreText
{
    int this[int index] { get; }

    /// <summary>The first index holding code point <paramref name="c"/>.</summary>
    int IndexOf(int c, int from, int to);

    /// <summary>The last index holding code point <paramref name="c"/>.</summary>
    int LastIndexOf(int c, int from, int to);

    /// <summary>The first index not holding code point <paramref name="c"/>.</summary>
    int IndexOfAnyExcept(int c, int from, int to);

    /// <summary>The first index where the INFO prefix of <paramref name="info"/> occurs whole inside the range.</summary>
    int IndexOfPrefix(SreCodeInfo info, int from, int to);

    /// <summary>The first index holding a member (<paramref name="member"/> true) or a non-member of a
    /// set whose <see cref="SreSet.Bound"/> is known.</summary>
    int IndexOfSet(SreSet set, bool member, int from, int to);
}

/// <summary>A str in its BMP form: one char per code point.</summary>
internal readonly struct BmpText(string chars) : ISreText
{
    private readonly string _chars = chars;

    public int this[int index] => _chars[index];

    public int IndexOf(int c, int from, int to)
    {
        if ((uint)c > 0xFFFF) return -1;
        return Offset(from, _chars.AsSpan(from, to - from).IndexOf((char)c));
    }

    public int LastIndexOf(int c, int from, int to)
    {
        if ((uint)c > 0xFFFF) return -1;
        return Offset(from, _chars.AsSpan(from, to - from).LastIndexOf((char)c));
    }

    public int IndexOfAnyExcept(int c, int from, int to)
    {
        if ((uint)c > 0xFFFF) return from < to ? from : -1;
        return Offset(from, _chars.AsSpan(from, to - from).IndexOfAnyExcept((char)c));
    }

    public int IndexOfPrefix(SreCodeInfo info, int from, int to)
        => info.PrefixChars is { } prefix ? Offset(from, _chars.AsSpan(from, to - from).IndexOf(prefix)) : -1;

    public int IndexOfSet(SreSet set, bool member, int from, int to)
    {
        var span = _chars.AsSpan(from, to - from);
        // Chars holds the members when the set is bounded below 256, the non-members when it is negated.
        bool findListed = member == (set.Bound == SreSetBound.Below256);
        return Offset(from, findListed ? span.IndexOfAny(set.Chars) : span.IndexOfAnyExcept(set.Chars));
    }

    private static int Offset(int from, int i) => i < 0 ? -1 : from + i;
}

/// <summary>A str with astral code points.</summary>
internal readonly struct WideText(int[] codePoints) : ISreText
{
    private readonly int[] _codePoints = codePoints;

    public int this[int index] => _codePoints[index];

    public int IndexOf(int c, int from, int to) => Offset(from, _codePoints.AsSpan(from, to - from).IndexOf(c));

    public int LastIndexOf(int c, int from, int to) => Offset(from, _codePoints.AsSpan(from, to - from).LastIndexOf(c));

    public int IndexOfAnyExcept(int c, int from, int to) => Offset(from, _codePoints.AsSpan(from, to - from).IndexOfAnyExcept(c));

    public int IndexOfPrefix(SreCodeInfo info, int from, int to)
        => Offset(from, _codePoints.AsSpan(from, to - from).IndexOf(info.PrefixCodePoints));

    public int IndexOfSet(SreSet set, bool member, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (set.Contains(_codePoints[i]) == member) return i;
        return -1;
    }

    private static int Offset(int from, int i) => i < 0 ? -1 : from + i;
}

/// <summary>The bytes of a buffer (bytes, bytearray, memoryview, ...).</summary>
internal readonly struct ByteText(byte[] array, int offset) : ISreText
{
    private readonly byte[] _array = array;
    private readonly int _offset = offset;

    public int this[int index] => _array[_offset + index];

    private ReadOnlySpan<byte> Span(int from, int to) => _array.AsSpan(_offset + from, to - from);

    public int IndexOf(int c, int from, int to)
    {
        if ((uint)c > 0xFF) return -1;
        return Offset(from, Span(from, to).IndexOf((byte)c));
    }

    public int LastIndexOf(int c, int from, int to)
    {
        if ((uint)c > 0xFF) return -1;
        return Offset(from, Span(from, to).LastIndexOf((byte)c));
    }

    public int IndexOfAnyExcept(int c, int from, int to)
    {
        if ((uint)c > 0xFF) return from < to ? from : -1;
        return Offset(from, Span(from, to).IndexOfAnyExcept((byte)c));
    }

    public int IndexOfPrefix(SreCodeInfo info, int from, int to)
        => info.PrefixBytes is { } prefix ? Offset(from, Span(from, to).IndexOf(prefix)) : -1;

    public int IndexOfSet(SreSet set, bool member, int from, int to)
    {
        var span = Span(from, to);
        bool findListed = member == (set.Bound == SreSetBound.Below256);
        return Offset(from, findListed ? span.IndexOfAny(set.Bytes) : span.IndexOfAnyExcept(set.Bytes));
    }

    private static int Offset(int from, int i) => i < 0 ? -1 : from + i;
}
