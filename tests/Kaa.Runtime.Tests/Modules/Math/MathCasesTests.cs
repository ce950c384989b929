using System.Globalization;
using System.Numerics;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests.Modules.Math;

/// <summary>
/// Every case of math_cases.txt (written by tools/oracle_math_cases.py with the oracle): the math
/// function called on Kaa must give the same float bits, int, or exception class.
/// </summary>
public class MathCasesTests
{
    [Fact]
    public void EveryCaseMatchesTheOracle()
    {
        var ts = new Interpreter().MainThread;
        var module = MathModule.Create(ts)!;
        var lines = File.ReadAllLines(Repo.PathOf(Path.Combine("tests", "Kaa.Runtime.Tests", "Modules", "Math", "math_cases.txt")));
        Assert.True(lines.Length > 10000);
        var failures = new List<string>();
        foreach (string line in lines)
        {
            int arrow = line.IndexOf(" -> ", StringComparison.Ordinal);
            string expected = line[(arrow + 4)..];
            var parts = line[..arrow].Split(' ');
            string name = parts[0];
            var args = parts.Skip(1).Select(Decode).ToArray();
            PyObject? r;
            if (name == "dist2")
                r = Protocols.Call(ts, module.Namespace.GetStr("dist")!, args, null);
            else
                r = Protocols.Call(ts, module.Namespace.GetStr(name)!, args, null);
            string actual = r is null ? ts.FetchError()!.Type.Name : Encode(r);
            if (actual != expected) failures.Add($"{line[..arrow]}: expected {expected}, got {actual}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {lines.Length} differ:\n" + string.Join("\n", failures.Take(60)));
    }

    private static PyObject Decode(string s)
    {
        if (s[0] == 'i')
        {
            bool negative = s[1] == '-';
            var v = BigInteger.Parse("0" + s[(negative ? 2 : 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return PyInt.Create(negative ? -v : v);
        }
        if (s[0] is '[' or '(')
        {
            var items = s[1..^1].Length == 0 ? [] : s[1..^1].Split(',').Select(Decode).ToArray();
            return s[0] == '[' ? PyList.FromArray(items) : PyTuple.Create(items);
        }
        return PyFloat.Create(BitConverter.UInt64BitsToDouble(ulong.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
    }

    private static string Encode(PyObject r) => r switch
    {
        PyFloat f => BitConverter.DoubleToUInt64Bits(f.Value).ToString("x16", CultureInfo.InvariantCulture),
        PyInt i => EncodeInt(i.Value),
        PyTuple t => "(" + string.Join(",", t.Items.Select(Encode)) + ")",
        _ => r.Type.Name,
    };

    /// <summary>Python's "%x" of the magnitude, after "i" or "i-".</summary>
    private static string EncodeInt(BigInteger v)
    {
        string hex = BigInteger.Abs(v).ToString("x", CultureInfo.InvariantCulture).TrimStart('0');
        return (v.Sign < 0 ? "i-" : "i") + (hex.Length == 0 ? "0" : hex);
    }
}
