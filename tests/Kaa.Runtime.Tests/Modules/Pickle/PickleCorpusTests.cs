using Kaa.Runtime.Tests.Support;
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
        string[] expected = OracleLines.RunOracle(CasesPath).Split('\n');
        string[] actual = OracleLines.RunKaa(CasesPath).Split('\n');
        Assert.True(expected.Length > 700, "the corpus printed too little on the oracle");
        OracleLines.AssertSame(expected, actual);
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
            Assert.Equal(OracleLines.RunOracle(path), OracleLines.RunKaa(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
