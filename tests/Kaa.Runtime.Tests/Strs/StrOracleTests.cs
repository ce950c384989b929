using System.Text;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests.Strs;

/// <summary>
/// str's methods, operators and codecs: each snippet runs in-process on Kaa and on the oracle
/// (/usr/bin/python3.11 -c), and their outputs must be equal. Nothing expected is typed by hand.
/// </summary>
public class StrOracleTests
{
    /// <summary>Prefix of every snippet: run f and print its result or its exception.</summary>
    private const string Show = """
        def show(f):
            try:
                r = f()
            except Exception as e:
                print(type(e).__name__, e)
            else:
                print(ascii(r))

        """;

    [Theory]
    [InlineData("show(lambda: ['\u00dfa'.upper(), 'ΣΑΣ Σ'.lower(), 'ǆx ǈy'.title(), 'ﬁne'.capitalize(), 'aΣ.b'.lower(), 'İ'.lower()])")]
    [InlineData("show(lambda: ['ß'.casefold(), 'ABC def'.swapcase(), 'ΑΣ\\u0345'.lower(), 'hello'.upper(), 'ǅ'.swapcase()])")]
    [InlineData("show(lambda: ['Ab Cd'.istitle(), 'ǅa'.istitle(), 'AB'.isupper(), 'ǅ'.isupper(), 'ab1'.islower(), '1'.islower()])")]
    [InlineData("show(lambda: ['½'.isnumeric(), '²'.isdigit(), '²'.isdecimal(), '٣'.isdecimal(), 'a1'.isalnum(), ' \\x1c'.isspace()])")]
    [InlineData("show(lambda: ['_a1'.isidentifier(), '1a'.isidentifier(), ''.isidentifier(), '\\x7f'.isprintable(), ''.isprintable(), 'é'.isascii()])")]
    [InlineData("show(lambda: ['abcabc'.find('c', 3), 'abcabc'.rfind('b', 0, 4), 'aaaa'.count('aa'), 'abc'.find('', 4), 'abc'.count('', 1, 2)])")]
    [InlineData("show(lambda: ['abc'.startswith(('x', 'b'), 1), 'abc'.endswith('', 4), 'x\\U0001f600y'.find('y'), 'a\\U0001f600'.count('\\U0001f600')])")]
    [InlineData("show(lambda: 'abc'.index('d'))")]
    [InlineData("show(lambda: 'a'.find())")]
    [InlineData("show(lambda: 'a'.startswith(('a', 1)))")]
    [InlineData("show(lambda: [' a  b '.split(), 'a,b,,c'.split(',', 2), 'a,b,,c'.rsplit(',', 2), ' a b '.rsplit(None, 1), 'a\\r\\nb\\rc\\x1c'.splitlines(True)])")]
    [InlineData("show(lambda: ['a.b.c'.partition('.'), 'a.b.c'.rpartition('.'), 'abc'.partition('x'), '-'.join('abc'), 'xxaxx'.strip('x'), '  a '.lstrip()])")]
    [InlineData("show(lambda: 'a'.split(''))")]
    [InlineData("show(lambda: 'a'.join(['b', 1]))")]
    [InlineData("show(lambda: ['abc'.replace('', '-'), 'aaa'.replace('a', 'b', 2), 'abc'.center(8, '*'), '-42'.zfill(6), 'a\\tbc\\td'.expandtabs(4)])")]
    [InlineData("show(lambda: ['abc'.translate(str.maketrans('ab', 'xy', 'c')), 'abc'.translate({97: None, 98: 'QQ'}), 'prefix'.removeprefix('pre'), 'a'.ljust(3, 'é')])")]
    [InlineData("show(lambda: 'a'.center(3, 'ab'))")]
    [InlineData("show(lambda: str.maketrans('a', 'bc'))")]
    [InlineData("show(lambda: ['{} {}'.format(1, 'a'), '{1}{0}'.format('x', 'y'), '{a[0]}{b.__class__.__name__}'.format(a=[5], b=2), '{{}}'.format(), '{0!r:}'.format('q')])")]
    [InlineData("show(lambda: '{}{0}'.format(1, 2))")]
    [InlineData("show(lambda: '{0[}'.format(1))")]
    [InlineData("show(lambda: '{x}'.format_map({'x': 'map'}))")]
    [InlineData("show(lambda: ['abcdef'[::2], 'abcdef'[::-1], 'abcdef'[-2:1:-1], 'x\\U0001f600y'[1], 'x\\U0001f600y'[::-1], 'ab' * 3, 3 * 'é'])")]
    [InlineData("show(lambda: 'abc'[5])")]
    [InlineData("show(lambda: 'abc'[::0])")]
    [InlineData("show(lambda: 'a' * 1.5)")]
    [InlineData("show(lambda: ['a' < 'b', '\\uffff' < '\\U00010000', 'a' in 'cat', [c for c in 'hé'], type(iter('ab')).__name__, type(iter('é')).__name__])")]
    [InlineData("show(lambda: [''.__sizeof__(), 'ab'.__sizeof__(), 'é'.__sizeof__(), '\\u1234'.__sizeof__(), '\\U00012345'.__sizeof__(), 'a'.__getnewargs__()])")]
    [InlineData("show(lambda: [chr(65), chr(0x1f600), ord('\\U0001f600'), ord('é')])")]
    [InlineData("show(lambda: chr(0x110000))")]
    [InlineData("show(lambda: ord('ab'))")]
    [InlineData("show(lambda: [str(b'caf\\xc3\\xa9', 'utf-8'), str(b'\\xff', 'utf-8', 'replace'), str(b'\\xff', 'ascii', 'surrogateescape'), str(b'\\xe9', 'latin-1')])")]
    [InlineData("show(lambda: str(str('é\\U0001f600'.encode('utf-16'), 'utf-16') == 'é\\U0001f600'))")]
    [InlineData("show(lambda: str('\\udc80x'.encode('utf-8', 'surrogateescape'), 'latin-1'))")]
    [InlineData("try:\n    'xé'.encode('ascii')\nexcept UnicodeEncodeError as e:\n    print(e.args)")]
    [InlineData("try:\n    str(b'a\\xe2\\x82', 'utf-8')\nexcept UnicodeDecodeError as e:\n    print(e.args[0], e.args[2], e.args[3], e.args[4], str(e.args[1], 'latin-1'))")]
    [InlineData("show(lambda: 'a'.encode('nope'))")]
    public void MatchesOracle(string snippet)
    {
        string program = Show + snippet + "\n";
        Assert.Equal(RunOracle(program), RunKaa(program));
    }

    [Fact]
    public void RepeatedConcatenationKeepsEveryIntermediate()
    {
        // Appending in place must not change strings that are no longer the newest of their buffer.
        const string program = """
            s = 'x' * 100
            a = s + 'A'
            b = s + 'B'
            c = a + 'C'
            d = a + 'D'
            t = ''
            keep = []
            for ch in 'abcdefghij' * 20:
                t += ch
                keep.append(t)
            print(a[-3:], b[-3:], c[-3:], d[-3:], len(t), keep[150][-5:], keep[199] == t, hash(keep[120]) == hash(t[:121]))
            """;
        Assert.Equal(RunOracle(program), RunKaa(program));
    }

    private static string RunOracle(string program)
    {
        var r = ProcessRunner.Run(Repo.OraclePython, ["-c", program]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        return r.Stdout;
    }

    private static string RunKaa(string program)
    {
        string path = Path.Combine(Path.GetTempPath(), $"kaa_str_{Guid.NewGuid():N}.py");
        File.WriteAllText(path, program);
        try
        {
            var stdout = new MemoryStream();
            var stderr = new MemoryStream();
            int status = 0;
            var thread = new Thread(() =>
            {
                var interp = new Interpreter(new InterpreterOptions { Argv = [path], StdoutStream = stdout, StderrStream = stderr });
                status = interp.RunMain(path);
            }, 256 << 20);
            thread.Start();
            thread.Join();
            Assert.True(status == 0, Encoding.UTF8.GetString(stderr.ToArray()));
            return Encoding.UTF8.GetString(stdout.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
