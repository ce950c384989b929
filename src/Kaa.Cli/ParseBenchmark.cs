using System.Diagnostics;
using System.Globalization;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;

namespace Kaa.Cli;

/// <summary>
/// <c>kaa --bench-parse N PATH...</c>: reads every file into memory first, then parses them all N
/// times and prints one line per pass with the time spent parsing only (no I/O, no dump), so
/// bench/parse.py can set Kaa's best pass against CPython's ast.parse over the same bytes.
/// </summary>
public static class ParseBenchmark
{
    public static int Run(int passes, IReadOnlyList<string> paths)
    {
        var sources = paths.Select(File.ReadAllBytes).ToArray();
        long bytes = sources.Sum(s => (long)s.Length);
        for (int pass = 1; pass <= passes; pass++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            int errors = 0;
            var clock = Stopwatch.StartNew();
            for (int i = 0; i < sources.Length; i++)
            {
                try
                {
                    PythonParser.ParseBytes(sources[i], paths[i]);
                }
                catch (SyntaxErrorException)
                {
                    errors++;
                }
            }
            clock.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"pass {pass}: {sources.Length} files, {bytes} bytes, {errors} errors, {clock.Elapsed.TotalMilliseconds:F1} ms"));
        }
        return 0;
    }
}
