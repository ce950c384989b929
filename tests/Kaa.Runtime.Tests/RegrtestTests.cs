using System.Diagnostics;
using System.Text.Json;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests;

/// <summary>
/// CPython's own regression tests on Kaa: tools/regrtest.py runs every module tests/regrtest/expectations.txt
/// lists (but the ones marked slow), one Kaa process per module, two at a time, and compares each module's
/// per-test outcomes with its expectations. One case per module, so a failure names the module and its
/// unexpected passes and failures.
/// </summary>
public class RegrtestTests(RegrtestRun run) : IClassFixture<RegrtestRun>
{
    public static IEnumerable<object[]> Modules() => RegrtestRun.FastModules().Select(m => new object[] { m });

    [Theory]
    [MemberData(nameof(Modules))]
    public void ModuleMatchesItsExpectations(string module)
    {
        var report = run.Report.Value;
        Assert.True(report.TryGetProperty(module, out var outcome), $"{module}: no outcome in the runner's report\n{run.Output}");
        var problems = outcome.GetProperty("unexpected").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.True(problems.Count == 0,
            $"{module} ({outcome.GetProperty("counts")}): unexpected outcomes (fix them, or record them in tests/regrtest/expectations.txt with a reason):\n  "
            + string.Join("\n  ", problems));
    }
}

/// <summary>The one run of tools/regrtest.py the module cases share (an xunit class fixture).</summary>
public sealed class RegrtestRun : IDisposable
{
    private static string ExpectationsPath => Repo.PathOf(Path.Combine("tests", "regrtest", "expectations.txt"));
    private readonly string jsonPath = Path.Combine(Path.GetTempPath(), $"kaa_regrtest_{Environment.ProcessId}.json");

    public string Output { get; private set; } = "";

    public Lazy<JsonElement> Report { get; }

    public RegrtestRun()
    {
        Report = new Lazy<JsonElement>(RunAll);
    }

    /// <summary>The modules in the expectations that are not marked slow (what the runner runs by default).</summary>
    public static IEnumerable<string> FastModules()
    {
        foreach (string raw in File.ReadLines(ExpectationsPath))
        {
            string line = raw.Split('#')[0].Trim();
            if (!line.StartsWith('[')) continue;
            int close = line.IndexOf(']');
            if (line[(close + 1)..].Trim() == "slow") continue;
            yield return line[1..close];
        }
    }

    private JsonElement RunAll()
    {
        string kaa = ProcessRunner.KaaAotBinaryPath;  // publishes build/kaa-aot first when the sources changed
        var psi = new ProcessStartInfo(Repo.OraclePython)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        foreach (string a in new[] { Repo.PathOf(Path.Combine("tools", "regrtest.py")), "--kaa", kaa, "--jobs", "2", "--json", jsonPath })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Output = stdout + stderr.Result;
        if (!File.Exists(jsonPath))
            throw new InvalidOperationException($"tools/regrtest.py wrote no report (exit code {p.ExitCode}):\n{Output}");
        using var doc = JsonDocument.Parse(File.ReadAllText(jsonPath));
        return doc.RootElement.Clone();
    }

    public void Dispose()
    {
        if (File.Exists(jsonPath)) File.Delete(jsonPath);
    }
}
