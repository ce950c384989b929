namespace Kaa.Syntax.Text;

/// <summary>
/// Character names of Unicode 14.0 as CPython 3.11 knows them: <c>unicodedata.name</c>, and the
/// lookup behind <c>\N{...}</c> and <c>unicodedata.lookup</c> (name aliases included; ASCII
/// case-insensitive, except the algorithmic CJK UNIFIED IDEOGRAPH-XXXX and HANGUL SYLLABLE names,
/// which CPython matches case-sensitively). Loaded from ucd14_names.bin on first use.
/// </summary>
public static class UnicodeNames
{
    private const string CjkPrefix = "CJK UNIFIED IDEOGRAPH-";
    private const string HangulPrefix = "HANGUL SYLLABLE ";
    private const int SBase = 0xAC00, VCount = 21, TCount = 28, SCount = 19 * VCount * TCount;

    private static readonly Lazy<Tables> Data = new(Tables.Load);

    /// <summary>The character's name, or null if it has none (unicodedata.name).</summary>
    public static string? Name(int cp)
    {
        var t = Data.Value;
        if (cp >= SBase && cp < SBase + SCount)
        {
            int s = cp - SBase;
            return HangulPrefix + t.Leads[s / (VCount * TCount)] + t.Vowels[s % (VCount * TCount) / TCount]
                + t.Trails[s % TCount];
        }
        if (InRanges(t.CjkRanges, cp)) return CjkPrefix + cp.ToString("X4");
        int i = Array.BinarySearch(t.ExplicitCodePoints, cp);
        if (i >= 0) return t.ExplicitNames[i];
        foreach (var (start, end, prefix) in t.Numbered)
            if (cp >= start && cp <= end) return prefix + cp.ToString("X4");
        return null;
    }

    /// <summary>
    /// The code point named <paramref name="name"/> (a name or, if <paramref name="allowAliases"/>,
    /// a name alias), or -1. Named sequences are not code points and are not found here.
    /// </summary>
    public static int Lookup(ReadOnlySpan<char> name, bool allowAliases = true)
    {
        var t = Data.Value;
        if (name.StartsWith(HangulPrefix, StringComparison.Ordinal))
            return LookupHangul(t, name[HangulPrefix.Length..]);
        if (name.StartsWith(CjkPrefix, StringComparison.Ordinal))
            return LookupCjk(t, name[CjkPrefix.Length..]);
        if (name.Length > 256) return -1;
        Span<char> upper = stackalloc char[name.Length];
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            upper[i] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
        }
        var lookup = t.ByName.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(upper, out int cp)) return cp;
        if (allowAliases && t.AliasesByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(upper, out cp))
            return cp;
        int dash = upper.LastIndexOf('-');
        if (dash > 0 && dash + 1 < upper.Length && upper.Length - dash - 1 <= 6)
        {
            // PREFIX-XXXX names stored as ranges (CJK compatibility ideographs, Tangut components, ...).
            if (int.TryParse(upper[(dash + 1)..], System.Globalization.NumberStyles.AllowHexSpecifier,
                    System.Globalization.CultureInfo.InvariantCulture, out int value))
            {
                foreach (var (start, end, prefix) in t.Numbered)
                {
                    if (value >= start && value <= end && upper[..(dash + 1)].SequenceEqual(prefix)
                        && upper[(dash + 1)..].SequenceEqual(value.ToString(value > 0xFFFF ? "X5" : "X4")))
                        return value;
                }
            }
        }
        return -1;
    }

    /// <summary>
    /// The text of the named sequence <paramref name="name"/> (ASCII case-insensitive), or null:
    /// what <c>unicodedata.lookup</c> returns for names that denote several code points.
    /// </summary>
    public static string? LookupNamedSequence(ReadOnlySpan<char> name)
    {
        Span<char> upper = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            upper[i] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
        }
        return Data.Value.Sequences.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(upper, out string? text)
            ? text : null;
    }

    private static int LookupCjk(Tables t, ReadOnlySpan<char> hex)
    {
        if (hex.Length is not (4 or 5)) return -1;
        int v = 0;
        foreach (char c in hex)
        {
            if (c >= '0' && c <= '9') v = v * 16 + (c - '0');
            else if (c >= 'A' && c <= 'F') v = v * 16 + (c - 'A' + 10);
            else return -1;
        }
        return InRanges(t.CjkRanges, v) ? v : -1;
    }

    /// <summary>Each jamo part takes the longest short name that matches, as CPython does.</summary>
    private static int LookupHangul(Tables t, ReadOnlySpan<char> rest)
    {
        int l = LongestPrefix(t.Leads, ref rest);
        int v = LongestPrefix(t.Vowels, ref rest);
        int tr = LongestPrefix(t.Trails, ref rest);
        if (l < 0 || v < 0 || tr < 0 || rest.Length != 0) return -1;
        return SBase + (l * VCount + v) * TCount + tr;
    }

    private static int LongestPrefix(string[] parts, ref ReadOnlySpan<char> s)
    {
        int best = -1, bestLength = -1;
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length > bestLength && s.StartsWith(parts[i], StringComparison.Ordinal))
            {
                best = i;
                bestLength = parts[i].Length;
            }
        }
        if (best >= 0) s = s[bestLength..];
        return best;
    }

    private static bool InRanges((int Start, int End)[] ranges, int cp)
    {
        foreach (var (start, end) in ranges)
            if (cp >= start && cp <= end) return true;
        return false;
    }

    private sealed class Tables
    {
        public required int[] ExplicitCodePoints;
        public required string[] ExplicitNames;
        public required (int Start, int End, string Prefix)[] Numbered;
        public required (int Start, int End)[] CjkRanges;
        public required string[] Leads, Vowels, Trails;
        public required Dictionary<string, int> ByName, AliasesByName;
        public required Dictionary<string, string> Sequences;

        public static Tables Load()
        {
            var r = UcdReader.Over(UcdReader.LoadResource("ucd14_names.bin"));
            int n = r.VarInt();
            var cps = new int[n];
            var names = new string[n];
            var byName = new Dictionary<string, int>(n, StringComparer.Ordinal);
            int cp = 0;
            for (int i = 0; i < n; i++)
            {
                cp += r.VarInt();
                cps[i] = cp;
                names[i] = r.Text();
                byName[names[i]] = cp;
            }
            var numbered = new (int, int, string)[r.VarInt()];
            for (int i = 0; i < numbered.Length; i++) numbered[i] = (r.VarInt(), r.VarInt(), r.Text());
            var cjk = new (int, int)[r.VarInt()];
            for (int i = 0; i < cjk.Length; i++) cjk[i] = (r.VarInt(), r.VarInt());
            string[] leads = r.Texts(), vowels = r.Texts(), trails = r.Texts();
            int aliasCount = r.VarInt();
            var aliases = new Dictionary<string, int>(aliasCount, StringComparer.Ordinal);
            for (int i = 0; i < aliasCount; i++)
            {
                int target = r.VarInt();
                aliases[r.Text()] = target;
            }
            int sequenceCount = r.VarInt();
            var sequences = new Dictionary<string, string>(sequenceCount, StringComparer.Ordinal);
            for (int i = 0; i < sequenceCount; i++)
            {
                string name = r.Text();
                var text = new System.Text.StringBuilder();
                for (int k = r.VarInt(); k > 0; k--) text.Append(char.ConvertFromUtf32(r.VarInt()));
                sequences[name] = text.ToString();
            }
            return new Tables
            {
                Sequences = sequences,
                ExplicitCodePoints = cps, ExplicitNames = names, Numbered = numbered, CjkRanges = cjk,
                Leads = leads, Vowels = vowels, Trails = trails, ByName = byName, AliasesByName = aliases,
            };
        }
    }
}
