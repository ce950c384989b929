using System.Text;

namespace Kaa.Syntax.Tests.Support;

/// <summary>
/// Hostile inputs for the never-crash tests, generated deterministically (fixed seeds): deep nesting of
/// every kind, random bytes, random mutations of stdlib files, and one very large valid file.
/// </summary>
public static class NeverCrashInputs
{
    private const int Deep = 100_000;

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);
    private static string Times(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static string NestedIfs(int depth)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < depth; i++) sb.Append(' ', i).Append("if x:\n");
        return sb.Append(' ', depth).Append("pass\n").ToString();
    }

    private static string NestedDefs(int depth)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < depth; i++) sb.Append(' ', i).Append($"def f{i}(a, *b, c=1, **d):\n");
        return sb.Append(' ', depth).Append("return a\n").ToString();
    }

    /// <summary>
    /// Deep nesting, by name. Most end in an error CPython reports without crashing (too many nested
    /// parentheses, too many levels of indentation, MemoryError from the parser's depth limit,
    /// RecursionError from AST construction); the rest are deep or wide but valid.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Func<byte[]>> DeepNesting = new Dictionary<string, Func<byte[]>>
    {
        ["parens_100000"] = () => Ascii(Times("(", Deep) + "1" + Times(")", Deep) + "\n"),
        ["lists_100000"] = () => Ascii(Times("[", Deep) + Times("]", Deep) + "\n"),
        ["dicts_100000"] = () => Ascii(Times("{1:", Deep) + "1" + Times("}", Deep) + "\n"),
        ["calls_100000"] = () => Ascii(Times("f(", Deep) + Times(")", Deep) + "\n"),
        ["mixed_brackets_100000"] = () => Ascii("x = " + Times("([{", Deep / 3) + "\n"),
        ["unary_minus_100000"] = () => Ascii(Times("-", Deep) + "1\n"),
        ["not_100000"] = () => Ascii("x = " + Times("not ", Deep) + "a\n"),
        ["power_100000"] = () => Ascii("a" + Times("**a", Deep) + "\n"),
        ["lambda_100000"] = () => Ascii(Times("lambda: ", Deep) + "1\n"),
        ["ifexp_100000"] = () => Ascii(Times("a if b else ", Deep) + "c\n"),
        ["attribute_chain_100000"] = () => Ascii("a" + Times(".b", Deep) + "\n"),
        ["subscript_chain_100000"] = () => Ascii("a" + Times("[0]", Deep) + "\n"),
        ["call_chain_100000"] = () => Ascii("f" + Times("()", Deep) + "\n"),
        ["sum_100000"] = () => Ascii("1" + Times("+1", Deep) + "\n"),
        ["elif_20000"] = () => Ascii("if x:\n    pass\n" + Times("elif x:\n    pass\n", 20_000)),
        ["nested_if_1000"] = () => Ascii(NestedIfs(1000)),
        ["nested_if_99"] = () => Ascii(NestedIfs(99)),
        ["nested_def_99"] = () => Ascii(NestedDefs(99)),
        ["nested_lists_199"] = () => Ascii("x = " + Times("[", 199) + Times("]", 199) + "\n"),
        ["nested_calls_199"] = () => Ascii("x = " + Times("f(", 199) + Times(")", 199) + "\n"),
        ["unary_minus_1000"] = () => Ascii(Times("-", 1000) + "1\n"),
        ["sum_1000"] = () => Ascii("1" + Times("+1", 1000) + "\n"),
        ["comparison_100000"] = () => Ascii("a" + Times(" < a", Deep) + "\n"),
        ["boolop_100000"] = () => Ascii("a" + Times(" and a", Deep) + "\n"),
        ["tuple_100000"] = () => Ascii("x = " + Times("1, ", Deep) + "\n"),
        ["string_concat_100000"] = () => Ascii("x = " + Times("'a' ", Deep) + "\n"),
        ["fstring_fields_20000"] = () => Ascii("f'" + Times("{a}", 20_000) + "'\n"),
        ["statements_100000"] = () => Ascii(Times("x = 1\n", Deep)),
        ["semicolons_100000"] = () => Ascii(Times("x = 1; ", Deep) + "\n"),
    };

    /// <summary>Random bytes: a third uniform bytes, a third printable ASCII, a third Python-ish fragments.</summary>
    public static IEnumerable<(string Name, byte[] Content)> RandomBytes(int count, int seed)
    {
        for (int i = 0; i < count; i++)
        {
            var rng = new Random(seed + i);
            int length = rng.Next(0, 3000);
            byte[] content = (i % 3) switch
            {
                0 => RandomUniform(rng, length),
                1 => RandomPrintable(rng, length),
                _ => RandomFragments(rng, length),
            };
            yield return ($"random_{i:D3}.py", content);
        }
    }

    private static byte[] RandomUniform(Random rng, int length)
    {
        var bytes = new byte[length];
        rng.NextBytes(bytes);
        return bytes;
    }

    private static byte[] RandomPrintable(Random rng, int length)
    {
        const string Alphabet = " \t\n\n\n\r\\'\"#()[]{}:;,.=+-*/%<>!&|^~@0123456789abcdefxyzjJeEoObBrRuUfF_";
        var bytes = new byte[length];
        for (int i = 0; i < length; i++) bytes[i] = (byte)Alphabet[rng.Next(Alphabet.Length)];
        return bytes;
    }

    /// <summary>Token-sized pieces of Python, so the parser (not just the tokenizer) gets exercised.</summary>
    private static readonly string[] Fragments =
    [
        "if ", "else", "elif ", "while ", "for ", " in ", "def ", "class ", "return ", "yield ", "lambda ",
        "try", "except ", "finally", "with ", " as ", "import ", "from ", "match ", "case ", "async ", "await ",
        "not ", " and ", " or ", " is ", "None", "True", "global ", "del ", "pass", "raise ", "assert ",
        "x", "y", "_", "f", "name", "é", "中", "(", ")", "[", "]", "{", "}", ":", ":=", ",", ".", "...", ";",
        "=", "==", "+", "-", "*", "**", "/", "//", "->", "@", "|", "<", ">=", "!=", "<>", "\\", "#c",
        "0", "1", "0x1F", "0o7", "0b1", "1_0", "1.5", "1e3", "2j", "09", "1__", "'s'", "\"d\"", "'''t'''",
        "f'{x}'", "f'{", "b'\\x00'", "r'\\'", "'\\N{DASH}'", "'", "\"", "\n", "\n", "\n", "    ", "  ", "\t", "\r\n",
    ];

    private static byte[] RandomFragments(Random rng, int length)
    {
        var sb = new StringBuilder();
        while (sb.Length < length) sb.Append(Fragments[rng.Next(Fragments.Length)]);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>
    /// Stdlib files (under 64 KB) with one to three random edits each: bytes deleted, inserted or
    /// replaced; lines deleted, duplicated, swapped or re-indented; fragments inserted; the file cut short.
    /// </summary>
    public static IEnumerable<(string Name, byte[] Content)> StdlibMutations(int count, int seed)
    {
        var sources = Directory.EnumerateFiles(Repo.StdlibDir, "*.py", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).Length is > 0 and < 64 * 1024)
            .Order(StringComparer.Ordinal)
            .ToList();
        for (int i = 0; i < count; i++)
        {
            var rng = new Random(seed + i);
            string source = sources[rng.Next(sources.Count)];
            var bytes = new List<byte>(File.ReadAllBytes(source));
            int edits = rng.Next(1, 4);
            for (int e = 0; e < edits; e++) Mutate(rng, bytes);
            string stem = Path.GetFileNameWithoutExtension(source);
            yield return ($"mutation_{i:D3}_{stem}.py", bytes.ToArray());
        }
    }

    private static void Mutate(Random rng, List<byte> b)
    {
        if (b.Count == 0) { b.AddRange(Encoding.UTF8.GetBytes(Fragments[rng.Next(Fragments.Length)])); return; }
        int at = rng.Next(b.Count);
        switch (rng.Next(9))
        {
            case 0: b.RemoveRange(at, Math.Min(rng.Next(1, 20), b.Count - at)); break;
            case 1:
                var junk = new byte[rng.Next(1, 8)];
                rng.NextBytes(junk);
                b.InsertRange(at, junk);
                break;
            case 2: b[at] = (byte)rng.Next(256); break;
            case 3: b.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[rng.Next(Fragments.Length)])); break;
            case 4: b.RemoveRange(at, b.Count - at); break;
            default: MutateLines(rng, b); break;
        }
    }

    private static void MutateLines(Random rng, List<byte> b)
    {
        var lines = SplitLines(b);
        if (lines.Count < 2) return;
        int i = rng.Next(lines.Count), j = rng.Next(lines.Count);
        switch (rng.Next(4))
        {
            case 0: lines.RemoveAt(i); break;
            case 1: lines.Insert(i, lines[j]); break;
            case 2: (lines[i], lines[j]) = (lines[j], lines[i]); break;
            default: lines[i] = rng.Next(2) == 0 ? [(byte)' ', .. lines[i]] : lines[i].Length > 0 ? lines[i][1..] : lines[i]; break;
        }
        b.Clear();
        foreach (var line in lines) b.AddRange(line);
    }

    /// <summary>Lines with their line ends kept, so joining them gives the file back.</summary>
    private static List<byte[]> SplitLines(List<byte> b)
    {
        var lines = new List<byte[]>();
        int start = 0;
        for (int k = 0; k < b.Count; k++)
        {
            if (b[k] != (byte)'\n') continue;
            lines.Add(b.GetRange(start, k + 1 - start).ToArray());
            start = k + 1;
        }
        if (start < b.Count) lines.Add(b.GetRange(start, b.Count - start).ToArray());
        return lines;
    }

    /// <summary>
    /// A valid module of at least <paramref name="size"/> bytes: one unit of varied Python (classes,
    /// functions, every kind of literal, comprehensions, match, async) repeated with fresh names. Most
    /// of each unit is docstring, comment and string text, which keeps CPython's side of the comparison
    /// (ast.parse builds a Python object per node) within seconds rather than minutes.
    /// </summary>
    public static byte[] LargeValidModule(int size)
    {
        const string Unit = """

            class Widget_N(Base, metaclass=Meta):
                '''Widget number N.

                Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut
                labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris
                nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit
                esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt
                in culpa qui officia deserunt mollit anim id est laborum. Ünïcödé text: 日本語, emoji 😀, math ∑.
                '''
                # Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium,
                # totam rem aperiam, eaque ipsa quae ab illo inventore veritatis et quasi architecto beatae vitae
                # dicta sunt explicabo. Nemo enim ipsam voluptatem quia voluptas sit aspernatur aut odit aut fugit,
                # sed quia consequuntur magni dolores eos qui ratione voluptatem sequi nesciunt. Neque porro quisquam
                # est, qui dolorem ipsum quia dolor sit amet, consectetur, adipisci velit, sed quia non numquam eius
                # modi tempora incidunt ut labore et dolore magnam aliquam quaerat voluptatem. Ut enim ad minima
                limit = 0x1F + 0o17 + 0b1010 + 1_000_000 + 3.14e-2 + 2j
                def method_N(self, a, /, b=1, *args, c: int = 2, **kw) -> dict:
                    '''At vero eos et accusamus et iusto odio dignissimos ducimus qui blanditiis praesentium
                    voluptatum deleniti atque corrupti quos dolores et quas molestias excepturi sint occaecati
                    cupiditate non provident, similique sunt in culpa qui officia deserunt mollitia animi.'''
                    data = {"k": [x * 2 for x in range(a) if x % 3], 'v': (b, c), **kw}
                    if a > b and not c or a is None:
                        return {k: v for k, v in data.items()}
                    elif (y := a + b) >= 10:
                        raise ValueError(f"bad {a!r:>10} and {b} {y}")
                    try:
                        with open(self.path) as f, lock:
                            total = sum(int(line) for line in f)
                    except (OSError, ValueError) as exc:
                        total = -1
                    lam = lambda p, *q, r=3: p[1:2, ::3] @ q
                    match total:
                        case [1, 2, *rest] | {"a": 1, **rest}:
                            pass
                        case Point(x=0, y=yy) if yy > 0:
                            pass
                    return total

            """;
        // A module-level string statement of plain text after each unit: cheap for both parsers.
        const string Prose = "Quis autem vel eum iure reprehenderit qui in ea voluptate velit esse quam nihil molestiae "
            + "consequatur, vel illum qui dolorem eum fugiat quo voluptas nulla pariatur? Temporibus autem quibusdam\n";
        string text = "\"\"\"" + Times(Prose, 40) + "\"\"\"\n";
        var sb = new StringBuilder(size + Unit.Length * 2);
        for (int n = 0; sb.Length < size; n++)
            sb.Append(Unit.Replace("_N", "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture))).Append(text);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
