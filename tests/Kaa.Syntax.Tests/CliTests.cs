using Kaa.Syntax.Tests.Support;

namespace Kaa.Syntax.Tests;

/// <summary>
/// The `kaa` command end to end (the launcher in the repository root, as a subprocess): its whole
/// stdout for a few hundred files, given as an @FILE list, is byte for byte what the oracle scripts
/// print for the same list. The list mixes the syntax-error corpus with a sample of the stdlib.
/// </summary>
public sealed class CliTests : IDisposable
{
    private readonly ScratchDirectory scratch = new("cli");

    public void Dispose() => scratch.Dispose();

    /// <summary>Every syntax-error corpus file and every 16th stdlib file (about 480 paths).</summary>
    private static List<string> MixedPaths()
    {
        var corpus = Directory.EnumerateFiles(Repo.PathOf(Path.Combine("tests", "corpus", "syntax_errors")), "*.py");
        var stdlib = StdlibAstConformanceTests.Files().Where((_, i) => i % 16 == 0);
        return corpus.Order(StringComparer.Ordinal).Concat(stdlib).ToList();
    }

    private string ListFile(string name, IEnumerable<string> paths)
        => scratch.Write(name, System.Text.Encoding.UTF8.GetBytes(string.Concat(paths.Select(p => p + "\n"))));

    [Fact]
    public void DumpAstPrintsExactlyWhatTheOracleDoes()
    {
        var paths = MixedPaths();
        string list = ListFile("mixed.lst", paths);
        var oracle = ProcessRunner.OracleScript("oracle_dump_ast.py", "@" + list);
        Assert.Equal(0, oracle.ExitCode);
        var kaa = ProcessRunner.Kaa("--dump-ast", "@" + list);

        Assert.True(kaa.Stderr.Length == 0, $"kaa wrote to stderr:\n{kaa.Stderr}");
        AssertSame.Text(oracle.Stdout, kaa.Stdout);
        Assert.Equal(oracle.StdoutBytes, kaa.StdoutBytes);
        // The corpus files fail, so kaa reports failure.
        Assert.Equal(1, kaa.ExitCode);
    }

    [Fact]
    public void ParseOnlyPrintsOnlyFailuresLikeTheOracle()
    {
        var paths = MixedPaths();
        string list = ListFile("mixed.lst", paths);
        var oracle = ProcessRunner.OracleScript("oracle_parse_only.py", "@" + list);
        Assert.True(oracle.Stderr.Length == 0, oracle.Stderr);
        var kaa = ProcessRunner.Kaa("--parse-only", "@" + list);

        Assert.True(kaa.Stderr.Length == 0, $"kaa wrote to stderr:\n{kaa.Stderr}");
        AssertSame.Text(oracle.Stdout, kaa.Stdout);
        Assert.Equal(oracle.StdoutBytes, kaa.StdoutBytes);
        Assert.Equal(oracle.ExitCode, kaa.ExitCode);
    }

    [Fact]
    public void ParseOnlyIsSilentAndSucceedsWhenEveryFileIsValid()
    {
        var valid = StdlibAstConformanceTests.Files().Where((_, i) => i % 64 == 0).ToList();
        string list = ListFile("valid.lst", valid);
        var oracle = ProcessRunner.OracleScript("oracle_parse_only.py", "@" + list);
        Assert.True(oracle.ExitCode == 0 && oracle.StdoutBytes.Length == 0,
            $"the sample is not all valid for the oracle:\n{oracle.Stdout}");

        var kaa = ProcessRunner.Kaa("--parse-only", "@" + list);
        Assert.Equal("", kaa.Stdout);
        Assert.Equal("", kaa.Stderr);
        Assert.Equal(0, kaa.ExitCode);
    }

    [Fact]
    public void ParseOnlyPrintsPathAndErrorLineForAnInvalidFile()
    {
        string file = Directory.EnumerateFiles(Repo.PathOf(Path.Combine("tests", "corpus", "syntax_errors")), "*.py")
            .Order(StringComparer.Ordinal).First();
        var oracle = ProcessRunner.OracleScript("oracle_dump_ast.py", file);
        var kaa = ProcessRunner.Kaa("--parse-only", file);

        Assert.Equal(oracle.Stdout, kaa.Stdout);  // `==> PATH` and the error line, nothing else
        Assert.Equal(2, kaa.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(1, kaa.ExitCode);
    }
}
