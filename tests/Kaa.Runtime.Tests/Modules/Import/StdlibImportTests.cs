using System.Diagnostics;
using System.Text;
using Kaa.Runtime.Tests.Support;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests.Modules.Import;

/// <summary>
/// Every module of CPython's stdlib imports on Kaa with the oracle's <c>sorted(dir(module))</c>
/// (tests/stdlib_imports: the oracle's lists in expected_dirs.txt, written by tools/oracle_module_dirs.py;
/// the modules set aside in excluded.txt; those known to differ today in expected_failures.txt, each with
/// its reason). A listed module that now matches fails the test as an unlisted one that differs does: the
/// list only shrinks.
/// </summary>
public class StdlibImportTests(StdlibImportRunner runner) : IClassFixture<StdlibImportRunner>
{
    public static IEnumerable<object[]> Modules() => StdlibImportData.Expected.Value.Keys.Select(m => new object[] { m });

    [Theory]
    [MemberData(nameof(Modules))]
    public async Task ImportsWithCPythonsDir(string module)
    {
        var outcomes = await runner.Outcomes;
        var expected = StdlibImportData.Expected.Value[module];
        string? difference = StdlibImportData.Compare(expected, outcomes[module]);
        var known = StdlibImportData.Failures.Value.GetValueOrDefault(module);
        if (known is null)
        {
            if (difference is not null)
                Assert.Fail($"{module} does not import as on CPython: {difference}");
        }
        else if (difference is null)
        {
            Assert.Fail($"unexpected pass: remove {module} from tests/stdlib_imports/expected_failures.txt "
                + $"(it imports with CPython's dir() now; listed because: {known})");
        }
    }

    [Fact]
    public void ListsNameProbedModulesOnly()
    {
        var expected = StdlibImportData.Expected.Value;
        var excluded = StdlibImportData.ReadNamedReasons("excluded.txt");
        var stale = StdlibImportData.Failures.Value.Keys.Where(m => !expected.ContainsKey(m)).ToList();
        Assert.True(stale.Count == 0, "expected_failures.txt names modules expected_dirs.txt does not hold: " + string.Join(", ", stale));
        var probed = excluded.Keys.Where(expected.ContainsKey).ToList();
        Assert.True(probed.Count == 0, "excluded modules still in expected_dirs.txt (rerun tools/oracle_module_dirs.py): " + string.Join(", ", probed));
    }
}

/// <summary>What the oracle gave for one module (a line of expected_dirs.txt).</summary>
public sealed record ExpectedImport(string Module, string Kind, bool Ok, string Detail);

/// <summary>What Kaa gave for one module: <c>ok</c> with its names, <c>error</c> with the exception, or a crash.</summary>
public sealed record KaaImport(bool Ok, string Detail);

public static class StdlibImportData
{
    public const string Folder = "tests/stdlib_imports";

    public static readonly Lazy<IReadOnlyDictionary<string, ExpectedImport>> Expected = new(() =>
    {
        var result = new SortedDictionary<string, ExpectedImport>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Repo.PathOf($"{Folder}/expected_dirs.txt")))
        {
            string[] parts = line.Split('\t', 4);
            result[parts[0]] = new ExpectedImport(parts[0], parts[1], parts[2] == "ok", parts[3]);
        }
        return result;
    });

    public static readonly Lazy<IReadOnlyDictionary<string, string>> Failures = new(() => ReadNamedReasons("expected_failures.txt"));

    /// <summary>A `NAME  # reason` file of tests/stdlib_imports (blank lines and `#` lines ignored).</summary>
    public static IReadOnlyDictionary<string, string> ReadNamedReasons(string file)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        int number = 0;
        foreach (string raw in File.ReadLines(Repo.PathOf($"{Folder}/{file}")))
        {
            number++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int hash = line.IndexOf('#');
            string name = (hash < 0 ? line : line[..hash]).Trim();
            string reason = hash < 0 ? "" : line[(hash + 1)..].Trim();
            if (name.Length == 0 || name.Contains(' ') || reason.Length == 0)
                throw new FormatException($"{file}:{number}: expected `NAME  # reason`");
            if (!result.TryAdd(name, reason))
                throw new FormatException($"{file}:{number}: {name} is listed twice");
        }
        return result;
    }

    /// <summary>
    /// Null when Kaa's outcome is the oracle's, otherwise what differs. An extension module of lib-dynload
    /// is built into Kaa, so it has no <c>__file__</c>; that one name is not compared for them.
    /// </summary>
    public static string? Compare(ExpectedImport expected, KaaImport kaa)
    {
        if (!expected.Ok)
            return !kaa.Ok && kaa.Detail == expected.Detail ? null : $"CPython fails with {expected.Detail}, Kaa gives {Describe(kaa)}";
        if (!kaa.Ok)
            return $"import fails: {kaa.Detail}";
        var want = expected.Detail.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var got = kaa.Detail.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        if (expected.Kind == "dynload") want.Remove("__file__");
        var missing = want.Where(n => !got.Contains(n)).Order(StringComparer.Ordinal).ToList();
        var extra = got.Where(n => !want.Contains(n)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count == 0 && extra.Count == 0) return null;
        var sb = new StringBuilder("dir() differs");
        if (missing.Count > 0) sb.Append("; missing: ").AppendJoin(' ', missing);
        if (extra.Count > 0) sb.Append("; extra: ").AppendJoin(' ', extra);
        return sb.ToString();
    }

    private static string Describe(KaaImport kaa) => kaa.Ok ? "a module" : kaa.Detail;
}

/// <summary>
/// Runs tests/stdlib_imports/probe.py on Kaa over every module of expected_dirs.txt, a batch of modules per
/// process and a few processes at once (an interpreter per module would not fit the test budget). A process
/// that dies or hangs costs only the module it was importing: the rest of its batch runs in a new process.
/// </summary>
public sealed class StdlibImportRunner
{
    private const int BatchCount = 4;
    private static readonly TimeSpan BatchTimeLimit = TimeSpan.FromSeconds(150);

    public Task<IReadOnlyDictionary<string, KaaImport>> Outcomes { get; } = Task.Run(RunAllAsync);

    private static async Task<IReadOnlyDictionary<string, KaaImport>> RunAllAsync()
    {
        var modules = StdlibImportData.Expected.Value.Keys.ToList();
        int size = (modules.Count + BatchCount - 1) / BatchCount;
        using var slots = new SemaphoreSlim(System.Math.Max(1, Environment.ProcessorCount));
        var batches = modules.Chunk(size).Select(async batch =>
        {
            await slots.WaitAsync();
            try { return await RunBatchAsync(batch); }
            finally { slots.Release(); }
        }).ToList();
        var result = new Dictionary<string, KaaImport>(StringComparer.Ordinal);
        foreach (var batch in batches)
            foreach (var (module, outcome) in await batch)
                result[module] = outcome;
        return result;
    }

    private static async Task<List<(string, KaaImport)>> RunBatchAsync(IReadOnlyList<string> modules)
    {
        var outcomes = new List<(string, KaaImport)>();
        int next = 0;
        while (next < modules.Count)
        {
            var (lines, ending) = await RunProbeAsync(modules.Skip(next).ToList());
            foreach (string line in lines)
            {
                string[] parts = line.Split('\t', 3);
                if (parts.Length != 3 || next >= modules.Count || parts[0] != modules[next])
                    throw new InvalidOperationException($"probe printed an unexpected line: {line}");
                outcomes.Add((parts[0], new KaaImport(parts[1] == "ok", parts[2])));
                next++;
            }
            // The process ended before the module it was importing reported: that module crashed Kaa.
            if (next < modules.Count)
                outcomes.Add((modules[next++], new KaaImport(false, ending)));
        }
        return outcomes;
    }

    /// <summary>The complete lines the probe printed, and how its process ended when it stopped early.</summary>
    private static async Task<(List<string> Lines, string Ending)> RunProbeAsync(IReadOnlyList<string> modules)
    {
        var psi = new ProcessStartInfo(ProcessRunner.KaaBinaryPath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add($"{StdlibImportData.Folder}/probe.py");
        foreach (string m in modules) psi.ArgumentList.Add(m);
        foreach (string key in psi.Environment.Keys.Where(k => k.StartsWith("PYTHON", StringComparison.Ordinal)).ToList())
            psi.Environment.Remove(key);
        psi.Environment["PYTHONHASHSEED"] = "0";
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        psi.Environment["DOTNET_GCgen0size"] = Environment.GetEnvironmentVariable("DOTNET_GCgen0size") ?? "0x4000000";
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(BatchTimeLimit);
        bool timedOut = false;
        try
        {
            await p.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
        }
        string text = await stdout;
        string err = await stderr;
        // Only newline-terminated lines are whole reports; a partial last line belongs to the module that stopped.
        var lines = text.Split('\n').SkipLast(1).ToList();
        string lastErr = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        string ending = timedOut ? $"killed after {BatchTimeLimit.TotalSeconds:0} s" : $"Kaa exited with status {p.ExitCode}: {lastErr}";
        return (lines, ending);
    }
}
