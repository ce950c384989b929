namespace Kaa.Runtime.Tests.Support;

/// <summary>
/// Optional list of the programs that do not behave as on CPython, for updating
/// expected_failures.txt: with KAA_CORPUS_REPORT=/some/file set, each such program appends a line
/// `PATH  # reason` to that file (which should be outside the repository): the last line of Kaa's
/// stderr when Kaa failed differently (usually the exception it raised), else the first line of the
/// comparison report. Unset, nothing is written.
/// </summary>
public static class CorpusReport
{
    public const string Variable = "KAA_CORPUS_REPORT";
    private static readonly object Gate = new();

    public static void RecordFailure(string program, CaseOutcome outcome, string difference)
    {
        string? file = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(file)) return;
        lock (Gate)
            File.AppendAllText(file, $"{program}  # {Reason(outcome, difference)}\n");
    }

    private static string Reason(CaseOutcome outcome, string difference)
    {
        string? kaaError = outcome.Kaa.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim();
        string reason = outcome.Kaa.Status != outcome.OracleFirst.Status && !string.IsNullOrEmpty(kaaError)
            ? $"Kaa exits {outcome.Kaa.Status}: {kaaError}"
            : difference.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "differs";
        return reason.Length <= 160 ? reason : reason[..160] + "…";
    }
}
