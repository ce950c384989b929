using System.Collections.Concurrent;

namespace Kaa.Runtime.Tests.Support;

/// <summary>The three runs of one corpus program: the oracle twice (for the id() mask) and Kaa once.</summary>
public sealed record CaseOutcome(ProgramOutcome OracleFirst, ProgramOutcome OracleSecond, ProgramOutcome Kaa);

/// <summary>
/// Runs a corpus's programs with a few in flight at once. xunit runs
/// a theory's cases one after another (in path order, see <see cref="ProgramPathOrderer"/>), so when
/// a case asks for its program this also starts the next few programs in the background: the whole
/// corpus keeps every core busy, while a filtered run starts only a handful of extra programs. The
/// outcomes live as long as the test class's run (an xunit class fixture).
/// </summary>
public abstract class CorpusRunner : IDisposable
{
    private readonly Corpus corpus;
    private readonly IReadOnlyList<string> programs;
    private readonly Dictionary<string, int> positions;
    private readonly ConcurrentDictionary<string, Lazy<Task<CaseOutcome>>> outcomes = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim slots;
    private readonly int lookahead;
    private readonly CancellationTokenSource stopping = new();

    protected CorpusRunner(Corpus corpus)
    {
        this.corpus = corpus;
        programs = corpus.ProgramPaths().ToList();
        positions = programs.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        int parallel = Math.Max(1, Environment.ProcessorCount);
        slots = new SemaphoreSlim(parallel);
        lookahead = 2 * parallel;
    }

    /// <summary>The outcome of a corpus-relative program path, starting the programs that follow it.</summary>
    public Task<CaseOutcome> OutcomeOf(string program)
    {
        var task = Start(program);
        if (positions.TryGetValue(program, out int at))
            for (int next = at + 1; next < Math.Min(programs.Count, at + 1 + lookahead); next++)
                Start(programs[next]);
        return task;
    }

    private Task<CaseOutcome> Start(string program)
        => outcomes.GetOrAdd(program, p => new Lazy<Task<CaseOutcome>>(() => RunAsync(p))).Value;

    private async Task<CaseOutcome> RunAsync(string program)
    {
        await slots.WaitAsync(stopping.Token);
        try
        {
            string path = $"{corpus.Relative}/{program}";
            var limit = ProgramRunner.TimeLimitOf(Path.Combine(corpus.Dir, program));
            var first = ProgramRunner.RunOracleAsync(path);
            var second = ProgramRunner.RunOracleAsync(path);
            var kaa = ProgramRunner.RunKaaAsync(path, limit);
            return new CaseOutcome(await first, await second, await kaa);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>Programs started ahead but never asked for (a filtered run) stop waiting for a slot.</summary>
    public void Dispose() => stopping.Cancel();
}

/// <summary>The xunit class fixture of <see cref="RuntimeCorpusTests"/>.</summary>
public sealed class RuntimeCorpusRunner() : CorpusRunner(Corpus.Runtime);

/// <summary>The xunit class fixture of <see cref="StdlibCorpusTests"/>.</summary>
public sealed class StdlibCorpusRunner() : CorpusRunner(Corpus.Stdlib);
