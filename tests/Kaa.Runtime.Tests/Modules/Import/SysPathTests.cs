using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests.Modules.Import;

/// <summary>
/// sys.path[0] as CPython's pymain_run_python adds it: after site has run (so site neither searches the
/// current directory for its .pth imports nor makes '' absolute): '' for -c, the script's directory for
/// a script, the current directory for -m. Compared with the oracle's, both run from the repository root.
/// </summary>
public class SysPathTests
{
    private const string Probe = "import sys; print(repr(sys.path[0]), sys.path.count(sys.path[0]))";

    [Theory]
    [InlineData("-c")]
    [InlineData("-m")]
    [InlineData("script")]
    public void PathZeroIsCPythons(string how)
    {
        string[] args = how switch
        {
            "-c" => ["-c", Probe],
            "-m" => ["-m", "tests.corpus.runtime.sys.path0_probe"],
            _ => ["tests/corpus/runtime/sys/path0_probe.py"],
        };
        var oracle = ProcessRunner.Run(Repo.OraclePython, args);
        var kaa = ProcessRunner.Run(ProcessRunner.KaaBinaryPath, args);
        Assert.Equal(0, oracle.ExitCode);
        Assert.Equal((oracle.Stdout, oracle.Stderr, 0), (kaa.Stdout, kaa.Stderr, kaa.ExitCode));
    }
}
