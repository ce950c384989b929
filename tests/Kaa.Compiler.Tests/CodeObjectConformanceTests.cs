using Kaa.Compiler.Code;
using Kaa.Compiler.CodeGen;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;
using Kaa.Syntax.Tests.Support;
using Assert = Xunit.Assert;

namespace Kaa.Compiler.Tests;

/// <summary>
/// Kaa's code objects equal CPython's field by field (the `kaa --dump-code` format, produced
/// in-process by <see cref="CodeObjectDumper"/>, against tools/oracle_dump_code.py run once per
/// corpus under PYTHONHASHSEED=0) over three corpora: the stdlib, tests/corpus/compiler (a small
/// program per statement and expression form) and tests/corpus/compile_errors (each one a
/// compile-time error in CPython: the error and its position must match).
///
/// tests/corpus/compiler/known_differences.txt lists the files that still differ, each with its
/// cause; a listed file must still differ (an unexpected pass fails until its entry is removed), so
/// the suite stays green while the list stays honest.
/// </summary>
public class CodeObjectConformanceTests
{
    private static readonly string CompilerCorpus = Repo.PathOf(Path.Combine("tests", "corpus", "compiler"));
    private static readonly string ErrorCorpus = Repo.PathOf(Path.Combine("tests", "corpus", "compile_errors"));
    private static readonly string KnownDifferencesFile = Path.Combine(CompilerCorpus, "known_differences.txt");

    private static readonly Lazy<Dictionary<string, string>> StdlibExpected = new(
        () => Oracle.RunSections("oracle_dump_code.py", StdlibFiles().ToList()));

    private static readonly Lazy<Dictionary<string, string>> CorpusExpected = new(
        () => Oracle.RunSections("oracle_dump_code.py", CorpusFiles(CompilerCorpus).Concat(CorpusFiles(ErrorCorpus)).ToList()));

    private static readonly Lazy<Dictionary<string, string>> KnownDifferences = new(LoadKnownDifferences);

    public static IEnumerable<string> StdlibFiles()
        => Directory.EnumerateFiles(Repo.StdlibDir, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static IEnumerable<string> CorpusFiles(string dir)
        => Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*.py").Order(StringComparer.Ordinal)
            : [];

    public static IEnumerable<object[]> StdlibCases() => StdlibFiles().Select(f => new object[] { f });

    public static IEnumerable<object[]> CompilerCases() => CorpusFiles(CompilerCorpus).Select(f => new object[] { Path.GetFileName(f) });

    public static IEnumerable<object[]> ErrorCases() => CorpusFiles(ErrorCorpus).Select(f => new object[] { Path.GetFileName(f) });

    /// <summary>`PATH<TAB>cause` lines; PATH is absolute for the stdlib, repo-relative for the corpora.</summary>
    private static Dictionary<string, string> LoadKnownDifferences()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(KnownDifferencesFile)) return result;
        foreach (string raw in File.ReadLines(KnownDifferencesFile))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int tab = line.IndexOf('\t');
            result[tab < 0 ? line : line[..tab]] = tab < 0 ? "" : line[(tab + 1)..];
        }
        return result;
    }

    /// <summary>What `kaa --dump-code` prints for one file (without its `==> PATH` line).</summary>
    public static string Dump(string path)
    {
        try
        {
            var tree = PythonParser.ParseBytes(File.ReadAllBytes(path), path);
            return CodeObjectDumper.Dump(CodeGenerator.Compile(tree, path));
        }
        catch (SyntaxErrorException e)
        {
            return e.Describe();
        }
        catch (Exception e) when (e is NotImplementedException or NotSupportedException or InvalidOperationException)
        {
            return $"kaa internal error {e.GetType().Name}: {e.Message}";
        }
    }

    private static void Check(string key, string path, Dictionary<string, string> expectedByPath)
    {
        string expected = expectedByPath[path];
        string actual = Dump(path);
        if (KnownDifferences.Value.TryGetValue(key, out string? cause))
        {
            Assert.True(expected != actual,
                $"{key} now matches CPython: remove its entry ({cause}) from tests/corpus/compiler/known_differences.txt");
            return;
        }
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(StdlibCases))]
    public void StdlibCodeObjectsMatchCPython(string path) => Check(path, path, StdlibExpected.Value);

    [Theory]
    [MemberData(nameof(CompilerCases))]
    public void CompilerCorpusMatchesCPython(string name)
        => Check($"tests/corpus/compiler/{name}", Path.Combine(CompilerCorpus, name), CorpusExpected.Value);

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void CompileErrorsMatchCPython(string name)
    {
        string path = Path.Combine(ErrorCorpus, name);
        string expected = CorpusExpected.Value[path];
        // Each file of this corpus must really be an error for CPython, not a program.
        Assert.False(expected.StartsWith("code ", StringComparison.Ordinal), $"{name} compiles in CPython 3.11");
        Check($"tests/corpus/compile_errors/{name}", path, CorpusExpected.Value);
    }
}
