using Kaa.Runtime.Tests.Support;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests.Modules.Cjk;

/// <summary>
/// Every CJK codec against the oracle: cjk_conformance.py encodes every code point up to plane 2 (and a
/// sample beyond), decodes every one- and two-byte sequence (three-byte after 0x8f, GB18030's four-byte
/// ones), round-trips what is mappable, runs invalid input through each error handler (the builtin ones and
/// registered ones, well- and ill-behaved), and uses the incremental and stream classes. It runs in-process
/// on Kaa and on the oracle; every line must be equal, but for the wrapping CPython's str.encode and
/// bytes.decode give an exception raised inside a codec ("decoding with 'x' codec failed (...)"), which is
/// not this codec's doing.
/// </summary>
public class CjkCodecOracleTests
{
    private static readonly string ProgramPath = Repo.PathOf("tests/Kaa.Runtime.Tests/Modules/Cjk/cjk_conformance.py");

    [Fact]
    public void EveryCodecMatchesOracle()
    {
        string[] expected = OracleLines.RunOracle(ProgramPath).Split('\n').Select(Unwrap).ToArray();
        string[] actual = OracleLines.RunKaa(ProgramPath).Split('\n');
        OracleLines.AssertSame(expected, actual);
    }

    /// <summary>"TypeError: decoding with 'gbk' codec failed (TypeError: msg)" → "TypeError: msg".</summary>
    private static string Unwrap(string line) => System.Text.RegularExpressions.Regex.Replace(line,
        @"(\w+Error): (?:de|en)coding with '[^']+' codec failed \(\1: (.*?)\)( \[)", "$1: $2$3");
}
