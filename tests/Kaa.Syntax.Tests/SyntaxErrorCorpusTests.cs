using System.Text.RegularExpressions;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Syntax.Tests;

/// <summary>
/// tests/corpus/syntax_errors: one small invalid program per error CPython 3.11's tokenizer and parser
/// can report. Each file must still be an error for the oracle (a file CPython accepts fails loudly),
/// and Kaa must report exactly the oracle's error: class, message, lineno, offset, end_lineno, end_offset.
/// </summary>
public partial class SyntaxErrorCorpusTests
{
    private static readonly string CorpusDir = Repo.PathOf(Path.Combine("tests", "corpus", "syntax_errors"));

    /// <summary>The oracle's output for the whole corpus, from one run of tools/oracle_dump_ast.py.</summary>
    private static readonly Lazy<Dictionary<string, string>> Expected = new(
        () => Oracle.RunSections("oracle_dump_ast.py", Files().ToList()));

    public static IEnumerable<string> Files()
        => Directory.EnumerateFiles(CorpusDir, "*.py").Order(StringComparer.Ordinal);

    /// <summary>Cases are named by file name only, so test names stay short and stable.</summary>
    public static IEnumerable<object[]> Cases() => Files().Select(f => new object[] { Path.GetFileName(f) });

    /// <summary>`ClassName: message`, the oracle's form of a raised exception (never a `Module(...)` dump).</summary>
    [GeneratedRegex(@"^[A-Z][A-Za-z]*(Error|Exception): ")]
    private static partial Regex ErrorLine();

    /// <summary>The trailing ` (lineno, offset, end_lineno, end_offset)` of a SyntaxError line.</summary>
    [GeneratedRegex(@" \((-?\d+|None), (-?\d+|None), (-?\d+|None), (-?\d+|None)\)$")]
    private static partial Regex Position();

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsTheSameErrorAsCPython(string fileName)
    {
        string path = Path.Combine(CorpusDir, fileName);
        string expected = Expected.Value[path];
        Assert.True(ErrorLine().IsMatch(expected),
            $"{fileName} is no longer an error for the oracle; CPython says: {Shorten(expected)}");
        AssertSame.Text(expected, KaaDump.DumpFile(path));
    }

    [Fact]
    public void CorpusHasAtLeast150Files()
        => Assert.True(Files().Count() >= 150, $"only {Files().Count()} files in {CorpusDir}");

    [Fact]
    public void CorpusCoversAtLeast150DistinctMessages()
    {
        // The message without its position: "SyntaxError: invalid syntax (1, 5, 1, 6)" → "SyntaxError: invalid syntax".
        int distinct = Expected.Value.Values
            .Select(line => Position().Replace(line, ""))
            .Distinct(StringComparer.Ordinal)
            .Count();
        Assert.True(distinct >= 150, $"only {distinct} distinct error messages in the corpus");
    }

    [Fact]
    public void FileNamesAreNumberedAndUnique()
    {
        var numbers = Files().Select(Path.GetFileName).Select(n => n![..3]).ToList();
        Assert.All(numbers, n => Assert.Matches(@"^\d{3}$", n));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    private static string Shorten(string s) => s.Length <= 200 ? s : s[..200] + "...";
}
