using System.Diagnostics;
using System.Text;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests.Support;

/// <summary>
/// Runs corpus programs the way a user would: `kaa PROGRAM.py` and `python3.11 PROGRAM.py` from the
/// repository root with the same relative path (so tracebacks name the same file), PYTHONHASHSEED=0,
/// UTF-8 output, an empty stdin and a time limit.
/// </summary>
public static class ProgramRunner
{
    /// <summary>
    /// A guard against hangs, not a speed check (benchmarks measure speed): generous, because under CI
    /// load (two cores shared with the other test projects) a program that takes 3 s alone has taken 20.
    /// </summary>
    public static readonly TimeSpan DefaultKaaTimeLimit = TimeSpan.FromSeconds(60);

    /// <summary>build/kaa/kaa on the program, with the environment the `kaa` launcher gives it.</summary>
    public static async Task<ProgramOutcome> RunKaaAsync(string relativePath, TimeSpan timeLimit)
    {
        var psi = StartInfo(ProcessRunner.KaaBinaryPath, [relativePath]);
        // The launcher's first-generation budget (see the `kaa` script), so the tests time what users run.
        psi.Environment["DOTNET_GCgen0size"] = Environment.GetEnvironmentVariable("DOTNET_GCgen0size") ?? "0x4000000";
        return await RunAsync(psi, timeLimit);
    }

    /// <summary>
    /// Kaa's time limit for a program: <see cref="DefaultKaaTimeLimit"/>, or the seconds a line
    /// `# kaa-corpus: time-limit N` near the top of the program asks for (for the few programs that
    /// are slow by design, such as a million-frame recursion).
    /// </summary>
    public static TimeSpan TimeLimitOf(string fullPath)
    {
        foreach (string line in File.ReadLines(fullPath).Take(5))
        {
            const string directive = "# kaa-corpus: time-limit ";
            if (line.StartsWith(directive, StringComparison.Ordinal) && int.TryParse(line.AsSpan(directive.Length), out int seconds))
                return TimeSpan.FromSeconds(seconds);
        }
        return DefaultKaaTimeLimit;
    }

    /// <summary>
    /// The oracle, `python3.11 PROGRAM` (the same run as `tools/oracle_run.py`, which people use by
    /// hand; the tests start the interpreter directly to save a process per program).
    /// </summary>
    public static Task<ProgramOutcome> RunOracleAsync(string relativePath)
        => RunAsync(StartInfo(Repo.OraclePython, [relativePath]), OracleTimeLimit);

    public static readonly TimeSpan OracleTimeLimit = TimeSpan.FromMinutes(3);

    private static ProcessStartInfo StartInfo(string exe, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        foreach (string a in args) psi.ArgumentList.Add(a);
        // Nothing from the caller's environment may change how either interpreter behaves.
        foreach (string key in psi.Environment.Keys.Where(k => k.StartsWith("PYTHON", StringComparison.Ordinal)).ToList())
            psi.Environment.Remove(key);
        psi.Environment["PYTHONHASHSEED"] = "0";
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        return psi;
    }

    private static async Task<ProgramOutcome> RunAsync(ProcessStartInfo psi, TimeSpan limit)
    {
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();  // the program reads an empty stdin
        // Both streams are drained concurrently: a child blocked on a full pipe never exits.
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var copyOut = p.StandardOutput.BaseStream.CopyToAsync(stdout);
        var copyErr = p.StandardError.BaseStream.CopyToAsync(stderr);
        using var cts = new CancellationTokenSource(limit);
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
        await Task.WhenAll(copyOut, copyErr);
        string outText = Encoding.UTF8.GetString(stdout.ToArray());
        string errText = Encoding.UTF8.GetString(stderr.ToArray());
        return timedOut
            ? new ProgramOutcome(ProgramOutcome.TimedOut, outText, errText + $"[killed after {limit.TotalSeconds:0} s]\n")
            : new ProgramOutcome(p.ExitCode, outText, errText);
    }
}
