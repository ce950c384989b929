using System.Text;
using Kaa.Syntax.Tests.Support;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Tests.Tokens;

/// <summary>Token kinds and positions for representative sources, compared with CPython's.</summary>
public class TokenizerTokenTests
{
    private static readonly string[] Sources =
    [
        "x = 1\n",
        "def f(a, b=2, *args, c: int = 3, **kw) -> None:\n    return a + b\n",
        "class A(B, metaclass=M):\n    '''doc'''\n    def m(self): pass\n\n\n# trailing comment\n",
        "if x:\n    if y:\n        pass\n    elif z:\n        pass\nelse:\n    pass\n",
        "x = [1,\n     2,\n  3]\ny = {'a': (1,\n 2)}\n",
        "x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n",
        "s = '''line1\nline2\nline3''' + \"x\"\nt = r'\\d' b'x' rb'y' BR\"z\" f'{x}' Rf'a' fR\"b\" u'c' U\"d\"\n",
        "s = 'a\\\nb'\nt = \"\"\"\\\n\"\"\"\n",
        "n = 0 + 00 + 0_0 + 1_000 + 0x_fF + 0o1_7 + 0B1_0 + 1. + .5 + 1.5e10 + 1E-5 + 1e+5 + 1_0.0_1e1_0 + 1j + 1.5J + 0j + 00.5 + 0e0 + 09.5 + 09e1 + 09j\n",
        "a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f %= 6; g **= 7; h >>= 8; i <<= 9; j &= 1; k |= 2; l ^= 3; m @= n\n",
        "async def f():\n    await x\n    async for a in b: pass\n    async with c: pass\n",
        "match x:\n    case [1, _] if y:\n        pass\n    case _:\n        pass\n",
        "x = 1 if y else 2\nz = [i for i in range(3) if i not in s and i is not None or True]\nlambda: (yield)\n",
        "import a.b as c\nfrom . import d\nfrom ..e import (f, g)\nglobal h\nnonlocal i\ndel j\nassert k, 'm'\nraise E from F\n",
        "try:\n    pass\nexcept* E as e:\n    pass\nfinally:\n    pass\nwhile 1: break\nfor x in y: continue\nwith a as b, c: pass\n",
        "x = 1\n\n\n   \n\t\n# c\n  # d\ny = 2",
        "if x:\n\tpass\n\tif y:\n\t\tpass\n",
        "é = 'ü' + ñ\nnaïve = 1\n变量 = 2\nx = 'ĳ' # ü\n",
        "x = '😀' + \"\"\"😀\n😀\"\"\" + y\n",
        "1if x else y\n0x1for x in y\n1or 2\n1and 2\n1in x\n1is x\n1not in x\n1else\n",
        "",
        "\n",
        "# only a comment",
        "x = (\n  # comment in parens\n  1,\n\n  2)\n",
        "@decorator\n@d.e(f)\ndef g(): ...\n",
        "x = {**a, 'b': 1}\nprint(*args, sep='')\n",
        "f(a)[b].c\n",
        "if 1:\n  pass\n   # odd comment\n  pass\n",
        "\\\nx = 1\n",
        "x = \\\n\\\n1\n",
    ];

    [Fact]
    public void TokensMatchCPython()
    {
        var bytes = Sources.Select(s => Encoding.UTF8.GetBytes(s)).ToList();
        var expected = TokenOracle.Expected(bytes);
        var failures = new StringBuilder();
        for (int i = 0; i < bytes.Count; i++)
        {
            string actual = TokenOracle.Actual(bytes[i]);
            if (actual != expected[i])
                failures.Append($"source {i} {Sources[i]!.Replace("\n", "\\n")}\n--- expected\n{expected[i]}\n--- actual\n{actual}\n");
        }
        Assert.True(failures.Length == 0, failures.ToString());
    }

    /// <summary>A sample of the standard library (every 25th file): the whole token stream agrees.</summary>
    [Fact]
    public void StdlibSampleMatchesCPython()
    {
        // The files where the pure-Python tokenize differs from the C tokenizer by design.
        string[] known = ["badsyntax_3131.py", "badsyntax_pep3120.py", "bad_coding", "py2_test_grammar.py", "test_unicode_identifiers.py"];
        var files = Directory.GetFiles(Repo.StdlibDir, "*.py", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Where((_, i) => i % 25 == 0)
            .Where(f => !known.Any(k => f.Contains(k, StringComparison.Ordinal)))
            .ToList();
        var expected = TokenOracle.ExpectedForFiles(files);
        var failures = new List<string>();
        foreach (var f in files)
        {
            string actual = TokenOracle.Actual(File.ReadAllBytes(f), f);
            if (actual != expected[f]) failures.Add(f);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// Sources where the pure-Python tokenize differs from the C tokenizer (form feeds, lone \r,
    /// '&lt;&gt;', tabs): the positions of names, numbers and strings are checked against the AST's
    /// Name and Constant nodes instead, which carry the C tokenizer's positions.
    /// </summary>
    private static readonly string[] AstSources =
    [
        "\x0cx = 1\nif y:\n  \x0c  z\n\x0c\n  w\n",
        "x = 1\ry = 2\rz = '''a\r\nb'''\r\nq\r",
        "x = a < b > c <= d >= e == f != g << h >> i ** j // k\n",
        "é = ü + 'ñ' + 变量 * 0x1F\n  # ü\nx = '😀' + \"\"\"😀\n😀\"\"\" + y\n",
        "x = (1 +\n  2) + [\n3,\n\n4]\n",
        "if a:\n\tif b:\n\t\tc\n\td\n",
        "1if x else y\n1or 2\n1and 2\n1in x\n1is x\n1not in x\n0x1for x in y\n",
        "x = 'a\\\nb' + \"\"\"\\\n\"\"\"\n",
    ];

    [Fact]
    public void AstVisibleTokensMatchCPython()
    {
        const string script = """
            import ast, sys, warnings
            warnings.simplefilter('ignore')
            for path in sys.argv[1:]:
                print('==> ' + path)
                tree = ast.parse(open(path, 'rb').read(), path)
                spans = sorted((n.lineno, n.col_offset, n.end_lineno, n.end_col_offset) for n in ast.walk(tree)
                               if isinstance(n, (ast.Name, ast.Constant)))
                print('\n'.join(f'{a},{b}-{c},{d}' for a, b, c, d in spans))
            """;
        var paths = TokenOracle.WriteTemp(AstSources.Select(s => Encoding.UTF8.GetBytes(s)).ToList());
        try
        {
            var expected = Oracle.SplitSections(Oracle.Run(["-c", script, .. paths]));
            for (int i = 0; i < paths.Count; i++)
            {
                var tokenizer = new Tokenizer(SourceText.FromBytes(File.ReadAllBytes(paths[i]), paths[i]));
                var spans = new List<(int, int, int, int)>();
                while (true)
                {
                    var t = tokenizer.Next();
                    if (t.Kind == TokenKind.Endmarker) break;
                    if (t.Kind is TokenKind.Name or TokenKind.Number or TokenKind.String)
                        spans.Add((t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset));
                }
                string actual = string.Join("\n", spans.Order().Select(s => $"{s.Item1},{s.Item2}-{s.Item3},{s.Item4}"));
                Assert.True(expected[paths[i]] == actual, $"source {i}: expected\n{expected[paths[i]]}\nactual\n{actual}");
            }
        }
        finally
        {
            foreach (var p in paths) File.Delete(p);
        }
    }

    [Fact]
    public void KeywordsAndSoftKeywords()
    {
        var kinds = Kinds("False None True and as assert async await break class continue def del elif else except "
                          + "finally for from global if import in is lambda nonlocal not or pass raise return try while "
                          + "with yield match case _ print Async\n");
        // Every keyword.kwlist entry gets a keyword kind, in kwlist order; soft keywords stay names.
        var kwlist = Oracle.Run(["-c", "import keyword; print(' '.join(keyword.kwlist))"]).Trim().Split(' ');
        Assert.Equal(kwlist.Length + 5 + 2, kinds.Count); // + 5 names + NEWLINE + ENDMARKER
        for (int i = 0; i < kwlist.Length; i++) Assert.Equal("Kw" + char.ToUpperInvariant(kwlist[i][0]) + kwlist[i][1..], kinds[i].ToString());
        Assert.All(kinds.Skip(kwlist.Length).Take(5), k => Assert.Equal(TokenKind.Name, k));
    }

    [Fact]
    public void TokenOffsetsIndexTheUtf8Buffer()
    {
        var text = SourceText.FromString("é = 'ü'\nif x:\n  y\n", "<s>");
        var tokenizer = new Tokenizer(text);
        var parts = new List<string>();
        while (true)
        {
            var t = tokenizer.Next();
            parts.Add(Encoding.UTF8.GetString(text.Utf8, t.Start, t.Length));
            if (t.Kind == TokenKind.Endmarker) break;
        }
        // NEWLINE's text is empty (CPython leaves the '\n' out); INDENT/DEDENT/ENDMARKER have none.
        Assert.Equal(["é", "=", "'ü'", "", "if", "x", ":", "", "", "y", "", "", ""], parts);
    }

    [Fact]
    public void MultiLineStringStartsOnItsFirstLine()
    {
        var tokenizer = new Tokenizer(SourceText.FromString("x = '''a\nbc\n''' + 1\n", "<s>"));
        tokenizer.Next();
        tokenizer.Next();
        var s = tokenizer.Next();
        Assert.Equal(TokenKind.String, s.Kind);
        Assert.Equal((1, 4, 3, 3), (s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset));
    }

    [Fact]
    public void FirstLinenoShiftsLines()
    {
        var tokenizer = new Tokenizer(SourceText.FromUtf8("(a +\nb)"u8.ToArray(), "<fstring>"), firstLineno: 4);
        var tokens = new List<Token>();
        while (true)
        {
            var t = tokenizer.Next();
            tokens.Add(t);
            if (t.Kind == TokenKind.Endmarker) break;
        }
        Assert.Equal([TokenKind.Lpar, TokenKind.Name, TokenKind.Plus, TokenKind.Name, TokenKind.Rpar, TokenKind.Newline,
                TokenKind.Endmarker],
            tokens.Select(t => t.Kind));
        Assert.Equal(5, tokens[0].Lineno);
        Assert.Equal(6, tokens[3].Lineno);
    }

    [Fact]
    public void BracketStateIsVisible()
    {
        var tokenizer = new Tokenizer(SourceText.FromString("f(a, [b,\n  {c", "<s>"));
        while (tokenizer.Next().Kind != TokenKind.Name || tokenizer.ParenLevel < 3) { }
        Assert.Equal(3, tokenizer.ParenLevel);
        Assert.Equal(('(', 1, 1), (tokenizer.OpenBracket(0), tokenizer.OpenBracketLineno(0), tokenizer.OpenBracketColOffset(0)));
        Assert.Equal(('[', 1, 5), (tokenizer.OpenBracket(1), tokenizer.OpenBracketLineno(1), tokenizer.OpenBracketColOffset(1)));
        Assert.Equal(('{', 2, 2), (tokenizer.OpenBracket(2), tokenizer.OpenBracketLineno(2), tokenizer.OpenBracketColOffset(2)));
        Assert.False(tokenizer.ReachedEof);
    }

    private static List<TokenKind> Kinds(string source)
    {
        var tokenizer = new Tokenizer(SourceText.FromString(source, "<s>"));
        var kinds = new List<TokenKind>();
        while (true)
        {
            var t = tokenizer.Next();
            kinds.Add(t.Kind);
            if (t.Kind == TokenKind.Endmarker) return kinds;
        }
    }
}
