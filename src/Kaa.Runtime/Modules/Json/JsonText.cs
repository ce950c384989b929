namespace Kaa.Runtime;

/// <summary>
/// Read access by code point to the <c>str</c> being decoded, over either form of <see cref="PyStr"/>
/// (one char per code point, or the code point array of a string with astral characters), so the
/// scanner's indices are Python's.
/// </summary>
internal readonly struct JsonText
{
    internal readonly PyStr Str;
    private readonly string _chars;
    private readonly int[]? _codePoints;
    internal readonly int Length;

    internal JsonText(PyStr s)
    {
        Str = s;
        _codePoints = s.CodePoints;
        _chars = _codePoints is null ? s.Chars : "";
        Length = s.Length;
    }

    internal int this[int i] => _codePoints is null ? _chars[i] : _codePoints[i];

    internal static bool IsWhitespace(int c) => c is ' ' or '\t' or '\n' or '\r';

    internal int SkipWhitespace(int idx)
    {
        while (idx < Length && IsWhitespace(this[idx])) idx++;
        return idx;
    }
}
