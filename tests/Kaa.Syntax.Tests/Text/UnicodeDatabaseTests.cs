using System.Globalization;
using System.Text;
using Kaa.Syntax.Tests.Support;
using Kaa.Syntax.Text;

namespace Kaa.Syntax.Tests.Text;

/// <summary>The generated Unicode 14.0 tables against the oracle's unicodedata and str methods.</summary>
public class UnicodeDatabaseTests
{
    private static string Py(string code) => Oracle.Run(["-c", code]);

    /// <summary>Every code point's properties, run-length encoded: a line whenever they change.</summary>
    [Fact]
    public void PropertiesMatchOracleForEveryCodePoint()
    {
        string expected = Py("""
            import unicodedata as u
            prev = None
            out = []
            for cp in range(0x110000):
                c = chr(cp)
                t = (u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c),
                     u.decimal(c, -1), u.digit(c, -1), repr(u.numeric(c, None)), c.isprintable(), c.isidentifier(),
                     ('a' + c).isidentifier(), c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(),
                     c.islower(), c.isupper(), c.istitle(), len(('a' + c + 'b').splitlines()) == 2)
                if t != prev:
                    out.append('%X;%s' % (cp, ';'.join(map(str, t))))
                    prev = t
            print('\n'.join(out))
            """);
        var sb = new StringBuilder();
        string? prev = null;
        for (int cp = 0; cp <= 0x10FFFF; cp++)
        {
            var f = UnicodeDatabase.Flags(cp);
            double? num = UnicodeDatabase.NumericValue(cp);
            string line = string.Join(';',
                UnicodeDatabase.Category(cp), UnicodeDatabase.Bidirectional(cp), UnicodeDatabase.Combining(cp),
                UnicodeDatabase.EastAsianWidth(cp), f.HasFlag(UnicodeFlags.Mirrored) ? 1 : 0,
                UnicodeDatabase.DecimalValue(cp), UnicodeDatabase.DigitValue(cp),
                num is null ? "None" : PyRepr.FloatRepr(num.Value),
                Py(UnicodeInfo.IsPrintable(cp)), Py(UnicodeInfo.IsIdentifierStart(cp) && cp != '_' || cp == '_'),
                Py(UnicodeInfo.IsIdentifierContinue(cp)), Py(f.HasFlag(UnicodeFlags.Alpha)),
                Py(f.HasFlag(UnicodeFlags.Decimal)), Py(f.HasFlag(UnicodeFlags.Digit)), Py(f.HasFlag(UnicodeFlags.Numeric)),
                Py(f.HasFlag(UnicodeFlags.Space)), Py(f.HasFlag(UnicodeFlags.Lower)), Py(f.HasFlag(UnicodeFlags.Upper)),
                Py(f.HasFlag(UnicodeFlags.Title)), Py(f.HasFlag(UnicodeFlags.LineBreak)));
            if (line != prev)
            {
                sb.Append(cp.ToString("X", CultureInfo.InvariantCulture)).Append(';').Append(line).Append('\n');
                prev = line;
            }
        }
        AssertSame.Text(expected, sb.ToString());
    }

    private static string Py(bool b) => b ? "True" : "False";

    [Fact]
    public void NamesMatchOracleForEveryCodePoint()
    {
        string expected = Py("""
            import unicodedata as u
            print('\n'.join('%X %s' % (cp, u.name(chr(cp), '-')) for cp in range(0x110000)))
            """);
        var sb = new StringBuilder();
        for (int cp = 0; cp <= 0x10FFFF; cp++)
            sb.Append(cp.ToString("X", CultureInfo.InvariantCulture)).Append(' ').Append(UnicodeNames.Name(cp) ?? "-").Append('\n');
        AssertSame.Text(expected, sb.ToString());
    }

    /// <summary>Lookup of every name in three spellings, every alias, and malformed algorithmic names.</summary>
    [Fact]
    public void LookupMatchesOracle()
    {
        string expected = Py("""
            import unicodedata as u
            names = [u.name(chr(cp)) for cp in range(0x110000) if u.name(chr(cp), None)]
            for line in open('/usr/share/unicode/NameAliases.txt'):
                line = line.split('#')[0].strip()
                if line: names.append(line.split(';')[1])
            for line in open('/usr/share/unicode/NamedSequences.txt'):
                line = line.split('#')[0].strip()
                if line: names.append(line.split(';')[0])
            names += ['HANGUL SYLLABLE GAG ', 'HANGUL SYLLABLE ', 'HANGUL SYLLABLE GGGA', 'hangul syllable ga',
                      'HANGUL SYLLABLE GA', 'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-4e00',
                      'CJK UNIFIED IDEOGRAPH-4E00 ', 'CJK UNIFIED IDEOGRAPH-9FFF', 'CJK UNIFIED IDEOGRAPH-2A6DF',
                      'cjk compatibility ideograph-f900', 'CJK COMPATIBILITY IDEOGRAPH-0F900', 'TANGUT IDEOGRAPH-17000',
                      'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', '', ' ', 'LATIN SMALL LETTER A ',
                      'latin small letter é', 'KHITAN SMALL SCRIPT CHARACTER-18B00', 'NUSHU CHARACTER-1B170']
            out = []
            for n in names:
                for m in (n, n.lower(), n.title()):
                    try:
                        r = u.lookup(m)
                        out.append('%X' % ord(r) if len(r) == 1 else 'seq:' + ' '.join('%X' % ord(c) for c in r))
                    except KeyError:
                        out.append('-')
            print('\n'.join(out))
            print('##' + '\x01'.join(names))
            """);
        int split = expected.LastIndexOf("\n##", StringComparison.Ordinal);
        string[] names = expected[(split + 3)..].TrimEnd('\n').Split('\x01');
        var sb = new StringBuilder();
        foreach (string n in names)
        {
            foreach (string m in new[] { n, n.ToLowerInvariant(), Title(n) })
            {
                int cp = UnicodeNames.Lookup(m);
                string? sequence = UnicodeNames.LookupNamedSequence(m);
                if (sequence is not null)
                    sb.Append("seq:").AppendJoin(' ', EnumerateCodePoints(sequence).Select(c => c.ToString("X", CultureInfo.InvariantCulture)));
                else
                    sb.Append(cp < 0 ? "-" : cp.ToString("X", CultureInfo.InvariantCulture));
                sb.Append('\n');
            }
        }
        string expectedLines = expected[..(split + 1)];
        AssertSame.Text(expectedLines, sb.ToString());
    }

    /// <summary>Python's str.title for the ASCII names used here.</summary>
    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool prevCased = false;
        foreach (char c in s)
        {
            bool letter = char.IsAsciiLetter(c);
            sb.Append(letter ? (prevCased ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)) : c);
            prevCased = letter;
        }
        return sb.ToString();
    }

    /// <summary>Each code point alone in all four forms, then the sequences of NormalizationTest.txt.</summary>
    [Fact]
    public void NormalizationMatchesOracle()
    {
        string expected = Py("""
            import unicodedata as u, bz2
            out = []
            tests = []
            for cp in list(range(0xD800)) + list(range(0xE000, 0x110000)):
                c = chr(cp)
                r = [u.normalize(f, c) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
                if any(x != c for x in r) or u.decomposition(c):
                    tests.append(c)
            for line in bz2.open('/usr/share/unicode/NormalizationTest.txt.bz2', 'rt'):
                line = line.split('#')[0].strip()
                if line and not line.startswith('@'):
                    tests.append(''.join(chr(int(x, 16)) for x in line.split(';')[0].split()))
            for t in tests:
                out.append(' '.join('%X' % ord(ch) for ch in t) + ';' + ';'.join(
                    ' '.join('%X' % ord(ch) for ch in u.normalize(f, t)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD'))
                    + ';' + u.decomposition(t[0]))
            print('\n'.join(out))
            """);
        var sb = new StringBuilder();
        expected = expected.TrimEnd('\n');
        foreach (string line in expected.Split('\n'))
        {
            string input = line[..line.IndexOf(';')];
            var text = new StringBuilder();
            foreach (string h in input.Split(' ')) text.Append(char.ConvertFromUtf32(int.Parse(h, NumberStyles.HexNumber)));
            string s = text.ToString();
            sb.Append(input);
            foreach (var form in new[] { NormalizationForm.FormC, NormalizationForm.FormD, NormalizationForm.FormKC, NormalizationForm.FormKD })
            {
                string n = UnicodeNormalization.Normalize(s, form);
                sb.Append(';').AppendJoin(' ', EnumerateCodePoints(n).Select(cp => cp.ToString("X", CultureInfo.InvariantCulture)));
            }
            sb.Append(';').Append(UnicodeNormalization.Decomposition(char.ConvertToUtf32(s, 0))).Append('\n');
        }
        AssertSame.Text(expected + "\n", sb.ToString());
    }

    private static IEnumerable<int> EnumerateCodePoints(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            int cp = char.ConvertToUtf32(s, i);
            if (cp > 0xFFFF) i++;
            yield return cp;
        }
    }
}
