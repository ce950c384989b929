using System.Text;
using Kaa.Syntax.Text;

namespace Kaa.Syntax.Literals;

/// <summary>
/// Accumulates a Python str value. Usually a UTF-16 <see cref="StringBuilder"/>; once an escape
/// produces a surrogate code point (<c>"\ud83d"</c>), it switches to a list of code points, so
/// that two such escapes stay two characters instead of pairing up into one astral character.
/// </summary>
internal sealed class PyStrBuilder
{
    private readonly StringBuilder _utf16 = new();
    private List<int>? _codePoints;

    public bool IsEmpty => _codePoints is null ? _utf16.Length == 0 : _codePoints.Count == 0;

    public void AppendCodePoint(int cp)
    {
        if (_codePoints is not null)
        {
            _codePoints.Add(cp);
            return;
        }
        if (cp < 0x10000)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                SwitchToCodePoints();
                _codePoints!.Add(cp);
                return;
            }
            _utf16.Append((char)cp);
        }
        else
        {
            _utf16.Append(char.ConvertFromUtf32(cp));
        }
    }

    public void AppendAscii(byte b)
    {
        if (_codePoints is not null) _codePoints.Add(b);
        else _utf16.Append((char)b);
    }

    /// <summary>Appends well-formed UTF-8 (source text the tokenizer has validated).</summary>
    public void AppendUtf8(ReadOnlySpan<byte> utf8)
    {
        if (_codePoints is null)
        {
            int n = Encoding.UTF8.GetCharCount(utf8);
            Span<char> chars = n <= 512 ? stackalloc char[n] : new char[n];
            Encoding.UTF8.GetChars(utf8, chars);
            _utf16.Append(chars);
            return;
        }
        AppendUtf16AsCodePoints(Encoding.UTF8.GetString(utf8));
    }

    public void Append(string text)
    {
        if (_codePoints is null) _utf16.Append(text);
        else AppendUtf16AsCodePoints(text);
    }

    public void Append(PyStrBuilder other)
    {
        if (other._codePoints is null)
        {
            if (_codePoints is null) _utf16.Append(other._utf16);
            else AppendUtf16AsCodePoints(other._utf16.ToString());
            return;
        }
        if (_codePoints is null) SwitchToCodePoints();
        _codePoints!.AddRange(other._codePoints);
    }

    /// <summary>The value: a <see cref="string"/>, or a <see cref="CodePointString"/> if it holds lone surrogates.</summary>
    public object ToValue()
        => _codePoints is null ? _utf16.ToString() : new CodePointString(_codePoints.ToArray());

    public void Clear()
    {
        _utf16.Clear();
        _codePoints = null;
    }

    private void SwitchToCodePoints()
    {
        _codePoints = new List<int>(_utf16.Length + 8);
        AppendUtf16AsCodePoints(_utf16.ToString());
        _utf16.Clear();
    }

    private void AppendUtf16AsCodePoints(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                _codePoints!.Add(char.ConvertToUtf32(c, text[i + 1]));
                i++;
            }
            else _codePoints!.Add(c);
        }
    }
}
