namespace Kaa.Runtime.Tests.Support;

/// <summary>What one run of a Python program left: its exit status, stdout and stderr (decoded as UTF-8).</summary>
public sealed record ProgramOutcome(int Status, string Stdout, string Stderr)
{
    /// <summary>The status a run reports when it was killed for exceeding its time limit.</summary>
    public const int TimedOut = -9;
}
