using Kaa.Runtime.Tests.Support;

namespace Kaa.Runtime.Tests;

/// <summary>
/// tests/corpus/stdlib: programs that import the stdlib (CPython's own Lib over Kaa's C# modules), run on
/// Kaa and on the oracle and compared as <see cref="RuntimeCorpusTests"/> compares (same masking, same
/// expected_failures.txt rules, its own list).
/// </summary>
[TestCaseOrderer(ProgramPathOrderer.TypeName, ProgramPathOrderer.AssemblyName)]
public class StdlibCorpusTests(StdlibCorpusRunner runner) : IClassFixture<StdlibCorpusRunner>
{
    private static Corpus Corpus => Corpus.Stdlib;

    public static IEnumerable<object[]> Programs() => Corpus.Stdlib.Programs();

    [Theory]
    [MemberData(nameof(Programs))]
    public Task BehavesAsOnCPython(string program) => Corpus.CheckBehavesAsOnCPython(runner, program);

    [Fact]
    public void CorpusHasEnoughPrograms() => Corpus.CheckHasEnoughPrograms();

    [Fact]
    public void EveryExpectedFailureMatchesAProgram() => Corpus.CheckEveryExpectedFailureMatchesAProgram();
}
