using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
/// <para>Storage: a short BMP str (up to <see cref="ShortCapacity"/> chars) keeps its chars inline, in a
/// <see cref="Short"/>, and is one heap object instead of two (a PyStr and a .NET string). Programs keep
/// many small strs alive (list and dict items), and the collector's cost grows with the number of
/// surviving objects: one object per str halved it on bench/vm/string_building.py. Its .NET string
/// is made only when <see cref="Chars"/> is asked for (and then kept); the span <see cref="Bmp"/> needs none.</para>
/// </summary>
public partial class PyStr : PyObject
{
    /// <summary>The chars; null while a <see cref="Short"/> or an <see cref="Appended"/> str has not been
    /// asked for its .NET string (<see cref="Chars"/> makes it on first use).</summary>
    private string? _chars;
    private readonly int _length;
    /// <summary>True for the wide form: the code points are in an <see cref="Astral"/> or a <see cref="Derived"/>
    /// (kept out of this class, so that the commoner BMP strs are a field smaller).</summary>
    private readonly bool _wide;
    private long _hash = -1;

    /// <summary>True for the object the intern table holds for its text (caches key on it by reference).</summary>
    public bool IsInterned { get; private set; }

    /// <summary>The interned strings (sys.intern, identifiers): a process-wide cache, because it only ever
    /// maps a text to an immutable object that is equal to it.</summary>
    /// <remarks>Sized for start-up: a bare <c>-c pass</c> interns a few thousand names (builtin types'
    /// attributes, the names in the .pyc files of site and its imports), and growing the table there
    /// several times over cost about 1% of start-up.</remarks>
    private static readonly ConcurrentDictionary<string, PyStr> s_interned =
        new(concurrencyLevel: Environment.ProcessorCount, capacity: InternCapacity, StringComparer.Ordinal);

    private const int InternCapacity = 8192;

    /// <summary><see cref="s_interned"/> keyed by chars: lookups without a string made first.</summary>
    private static readonly ConcurrentDictionary<string, PyStr>.AlternateLookup<ReadOnlySpan<char>> s_internedByChars =
        s_interned.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly PyStr Empty = new(BuiltinTypes.Str, "", null);

    /// <summary>A str whose chars are in <paramref name="chars"/>: BMP form unless <paramref name="codePoints"/>
    /// is given (then the subclass keeps them; <see cref="WideCodePoints"/> reads them back).</summary>
    private PyStr(PyType type, string chars, int[]? codePoints) : base(type)
    {
        _chars = chars;
        _wide = codePoints is not null;
        _length = codePoints?.Length ?? chars.Length;
    }

    /// <summary>The code points of a wide str (<see cref="_wide"/> set).</summary>
    private int[]? _codePoints => _wide ? WideCodePoints() : null;

    private int[] WideCodePoints() => this is Astral a ? a.Points : ((Derived)this).Points!;

    /// <summary>A str with a code point above U+FFFF: its UTF-16 text and its code points.</summary>
    private sealed class Astral(string utf16, int[] codePoints) : PyStr(BuiltinTypes.Str, utf16, codePoints)
    {
        public readonly int[] Points = codePoints;
    }

    /// <summary>For the storage subclasses (<see cref="Short"/>, <see cref="Appended"/>): BMP text held elsewhere.</summary>
    private PyStr(int length) : base(BuiltinTypes.Str) => _length = length;

    /// <summary>The most chars a <see cref="Short"/> holds inline: most names, keys, numbers and words fit.</summary>
    private const int ShortCapacity = 16;

    [InlineArray(ShortCapacity)]
    private struct ShortChars
    {
        private char _first;
    }

    /// <summary>A BMP str of at most <see cref="ShortCapacity"/> chars, stored inline (one object).</summary>
    private sealed class Short : PyStr
    {
        private ShortChars _text;

        public Short(ReadOnlySpan<char> chars) : base(chars.Length) => chars.CopyTo(_text);

        public Short(ReadOnlySpan<char> a, ReadOnlySpan<char> b) : base(a.Length + b.Length)
        {
            Span<char> text = _text;
            a.CopyTo(text);
            b.CopyTo(text[a.Length..]);
        }

        public ReadOnlySpan<char> Text => ((ReadOnlySpan<char>)_text)[.._length];
    }

    /// <summary>A concatenation result: the first <see cref="PyStr._length"/> chars of a shared append buffer.</summary>
    private sealed class Appended(AppendBuffer buffer, int length) : PyStr(length)
    {
        public readonly AppendBuffer Buffer = buffer;
    }

    /// <summary>A new exact str of BMP-form chars (inline when short; no check for the cached ones).</summary>
    private static PyStr NewBmp(ReadOnlySpan<char> chars)
        => chars.Length <= ShortCapacity ? new Short(chars) : new PyStr(BuiltinTypes.Str, new string(chars), null);

    /// <summary><see cref="NewBmp(ReadOnlySpan{char})"/> for chars already in a .NET string (kept when long).</summary>
    private static PyStr NewBmp(string chars)
        => chars.Length <= ShortCapacity ? new Short(chars) : new PyStr(BuiltinTypes.Str, chars, null);

    /// <summary>The chars: one per code point when <see cref="IsWide"/> is false; UTF-16 text otherwise.</summary>
    public string Chars => _chars ??= new string(Bmp);

    /// <summary>True when some code point is above U+FFFF (then <see cref="CodePoints"/> is set).</summary>
    public bool IsWide => _wide;

    /// <summary>The code points of a wide string; null for the BMP form.</summary>
    public int[]? CodePoints => _codePoints;

    /// <summary>len(): the number of code points.</summary>
    public int Length => _length;

    /// <summary>The code point at <paramref name="index"/> (0 ≤ index &lt; Length).</summary>
    public int this[int index] => _wide ? WideCodePoints()[index] : _chars is not null ? _chars[index] : BmpUncached()[index];

    // ---- creation ----------------------------------------------------------------------------------

    /// <summary>From .NET text read as UTF-16: surrogate pairs become astral code points.</summary>
    public static PyStr Create(string utf16)
    {
        if (utf16.Length == 0) return Empty;
        int i = IndexOfSurrogatePair(utf16);
        if (i < 0) return NewBmp(utf16);
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
        return new Astral(utf16, cps.ToArray());
    }

    /// <summary>From chars that are code points (every code point below U+10000, lone surrogates kept).</summary>
    public static PyStr FromChars(string chars) => chars.Length == 0 ? Empty : NewBmp(chars);

    /// <summary>From code points (picks the form).</summary>
    public static PyStr FromCodePoints(ReadOnlySpan<int> cps)
    {
        if (cps.Length == 0) return Empty;
        bool wide = false;
        foreach (int cp in cps)
            if (cp > 0xFFFF) { wide = true; break; }
        if (!wide)
        {
            if (cps.Length <= ShortCapacity)
            {
                Span<char> text = stackalloc char[cps.Length];
                for (int i = 0; i < cps.Length; i++) text[i] = (char)cps[i];
                return new Short(text);
            }
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
        return new Astral(sb.ToString(), cps.ToArray());
    }

    /// <summary>A one-character string (cached for Latin-1, as CPython caches them).</summary>
    public static PyStr FromCodePoint(int cp)
    {
        if (cp < 256) return s_latin1[cp];
        if (cp <= 0xFFFF) return new Short([(char)cp]);
        return new Astral(char.ConvertFromUtf32(cp), [cp]);
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

    /// <summary>The interned string for BMP-form <paramref name="chars"/>, a string made only when the table has none.</summary>
    public static PyStr Intern(ReadOnlySpan<char> chars)
    {
        if (s_internedByChars.TryGetValue(chars, out var s)) return s;
        return Intern(new string(chars));
    }

    /// <summary>sys.intern: the interned object equal to <paramref name="s"/> (s itself the first time).</summary>
    public static PyStr Intern(PyStr s)
    {
        if (s.Type != BuiltinTypes.Str) return s;
        if (s.IsInterned) return s;
        if (s.IsWide) return s; // keyed by BMP-form text only; astral strings are not interned
        var result = s_interned.GetOrAdd(s.Chars, s);
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

    /// <summary>The text of a BMP-form string as a span of code points (only when <see cref="IsWide"/> is false).</summary>
    internal ReadOnlySpan<char> Bmp
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            string? chars = _chars;
            return chars is not null ? chars : BmpUncached();
        }
    }

    /// <summary>The BMP text of a str whose .NET string has not been made: inline, or in an append buffer.</summary>
    private ReadOnlySpan<char> BmpUncached() => this is Short s ? s.Text
        : this is Appended a ? a.Buffer.Data.AsSpan(0, _length) : default;

    /// <summary>The code points of a wide string (only when <see cref="IsWide"/> is true).</summary>
    internal ReadOnlySpan<int> Wide => _codePoints;

    /// <summary>From BMP-form chars (each a code point).</summary>
    public static PyStr FromChars(ReadOnlySpan<char> chars)
    {
        if (chars.Length == 0) return Empty;
        if (chars.Length == 1 && chars[0] < 256) return s_latin1[chars[0]];
        return NewBmp(chars);
    }

    /// <summary>The code points [start, end) as a str (this object when that is all of an exact str).</summary>
    public PyStr Substring(int start, int end)
    {
        if (start == 0 && end == Length && Type == BuiltinTypes.Str) return this;
        if (end <= start) return Empty;
        if (!_wide)
        {
            var bmp = Bmp;
            if (end - start == 1 && bmp[start] < 256) return s_latin1[bmp[start]];
            return NewBmp(bmp[start..end]);
        }
        return FromCodePoints(WideCodePoints().AsSpan(start, end - start));
    }

    /// <summary>True when every code point is below 128 (str.isascii; the str_ascii_iterator).</summary>
    public bool IsAscii => !_wide && !Bmp.ContainsAnyExceptInRange('\0', '\u007F');

    /// <summary>CPython's storage width in bytes per code point (PEP 393 kind): 1, 2 or 4.</summary>
    public int Kind => _wide ? 4 : Bmp.ContainsAnyExceptInRange('\0', '\u00FF') ? 2 : 1;

    /// <summary>The largest code point (0 for the empty string).</summary>
    public int MaxCodePoint()
    {
        int max = 0;
        if (_codePoints is not null)
        {
            foreach (int cp in _codePoints) if (cp > max) max = cp;
            return max;
        }
        foreach (char c in Bmp) if (c > max) max = c;
        return max;
    }

    // ---- identity --------------------------------------------------------------------------------

    /// <summary>Code-point equality.</summary>
    public bool EqualsStr(PyStr other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (_wide != other._wide) return false;
        if (_length != other._length) return false;
        if (!_wide) return Bmp.SequenceEqual(other.Bmp);
        return WideCodePoints().AsSpan().SequenceEqual(other.WideCodePoints());
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
        var s = Bmp;
        bool latin1 = !s.ContainsAnyExceptInRange('\0', '\u00FF');
        if (latin1)
        {
            Span<byte> buf = s.Length <= 512 ? stackalloc byte[s.Length] : new byte[s.Length];
            for (int i = 0; i < s.Length; i++) buf[i] = (byte)s[i];
            return hasher.HashBytes(buf);
        }
        return hasher.HashBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(s));
    }

    /// <summary>The text as .NET UTF-16 (lone surrogates stay lone chars).</summary>
    public override string ToString() => Chars;

    /// <summary>Instances of Python subclasses of str.</summary>
    internal sealed class Derived : PyStr
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public readonly int[]? Points;

        public Derived(PyType type, PyStr value) : base(type, value.Chars, value._codePoints)
        {
            Points = value._codePoints;
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }

    internal static void Install(PyType type) => StrSlots.Install(type);

    // ---- concatenation ------------------------------------------------------------------------------

    /// <summary>
    /// A growable char array shared by a chain of concatenation results: <c>s = s + t</c> appends in place
    /// when <c>s</c> is the newest string of its buffer (its text is the whole buffer), so building a string
    /// by repeated <c>+=</c> costs amortised O(total) instead of O(n²). Each string of the chain owns the
    /// prefix of its length, which later appends never change.
    /// </summary>
    private sealed class AppendBuffer(char[] data, int length)
    {
        public char[] Data = data;
        public int Length = length;
    }

    /// <summary>Below this result length plain concatenation is cheaper than a shared buffer.</summary>
    private const int AppendBufferThreshold = 64;

    /// <summary>The concatenation of <paramref name="pieces"/> (BUILD_STRING: f-strings), written straight into
    /// the result: no builder, no intermediate .NET string for a short result. Every piece is a str or an exact
    /// int that a FORMAT_VALUE left for this to format (<see cref="Eval.DeferredFormat"/>): str(int), written in
    /// place, with no str of its own, formatted with its spec in <paramref name="specs"/> (by position) if any.
    /// Null with the error set only when formatting such an int fails.</summary>
    public static PyStr? Concat(ThreadState ts, ReadOnlySpan<PyObject> pieces, PyStr?[]? specs = null)
    {
        if (pieces.Length == 1 && pieces[0].Type == BuiltinTypes.Str) return (PyStr)pieces[0];
        long total = 0;
        bool wide = false;
        foreach (var piece in pieces)
        {
            if (piece.Type == BuiltinTypes.Int) return ConcatFormatting(ts, pieces, specs);
            var s = StrOf(piece);
            total += s._length;
            wide |= s._wide;
        }
        if (wide || total > Array.MaxLength / 2)
        {
            var sb = new PyStrBuilder();
            foreach (var piece in pieces) sb.Append(StrOf(piece));
            return sb.ToPyStr();
        }
        if (total > 256) return FromChars(string.Create((int)total, pieces, static (chars, st) => CopyBmp(st, chars)));
        Span<char> text = stackalloc char[(int)total];
        CopyBmp(pieces, text);
        return FromChars(text);
    }

    /// <summary><see cref="Concat"/> with exact ints among the pieces: into a stack buffer when the text is BMP
    /// and short and the ints fit a long; otherwise each int made a str first.</summary>
    private static PyStr? ConcatFormatting(ThreadState ts, ReadOnlySpan<PyObject> pieces, PyStr?[]? specs)
    {
        Span<char> text = stackalloc char[256];
        int at = 0;
        for (int i = 0; i < pieces.Length; i++)
        {
            var piece = pieces[i];
            if (piece.Type == BuiltinTypes.Int)
            {
                var n = (PyInt)piece;
                var spec = specs is not null && i < specs.Length ? specs[i] : null;
                // TryFormatBare needs room for any long (68 chars).
                int written = 0;
                bool done = n.IsSmall && (spec is null
                    ? n.Small.TryFormat(text[at..], out written, provider: System.Globalization.CultureInfo.InvariantCulture)
                    : text.Length - at >= 68 && Formatting.IntFormatter.TryFormatBare(n.Small, spec.Chars, text[at..], out written));
                if (!done) return ConcatStrs(ts, pieces, specs);
                at += written;
                continue;
            }
            var s = StrOf(piece);
            if (s._wide || s._length > text.Length - at) return ConcatStrs(ts, pieces, specs);
            s.Bmp.CopyTo(text[at..]);
            at += s._length;
        }
        return FromChars(text[..at]);
    }

    private static PyStr? ConcatStrs(ThreadState ts, ReadOnlySpan<PyObject> pieces, PyStr?[]? specs)
    {
        var strs = new PyObject[pieces.Length];
        for (int i = 0; i < pieces.Length; i++)
        {
            var piece = pieces[i];
            var spec = specs is not null && i < specs.Length ? specs[i] : null;
            if (piece.Type != BuiltinTypes.Int) strs[i] = piece;
            else if ((strs[i] = (spec is null ? Protocols.Str(ts, piece) : IntSlots.Format(ts, (PyInt)piece, spec))!) is null) return null;
        }
        return Concat(ts, strs);
    }

    /// <summary>A cast to str that tries the inline form first (a cast to the unsealed PyStr from a
    /// subclass is a call to the runtime's cast helper; to a sealed class, one comparison).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyStr StrOf(PyObject o) => o as Short ?? (PyStr)o;

    /// <summary>o as a str, or null (<see cref="StrOf"/>'s test).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyStr? AsStr(PyObject o) => o as Short ?? o as PyStr;

    private static void CopyBmp(ReadOnlySpan<PyObject> pieces, Span<char> destination)
    {
        int at = 0;
        foreach (var piece in pieces)
        {
            var chars = StrOf(piece).Bmp;
            chars.CopyTo(destination[at..]);
            at += chars.Length;
        }
    }

    /// <summary><paramref name="a"/> + <paramref name="b"/> for two BMP-form strings.</summary>
    internal static PyStr ConcatBmp(PyStr a, PyStr b)
    {
        int total = a._length + b._length;
        if (total <= ShortCapacity) return total <= 1 ? FromChars(a.Length != 0 ? a.Bmp : b.Bmp) : new Short(a.Bmp, b.Bmp);
        if (total < AppendBufferThreshold || total > Array.MaxLength / 2)
            return FromChars(string.Concat(a.Bmp, b.Bmp));
        var buffer = (a as Appended)?.Buffer;
        lock (s_appendLock)
        {
            if (buffer is not null && buffer.Length == a._length)
            {
                // a is the newest string of its buffer: append in place.
                if (buffer.Data.Length < total) Array.Resize(ref buffer.Data, Math.Max(total, buffer.Data.Length * 2));
                b.Bmp.CopyTo(buffer.Data.AsSpan(buffer.Length));
                buffer.Length = total;
                return new Appended(buffer, total);
            }
        }
        var data = new char[Math.Max(total * 2, 256)];
        a.Bmp.CopyTo(data);
        b.Bmp.CopyTo(data.AsSpan(a._length));
        return new Appended(new AppendBuffer(data, total), total);
    }

    /// <summary>Serialises the in-place appends of a buffer (two threads could extend the same string).</summary>
    private static readonly object s_appendLock = new();
}
