using System.Text;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests.Modules.Pickle;

/// <summary>
/// Kaa's _pickle against CPython's: tools/oracle_pickle_cases.py pickles a corpus of objects (numbers,
/// strings, bytes, containers with sharing and recursion, classes, reductions, persistent ids, reducer
/// overrides, dispatch tables, out-of-band buffers, framing of large pickles) at every protocol and
/// loads malformed pickles, printing the bytes in hex and every error message. It runs on the oracle and
/// in-process on Kaa; every line must be equal.
/// </summary>
public class PickleCorpusTests
{
    private static readonly string CasesPath = Repo.PathOf("tools/oracle_pickle_cases.py");

    [Fact]
    public void EveryPickleMatchesOracle()
    {
        string[] expected = RunOracle(CasesPath).Split('\n');
        string[] actual = RunKaa(CasesPath).Split('\n');
        var differences = new List<string>();
        for (int i = 0; i < System.Math.Max(expected.Length, actual.Length); i++)
        {
            string e = i < expected.Length ? expected[i] : "<missing>";
            string a = i < actual.Length ? actual[i] : "<missing>";
            if (e != a) differences.Add($"oracle: {e}\nkaa:    {a}");
        }
        Assert.True(expected.Length > 700, "the corpus printed too little on the oracle");
        Assert.True(differences.Count == 0,
            $"{differences.Count} of {expected.Length} lines differ:\n" + string.Join("\n", differences.Take(20)));
    }

    [Theory]
    [InlineData("import _pickle\nprint(sorted(dir(_pickle)))")]
    [InlineData("import _pickle\nprint([sorted(n for n in dir(t) if not n.startswith('__')) for t in (_pickle.Pickler, _pickle.Unpickler, _pickle.PickleBuffer)])")]
    [InlineData("import _pickle\nprint(_pickle.PicklingError.__mro__, _pickle.PickleBuffer, _pickle.Pickler.__module__)")]
    [InlineData("import _pickle, io\np = _pickle.Pickler(io.BytesIO(), 2)\np.dump([1, 'a'])\nprint(type(p.memo).__name__, sorted(i for i, o in p.memo.copy().values()))")]
    public void ModuleSurfaceMatchesOracle(string program)
    {
        string path = Path.Combine(Path.GetTempPath(), $"kaa_pickle_{Guid.NewGuid():N}.py");
        File.WriteAllText(path, program + "\n");
        try
        {
            Assert.Equal(RunOracle(path), RunKaa(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

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
