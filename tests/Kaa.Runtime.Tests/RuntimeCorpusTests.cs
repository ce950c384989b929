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
/// Programs run a few at a time (<see cref="CorpusRunner"/>), cases in path order.
/// </summary>
[TestCaseOrderer(ProgramPathOrderer.TypeName, ProgramPathOrderer.AssemblyName)]
public partial class RuntimeCorpusTests(RuntimeCorpusRunner runner) : IClassFixture<RuntimeCorpusRunner>
{
    private static Corpus Corpus => Corpus.Runtime;

    public static IEnumerable<object[]> Programs() => Corpus.Runtime.Programs();

    [Theory]
    [MemberData(nameof(Programs))]
    public Task BehavesAsOnCPython(string program) => Corpus.CheckBehavesAsOnCPython(runner, program);

    [Fact]
    public void CorpusHasEnoughPrograms() => Corpus.CheckHasEnoughPrograms();

    [Fact]
    public void EveryExpectedFailureMatchesAProgram() => Corpus.CheckEveryExpectedFailureMatchesAProgram();

    [GeneratedRegex(@"^\s*(?:import|from)\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex ImportStatement();

    /// <summary>The corpus exercises the runtime, not the import system: `sys` is the only module a program may import.</summary>
    [Fact]
    public void ProgramsImportNothingButSys()
    {
        var offenders = new List<string>();
        foreach (string program in Corpus.ProgramPaths())
        {
            string source = File.ReadAllText(Path.Combine(Corpus.Dir, program));
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
