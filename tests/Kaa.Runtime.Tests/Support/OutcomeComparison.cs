using System.Text;

namespace Kaa.Runtime.Tests.Support;

/// <summary>
/// Kaa's outcome against the oracle's, after <see cref="OutputMask"/>: exit status, stdout and
/// stderr must be identical. The result is null when they are, else a readable report of every
/// stream that differs (the first differing line with some context on each side).
/// </summary>
public static class OutcomeComparison
{
    private const int ContextLines = 3;
    private const int LinesAfter = 4;
    private const int MaxLineLength = 300;

    /// <summary>Thrown when the two oracle runs differ beyond id() values: the program is not deterministic.</summary>
    public sealed class NondeterministicProgramException(string message) : Exception(message);

    public static string? Compare(ProgramOutcome oracleFirst, ProgramOutcome oracleSecond, ProgramOutcome kaa)
    {
        var report = new StringBuilder();
        if (oracleFirst.Status != kaa.Status)
            report.Append($"exit status: CPython {oracleFirst.Status}, Kaa {kaa.Status}\n");
        CompareStream("stdout", oracleFirst.Stdout, oracleSecond.Stdout, kaa.Stdout, report);
        CompareStream("stderr", oracleFirst.Stderr, oracleSecond.Stderr, kaa.Stderr, report);
        return report.Length == 0 ? null : report.ToString();
    }

    private static void CompareStream(string name, string first, string second, string kaaText, StringBuilder report)
    {
        first = OutputMask.MaskAddresses(first);
        second = OutputMask.MaskAddresses(second);
        var ids = OutputMask.IdPositions(first, second)
            ?? throw new NondeterministicProgramException(
                $"the oracle's {name} differs between two runs beyond id() values; make the program deterministic\n"
                + Describe(first, second, "run 1", "run 2"));
        string expected = OutputMask.MaskNumbersAt(first, ids);
        string actual = OutputMask.MaskNumbersAt(OutputMask.MaskAddresses(kaaText), ids);
        if (expected != actual)
            report.Append($"{name} differs:\n").Append(Describe(expected, actual, "CPython", "Kaa"));
    }

    /// <summary>The first differing line of two texts with a few lines before it and after it on each side.</summary>
    public static string Describe(string expected, string actual, string expectedName, string actualName)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        int line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line]) line++;
        var sb = new StringBuilder();
        sb.Append($"  first difference at line {line + 1} ({e.Length - 1} lines from {expectedName}, {a.Length - 1} from {actualName})\n");
        for (int i = Math.Max(0, line - ContextLines); i < line; i++)
            sb.Append("    ").Append(Clip(e[i])).Append('\n');
        Side(sb, expectedName, e, line);
        Side(sb, actualName, a, line);
        return sb.ToString();
    }

    private static void Side(StringBuilder sb, string name, string[] lines, int from)
    {
        sb.Append($"  {name}:\n");
        if (from >= lines.Length || (from == lines.Length - 1 && lines[from].Length == 0))
        {
            sb.Append("    <end of output>\n");
            return;
        }
        for (int i = from; i < Math.Min(lines.Length, from + LinesAfter); i++)
            sb.Append(i == from ? "  > " : "    ").Append(Clip(lines[i])).Append('\n');
    }

    private static string Clip(string line) => line.Length <= MaxLineLength ? line : line[..MaxLineLength] + "…";
}
