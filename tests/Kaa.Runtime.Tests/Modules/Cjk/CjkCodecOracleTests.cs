using System.Text;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests.Modules.Cjk;

/// <summary>
/// Every CJK codec against the oracle: cjk_conformance.py encodes every code point up to plane 2 (and a
/// sample beyond), decodes every one- and two-byte sequence (three-byte after 0x8f, GB18030's four-byte
/// ones), round-trips what is mappable, runs invalid input through each error handler (the builtin ones and
/// registered ones, well- and ill-behaved), and uses the incremental and stream classes. It runs in-process
/// on Kaa and on the oracle; every line must be equal, but for the wrapping CPython's str.encode and
/// bytes.decode give an exception raised inside a codec ("decoding with 'x' codec failed (...)"), which is
/// not this codec's doing.
/// </summary>
public class CjkCodecOracleTests
{
    private static readonly string ProgramPath = Repo.PathOf("tests/Kaa.Runtime.Tests/Modules/Cjk/cjk_conformance.py");

    [Fact]
    public void EveryCodecMatchesOracle()
    {
        string[] expected = RunOracle(ProgramPath).Split('\n').Select(Unwrap).ToArray();
        string[] actual = RunKaa(ProgramPath).Split('\n');
        var differences = new List<string>();
        for (int i = 0; i < System.Math.Max(expected.Length, actual.Length); i++)
        {
            string e = i < expected.Length ? expected[i] : "<missing>";
            string a = i < actual.Length ? actual[i] : "<missing>";
            if (e != a) differences.Add($"oracle: {e}\nkaa:    {a}");
        }
        Assert.True(differences.Count == 0,
            $"{differences.Count} of {expected.Length} lines differ:\n" + string.Join("\n", differences.Take(20)));
    }

    /// <summary>"TypeError: decoding with 'gbk' codec failed (TypeError: msg)" → "TypeError: msg".</summary>
    private static string Unwrap(string line) => System.Text.RegularExpressions.Regex.Replace(line,
        @"(\w+Error): (?:de|en)coding with '[^']+' codec failed \(\1: (.*?)\)( \[)", "$1: $2$3");

    private static string RunOracle(string path)
    {
        var r = ProcessRunner.Run(Repo.OraclePython, [path]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        return r.Stdout;
    }

    private static string RunKaa(string path)
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
}
