using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Kaa.Runtime.Formatting;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests.Formatting;

/// <summary>
/// The cases of an oracle script (tools/oracle_format_*.py): one JSON object per line with an "op",
/// its inputs, and CPython's "out" or "err" ("ValueError: message"). Run once per script and shared.
/// </summary>
public sealed class FormatOracle
{
    private static readonly Lazy<FormatOracle> Main = new(() => new FormatOracle("oracle_format_cases.py"));

    public static FormatOracle Cases => Main.Value;

    private readonly List<JsonElement> _cases = [];

    public FormatOracle(string script)
    {
        string output = Oracle.Run([Repo.PathOf(Path.Combine("tools", script))]);
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            _cases.Add(JsonDocument.Parse(line).RootElement.Clone());
    }

    public IEnumerable<JsonElement> Of(string op) => _cases.Where(c => c.GetProperty("op").GetString() == op);

    /// <summary>CPython's answer: the output text or "Kind: message".</summary>
    public static string Expected(JsonElement c)
    {
        if (c.TryGetProperty("out", out var o)) return o.GetString()!;
        if (c.TryGetProperty("out_cps", out var cps)) return FromCodePoints(cps);
        return c.GetProperty("err").GetString()!;
    }

    public static double Double(JsonElement c, string name) => BitConverter.Int64BitsToDouble(c.GetProperty(name).GetInt64());

    public static BigInteger Int(JsonElement c, string name)
    {
        string s = c.GetProperty(name).GetString()!;
        bool negative = s.StartsWith('-');
        if (negative) s = s[1..];
        BigInteger value = s.StartsWith("0x")
            ? BigInteger.Parse("0" + s[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : BigInteger.Parse(s, CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    /// <summary>A str input; one with lone surrogates arrives as "NAME_cps", its code points.</summary>
    public static string Str(JsonElement c, string name)
    {
        if (c.TryGetProperty(name, out var s)) return s.GetString()!;
        return FromCodePoints(c.GetProperty(name + "_cps"));
    }

    private static string FromCodePoints(JsonElement cps)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var cp in cps.EnumerateArray()) sb.AppendCodePoint(cp.GetInt32());
        return sb.ToString();
    }

    /// <summary>
    /// Compares every case of <paramref name="op"/>; fails listing the mismatches (the first 40).
    /// Returns the number of cases checked.
    /// </summary>
    public int Check(string op, Func<JsonElement, string> actual, int minimumCases = 1)
    {
        var failures = new List<string>();
        int count = 0;
        foreach (var c in Of(op))
        {
            count++;
            string expected = Expected(c);
            string got;
            try
            {
                got = actual(c);
            }
            catch (Exception e)
            {
                got = ".NET " + e.GetType().Name + ": " + e.Message;
            }
            if (c.TryGetProperty("truncate", out var t) && got.Length > t.GetInt32() && !expected.Contains(':'))
                got = got[..t.GetInt32()];
            if (got != expected) failures.Add($"{c}\n    expected: {Shorten(expected)}\n    actual:   {Shorten(got)}");
        }
        Assert.True(count >= minimumCases, $"only {count} cases for {op}");
        Assert.True(failures.Count == 0,
            $"{failures.Count} of {count} '{op}' cases differ from CPython:\n" + string.Join("\n", failures.Take(40)));
        return count;
    }

    private static string Shorten(string s) => s.Length > 300 ? s[..300] + "..." : s;

    public static string Show(FormatResult r) => r.IsError ? $"{r.Kind}: {r.Message}" : r.Value;

    public static string Show<T>(ParseResult<T> r, Func<T, string> show) => r.IsError ? r.Error.ToString() : show(r.Value);
}
