using System.Globalization;
using System.Numerics;
using System.Text;
using Kaa.Syntax.Tests.Support;
using Kaa.Syntax.Text;

namespace Kaa.Syntax.Tests.Text;

/// <summary>repr() of constants against the oracle.</summary>
public class PyReprTests
{
    private static string Py(string code) => Oracle.Run(["-c", code]);

    /// <summary>
    /// Floats from a fixed-seed mix of random bit patterns, random decimal magnitudes, subnormals,
    /// boundaries of the positional/exponent layouts and integers around 2**53. The oracle gives
    /// the bits and the repr.
    /// </summary>
    [Fact]
    public void FloatReprMatchesOracle()
    {
        string expected = Py("""
            import random, struct, math
            r = random.Random(1234)
            vals = [0.0, -0.0, math.inf, -math.inf, math.nan, 0.1, 0.2, 0.3, 1/3, 2/3, 1e16, 1e15, 9999999999999998.0,
                    1e-4, 1e-5, 0.0001, 0.00001, 5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
                    1.7976931348623157e308, 1e22, 1e23, 123456789.0, 1.5, 100.0, 12345678901234567890.0]
            for k in range(-330, 310):
                for m in (1, 2, 5, 9.999, 1.2345678901234567):
                    vals.append(float(f'{m}e{k}'))
            for k in range(0, 64):
                vals += [2.0 ** k, 2.0 ** k - 1, 2.0 ** k + 1, 2.0 ** -k, -(2.0 ** k)]
            for k in range(-1074, 1024):  # powers of two: the asymmetric rounding intervals
                v = math.ldexp(1.0, k)
                vals += [v, math.nextafter(v, 0), math.nextafter(v, math.inf)]
            for _ in range(20000):
                vals.append(struct.unpack('<d', struct.pack('<Q', r.getrandbits(64)))[0])
            for _ in range(10000):
                vals.append(r.random() * 10 ** r.randint(-30, 30))
            for _ in range(2000):
                vals.append(struct.unpack('<d', struct.pack('<Q', r.getrandbits(52)))[0])  # subnormals
            print('\n'.join('%016x %r' % (struct.unpack('<Q', struct.pack('<d', v))[0], v) for v in vals))
            """);
        var failures = new List<string>();
        foreach (string line in expected.TrimEnd('\n').Split('\n'))
        {
            long bits = (long)ulong.Parse(line.AsSpan(0, 16), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            double d = BitConverter.Int64BitsToDouble(bits);
            string want = line[17..];
            if (double.IsNaN(d)) want = want.TrimStart('-'); // repr(nan) has no sign in Python
            string got = PyRepr.FloatRepr(d);
            if (got != want) failures.Add($"{line[..16]}: expected {want}, got {got}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} differ:\n" + string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public void ComplexReprMatchesOracle()
    {
        string expected = Py("""
            import math
            parts = [0.0, -0.0, 1.0, -1.0, 0.5, 1e16, 1e-5, 2.5e300, math.inf, -math.inf, 1/3, 100.0, 123.456]
            print('\n'.join('%r %r %r' % (a, b, complex(a, b)) for a in parts for b in parts))
            """);
        var sb = new StringBuilder();
        foreach (string line in expected.TrimEnd('\n').Split('\n'))
        {
            string[] f = line.Split(' ', 3);
            double a = ParseRepr(f[0]), b = ParseRepr(f[1]);
            sb.Append(f[0]).Append(' ').Append(f[1]).Append(' ').Append(PyRepr.Repr(new Complex(a, b))).Append('\n');
        }
        AssertSame.Text(expected, sb.ToString());
    }

    private static double ParseRepr(string s) => s switch
    {
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "-0.0" => -0.0,
        _ => double.Parse(s, CultureInfo.InvariantCulture),
    };

    /// <summary>Every code point in runs of 64, lone surrogates included, plus quote choices.</summary>
    [Fact]
    public void StrReprMatchesOracleForEveryCodePoint()
    {
        string expected = Py("""
            import sys
            out = []
            for start in range(0, 0x110000, 64):
                out.append(repr(''.join(chr(c) for c in range(start, start + 64))))
            for s in ["'", '"', '\'"', "a'b", 'a"b', "\\'", "", "\\", "\x7f\x80\xa0\xad", "\u2028\u3000\ufeff"]:
                out.append(repr(s))
            sys.stdout.write('\n'.join(out).encode('utf-8', 'surrogatepass').decode('utf-8', 'replace') + '\n')
            """);
        var sb = new StringBuilder();
        for (int start = 0; start < 0x110000; start += 64)
        {
            var cps = new int[64];
            for (int i = 0; i < 64; i++) cps[i] = start + i;
            string r = PyRepr.Repr(new CodePointString(cps));
            sb.Append(r).Append('\n');
        }
        foreach (string s in new[] { "'", "\"", "'\"", "a'b", "a\"b", "\\'", "", "\\", "\x7f\x80\xa0\xad", "\u2028\u3000\ufeff" })
            sb.Append(PyRepr.Repr(s)).Append('\n');
        // Lone surrogates print as escapes in both (not printable), so no replacement characters differ.
        AssertSame.Text(expected, sb.ToString());
    }

    [Fact]
    public void BytesReprMatchesOracle()
    {
        string expected = Py("""
            out = [repr(bytes(range(256)))]
            for s in [b"'", b'"', b'\'"', b"a'b", b'a"b', b"", b"\\"]:
                out.append(repr(s))
            print('\n'.join(out))
            """);
        var sb = new StringBuilder();
        sb.Append(PyRepr.Repr(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray())).Append('\n');
        foreach (string s in new[] { "'", "\"", "'\"", "a'b", "a\"b", "", "\\" })
            sb.Append(PyRepr.Repr(Encoding.ASCII.GetBytes(s))).Append('\n');
        AssertSame.Text(expected, sb.ToString());
    }
}
