using System.Text;
using Kaa.Compiler.CodeGen;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Parser;
using Kaa.Syntax.Tests.Support;
using Kaa.Syntax.Text;
using Assert = Xunit.Assert;

namespace Kaa.Compiler.Tests.CodeGen;

/// <summary>
/// <see cref="ExprUnparser"/> writes annotations exactly as CPython's C unparser does under
/// <c>from __future__ import annotations</c> (tools/oracle_annotation_strings.py reads the strings
/// CPython stores): every annotation of the stdlib corpus, and hand-picked expressions that
/// exercise priorities, f-strings, constants and the other corners.
/// </summary>
public class ExprUnparserTests
{
    private static readonly string[] Expressions =
    [
        "a + b * c", "(a + b) * c", "a ** b ** c", "(a ** b) ** c", "-a ** b", "(-a) ** b", "not a and b or c",
        "a and (b or c)", "a if b else c", "(a if b else c) if d else e", "lambda: 1", "lambda x, /, y=1, *a, z, w=2, **k: x",
        "lambda *, k: k", "(lambda: 1)()", "a < b <= c != d is e is not f in g not in h", "(a < b) < c",
        "f(x, *y, k=1, **z)", "f(x for x in y)", "f((x for x in y), 1)", "[x for x in y if x if not x]",
        "{x: y async for x, y in z}", "{x for x in y}", "{**a, 'b': 1}", "{1, 2}", "[]", "()", "(1,)", "(a, b)",
        "a[1:2, ::3]", "a[:]", "a[b, c]", "a[(b, c)]", "a.b.c", "1 .real", "1.5.real", "x[*a]", "*a",
        "f'{a!r:>{w}} {b}'", "f'{{x}} {x:{y}}'", "f'{ {1: 2}[1]}'", "f'{(lambda: 1)}'", "f\"{'a'}\"", "'a\\n\"b\\''",
        "b'x\\x00'", "1e308 * 10", "1e400", "1e400j", "-1e400", "2j", "1 + 2j", "...", "None", "True", "0x1f",
        "u'x'", "await a", "(yield)", "(yield a)", "(yield from a)", "(x := 1)", "~a", "+a", "-(-a)", "a @ b",
        "a // b % c", "a << b >> c", "a | b ^ c & d", "a if (b := c) else d", "f(a)(b)[c].d", "(a.b)[c]",
        "'\\u20ac'", "'\\U0001F600'", "'\\x7f'",
    ];

    [Fact]
    public void HandPickedExpressionsMatchCPython()
    {
        string path = Path.Combine(Path.GetTempPath(), $"kaa_unparse_{Environment.ProcessId}.py");
        try
        {
            File.WriteAllLines(path, Expressions.Select(e => "x: " + e), new UTF8Encoding(false));
            var expected = Oracle.RunSections("oracle_annotation_strings.py", [path])[path];
            Assert.Equal(expected, Describe(File.ReadAllBytes(path), path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void StdlibAnnotationsMatchCPython()
    {
        var files = Directory.EnumerateFiles(Repo.StdlibDir, "*.py", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToList();
        var expected = Oracle.RunSections("oracle_annotation_strings.py", files);
        var mismatches = new List<string>();
        foreach (string path in files)
        {
            string actual = Describe(File.ReadAllBytes(path), path);
            if (actual != expected[path]) mismatches.Add(path);
        }
        Assert.Empty(mismatches);
    }

    /// <summary>The same lines as the oracle: each annotation's position and unparsed repr.</summary>
    private static string Describe(byte[] source, string path)
    {
        Mod tree;
        try
        {
            tree = PythonParser.ParseBytes(source, path);
        }
        catch (SyntaxErrorException)
        {
            return "";
        }
        var collector = new AnnotationCollector();
        collector.Visit(tree);
        return string.Join('\n', collector.Lines);
    }

    /// <summary>Walks the tree depth-first in field order, as the oracle's ast.iter_child_nodes does.</summary>
    private sealed class AnnotationCollector : IAstFieldWriter
    {
        public readonly List<string> Lines = [];

        public void Visit(Node node)
        {
            Expr? annotation = node switch
            {
                AnnAssign a => a.Annotation,
                Arg a => a.Annotation,
                FunctionDef f => f.Returns,
                AsyncFunctionDef f => f.Returns,
                _ => null,
            };
            if (annotation is not null)
                Lines.Add($"{annotation.Lineno}:{annotation.ColOffset} {PyRepr.Repr(ExprUnparser.Unparse(annotation))}");
            node.WriteFields(this);
        }

        void IAstFieldWriter.Node(string name, Node? value, bool optional)
        {
            if (value is not null) Visit(value);
        }

        void IAstFieldWriter.NodeList<T>(string name, AstList<T> values)
        {
            foreach (var v in values)
                if (v is not null) Visit(v);
        }

        void IAstFieldWriter.String(string name, string? value, bool optional) { }
        void IAstFieldWriter.StringList(string name, AstList<string> values) { }
        void IAstFieldWriter.Int(string name, int? value) { }
        void IAstFieldWriter.Enum(string name, string member) { }
        void IAstFieldWriter.EnumList<T>(string name, AstList<T> members) { }
        void IAstFieldWriter.Constant(string name, object? value) { }
    }
}
