using System.Collections.Concurrent;
using System.Text;

namespace Kaa.Runtime;

/// <summary>
/// <c>str</c>: an immutable sequence of Unicode code points with O(1) indexing.
/// <para>Two forms, as CPython's PEP 393 kinds: when every code point is below U+10000 (almost every
/// string) <see cref="Chars"/> holds one char per code point — lone surrogates included, each its own
/// code point, so <c>"\ud83d\udc0d"</c> stays two characters. When any code point is astral the string
/// also carries its code points (<see cref="CodePoints"/>), and <see cref="Chars"/> is its UTF-16 text.</para>
/// <para>Making one: <see cref="Create(string)"/> reads a .NET string as UTF-16 (a surrogate pair is one
/// astral character); <see cref="FromChars"/> takes chars as code points (for text already in this
/// representation, such as slices and concatenations of BMP strings); <see cref="FromCodePoints"/>.</para>
/// </summary>
public partial class PyStr : PyObject
{
    private readonly string _chars;
    private readonly int[]? _codePoints;
    private long _hash = -1;

    /// <summary>True for the object the intern table holds for its text (caches key on it by reference).</summary>
    public bool IsInterned { get; private set; }

    /// <summary>The interned strings (sys.intern, identifiers): a process-wide cache, because it only ever
    /// maps a text to an immutable object that is equal to it.</summary>
    private static readonly ConcurrentDictionary<string, PyStr> s_interned = new(StringComparer.Ordinal);

    public static readonly PyStr Empty = new(BuiltinTypes.Str, "", null);

    protected PyStr(PyType type, string chars, int[]? codePoints) : base(type)
    {
        _chars = chars;
        _codePoints = codePoints;
    }

    /// <summary>The chars: one per code point when <see cref="IsWide"/> is false; UTF-16 text otherwise.</summary>
    public string Chars => _chars;

    /// <summary>True when some code point is above U+FFFF (then <see cref="CodePoints"/> is set).</summary>
    public bool IsWide => _codePoints is not null;

    /// <summary>The code points of a wide string; null for the BMP form.</summary>
    public int[]? CodePoints => _codePoints;

    /// <summary>len(): the number of code points.</summary>
    public int Length => _codePoints?.Length ?? _chars.Length;

    /// <summary>The code point at <paramref name="index"/> (0 ≤ index &lt; Length).</summary>
    public int this[int index] => _codePoints is null ? _chars[index] : _codePoints[index];

    // ---- creation ----------------------------------------------------------------------------------

    /// <summary>From .NET text read as UTF-16: surrogate pairs become astral code points.</summary>
    public static PyStr Create(string utf16)
    {
        if (utf16.Length == 0) return Empty;
        int i = IndexOfSurrogatePair(utf16);
        if (i < 0) return new PyStr(BuiltinTypes.Str, utf16, null);
        var cps = new List<int>(utf16.Length);
        for (int k = 0; k < utf16.Length; k++)
        {
            char c = utf16[k];
            if (char.IsHighSurrogate(c) && k + 1 < utf16.Length && char.IsLowSurrogate(utf16[k + 1]))
            {
                cps.Add(char.ConvertToUtf32(c, utf16[k + 1]));
                k++;
            }
            else cps.Add(c);
        }
        return new PyStr(BuiltinTypes.Str, utf16, cps.ToArray());
    }

    /// <summary>From chars that are code points (every code point below U+10000, lone surrogates kept).</summary>
    public static PyStr FromChars(string chars) => chars.Length == 0 ? Empty : new PyStr(BuiltinTypes.Str, chars, null);

    /// <summary>From code points (picks the form).</summary>
    public static PyStr FromCodePoints(ReadOnlySpan<int> cps)
    {
        if (cps.Length == 0) return Empty;
        bool wide = false;
        foreach (int cp in cps)
            if (cp > 0xFFFF) { wide = true; break; }
        if (!wide)
        {
            return new PyStr(BuiltinTypes.Str, string.Create(cps.Length, cps.ToArray(), static (span, a) =>
            {
                for (int i = 0; i < a.Length; i++) span[i] = (char)a[i];
            }), null);
        }
        var sb = new StringBuilder(cps.Length + 8);
        foreach (int cp in cps)
        {
            if (cp > 0xFFFF) sb.Append(char.ConvertFromUtf32(cp));
            else sb.Append((char)cp);
        }
        return new PyStr(BuiltinTypes.Str, sb.ToString(), cps.ToArray());
    }

    /// <summary>A one-character string (cached for Latin-1, as CPython caches them).</summary>
    public static PyStr FromCodePoint(int cp)
    {
        if (cp < 256) return s_latin1[cp];
        if (cp <= 0xFFFF) return new PyStr(BuiltinTypes.Str, ((char)cp).ToString(), null);
        return new PyStr(BuiltinTypes.Str, char.ConvertFromUtf32(cp), [cp]);
    }

    private static readonly PyStr[] s_latin1 = CreateLatin1();

    private static PyStr[] CreateLatin1()
    {
        var a = new PyStr[256];
        for (int i = 0; i < 256; i++) a[i] = Intern(((char)i).ToString());
        return a;
    }

    /// <summary>The interned string for BMP-form <paramref name="chars"/> (identifiers, attribute names).</summary>
    public static PyStr Intern(string chars)
    {
        if (s_interned.TryGetValue(chars, out var s)) return s;
        var created = IndexOfSurrogatePair(chars) >= 0 ? Create(chars) : new PyStr(BuiltinTypes.Str, chars, null);
        var result = s_interned.GetOrAdd(chars, created);
        result.IsInterned = true;
        return result;
    }

    /// <summary>sys.intern: the interned object equal to <paramref name="s"/> (s itself the first time).</summary>
    public static PyStr Intern(PyStr s)
    {
        if (s.Type != BuiltinTypes.Str) return s;
        if (s.IsInterned) return s;
        if (s.IsWide) return s; // keyed by BMP-form text only; astral strings are not interned
        var result = s_interned.GetOrAdd(s._chars, s);
        result.IsInterned = true;
        return result;
    }

    private static int IndexOfSurrogatePair(string s)
    {
        int i = s.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF');
        while (i >= 0 && i + 1 < s.Length)
        {
            if (char.IsLowSurrogate(s[i + 1])) return i;
            int next = s.AsSpan(i + 1).IndexOfAnyInRange('\uD800', '\uDBFF');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return -1;
    }

    // ---- identity --------------------------------------------------------------------------------

    /// <summary>Code-point equality.</summary>
    public bool EqualsStr(PyStr other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (_codePoints is null != other._codePoints is null) return false;
        if (_codePoints is null) return string.Equals(_chars, other._chars, StringComparison.Ordinal);
        return _codePoints.AsSpan().SequenceEqual(other._codePoints);
    }

    /// <summary>hash(): siphash over CPython's 1-, 2- or 4-byte representation, cached.</summary>
    public long GetHash()
    {
        long h = _hash;
        if (h != -1) return h;
        h = ComputeHash();
        _hash = h;
        return h;
    }

    private long ComputeHash()
    {
        if (Length == 0) return 0;
        var hasher = HashSecret.Hasher;
        if (_codePoints is not null) return hasher.HashCodePoints(_codePoints);
        string s = _chars;
        bool latin1 = !s.AsSpan().ContainsAnyExceptInRange('\0', '\u00FF');
        if (latin1)
        {
            Span<byte> buf = s.Length <= 512 ? stackalloc byte[s.Length] : new byte[s.Length];
            for (int i = 0; i < s.Length; i++) buf[i] = (byte)s[i];
            return hasher.HashBytes(buf);
        }
        return hasher.HashBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(s.AsSpan()));
    }

    /// <summary>The text as .NET UTF-16 (lone surrogates stay lone chars).</summary>
    public override string ToString() => _chars;

    /// <summary>Instances of Python subclasses of str.</summary>
    internal sealed class Derived : PyStr
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, PyStr value) : base(type, value._chars, value._codePoints)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override PyObject?[]? SlotValues => _slots;
    }

    internal static void Install(PyType type) => StrSlots.Install(type);
}
