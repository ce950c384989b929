using System.Text;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests.Lists;

/// <summary>
/// The list/tuple/range/slice/iteration programs of tests/corpus/runtime/types run in-process on Kaa and on
/// CPython 3.11; their stdout must be identical (the oracle supplies every expected line).
/// </summary>
public class ListProgramsTests
{
    public static TheoryData<string> Programs => new()
    {
        "list_ops_exact.py",
        "list_sort_comparison_order.py",
        "tuple_ops_exact.py",
        "range_ops_exact.py",
        "slice_ops_exact.py",
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void ProgramPrintsWhatCPythonPrints(string name)
    {
        string path = Repo.PathOf(Path.Combine("tests", "corpus", "runtime", "types", name));
        string expected = Oracle.Run([path]);
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var interp = new Interpreter(new InterpreterOptions { StdoutStream = stdout, StderrStream = stderr, Argv = [path] });
        int status = interp.RunMain(path);
        Assert.Equal("", Encoding.UTF8.GetString(stderr.ToArray()));
        Assert.Equal(0, status);
        Assert.Equal(expected, Encoding.UTF8.GetString(stdout.ToArray()));
    }
}
