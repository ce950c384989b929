using Kaa.Compiler.Symbols;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Compiler.Tests;

/// <summary>
/// Kaa's symbol tables equal CPython's (the `_symtable` module, via tools/oracle_dump_symtable.py)
/// for every file of the stdlib corpus: every block, in order, with every name's flags and scope,
/// and the same compile-time errors.
/// </summary>
public class SymbolTableConformanceTests
{
    private static readonly Lazy<Dictionary<string, string>> Expected = new(
        () => Oracle.RunSections("oracle_dump_symtable.py", Files().ToList()));

    public static IEnumerable<string> Files()
        => Directory.EnumerateFiles(Repo.StdlibDir, "*.py", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);

    public static IEnumerable<object[]> Cases() => Files().Select(f => new object[] { f });

    public static string Dump(byte[] source, string path)
    {
        try
        {
            var tree = PythonParser.ParseBytes(source, path);
            var future = FutureFeatures.FromAst(tree, path);
            return SymbolTableDumper.Dump(SymbolTable.Build(tree, path, future.HasAnnotations));
        }
        catch (SyntaxErrorException e)
        {
            return e.Describe();
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SymbolTablesMatchCPython(string path)
    {
        string expected = Expected.Value[path];
        string actual = Dump(File.ReadAllBytes(path), path);
        Assert.Equal(expected, actual);
    }
}
