namespace Kaa.Runtime.Modules.Sre;

/// <summary>
/// The subject of a match as the engine reads it: code point <c>i</c> (0 ≤ i &lt; length). The engine is
/// generic over these structs so the JIT compiles one specialised matcher per representation (CPython's
/// three SRE_CHAR widths): BMP str, astral str, bytes-like.
/// </summary>
internal interface ISreText
{
    int this[int index] { get; }

    /// <summary>The first index in [from, to) holding code point <paramref name="c"/>, or -1 (vectorised
    /// where the representation allows: the literal-prefix search of the engine).</summary>
    int IndexOf(int c, int from, int to);
}

/// <summary>A str in its BMP form: one char per code point.</summary>
internal readonly struct BmpText(string chars) : ISreText
{
    private readonly string _chars = chars;

    public int this[int index] => _chars[index];

    public int IndexOf(int c, int from, int to)
    {
        if ((uint)c > 0xFFFF) return -1;
        int i = _chars.AsSpan(from, to - from).IndexOf((char)c);
        return i < 0 ? -1 : from + i;
    }
}

/// <summary>A str with astral code points.</summary>
internal readonly struct WideText(int[] codePoints) : ISreText
{
    private readonly int[] _codePoints = codePoints;

    public int this[int index] => _codePoints[index];

    public int IndexOf(int c, int from, int to)
    {
        int i = _codePoints.AsSpan(from, to - from).IndexOf(c);
        return i < 0 ? -1 : from + i;
    }
}

/// <summary>The bytes of a buffer (bytes, bytearray, memoryview, ...).</summary>
internal readonly struct ByteText(byte[] array, int offset) : ISreText
{
    private readonly byte[] _array = array;
    private readonly int _offset = offset;

    public int this[int index] => _array[_offset + index];

    public int IndexOf(int c, int from, int to)
    {
        if ((uint)c > 0xFF) return -1;
        int i = _array.AsSpan(_offset + from, to - from).IndexOf((byte)c);
        return i < 0 ? -1 : from + i;
    }
}
