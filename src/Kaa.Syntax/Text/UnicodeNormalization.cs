using System.Text;

namespace Kaa.Syntax.Text;

/// <summary>
/// Unicode 14.0 normalization (NFC, NFD, NFKC, NFKD), as CPython 3.11's
/// <c>unicodedata.normalize</c>. .NET's <c>string.Normalize</c> is a no-op under
/// InvariantGlobalization and uses a newer Unicode anyway; the parser needs NFKC for identifiers.
/// Tables from ucd14_norm.bin, loaded on first use.
/// </summary>
public static class UnicodeNormalization
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly Lazy<Tables> Data = new(Tables.Load);

    public static string Nfkc(string s) => Normalize(s, compatibility: true, compose: true);

    public static string Normalize(string s, NormalizationForm form) => form switch
    {
        NormalizationForm.FormC => Normalize(s, compatibility: false, compose: true),
        NormalizationForm.FormD => Normalize(s, compatibility: false, compose: false),
        NormalizationForm.FormKC => Normalize(s, compatibility: true, compose: true),
        NormalizationForm.FormKD => Normalize(s, compatibility: true, compose: false),
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };

    /// <summary>The decomposition as <c>unicodedata.decomposition</c> prints it ("&lt;compat&gt; 0020 0301"), or "".</summary>
    public static string Decomposition(int cp)
    {
        if (!Data.Value.Decompositions.TryGetValue(cp, out var d)) return "";
        var sb = new StringBuilder(Data.Value.Tags[d.Tag]);
        foreach (int m in d.Mapping)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(m.ToString("X4"));
        }
        return sb.ToString();
    }

    private static string Normalize(string s, bool compatibility, bool compose)
    {
        bool ascii = true;
        foreach (char c in s)
            if (c >= 0x80) { ascii = false; break; }
        if (ascii) return s;
        var t = Data.Value;
        var cps = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                cp = char.ConvertToUtf32(s[i], s[++i]);
            Decompose(t, cp, compatibility, cps);
        }
        CanonicalOrder(cps);
        if (compose) Compose(t, cps);
        var sb = new StringBuilder(cps.Count);
        foreach (int cp in cps)
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    private static void Decompose(Tables t, int cp, bool compatibility, List<int> output)
    {
        if (cp >= SBase && cp < SBase + SCount)
        {
            int s = cp - SBase;
            output.Add(LBase + s / NCount);
            output.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0) output.Add(TBase + s % TCount);
            return;
        }
        if (t.Decompositions.TryGetValue(cp, out var d) && (compatibility || d.Tag == 0))
        {
            foreach (int m in d.Mapping) Decompose(t, m, compatibility, output);
            return;
        }
        output.Add(cp);
    }

    /// <summary>Stable-sorts each run of non-starters by combining class.</summary>
    private static void CanonicalOrder(List<int> cps)
    {
        for (int i = 1; i < cps.Count; i++)
        {
            int cc = UnicodeDatabase.Combining(cps[i]);
            if (cc == 0) continue;
            int j = i;
            while (j > 0)
            {
                int prev = UnicodeDatabase.Combining(cps[j - 1]);
                if (prev <= cc) break;
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }
    }

    /// <summary>
    /// The canonical composition algorithm (UAX #15), Hangul included. In place: the output never
    /// outgrows what was read. After canonical ordering, a character is blocked from the last
    /// starter exactly when the character written just before it is a starter or has a class not
    /// lower than its own.
    /// </summary>
    private static void Compose(Tables t, List<int> cps)
    {
        int starter = -1;   // output index of the last starter
        int lastClass = 0;  // combining class of the last character written after it
        int write = 0;
        for (int read = 0; read < cps.Count; read++)
        {
            int cp = cps[read];
            int cc = UnicodeDatabase.Combining(cp);
            if (starter >= 0)
            {
                bool adjacent = write - 1 == starter;
                if (adjacent || (lastClass != 0 && lastClass < cc))
                {
                    int composed = ComposePair(t, cps[starter], cp);
                    if (composed >= 0)
                    {
                        cps[starter] = composed;
                        continue;
                    }
                }
            }
            if (cc == 0) starter = write;
            lastClass = cc;
            cps[write++] = cp;
        }
        cps.RemoveRange(write, cps.Count - write);
    }

    private static int ComposePair(Tables t, int a, int b)
    {
        if (a >= LBase && a < LBase + LCount && b >= VBase && b < VBase + VCount)
            return SBase + ((a - LBase) * VCount + (b - VBase)) * TCount;
        if (a >= SBase && a < SBase + SCount && (a - SBase) % TCount == 0 && b > TBase && b < TBase + TCount)
            return a + (b - TBase);
        return t.Compositions.TryGetValue(((long)a << 21) | (uint)b, out int c) ? c : -1;
    }

    private readonly record struct Decomp(int Tag, int[] Mapping);

    private sealed class Tables
    {
        public required string[] Tags;
        public required Dictionary<int, Decomp> Decompositions;
        public required Dictionary<long, int> Compositions;

        public static Tables Load()
        {
            var r = UcdReader.Over(UcdReader.LoadResource("ucd14_norm.bin"));
            string[] tags = r.Texts();
            int n = r.VarInt();
            var decomps = new Dictionary<int, Decomp>(n);
            int cp = 0;
            for (int i = 0; i < n; i++)
            {
                cp += r.VarInt();
                int tag = r.VarInt();
                var mapping = new int[r.VarInt()];
                for (int k = 0; k < mapping.Length; k++) mapping[k] = r.VarInt();
                decomps[cp] = new Decomp(tag, mapping);
            }
            int pairs = r.VarInt();
            var compositions = new Dictionary<long, int>(pairs);
            for (int i = 0; i < pairs; i++)
            {
                int a = r.VarInt(), b = r.VarInt(), c = r.VarInt();
                compositions[((long)a << 21) | (uint)b] = c;
            }
            return new Tables { Tags = tags, Decompositions = decomps, Compositions = compositions };
        }
    }
}
