using System.Text;
using Kaa.Syntax.Tests.Support;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Tests.Tokens;

/// <summary>
/// Lexical errors and source-decoding errors: class, message and position compared with what
/// CPython's ast.parse raises for the same file (every source here fails in the tokenizer or in
/// the decoding step, before the parser could report anything else).
/// </summary>
public class TokenizerErrorTests
{
    /// <summary>Sources as Latin-1 strings: each char is one byte of the file.</summary>
    private static readonly string[] BadSources =
    [
        "0777",
        "0b12",
        "0o8",
        "0o",
        "0b",
        "0x",
        "0x_",
        "0xg",
        "1_",
        "1__0",
        "1.e",
        "1e+",
        "1e",
        "1jx",
        "1abc",
        "0_",
        "0_7",
        "007",
        "0e",
        "0.5_",
        "0b1_",
        "0o7_",
        "0o78",
        "0b102",
        "1.5j2",
        "1.5jj",
        "1__",
        "5.real",
        "\"abc",
        "'abc\n",
        "\"\"\"abc\n\nx",
        "'''",
        "x = rb'abc",
        "x = f\"abc\ndef\"",
        "x = (\n 'a\\\n b",
        "'abc\\",
        "'''abc\\",
        "a\u0001",
        "a\u007f",
        "a\u001b",
        "a\u00e2\u0082\u00ac",
        "\u00e2\u0082\u00acb",
        "ab\u00e2\u0082\u00acc = 1",
        "a\u00c2\u00a0b",
        "x = \u00c2\u00a0",
        "\u00cc\u0081x",
        "x\u00e2\u0080\u008b = 1",
        "abc = \u00f6x\n",
        "x\u00e2\u0082 = 1",
        "x\u00e2\u0082",
        "x = \u00e2\u0082\u00ac\u00e2\u0082\u00ac",
        "\u00f0\u009f\u0098\u0080 = 1",
        ")",
        "]",
        "}",
        "(]",
        "(\n]",
        "[)",
        "{\n\n)",
        new string('(', 201),
        "x = (\n",
        "x = [1,\n{2,\n",
        "if x:\n  a\n b\n",
        "if x:\n\tb\n        c\n",
        "if x:\n        b\n\tc\n",
        "if x:\n    a\n\tb\n",
        "if x:\n \ta\n\t b\n",
        "x = 1 \\ 2\n",
        "x = 1 \\",
        "x = 1 \\\n",
        "x = 1 + \\\n 2 \\ 3\n",
        "x = 1 + \\\n 2 \\",
        "\\",
        "\\\n",
        "x = 1\u0000",
        "\u00ef\u00bb\u00bf# coding: utf8\n",
        "# coding: foo\n",
        "# coding: ascii\nx=\"\u00e9\"\n",
        "\n# coding: foo\n",
        "# coding: cp1252\nx='\u0081'\n",
        "\u00ef\u00bb\u00bf# coding: latin-1\n",
        "# coding: utf-8\n\u00e9 = $\n",
        "\u00e9 = $\n",
        "# coding: utf8\nx = '\u00ff'\n",
        "x = 'a' \\\n  + \u00f6\n",
        "x = (1,\n  2\n",
        "x = \u00e2\u0082\u00ac + (\n",
        "\u00ef\u00bb\u00bf\u00c3\u00a9 = 1 \\ 2\n",
        // the 101st level of indentation
        string.Concat(Enumerable.Range(0, 101).Select(i => new string(' ', i) + "if 1:\n")) + new string(' ', 101) + "pass\n",
        // a declared encoding and lines longer than CPython's 1000-byte line buffer for the error text
        "# coding: latin-1\nx = 1 \\ '" + new string('\u00e9', 1200) + "'\n",
        "# coding: utf-8\n\u00e9 = '" + string.Concat(Enumerable.Repeat("\u00c3\u00a9", 600)) + "' \\ 1\n",
        "\u00ef\u00bb\u00bfx = 1 + \\\n \u00c3\u00a9 \\ 3\n",
        "\u00ef\u00bb\u00bfif x:\n  a\n b\n",
        "if x:\n  \u00c3\u00a9\n \u00c3\u00a9\n",
        "# coding: latin-1\nif x:\n  \u00e9\n \u00e9\n",
        "x = '\u00c3\u00a9' + (\n\n",
        "# coding: utf-8\nx = '\u00c3\u00a9' + (\n\n",
        "\u00ef\u00bb\u00bf\u00c3\u00a9\u00c3\u00a9 = (\n1,",
        "x = \"\"\"\u00c3\u00a9\n\n",
        "x = '\u00c3\u00a9\n",
        "\u00c3\u00a9 = 1_",
        "\u00c3\u00a9 = 08",
        "\u00c3\u00a9 = 0b2",
        "# coding: utf-8\n\u00c3\u00a9\u00f6 = 1",
        "\u00c3\u00a9\u00f6 = 1",
        "x = 1 + \\\n \u00c3\u00a9 \\",
        "# coding: utf-8\nx = 1 + \\\n \u00c3\u00a9 \\",
        "\u00c3\u00a9 = (\u00c3\u00a9 ]",
        "\u00c3\u00a9 = \u00c3\u00a9 ]",
    ];

    [Fact]
    public void ErrorsMatchCPython()
    {
        var sources = BadSources.Select(s => Encoding.Latin1.GetBytes(s)).ToList();
        var paths = TokenOracle.WriteTemp(sources);
        try
        {
            var expected = Oracle.RunSections("oracle_dump_ast.py", paths);
            var failures = new StringBuilder();
            for (int i = 0; i < paths.Count; i++)
            {
                string actual = TokenOracle.ErrorOf(sources[i], paths[i]);
                if (actual != expected[paths[i]])
                    failures.Append($"source {i} {BadSources[i][..Math.Min(60, BadSources[i].Length)].ReplaceLineEndings("\\n")}\n  expected {expected[paths[i]]}\n  actual   {actual}\n");
            }
            Assert.True(failures.Length == 0, failures.ToString());
        }
        finally
        {
            foreach (var p in paths) File.Delete(p);
        }
    }

    /// <summary>
    /// With a real file, CPython takes the error's text line from the file (BOM included, which
    /// shifts character offsets on line 1); with a pseudo-filename it uses its own buffer. Sources
    /// as Latin-1 strings, parsed as bytes.
    /// </summary>
    private static readonly string[] LineTextSources =
    [
        "\u00ef\u00bb\u00bfx = (1 1)\n",
        "\u00ef\u00bb\u00bf\u00c3\u00a9 = (1 1)\n",
        "\u00ef\u00bb\u00bf\u00c3\u00a9 = 1 \\ 2\n",
        "x = 1 + \\\n \u00c3\u00a9 \\ 3\n",
        "# coding: utf-8\nx = 1 + \\\n \u00c3\u00a9 \\ 3\n",
        "# coding: latin-1\nx = '" + new string('\u00e9', 1200) + "' $\n",
    ];

    [Fact]
    public void ErrorLineSourceMatchesCPython()
    {
        const string script = """
            import ast, sys
            for path in sys.argv[1:]:
                source = open(path, 'rb').read()
                for name in (path, '<string>'):
                    print('==> ' + name + ' ' + path)
                    try:
                        ast.parse(source, name)
                        print('OK')
                    except SyntaxError as e:
                        print(f'{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})')
            """;
        var sources = LineTextSources.Select(s => Encoding.Latin1.GetBytes(s)).ToList();
        var paths = TokenOracle.WriteTemp(sources);
        try
        {
            var expected = Oracle.SplitSections(Oracle.Run(["-c", script, .. paths]));
            var failures = new StringBuilder();
            for (int i = 0; i < paths.Count; i++)
            {
                foreach (string name in new[] { paths[i], "<string>" })
                {
                    string actual = KaaDump.DumpSource(sources[i], name);
                    if (actual.StartsWith("Module(", StringComparison.Ordinal)) actual = "OK";
                    string want = expected[name + " " + paths[i]];
                    if (actual != want) failures.Append($"source {i} as {name}\n  expected {want}\n  actual   {actual}\n");
                }
            }
            Assert.True(failures.Length == 0, failures.ToString());
        }
        finally
        {
            foreach (var p in paths) File.Delete(p);
        }
    }

    /// <summary>
    /// An f-string's expression is tokenized on its own, wrapped in parentheses, with lines counted
    /// from the f-string's line (CPython's fstring_compile_expr); its lexical errors are reported
    /// by that tokenizer. Each case: the whole source, the expression text, the tokenizer's first line.
    /// </summary>
    private static readonly (string Source, string Expression, int FirstLineno)[] FStringCases =
    [
        ("x = f\"{1_}\"", "(1_)", 0),
        ("x = f\"\"\"\n{a\n  + 0b2}\"\"\"", "(a\n  + 0b2)", 1),
        ("\n\nx = f'{y} {0o9}'", "(0o9)", 2),
        ("x = f'{\u00c3\u00a9 + 1__0}'", "(\u00c3\u00a9 + 1__0)", 0),
    ];

    [Fact]
    public void FStringExpressionErrorsMatchCPython()
    {
        var sources = FStringCases.Select(c => Encoding.Latin1.GetBytes(c.Source)).ToList();
        var paths = TokenOracle.WriteTemp(sources);
        try
        {
            var expected = Oracle.RunSections("oracle_dump_ast.py", paths);
            for (int i = 0; i < paths.Count; i++)
            {
                var (_, expression, firstLineno) = FStringCases[i];
                var tokenizer = new Tokenizer(SourceText.FromUtf8(Encoding.Latin1.GetBytes(expression), paths[i]),
                    firstLineno);
                var e = Assert.Throws<Kaa.Syntax.Errors.SyntaxErrorException>(() =>
                {
                    while (tokenizer.Next().Kind != Kaa.Syntax.Tokens.TokenKind.Endmarker) { }
                });
                Assert.Equal(expected[paths[i]], e.Describe());
            }
        }
        finally
        {
            foreach (var p in paths) File.Delete(p);
        }
    }
}
