using System.Text;
using System.Text.RegularExpressions;

namespace Kaa.Runtime.Tests.Support;

/// <summary>
/// tests/corpus/runtime/expected_failures.txt: the programs known not to behave as on CPython yet.
/// One entry a line, `PATTERN  # reason`; PATTERN is a corpus-relative path or a glob over such
/// paths (`*` and `?` stay within one folder, `**` crosses folders). Blank lines and lines that
/// start with `#` are ignored.
/// </summary>
public sealed class ExpectedFailures
{
    public sealed record Entry(string Pattern, string Reason, int Line, Regex Matcher);

    public IReadOnlyList<Entry> Entries { get; }

    private ExpectedFailures(IReadOnlyList<Entry> entries) => Entries = entries;

    public static ExpectedFailures Load(string file)
    {
        var entries = new List<Entry>();
        int lineNumber = 0;
        foreach (string raw in File.ReadLines(file))
        {
            lineNumber++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int hash = line.IndexOf('#');
            string pattern = (hash < 0 ? line : line[..hash]).Trim();
            string reason = hash < 0 ? "" : line[(hash + 1)..].Trim();
            if (pattern.Contains(' '))
                throw new FormatException($"{file}:{lineNumber}: a pattern has no spaces: '{pattern}'");
            if (reason.Length == 0)
                throw new FormatException($"{file}:{lineNumber}: every entry needs a `# reason`");
            entries.Add(new Entry(pattern, reason, lineNumber, GlobToRegex(pattern)));
        }
        return new ExpectedFailures(entries);
    }

    /// <summary>The first entry whose pattern matches the corpus-relative path (with '/' separators).</summary>
    public Entry? Match(string relativePath) => Entries.FirstOrDefault(e => e.Matcher.IsMatch(relativePath));

    public static Regex GlobToRegex(string glob)
    {
        var sb = new StringBuilder("^");
        for (int i = 0; i < glob.Length; i++)
        {
            char c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // `**/` matches any number of whole folders (none included); a bare `**` anything.
                bool folders = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(folders ? "(?:.*/)?" : ".*");
                i += folders ? 2 : 1;
            }
            else if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else sb.Append(Regex.Escape(c.ToString()));
        }
        return new Regex(sb.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
