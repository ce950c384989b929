using Kaa.Syntax.Text;

namespace Kaa.Runtime.Formatting;

/// <summary>One lookup after the first part of a field name: <c>.name</c> or <c>[key]</c> / <c>[index]</c>.</summary>
public readonly record struct FieldAccessor(bool IsAttribute, string Name, long Index)
{
    /// <summary>An item lookup with an all-digits key uses the integer (<see cref="Index"/> ≥ 0).</summary>
    public bool IsIndex => !IsAttribute && Index >= 0;
}

/// <summary>
/// A str.format field name split as CPython splits it (field_name_split and FieldNameIterator; the
/// <c>_string.formatter_field_name_split</c> results): the first part — an argument index when it is
/// all (Unicode) decimal digits, else a keyword — and the accessors after it, read one at a time
/// (CPython looks each one up before reading the next, so a lookup error comes before a later syntax error).
/// </summary>
public sealed class FieldName
{
    private readonly int[] _s;
    private int _pos;

    private FieldName(int[] s, int pos, string first, long firstIndex)
    {
        _s = s;
        _pos = pos;
        First = first;
        FirstIndex = firstIndex;
    }

    public string First { get; }

    /// <summary>The positional index, or -1 when <see cref="First"/> is a keyword or empty.</summary>
    public long FirstIndex { get; }

    public static ParseResult<FieldName> Split(string fieldName)
    {
        int[] s = CodePoints.Of(fieldName);
        int i = 0;
        while (i < s.Length && s[i] is not ('.' or '[')) i++;
        var firstIndex = Integer(s, 0, i);
        if (firstIndex.IsError) return firstIndex.Error;
        return new FieldName(s, i, Text(s, 0, i), firstIndex.Value);
    }

    /// <summary>The next accessor; false at the end or on a syntax error (then <paramref name="error"/> is set).</summary>
    public bool NextAccessor(out FieldAccessor accessor, out PyError? error)
    {
        accessor = default;
        error = null;
        if (_pos >= _s.Length) return false;
        int c = _s[_pos++];
        int start = _pos;
        if (c == '.')
        {
            while (_pos < _s.Length && _s[_pos] is not ('.' or '[')) _pos++;
            accessor = new FieldAccessor(true, Text(_s, start, _pos), -1);
            if (_pos == start) error = PyError.Value("Empty attribute in format string");
        }
        else if (c == '[')
        {
            while (_pos < _s.Length && _s[_pos] != ']') _pos++;
            if (_pos >= _s.Length)
            {
                error = PyError.Value("Missing ']' in format string");
                return false;
            }
            var index = Integer(_s, start, _pos);
            if (index.IsError)
            {
                error = index.Error;
                return false;
            }
            accessor = new FieldAccessor(false, Text(_s, start, _pos), index.Value);
            _pos++; // the ']'
            if (_pos - 1 == start) error = PyError.Value("Empty attribute in format string");
        }
        else error = PyError.Value("Only '.' or '[' may follow ']' in format field specifier");
        return error is null;
    }

    /// <summary>get_integer: the value of an all-digits run, -1 if empty or not all digits.</summary>
    private static ParseResult<long> Integer(int[] s, int start, int end)
    {
        if (start >= end) return -1L;
        long acc = 0;
        for (int i = start; i < end; i++)
        {
            int cp = s[i];
            int digit = cp is >= '0' and <= '9' ? cp - '0' : cp < 128 ? -1 : UnicodeDatabase.DecimalValue(cp);
            if (digit < 0) return -1L;
            if (acc > (long.MaxValue - digit) / 10) return PyError.Value("Too many decimal digits in format string");
            acc = acc * 10 + digit;
        }
        return acc;
    }

    private static string Text(int[] s, int start, int end)
    {
        var sb = new System.Text.StringBuilder(end - start);
        for (int i = start; i < end; i++) sb.AppendCodePoint(s[i]);
        return sb.ToString();
    }
}
