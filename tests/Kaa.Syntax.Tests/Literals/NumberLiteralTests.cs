using System.Numerics;
using System.Text.Json;
using Kaa.Syntax.Errors;
using Kaa.Syntax.Literals;
using Kaa.Syntax.Tests.Support;
using Kaa.Syntax.Text;
using Kaa.Syntax.Tokens;
using Assert = Xunit.Assert;

namespace Kaa.Syntax.Tests.Literals;

/// <summary>Number literals against the oracle: hard cases plus every distinct NUMBER token of the stdlib.</summary>
public class NumberLiteralTests
{
    private static readonly string[] Handwritten =
    [
        "0", "00", "0_0", "1", "1_000", "9223372036854775807", "9223372036854775808", "18446744073709551615",
        "18446744073709551616", "0x7fffffffffffffff", "0x8000000000000000", "0xffffffffffffffff", "0x1_0000_0000_0000_0000",
        "0o777", "0O17", "0b1010", "0B1_1", "0x_ff", "0XABCdef", "0b" + new string('1', 64), "0b" + new string('1', 63),
        "0o" + new string('7', 21), "0o" + new string('7', 22), "0x" + new string('f', 300),
        "1.0", "1.", ".5", "1e5", "1E+5", "1e-5", "1_0.0_1e1_0", "0.1", "1e16", "1e22", "1e23", "1e308", "1.7976931348623157e308",
        "1.7976931348623159e308", "1e400", "5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-400",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "9007199254740993", "9007199254740993.0",
        "0.30000000000000004", "123456789012345678901234567890.0", "4.35679e-310", "1.5e-323",
        "0." + new string('0', 400) + "1e400", "1" + new string('0', 400) + ".0",
        "1j", "1J", "0j", "1.5j", "1e400j", "1_0j", "0.0j", "1e-400j", "00j", "09.5", "09j", "0e0",
        new string('9', 4300), "1" + new string('0', 4300), "1_" + new string('0', 4300), "1" + new string('0', 4299) + ".0",
        "0x" + new string('f', 5000),
    ];

    [Fact]
    public void MatchesOracle()
    {
        string casesFile = Path.GetTempFileName();
        try
        {
            File.WriteAllText(casesFile, JsonSerializer.Serialize(Handwritten));
            string[] args = [Repo.PathOf("tools/oracle_number_cases.py"), casesFile, "--from-files",
                .. Directory.EnumerateFiles(Path.Combine(Repo.StdlibDir, "test"), "*.py")];
            var failures = new List<string>();
            int count = 0;
            foreach (string line in Oracle.Run(args).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var doc = JsonDocument.Parse(line);
                string src = doc.RootElement.GetProperty("src").GetString()!;
                string expected = doc.RootElement.GetProperty("expected").GetString()!;
                string actual = Run(src);
                count++;
                if (actual != expected) failures.Add($"{src}\n  expected: {expected}\n  actual:   {actual}");
            }
            Assert.True(count > 1000, $"only {count} cases");
            Assert.True(failures.Count == 0, $"{failures.Count} of {count} differ:\n" + string.Join("\n", failures.Take(20)));
        }
        finally
        {
            File.Delete(casesFile);
        }
    }

    private static string Run(string src)
    {
        string dump = LiteralTestSupport.DumpExpression(src);
        if (!dump.StartsWith("Constant(", StringComparison.Ordinal)) return dump;
        // The value's type and repr, read back from the node the parser made.
        var tree = (Kaa.Syntax.Ast.Expression)Kaa.Syntax.Parser.PythonParser.Parse(SourceText.FromString(src, "<test>"),
            Kaa.Syntax.Parser.ParseMode.Eval);
        var c = (Kaa.Syntax.Ast.Constant)tree.Body;
        Assert.Equal((1, 0, 1, src.Length), (c.Lineno, c.ColOffset, c.EndLineno, c.EndColOffset));
        string type = c.Value switch
        {
            long or BigInteger => "int",
            double => "float",
            Complex => "complex",
            _ => c.Value?.GetType().Name ?? "null",
        };
        if (c.Value is BigInteger big && big >= long.MinValue && big <= long.MaxValue) type = "BigInteger-that-fits-long";
        return type + " " + PyRepr.Repr(c.Value);
    }
}
