using System.Text;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;
using Kaa.Syntax.Tests.Support;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Tests.Parser;

/// <summary>
/// The parser against CPython 3.11 on snippets: the tree (with positions) or the error (class,
/// message, positions) must be the same, for each start rule (exec, eval, single, func_type), for
/// every invalid_* rule of the grammar, and for nesting deep enough to reach CPython's limits.
/// </summary>
public class ParserOracleTests
{
    /// <summary>Compiles each case with CPython as <c>compile(bytes, '&lt;test&gt;', mode, PyCF_ONLY_AST)</c>
    /// and prints the dump or the error in the format of tools/oracle_dump_ast.py.</summary>
    private const string OracleScript = """
        import ast, sys, json, warnings
        warnings.simplefilter('ignore')
        sys.setrecursionlimit(10000)
        cases = json.load(open(sys.argv[1], encoding='utf-8'))
        out = []
        for i, (mode, src) in enumerate(cases):
            try:
                tree = compile(src.encode('utf-8', 'surrogatepass'), '<test>', mode, ast.PyCF_ONLY_AST)
                text = ast.dump(tree, include_attributes=True)
            except SyntaxError as e:
                text = f'{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})'
            except Exception as e:
                text = f'{type(e).__name__}: {e}'
            out.append(f'==> {i}\n{text}\n')
        sys.stdout.write(''.join(out).encode('utf-8', 'backslashreplace').decode('utf-8'))
        """;

    private static readonly (string Mode, string Source)[] Cases = BuildCases();

    private static readonly Lazy<Dictionary<string, string>> Expected = new(RunOracle);

    private static (string, string)[] BuildCases()
    {
        var cases = new List<(string, string)>();
        foreach (string s in ParserCases.FileInput) cases.Add(("exec", s));
        foreach (string s in new[]
                 {
                     "a + b", "a, b", "*a, b", "(yield)", "x if y else z", "lambda x: x", "a\n", "a\n\n",
                     "a = 1", "", "1 +", "f(x for x in y)", "[i async for i in x]", "a;b", "(a b)",
                 })
            cases.Add(("eval", s));
        foreach (string s in new[]
                 {
                     "a = 1\n", "if x:\n    pass\n", "if x:\n    pass\n\n", "x = 1; y = 2\n", "x = 1\ny = 2\n",
                     "\n", "", "for x in y:\n  a\n  b\n", "a b\n", "1 +\n", "class A:\n    def f(self): pass\n",
                     "x = 1 # comment\n# more\n",
                 })
            cases.Add(("single", s));
        foreach (string s in new[]
                 {
                     "() -> int", "(int, str) -> None", "(*int) -> a", "(**k) -> b", "(a, *b, **c) -> d",
                     "(*a, **b) -> c", "(a, **b) -> c", "(a,) -> b", "(a) -> b\n", "a -> b", "(a) ->",
                 })
            cases.Add(("func_type", s));
        // Nesting at and around CPython's limits (MAXSTACK 6000, 200 brackets, 100 indents).
        foreach (int n in new[] { 100, 5968, 5969, 5970, 100000 })
            cases.Add(("exec", new string('-', n) + "1\n"));
        foreach (int n in new[] { 5969, 5970 })
            cases.Add(("exec", string.Concat(Enumerable.Repeat("not ", n)) + "1\n"));
        foreach (int n in new[] { 5967, 5968 })
            cases.Add(("exec", "x = " + new string('-', n) + "1\n"));
        foreach (int n in new[] { 199, 200, 201 })
        {
            cases.Add(("exec", new string('[', n) + new string(']', n) + "\n"));
            cases.Add(("exec", new string('(', n) + "x" + new string(')', n) + "\n"));
            cases.Add(("exec", string.Concat(Enumerable.Repeat("f(", n)) + new string(')', n) + "\n"));
            cases.Add(("exec", string.Concat(Enumerable.Repeat("{1:", n)) + "1" + new string('}', n) + "\n"));
        }
        foreach (int n in new[] { 99, 100 })
            cases.Add(("exec", string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', i) + "if x:\n"))
                + new string(' ', n) + "pass\n"));
        foreach (int n in new[] { 1000, 3000 })
        {
            cases.Add(("exec", string.Concat(Enumerable.Repeat("lambda: ", n)) + "1\n"));
            cases.Add(("exec", "2" + string.Concat(Enumerable.Repeat("**2", n)) + "\n"));
            cases.Add(("exec", string.Concat(Enumerable.Repeat("1 if 1 else ", n)) + "1\n"));
            cases.Add(("exec", new string('-', n) + "1 +\n"));
        }
        cases.Add(("exec", "x = " + string.Concat(Enumerable.Repeat("'a' ", 20000)) + "\n"));
        cases.Add(("exec", "x = " + string.Concat(Enumerable.Repeat("1,", 20000)) + "\n"));
        return cases.ToArray();
    }

    private static Dictionary<string, string> RunOracle()
    {
        string file = Path.GetTempFileName();
        try
        {
            var json = new StringBuilder("[");
            for (int i = 0; i < Cases.Length; i++)
            {
                if (i > 0) json.Append(',');
                json.Append('[').Append(System.Text.Json.JsonSerializer.Serialize(Cases[i].Mode)).Append(',')
                    .Append(System.Text.Json.JsonSerializer.Serialize(Cases[i].Source)).Append(']');
            }
            json.Append(']');
            File.WriteAllText(file, json.ToString(), new UTF8Encoding(false));
            return Oracle.SplitSections(Oracle.Run(["-c", OracleScript, file]));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string KaaResult(string mode, string source)
    {
        var parseMode = mode switch
        {
            "exec" => ParseMode.File,
            "eval" => ParseMode.Eval,
            "single" => ParseMode.Interactive,
            _ => ParseMode.FuncType,
        };
        try
        {
            var tree = PythonParser.Parse(SourceText.FromBytes(Encoding.UTF8.GetBytes(source), "<test>"), parseMode);
            return AstDumper.Dump(tree);
        }
        catch (SyntaxErrorException e)
        {
            return e.Describe();
        }
    }

    public static IEnumerable<object[]> CaseIndexes() => Enumerable.Range(0, Cases.Length).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void ParsesLikeCPython(int index)
    {
        var (mode, source) = Cases[index];
        string expected = Expected.Value[index.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        AssertSame.Text(expected, KaaResult(mode, source));
    }
}
