using System.Diagnostics;
using System.Text;

namespace Kaa.Syntax.Tests.Support;

/// <summary>What a finished child process left: its exit code, stdout as bytes, stderr as text.</summary>
public sealed record ProcessResult(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    /// <summary>Stdout decoded as UTF-8 (invalid bytes become U+FFFD; compare StdoutBytes for exactness).</summary>
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);
}

/// <summary>Runs a command to completion without a shell; the caller judges the exit code.</summary>
public static class ProcessRunner
{
    public static ProcessResult Run(string exe, IEnumerable<string> args, TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        foreach (string a in args) psi.ArgumentList.Add(a);
        psi.Environment["PYTHONHASHSEED"] = "0";
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) psi.Environment[name] = value;
        using var p = Process.Start(psi)!;
        // Both streams are drained concurrently: a child blocked on a full stderr pipe never exits.
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = new MemoryStream();
        var copy = p.StandardOutput.BaseStream.CopyToAsync(stdout);
        if (!p.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{exe} {string.Join(' ', args)} did not finish in time");
        }
        p.WaitForExit();
        copy.Wait();
        return new ProcessResult(p.ExitCode, stdout.ToArray(), stderr.Result);
    }

    /// <summary>
    /// Runs the repository's `kaa` launcher. The launcher rebuilds build/kaa when the sources changed
    /// and reports the build on stderr, so the first call (once per test process, whichever class
    /// comes first) builds through `./kaa --help` and later runs have stderr to themselves.
    /// </summary>
    public static ProcessResult Kaa(params string[] args)
    {
        _ = KaaBinary.Value;
        return Run(Repo.PathOf("kaa"), args, TimeSpan.FromMinutes(10));
    }

    /// <summary>build/kaa/kaa, brought up to date by the launcher.</summary>
    public static string KaaBinaryPath => KaaBinary.Value;

    private static readonly Lazy<string> KaaBinary = new(() =>
    {
        var build = Run(Repo.PathOf("kaa"), ["--help"], TimeSpan.FromMinutes(10));
        if (build.ExitCode != 0) throw new InvalidOperationException($"./kaa --help failed: {build.Stderr}");
        return Repo.PathOf(Path.Combine("build", "kaa", "kaa"));
    });

    /// <summary>
    /// build/kaa-aot/kaa, the NativeAOT build (`KAA_AOT=1 ./kaa`), brought up to date by the launcher.
    /// CPython's regression tests run on it: it is the build meant for users, and unlike the JIT build it
    /// can fork (see PosixModule.Fork), which multiprocessing's default start method needs.
    /// </summary>
    public static string KaaAotBinaryPath => KaaAotBinary.Value;

    private static readonly Lazy<string> KaaAotBinary = new(() =>
    {
        var build = Run(Repo.PathOf("kaa"), ["--help"], TimeSpan.FromMinutes(20), new Dictionary<string, string> { ["KAA_AOT"] = "1" });
        if (build.ExitCode != 0) throw new InvalidOperationException($"KAA_AOT=1 ./kaa --help failed: {build.Stderr}");
        return Repo.PathOf(Path.Combine("build", "kaa-aot", "kaa"));
    });

    /// <summary>Runs a tools/ script with the oracle, /usr/bin/python3.11.</summary>
    public static ProcessResult OracleScript(string script, params string[] args)
        => Run(Repo.OraclePython, [Repo.PathOf(Path.Combine("tools", script)), .. args]);
}
