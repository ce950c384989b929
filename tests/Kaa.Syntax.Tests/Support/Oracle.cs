using System.Diagnostics;
using System.Text;

namespace Kaa.Syntax.Tests.Support;

/// <summary>
/// Runs CPython 3.11 through the repo's oracle scripts (tools/) and returns what it printed, split
/// into the per-path sections of the `==> PATH` format. Nothing expected is typed by hand.
/// </summary>
public static class Oracle
{
    /// <summary>Runs tools/SCRIPT over the paths; returns PATH → the text after its `==> PATH` line.</summary>
    public static Dictionary<string, string> RunSections(string script, IReadOnlyList<string> paths,
        IDictionary<string, string>? env = null)
    {
        string list = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(list, paths);
            string output = Run(OraclePythonArgs(script, "@" + list), env);
            return SplitSections(output);
        }
        finally
        {
            File.Delete(list);
        }
    }

    private static string[] OraclePythonArgs(string script, params string[] args)
        => [Repo.PathOf(Path.Combine("tools", script)), .. args];

    public static string Run(string[] args, IDictionary<string, string>? env = null, string? exe = null)
    {
        var psi = new ProcessStartInfo(exe ?? Repo.OraclePython)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (string a in args) psi.ArgumentList.Add(a);
        psi.Environment["PYTHONHASHSEED"] = "0";
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        if (env is not null)
            foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{psi.FileName} {string.Join(' ', args)} exited {p.ExitCode}: {stderr.Result}");
        return stdout;
    }

    /// <summary>Splits `==> PATH\nBODY\n...` output into PATH → BODY (BODY without its final newline).</summary>
    public static Dictionary<string, string> SplitSections(string output)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        int pos = 0;
        while (pos < output.Length)
        {
            if (!output.AsSpan(pos).StartsWith("==> "))
                throw new FormatException($"expected '==> ' at offset {pos}");
            int eol = output.IndexOf('\n', pos);
            string path = output[(pos + 4)..eol];
            int next = output.IndexOf("\n==> ", eol, StringComparison.Ordinal);
            int end = next < 0 ? output.Length : next + 1;
            result[path] = output[(eol + 1)..end].TrimEnd('\n');
            pos = end;
        }
        return result;
    }
}
