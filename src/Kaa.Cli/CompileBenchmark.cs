using System.Diagnostics;
using System.Globalization;
using Kaa.Compiler.CodeGen;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;

namespace Kaa.Cli;

/// <summary>
/// <c>kaa --bench-compile N PATH...</c>: reads every file into memory first, then compiles them all
/// (parse, optimise, symbol table, code generation, assembly) N times and prints one line per pass
/// with the time and bytes allocated, so start-up and JIT (the first pass) can be told apart from
/// the steady state (later passes). With KAA_SAMPLE_ALLOCATIONS=1 it ends with the bytes allocated
/// by type (sampled from the runtime's allocation events), to see where the garbage comes from.
/// </summary>
public static class CompileBenchmark
{
    public static int Run(int passes, IReadOnlyList<string> paths)
    {
        var sources = paths.Select(File.ReadAllBytes).ToArray();
        long bytes = sources.Sum(s => (long)s.Length);
        using var sampler = Environment.GetEnvironmentVariable("KAA_SAMPLE_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
        var buffers = new ParseBuffers();
        for (int pass = 1; pass <= passes; pass++)
        {
            int errors = 0;
            var process = Process.GetCurrentProcess();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
            int gen0Before = GC.CollectionCount(0);
            TimeSpan pauseBefore = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            for (int i = 0; i < sources.Length; i++)
            {
                try
                {
                    CodeGenerator.Compile(PythonParser.ParseBytes(sources[i], paths[i], buffers: buffers), paths[i]);
                }
                catch (SyntaxErrorException)
                {
                    errors++;
                }
            }
            clock.Stop();
            process.Refresh();
            double cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            double allocatedMb = (GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore) / 1e6;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {pass}: {sources.Length} files, {bytes} bytes, {errors} errors, cpu {cpuMs:F1} ms, {clock.Elapsed.TotalMilliseconds:F1} ms, {allocatedMb:F0} MB allocated, {GC.CollectionCount(0) - gen0Before} gen0 GCs, GC pauses {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F0} ms"));
        }
        sampler?.Print();
        return 0;
    }
}
