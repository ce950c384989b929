using Kaa.Syntax.Tests.Support;

namespace Kaa.Syntax.Tests;

/// <summary>
/// Every .py file under /usr/lib/python3.11 (with the test suite installed: 1,643 files) parses to
/// exactly the tree CPython 3.11 builds, or fails with exactly CPython's error. One case per file;
/// the expected text comes from tools/oracle_dump_ast.py run once for the whole corpus.
/// </summary>
public class StdlibAstConformanceTests
{
    private static readonly Lazy<Dictionary<string, string>> Expected = new(
        () => Oracle.RunSections("oracle_dump_ast.py", Files().ToList()));

    public static IEnumerable<string> Files()
        => Directory.EnumerateFiles(Repo.StdlibDir, "*.py", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);

    public static IEnumerable<object[]> Cases() => Files().Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(Cases))]
    public void ParsesLikeCPython(string path)
    {
        string expected = Expected.Value[path];
        string actual = KaaDump.DumpFile(path);
        AssertSame.Text(expected, actual);
    }
}
