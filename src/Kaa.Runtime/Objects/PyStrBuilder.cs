using System.Text;

namespace Kaa.Runtime;

/// <summary>Builds a <see cref="PyStr"/> from pieces, keeping code points exact (BMP chars or astral code points).</summary>
public sealed class PyStrBuilder
{
    private readonly StringBuilder _chars = new();
    private List<int>? _codePoints; // set once an astral piece arrives

    public PyStrBuilder Append(PyStr s)
    {
        if (_codePoints is null && !s.IsWide)
        {
            _chars.Append(s.Bmp);
            return this;
        }
        EnsureCodePoints();
        for (int i = 0; i < s.Length; i++) _codePoints!.Add(s[i]);
        return this;
    }

    /// <summary>Appends the code points [start, end) of <paramref name="s"/>.</summary>
    public PyStrBuilder Append(PyStr s, int start, int end)
    {
        if (_codePoints is null && !s.IsWide)
        {
            _chars.Append(s.Bmp[start..end]);
            return this;
        }
        EnsureCodePoints();
        for (int i = start; i < end; i++) _codePoints!.Add(s[i]);
        return this;
    }

    /// <summary>Appends .NET text read as UTF-16 (pairs become astral code points).</summary>
    public PyStrBuilder Append(string utf16) => Append(PyStr.Create(utf16));

    /// <summary>Appends one code point.</summary>
    public PyStrBuilder AppendCodePoint(int cp)
    {
        if (_codePoints is null && cp <= 0xFFFF)
        {
            _chars.Append((char)cp);
            return this;
        }
        EnsureCodePoints();
        _codePoints!.Add(cp);
        return this;
    }

    private void EnsureCodePoints()
    {
        if (_codePoints is not null) return;
        _codePoints = new List<int>(_chars.Length + 16);
        for (int i = 0; i < _chars.Length; i++) _codePoints.Add(_chars[i]);
    }

    public int Length => _codePoints?.Count ?? _chars.Length;

    public PyStr ToPyStr() => _codePoints is null ? PyStr.FromChars(_chars.ToString()) : PyStr.FromCodePoints(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_codePoints));
}
