namespace Kaa.Runtime.Tests.Support;

/// <summary>
/// Optional list of the programs that do not behave as on CPython, for updating
/// expected_failures.txt: with KAA_CORPUS_REPORT=/some/file set, each such program appends a line
/// `PATH  # first difference` to that file (which should be outside the repository). Unset, nothing
/// is written.
/// </summary>
public static class CorpusReport
{
    public const string Variable = "KAA_CORPUS_REPORT";
    private static readonly object Gate = new();

    public static void RecordFailure(string program, string difference)
    {
        string? file = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(file)) return;
        string firstLine = difference.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "differs";
        lock (Gate)
            File.AppendAllText(file, $"{program}  # {firstLine.Trim()}\n");
    }
}
