using System.Text;
using Kaa.Compiler.Code;
using Kaa.Compiler.CodeGen;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Compiler.Tests.CodeGen;

/// <summary>
/// The other compile() modes and optimisation levels: interactive statements print their
/// expression values (PRINT_EXPR, only at the top level), eval returns its expression, -O drops
/// asserts and -OO docstrings. Compared with CPython through tools/oracle_dump_code_modes.py.
/// </summary>
public class ModeCodeTests
{
    private sealed record Case(string Mode, int Optimize, string Source);

    private static readonly Dictionary<string, Case> Cases_ = new(StringComparer.Ordinal)
    {
        ["single_expr"] = new("single", 0, "x + 1\n"),
        ["single_constant"] = new("single", 0, "'text'\n"),
        ["single_if"] = new("single", 0, "if x:\n    y\n    f(z)\nelse:\n    'w'\n\n"),
        ["single_def"] = new("single", 0, "def f():\n    x\n    return x\n\n"),
        ["single_class_annotations"] = new("single", 0, "class C:\n    a: int = 1\n    a\n\n"),
        ["single_annotation"] = new("single", 0, "a: int = 1\n"),
        ["eval_expr"] = new("eval", 0, "a if b else [c, *d]\n"),
        ["eval_lambda"] = new("eval", 0, "lambda x, *, y=1: x.y(y)\n"),
        ["eval_call"] = new("eval", 0, "f(a, *b, c=d)\n"),
        ["optimize_1"] = new("exec", 1, "'doc'\nassert x, 'm'\ndef f():\n    'fdoc'\n    assert x\n    return __debug__\nclass C:\n    'cdoc'\n"),
        ["optimize_2"] = new("exec", 2, "'doc'\nassert x, 'm'\ndef f():\n    'fdoc'\n    assert x\n    return __debug__\nclass C:\n    'cdoc'\n    x = 1\nlam = lambda: 'not a doc'\n"),
    };

    private static readonly Lazy<(string Dir, Dictionary<string, string> Expected)> OracleRun = new(() =>
    {
        string dir = Path.Combine(Path.GetTempPath(), "kaa-cgmodes-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Cases_.GroupBy(c => (c.Value.Mode, c.Value.Optimize)))
        {
            var paths = new List<string>();
            foreach (var (name, c) in group)
            {
                string path = Path.Combine(dir, name + ".py");
                File.WriteAllText(path, c.Source, new UTF8Encoding(false));
                paths.Add(path);
            }
            string list = Path.Combine(dir, $"list-{group.Key.Mode}-{group.Key.Optimize}.txt");
            File.WriteAllLines(list, paths);
            string output = Oracle.Run([Repo.PathOf("tools/oracle_dump_code_modes.py"), group.Key.Mode,
                group.Key.Optimize.ToString(System.Globalization.CultureInfo.InvariantCulture), "@" + list]);
            foreach (var (path, text) in Oracle.SplitSections(output)) expected[path] = text;
        }
        return (dir, expected);
    });

    public static IEnumerable<object[]> Cases() => Cases_.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(Cases))]
    public void CodeObjectsMatchCPython(string name)
    {
        var (dir, expected) = OracleRun.Value;
        var c = Cases_[name];
        string path = Path.Combine(dir, name + ".py");
        var parseMode = c.Mode switch
        {
            "single" => ParseMode.Interactive,
            "eval" => ParseMode.Eval,
            _ => ParseMode.File,
        };
        string actual;
        try
        {
            var tree = PythonParser.ParseBytes(File.ReadAllBytes(path), path, parseMode);
            actual = CodeObjectDumper.Dump(CodeGenerator.Compile(tree, path, c.Optimize));
        }
        catch (SyntaxErrorException e)
        {
            actual = e.Describe();
        }
        Assert.Equal(expected[path], actual.TrimEnd('\n'));
    }
}
