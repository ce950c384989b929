using System.Text;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests.Support;

/// <summary>
/// A program run on the oracle and in-process on Kaa (on a thread with a deep stack, as the kaa binary runs
/// programs), and the comparison of their stdout line by line: the shape of the module conformance tests
/// whose program prints one line per case.
/// </summary>
internal static class OracleLines
{
    /// <summary>The oracle's stdout; the program must exit 0.</summary>
    public static string RunOracle(string path)
    {
        var r = ProcessRunner.Run(Repo.OraclePython, [path]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        return r.Stdout;
    }

    /// <summary>Kaa's stdout, run in this process; the program must exit 0.</summary>
    public static string RunKaa(string path)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        int status = 0;
        var thread = new Thread(() =>
        {
            var interp = new Interpreter(new InterpreterOptions { Argv = [path], StdoutStream = stdout, StderrStream = stderr });
            status = interp.RunMain(path);
        }, 256 << 20);
        thread.Start();
        thread.Join();
        Assert.True(status == 0, Encoding.UTF8.GetString(stderr.ToArray()));
        return Encoding.UTF8.GetString(stdout.ToArray());
    }

    /// <summary>Fails with the first differing lines (up to 20) when the two outputs differ.</summary>
    public static void AssertSame(string[] expected, string[] actual)
    {
        var differences = new List<string>();
        for (int i = 0; i < Math.Max(expected.Length, actual.Length); i++)
        {
            string e = i < expected.Length ? expected[i] : "<missing>";
            string a = i < actual.Length ? actual[i] : "<missing>";
            if (e != a) differences.Add($"oracle: {e}\nkaa:    {a}");
        }
        Assert.True(differences.Count == 0,
            $"{differences.Count} of {expected.Length} lines differ:\n" + string.Join("\n", differences.Take(20)));
    }
}
