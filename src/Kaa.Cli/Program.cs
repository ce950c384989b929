using System.Text;
using Kaa.Compiler;
using Kaa.Compiler.Code;
using Kaa.Compiler.CodeGen;
using Kaa.Compiler.Flow;
using Kaa.Compiler.Symbols;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;

namespace Kaa.Cli;

/// <summary>
/// The <c>kaa</c> command: the interpreter's command line as CPython's (<see cref="CommandLine"/>); the tool options
/// (<c>--dump-ast</c>, <c>--parse-only</c>, <c>--dump-symtable</c>, <c>--dump-code</c>, <c>--compile-only</c>)
/// take paths (an argument <c>@FILE</c> names a file that lists paths, one per line).
/// </summary>
public static class Program
{
    private const string Usage =
        "usage: kaa [option] ... [-c cmd | -m mod | file | -] [arg] ... (as python3.11; kaa --help) | --dump-ast PATH... | --parse-only PATH... | --dump-symtable PATH... | --dump-code PATH... | --compile-only PATH... | --bench-parse N PATH... | --bench-compile N PATH...   (@FILE: a file listing paths)";

    public static int Main(string[] args)
    {
        switch (args.Length == 0 ? "" : args[0])
        {
            case "--dump-ast": return ForEachPath(args[1..], DumpAstOf, printSuccess: true);
            case "--parse-only": return ForEachPath(args[1..], ParseOnly, printSuccess: false);
            case "--bench-parse" when args.Length >= 2 && int.TryParse(args[1], out int passes):
                return ParseBenchmark.Run(passes, ExpandPaths(args[2..]).ToList());
            case "--bench-compile" when args.Length >= 2 && int.TryParse(args[1], out int passes):
                return CompileBenchmark.Run(passes, ExpandPaths(args[2..]).ToList());
            case "--dump-symtable": return ForEachPath(args[1..], DumpSymtableOf, printSuccess: true);
            case "--dump-code":
            {
                var buffers = new ParseBuffers();
                var pool = new InstructionArrayPool();
                return ForEachPath(args[1..], (source, path) => DumpCodeOf(source, path, buffers, pool), printSuccess: true);
            }
            case "--compile-only":
            {
                // The parser's and the code generator's storage, reused from file to file.
                var buffers = new ParseBuffers();
                var pool = new InstructionArrayPool();
                var collector = new BetweenFilesCollector();
                int status = ForEachPath(args[1..], (source, path) =>
                {
                    string result = CompileOnly(source, path, buffers, pool);
                    collector.FileDone();
                    return result;
                }, printSuccess: false);
                // KAA_GCSTATS=1, as for a program run: the allocation volume and collections.
                if (Environment.GetEnvironmentVariable("KAA_GCSTATS") is not null)
                    Console.Error.WriteLine($"kaa gcstats: {GC.GetTotalAllocatedBytes(precise: true) / 1e6:F1} MB allocated, "
                        + $"gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)} collections, "
                        + $"pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms");
                return status;
            }
            case "--tool-help":
                Console.WriteLine(Usage);
                return 0;
            default:
                return ProgramRunner.Run(args);
        }
    }

    private static IEnumerable<string> ExpandPaths(IEnumerable<string> args)
    {
        foreach (string arg in args)
        {
            if (arg.StartsWith('@'))
            {
                foreach (string line in File.ReadLines(arg[1..]))
                    if (line.Trim().Length > 0) yield return line;
            }
            else yield return arg;
        }
    }

    // --dump-ast and --parse-only mean ast.parse as the oracle scripts run it, including the
    // RecursionError for a tree too deep to convert to Python objects.
    private static Mod ParseLikeAstParse(byte[] source, string path)
    {
        Mod tree = PythonParser.ParseBytes(source, path);
        AstConstructionDepth.CheckAsTools(tree);
        return tree;
    }

    private static string DumpAstOf(byte[] source, string path) => AstDumper.Dump(ParseLikeAstParse(source, path));

    private static string ParseOnly(byte[] source, string path)
    {
        ParseLikeAstParse(source, path);
        return "";
    }

    private static string DumpSymtableOf(byte[] source, string path)
    {
        Mod tree = PythonParser.ParseBytes(source, path);
        var future = FutureFeatures.FromAst(tree, path);
        return SymbolTableDumper.Dump(SymbolTable.Build(tree, path, future.HasAnnotations));
    }

    /// <summary>Compiles without rendering the code objects (what the compile benchmark times).</summary>
    private static string CompileOnly(byte[] source, string path, ParseBuffers buffers, InstructionArrayPool pool)
    {
        Mod tree = PythonParser.ParseBytes(source, path, buffers: buffers);
        CodeGenerator.Compile(tree, path, instructionPool: pool);
        return "";
    }

    private static string DumpCodeOf(byte[] source, string path, ParseBuffers buffers, InstructionArrayPool pool)
    {
        Mod tree = PythonParser.ParseBytes(source, path, buffers: buffers);
        return CodeObjectDumper.Dump(CodeGenerator.Compile(tree, path, instructionPool: pool));
    }

    /// <summary>
    /// Runs <paramref name="action"/> on each path's bytes and prints `==> PATH` and its result
    /// (only failures when <paramref name="printSuccess"/> is false). Exit status 1 if any failed.
    /// </summary>
    private static int ForEachPath(string[] args, Func<byte[], string, string> action, bool printSuccess)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        int failures = 0;
        foreach (string path in ExpandPaths(args))
        {
            string line;
            try
            {
                byte[] source = File.ReadAllBytes(path);
                line = action(source, path);
                if (!printSuccess) continue;
            }
            catch (SyntaxErrorException e)
            {
                failures++;
                line = e.Describe();
            }
            catch (IOException e)
            {
                failures++;
                line = $"OSError: {e.Message}";
            }
            catch (UnauthorizedAccessException e)
            {
                failures++;
                line = $"PermissionError: {e.Message}";
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug in Kaa: reported as Python reports internal errors, never as a .NET crash.
                failures++;
                line = $"SystemError: {e.GetType().Name}: {e.Message}";
            }
            stdout.Write("==> ");
            stdout.Write(path);
            stdout.Write('\n');
            stdout.Write(line);
            stdout.Write('\n');
        }
        stdout.Flush();
        return failures > 0 ? 1 : 0;
    }
}
