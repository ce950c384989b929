using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests.Support;

/// <summary>
/// A corpus of programs compared with the oracle: a folder of the repository, its expected_failures.txt,
/// and the least number of programs it must hold. Folders named `data` hold what programs read or
/// import (packages, input files) and are not programs themselves.
/// </summary>
public sealed class Corpus
{
    /// <summary>tests/corpus/runtime: the VM, the object model and the builtins (imports nothing but sys).</summary>
    public static readonly Corpus Runtime = new("tests/corpus/runtime", 420);

    /// <summary>tests/corpus/stdlib: the import system, the C# modules and the stdlib over them.</summary>
    public static readonly Corpus Stdlib = new("tests/corpus/stdlib", 95);

    public string Relative { get; }
    public string Dir { get; }
    public int MinimumPrograms { get; }
    private readonly Lazy<ExpectedFailures> expectations;

    private Corpus(string relative, int minimumPrograms)
    {
        Relative = relative;
        Dir = Repo.PathOf(relative);
        MinimumPrograms = minimumPrograms;
        expectations = new(() => ExpectedFailures.Load(Path.Combine(Dir, "expected_failures.txt")));
    }

    public ExpectedFailures Expectations => expectations.Value;

    /// <summary>Corpus-relative paths with '/' separators, e.g. `types/str_split.py`, in ordinal order.</summary>
    public IEnumerable<string> ProgramPaths()
        => Directory.EnumerateFiles(Dir, "*.py", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Dir, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => !p.Split('/').SkipLast(1).Contains("data"))
            .Order(StringComparer.Ordinal);

    public IEnumerable<object[]> Programs() => ProgramPaths().Select(p => new object[] { p });

    /// <summary>
    /// The check every corpus test makes: the program behaves as on CPython, unless expected_failures.txt
    /// lists it, in which case it must still fail (so the list only shrinks).
    /// </summary>
    public async Task CheckBehavesAsOnCPython(CorpusRunner runner, string program)
    {
        var outcome = await runner.OutcomeOf(program);
        var (first, second, kaaOutcome) = outcome;
        Assert.True(first.Status != ProgramOutcome.TimedOut, $"{program} timed out on the oracle: {first.Stderr}");

        string? difference = OutcomeComparison.Compare(first, second, kaaOutcome);
        if (difference is not null) CorpusReport.RecordFailure(program, outcome, difference);
        var expected = Expectations.Match(program);
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

    public void CheckHasEnoughPrograms()
    {
        int count = ProgramPaths().Count();
        Assert.True(count >= MinimumPrograms, $"only {count} programs in {Relative}, at least {MinimumPrograms} wanted");
    }

    /// <summary>An entry that matches nothing hides nothing, but it is stale: the list must only describe real failures.</summary>
    public void CheckEveryExpectedFailureMatchesAProgram()
    {
        var programs = ProgramPaths().ToList();
        var stale = Expectations.Entries.Where(e => !programs.Any(p => e.Matcher.IsMatch(p)))
            .Select(e => $"line {e.Line}: {e.Pattern}").ToList();
        Assert.True(stale.Count == 0, "expected_failures.txt entries that match no program:\n" + string.Join('\n', stale));
    }
}
