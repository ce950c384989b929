using System.Globalization;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests.Modules.Cmath;

/// <summary>
/// Every case of cmath_cases.txt (written by tools/oracle_cmath_cases.py with the oracle): the cmath
/// function called on Kaa must give the same float bits (both parts of a complex, signed zeros and NaN
/// signs included), bool, or exception class.
/// </summary>
public class CmathCasesTests
{
    [Fact]
    public void EveryCaseMatchesTheOracle()
    {
        var ts = new Interpreter().MainThread;
        var module = CmathModule.Create(ts)!;
        var lines = File.ReadAllLines(Repo.PathOf(Path.Combine("tests", "Kaa.Runtime.Tests", "Modules", "Cmath", "cmath_cases.txt")));
        Assert.True(lines.Length > 30000);
        var failures = new List<string>();
        foreach (string line in lines)
        {
            int arrow = line.IndexOf(" -> ", StringComparison.Ordinal);
            string expected = line[(arrow + 4)..];
            var parts = line[..arrow].Split(' ');
            var args = parts.Skip(1).Select(Decode).ToArray();
            var r = Protocols.Call(ts, module.Namespace.GetStr(parts[0])!, args, null);
            string actual = r is null ? ts.FetchError()!.Type.Name : Encode(r);
            if (actual != expected) failures.Add($"{line[..arrow]}: expected {expected}, got {actual}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {lines.Length} differ:\n" + string.Join("\n", failures.Take(60)));
    }

    private static double Bits(string hex) => BitConverter.UInt64BitsToDouble(ulong.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private static string Hex(double d) => BitConverter.DoubleToUInt64Bits(d).ToString("x16", CultureInfo.InvariantCulture);

    private static PyObject Decode(string s)
    {
        if (s[0] == 'z')
        {
            int colon = s.IndexOf(':');
            return PyComplex.Create(Bits(s[1..colon]), Bits(s[(colon + 1)..]));
        }
        return PyFloat.Create(Bits(s));
    }

    private static string Encode(PyObject r) => r switch
    {
        PyBool b => b == PyBool.True ? "T" : "F",
        PyFloat f => Hex(f.Value),
        PyComplex c => "z" + Hex(c.Real) + ":" + Hex(c.Imag),
        PyTuple t => "(" + string.Join(",", t.Items.Select(Encode)) + ")",
        _ => r.Type.Name,
    };
}
