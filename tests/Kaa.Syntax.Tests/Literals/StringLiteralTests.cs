using System.Text.Json;
using Kaa.Syntax.Ast;
using Assert = Xunit.Assert;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Literals;
using Kaa.Syntax.Tests.Support;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Tests.Literals;

/// <summary>
/// String, bytes and f-string literals through the whole parser against the oracle: tricky
/// handwritten cases plus every run of adjacent literals in escape- and f-string-heavy stdlib files.
/// </summary>
public class StringLiteralTests
{
    private static readonly string[] Handwritten =
    [
        "'abc'", "\"a'b\"", "'''a\nb'''", "\"\"\"x\"\"\"", "''", "''''''", "u'x'", "U'x'", "u'a' 'b'", "'a' u'b'",
        "r'\\n'", "R'\\x'", "b'\\x41\\101\\777'", "br'\\x41'", "Rb'\\q'", "b'\\q\\\n'", "b'a' b'b'",
        "'\\x41\\u00e9\\U0001F40D\\N{LATIN SMALL LETTER A}\\N{line feed}\\N{EM DASH}'",
        "'\\777\\0\\18\\a\\b\\f\\v\\t\\r\\n\\\\\\'\\\"'", "'a\\\nb'", "'\\q\\é\\\\é'", "'é\\x41🐍'",
        "'\\ud83d\\udc0d'", "'\\ud83d' '\\udc0d'", "'\\ud800x'", "'🐍\\udfff🐍'", "'\\U0010ffff'",
        "'\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GAG}\\N{cjk compatibility ideograph-f900}'",
        // errors
        "'\\x4'", "'é\\x4'", "'\\u12'", "'\\U1234567'", "'\\U00110000'", "'\\N'", "'\\Nx'", "'\\N{'", "'\\N{}'",
        "'\\N{foo}'", "'\\N{é}'", "'ab\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}'", "'\\N{cjk unified ideograph-4e00}'",
        "b'é'", "b'\\xzz'", "b'ab\\x4'", "'a' b'b'", "b'a' 'b'", "b'a' f'b'", "f'a' b'b'", "b'é' 'x'", "'a' b'é'",
        // f-strings without fields
        "f''", "f'abc'", "f'{{}}'", "f'a{{b}}c'", "'x' f'y' 'z'", "rf'\\n{{'", "f'\\N{EM DASH}'", "f'\\x41{{'",
        "u'a' f'b'", "f'}'", "f'a}b'", "f'{'", "f'{}'", "f'{ }'", "f'{!r}'", "f'{:x}'", "f'{=}'", "f'{\\n}'",
        "f'{a#}'", "f'{a)}'", "f'{(a]}'", "f'{(a}'", "f'{\"a}'", "f'{a'", "f'\\N{foo}'", "f'\\x4{{'", "f'{{\\x4'",
        // f-strings with fields: positions, nesting, debug text, conversions, errors inside and after
        "f'{a}'", "f'x{a!r:>{w}}y{b=}z'", "f'{ a = }'", "f'{a=!s:^10}'", "f'{a:{b:{c}}}'", "f'{a:{{}}>10}'",
        "f'''{\na\n}'''", "f'''x\n  {a +\n b}'''", "f'''\n{\n  a}'''", "(f'a'\n f'{b}'\n 'c')", "u'x' f'{a}'",
        "f'{a}' f'{b}' 'c'", "rf'\\{a}\\'", "f'{\"a\" \"b\"}'", "f'{a[\"b\"]}'", "f'{(lambda x: x)(1)}'",
        "f'{a!}'", "f'{a!x}'", "f'{a!r'", "f'{a:'", "f'{a='", "f'{a b}'", "f'{a+}'", "f'{)}'", "f'{a:{b}'",
        "f'{a!r=}'", "f'{yield}'", "f'{*a}'", "f'{a:=1}'", "f'{(a:=1)}'", "f'{a!=b}'", "f'{a<=b}'", "f'{a>b}'",
        "f'{x:{y!r}}'", "f'{x:{y=}}'", "f'{{{a}}}'", "f'{a}}}'", "f'{{{a}'", "f'é{a}é{b!a}'", "f'{\"é\"}{c}'",
        "f'{f\"{a}\"}'", "f'{a:{f\"{b}\"}}'", "f'{\na}'", "f'{ \n a}'", "f'''{a\n#}'''", "f'{lambda x:1}'",
        "f'{a:\\x41}'", "f'{a:\\N{EM DASH}}'", "f'{1e400:x}'", "('a' f'{b}' \n f'''\n{c}''')", "f'{0:{1:{2}}}'",
        "f'{a!s:}'", "f'{a:}'", "f'{ a !r}'", "f'{a = !r}'", "f'''{\n\n  a.b\n}'''", "f'{a!r}' f'{a!s}' f'{a!a}'",
    ];

    private static readonly string[] SnippetFiles =
    [
        "test/test_fstring.py", "test/test_string_literals.py", "test/test_grammar.py", "test/test_syntax.py",
        "test/test_exceptions.py", "test/test_unparse.py", "test/test_ast.py", "test/test_eof.py",
    ];

    private static readonly string[] CorpusFiles =
    [
        "test/test_codecs.py", "test/test_bytes.py", "test/test_ucn.py", "test/test_fstring.py", "test/test_re.py",
        "test/test_string_literals.py", "test/test_tokenize.py", "test/test_unicodedata.py", "test/test_utf8source.py",
        "test/test_eof.py", "test/test_unicode_identifiers.py", "test/test_codeccallbacks.py", "test/test_grammar.py",
        "test/test_format.py", "test/test_json/test_unicode.py", "test/test_unicode_file.py", "test/test_string.py",
    ];

    [Fact]
    public void MatchesOracle()
    {
        string casesFile = Path.GetTempFileName();
        try
        {
            File.WriteAllText(casesFile, JsonSerializer.Serialize(Handwritten));
            // KAA_STRING_CORPUS=all widens the corpus to every stdlib file (a slow, manual check).
            IEnumerable<string> files = Environment.GetEnvironmentVariable("KAA_STRING_CORPUS") == "all"
                ? Directory.EnumerateFiles(Repo.StdlibDir, "*.py", SearchOption.AllDirectories)
                : CorpusFiles.Select(f => Path.Combine(Repo.StdlibDir, f));
            string[] args = [Repo.PathOf("tools/oracle_string_cases.py"), casesFile, "--from-files", .. files,
                "--snippets-from", .. SnippetFiles.Select(f => Path.Combine(Repo.StdlibDir, f))];
            string output = Oracle.Run(args);
            var failures = new List<string>();
            int count = 0;
            foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var doc = JsonDocument.Parse(line);
                string src = doc.RootElement.GetProperty("src").GetString()!;
                string expected = doc.RootElement.GetProperty("expected").GetString()!;
                string actual;
                try
                {
                    actual = LiteralTestSupport.DumpExpression(src);
                }
                catch (Exception ex)
                {
                    actual = ex.ToString();
                }
                count++;
                if (actual != expected)
                    failures.Add($"{src}\n  expected: {expected}\n  actual:   {actual}");
            }
            Assert.True(count > 1000, $"only {count} cases");
            Assert.True(failures.Count == 0, $"{failures.Count} of {count} differ:\n" + string.Join("\n", failures.Take(40)));
        }
        finally
        {
            File.Delete(casesFile);
        }
    }
}
