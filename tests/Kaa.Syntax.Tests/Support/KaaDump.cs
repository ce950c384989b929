using Kaa.Syntax.Ast;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;

namespace Kaa.Syntax.Tests.Support;

/// <summary>Kaa's side of the `--dump-ast` format, in-process.</summary>
public static class KaaDump
{
    public static string DumpFile(string path) => DumpSource(File.ReadAllBytes(path), path);

    public static string DumpSource(byte[] source, string filename)
    {
        try
        {
            var tree = PythonParser.ParseBytes(source, filename);
            AstConstructionDepth.CheckAsTools(tree);
            return AstDumper.Dump(tree);
        }
        catch (SyntaxErrorException e)
        {
            return e.Describe();
        }
    }
}

public static class AssertSame
{
    /// <summary>Equality with a failure message that points at the first difference, not two 1 MB strings.</summary>
    public static void Text(string expected, string actual)
    {
        if (expected == actual) return;
        int i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i]) i++;
        int from = Math.Max(0, i - 120);
        string Window(string s) => s.Substring(from, Math.Min(s.Length - from, 240));
        Xunit.Assert.Fail($"first difference at {i}:\n expected: ...{Window(expected)}\n actual:   ...{Window(actual)}");
    }
}
