using System.Diagnostics;
using System.Text;

namespace Kaa.Syntax.Tests.Support;

/// <summary>What a finished child process left: its exit code and both streams (UTF-8).</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs a command to completion without a shell; the caller judges the exit code.</summary>
public static class ProcessRunner
{
    public static ProcessResult Run(string exe, IEnumerable<string> args, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        foreach (string a in args) psi.ArgumentList.Add(a);
        psi.Environment["PYTHONHASHSEED"] = "0";
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        using var p = Process.Start(psi)!;
        // Both streams are drained concurrently: a child blocked on a full stderr pipe never exits.
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{exe} {string.Join(' ', args)} did not finish in time");
        }
        p.WaitForExit();
        return new ProcessResult(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs the repository's `kaa` launcher (it builds build/kaa first when the sources changed).</summary>
    public static ProcessResult Kaa(params string[] args) => Run(Repo.PathOf("kaa"), args, TimeSpan.FromMinutes(10));

    /// <summary>Runs a tools/ script with the oracle, /usr/bin/python3.11.</summary>
    public static ProcessResult OracleScript(string script, params string[] args)
        => Run(Repo.OraclePython, [Repo.PathOf(Path.Combine("tools", script)), .. args]);
}
