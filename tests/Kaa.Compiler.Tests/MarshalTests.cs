using Kaa.Compiler.Code;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Compiler.Tests;

/// <summary>
/// Kaa reads every .pyc CPython 3.11 wrote for its stdlib (and test suite), writes it back, and
/// CPython's marshal reads Kaa's file as a code object equal to the original in every field.
/// </summary>
public class MarshalTests
{
    private static readonly Lazy<Dictionary<string, string>> Verdicts = new(RoundTripAll);

    public static IEnumerable<string> PycFiles()
        => Directory.EnumerateFiles(Repo.StdlibDir, "*.cpython-311.pyc", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);

    public static IEnumerable<object[]> Cases() => PycFiles().Select(f => new object[] { f });

    private static Dictionary<string, string> RoundTripAll()
    {
        string dir = Path.Combine(Path.GetTempPath(), "kaa-marshal-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        var pairs = new List<string>();
        var failures = new Dictionary<string, string>();
        int n = 0;
        foreach (string pyc in PycFiles())
        {
            try
            {
                byte[] data = File.ReadAllBytes(pyc);
                var code = Marshal.ReadPyc(data);
                string rewritten = Path.Combine(dir, $"{n++}.pyc");
                File.WriteAllBytes(rewritten, Marshal.WritePyc(code, 0, 0));
                pairs.Add($"{pyc}\t{rewritten}");
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException or InvalidCastException)
            {
                failures[pyc] = $"Kaa could not read it: {e.Message}";
            }
        }
        string list = Path.Combine(dir, "pairs.txt");
        File.WriteAllLines(list, pairs);
        var verdicts = Oracle.SplitSections(Oracle.Run([Repo.PathOf("tools/oracle_compare_pyc.py"), "@" + list]));
        foreach (var (k, v) in failures) verdicts[k] = v;
        Directory.Delete(dir, recursive: true);
        return verdicts;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RoundTripsThroughCPythonsMarshal(string pyc)
    {
        Assert.Equal("ok", Verdicts.Value[pyc]);
    }
}
