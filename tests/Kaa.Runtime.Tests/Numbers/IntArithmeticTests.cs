using System.Globalization;
using System.Numerics;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests.Numbers;

/// <summary>
/// int true division (correctly rounded, subnormal and overflowing results), floor division, modulo and
/// three-argument pow over operands of many sizes, each checked against the oracle's answer.
/// </summary>
public class IntArithmeticTests
{
    // The operands: deterministic, from one bit to thousands, both signs; the oracle prints a/b as the
    // float's bits (or the exception), a//b, a%b and pow(a, b, m).
    private const string OracleScript = """
import struct
vals = [1, 3, 7, 10**17 + 3, 2**53 + 1, 2**64 - 1, 3**90, 7**200, 2**1074, 2**1100 + 12345, 10**320 + 7, 5**700]
vals = vals + [-v for v in vals]
for a in vals:
    for b in vals:
        try:
            q = a / b
            t = str(struct.unpack("<q", struct.pack("<d", q))[0])
        except Exception as e:
            t = type(e).__name__
        try:
            p = str(pow(a, b if b > 0 else -b, 1000003 + b % 97))
        except Exception as e:
            p = type(e).__name__
        try:
            inv = str(pow(a, -1, b))
        except Exception as e:
            inv = type(e).__name__
        print(a, b, t, a // b, a % b, p, inv)
""";

    private static readonly Lazy<string[]> Lines = new(() =>
        Oracle.Run(["-c", OracleScript]).Split('\n', StringSplitOptions.RemoveEmptyEntries));

    private static string Describe(ThreadState ts, PyObject? r, Func<PyObject, string> text)
    {
        if (r is not null) return text(r);
        var e = ts.FetchError()!;
        return e.Type.Name;
    }

    [Fact]
    public void MatchesTheOracle()
    {
        var ts = new Interpreter().MainThread;
        var lines = Lines.Value;
        Assert.True(lines.Length > 500);
        foreach (string line in lines)
        {
            var f = line.Split(' ');
            var a = PyInt.Create(BigInteger.Parse(f[0], CultureInfo.InvariantCulture));
            var b = PyInt.Create(BigInteger.Parse(f[1], CultureInfo.InvariantCulture));
            string quotient = Describe(ts, Protocols.BinaryOp(ts, a, b, BinaryOp.TrueDivide),
                r => BitConverter.DoubleToInt64Bits(((PyFloat)r).Value).ToString(CultureInfo.InvariantCulture));
            Assert.True(f[2] == quotient, $"{f[0]} / {f[1]}: expected {f[2]}, got {quotient}");
            Assert.Equal(f[3], Protocols.BinaryOp(ts, a, b, BinaryOp.FloorDivide)!.ToString());
            Assert.Equal(f[4], Protocols.BinaryOp(ts, a, b, BinaryOp.Remainder)!.ToString());
            var bv = b.Value;
            var exponent = PyInt.Create(BigInteger.Abs(bv));
            var modulus = PyInt.Create(1000003 + (int)(((bv % 97) + 97) % 97));
            Assert.Equal(f[5], Describe(ts, Protocols.Power(ts, a, exponent, modulus), r => r.ToString()!));
            Assert.Equal(f[6], Describe(ts, Protocols.Power(ts, a, PyInt.MinusOne, b), r => r.ToString()!));
        }
    }
}
