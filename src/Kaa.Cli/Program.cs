using System.Text;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;

namespace Kaa.Cli;

/// <summary>
/// The <c>kaa</c> command. Until the VM exists it offers the tool options:
/// <c>--dump-ast PATH...</c> and <c>--parse-only PATH...</c> (an argument <c>@FILE</c> names a file
/// that lists paths, one per line).
/// </summary>
public static class Program
{
    private const string Usage =
        "usage: kaa --dump-ast PATH... | --parse-only PATH...   (@FILE: a file listing paths)";

    public static int Main(string[] args)
    {
        switch (args.Length == 0 ? "" : args[0])
        {
            case "--dump-ast": return DumpAst(args[1..], dump: true);
            case "--parse-only": return DumpAst(args[1..], dump: false);
            case "-h" or "--help":
                Console.WriteLine(Usage);
                return 0;
            default:
                Console.Error.WriteLine(Usage);
                return 2;
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

    /// <summary>Parses each path; prints the dump (or only errors, for --parse-only).</summary>
    private static int DumpAst(string[] args, bool dump)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        var sb = new StringBuilder();
        int failures = 0;
        foreach (string path in ExpandPaths(args))
        {
            string line;
            try
            {
                byte[] source = File.ReadAllBytes(path);
                Mod tree = PythonParser.ParseBytes(source, path);
                if (!dump) continue;
                sb.Clear();
                AstDumper.Dump(tree, sb);
                line = sb.ToString();
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
            stdout.Write("==> ");
            stdout.Write(path);
            stdout.Write('\n');
            stdout.Write(line);
            stdout.Write('\n');
        }
        stdout.Flush();
        return dump ? 0 : (failures > 0 ? 1 : 0);
    }
}
