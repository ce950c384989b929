using System.Text.RegularExpressions;
using Kaa.Runtime.Tests.Support;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests;

/// <summary>
/// tests/corpus/runtime: every program runs on Kaa (`build/kaa/kaa PROGRAM.py`) and on the oracle
/// (`python3.11 PROGRAM.py`, through tools/oracle_run.py) from the repository root, and must leave the
/// same exit status, stdout and stderr, after masking addresses and id() values (see
/// <see cref="OutputMask"/>). Programs listed in expected_failures.txt are known not to yet: for them
/// the test passes while they fail, and fails once they pass, so the list only shrinks.
/// </summary>
public partial class RuntimeCorpusTests
{
    public const string CorpusRelative = "tests/corpus/runtime";
    private static readonly string CorpusDir = Repo.PathOf(CorpusRelative);
    private static readonly string ExpectationsFile = Path.Combine(CorpusDir, "expected_failures.txt");
    private const int MinimumPrograms = 420;

    private static readonly Lazy<ExpectedFailures> Expectations = new(() => ExpectedFailures.Load(ExpectationsFile));

    /// <summary>Corpus-relative paths with '/' separators, e.g. `types/str_split.py`, in ordinal order.</summary>
    public static IEnumerable<string> ProgramPaths()
        => Directory.EnumerateFiles(CorpusDir, "*.py", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(CorpusDir, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);

    public static IEnumerable<object[]> Programs() => ProgramPaths().Select(p => new object[] { p });

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task BehavesAsOnCPython(string program)
    {
        string path = $"{CorpusRelative}/{program}";
        var oracle = ProgramRunner.RunOracleTwiceAsync(path);
        var kaa = ProgramRunner.RunKaaAsync(path, ProgramRunner.TimeLimitOf(Path.Combine(CorpusDir, program)));
        var (first, second) = await oracle;
        var kaaOutcome = await kaa;
        Assert.True(first.Status != ProgramOutcome.TimedOut, $"{program} timed out on the oracle: {first.Stderr}");

        string? difference = OutcomeComparison.Compare(first, second, kaaOutcome);
        var expected = Expectations.Value.Match(program);
        if (expected is null)
        {
            if (difference is not null)
                Assert.Fail($"{program} does not behave as on CPython:\n{difference}");
        }
        else if (difference is null)
        {
            Assert.Fail($"unexpected pass: remove it from expected_failures.txt ({program} now behaves as on CPython; "
                + $"it is listed by line {expected.Line}, `{expected.Pattern}`: narrow that pattern or list the programs still failing)");
        }
    }

    [Fact]
    public void CorpusHasEnoughPrograms()
    {
        int count = ProgramPaths().Count();
        Assert.True(count >= MinimumPrograms, $"only {count} programs in {CorpusRelative}, at least {MinimumPrograms} wanted");
    }

    /// <summary>An entry that matches nothing hides nothing, but it is stale: the list must only describe real failures.</summary>
    [Fact]
    public void EveryExpectedFailureMatchesAProgram()
    {
        var programs = ProgramPaths().ToList();
        var stale = Expectations.Value.Entries.Where(e => !programs.Any(p => e.Matcher.IsMatch(p)))
            .Select(e => $"line {e.Line}: {e.Pattern}").ToList();
        Assert.True(stale.Count == 0, "expected_failures.txt entries that match no program:\n" + string.Join('\n', stale));
    }

    [GeneratedRegex(@"^\s*(?:import|from)\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex ImportStatement();

    /// <summary>The corpus exercises the runtime, not the import system: `sys` is the only module a program may import.</summary>
    [Fact]
    public void ProgramsImportNothingButSys()
    {
        var offenders = new List<string>();
        foreach (string program in ProgramPaths())
        {
            string source = File.ReadAllText(Path.Combine(CorpusDir, program));
            foreach (Match m in ImportStatement().Matches(source))
                if (m.Groups[1].Value != "sys") offenders.Add($"{program}: imports {m.Groups[1].Value}");
        }
        Assert.True(offenders.Count == 0, string.Join('\n', offenders));
    }

    [Theory]
    [InlineData("types/*.py", "types/str_split.py", true)]
    [InlineData("types/*.py", "types/sub/str_split.py", false)]
    [InlineData("types/str_*.py", "types/int_basic.py", false)]
    [InlineData("**/*.py", "types/str_split.py", true)]
    [InlineData("**", "a/b/c.py", true)]
    [InlineData("types/**/x?.py", "types/x1.py", true)]
    [InlineData("types/str_split.py", "types/str_split.py", true)]
    [InlineData("types/str.split.py", "types/strXsplit.py", false)]
    public void ExpectationPatternsAreGlobs(string glob, string path, bool matches)
        => Assert.Equal(matches, ExpectedFailures.GlobToRegex(glob).IsMatch(path));

    [Fact]
    public void MaskingForgivesAddressesAndIdValuesOnly()
    {
        string run1 = "<object object at 0x7f0f54048190> 140698938719872 len 3\n";
        string run2 = "<object object at 0x7f2f13fe8190> 139840173653632 len 3\n";
        var ids = OutputMask.IdPositions(OutputMask.MaskAddresses(run1), OutputMask.MaskAddresses(run2));
        Assert.NotNull(ids);
        string expected = OutputMask.MaskNumbersAt(OutputMask.MaskAddresses(run1), ids);
        Assert.Equal("<object object at 0x…> <id> len 3\n", expected);
        Assert.Equal(expected, OutputMask.MaskNumbersAt(OutputMask.MaskAddresses("<object object at 0x1a> 42 len 3\n"), ids));
        Assert.NotEqual(expected, OutputMask.MaskNumbersAt(OutputMask.MaskAddresses("<object object at 0x1a> 42 len 4\n"), ids));
        Assert.Null(OutputMask.IdPositions("a 1\n", "b 1\n"));
    }
}
