using System.Globalization;
using Kaa.Runtime.Formatting;
using static Kaa.Runtime.Tests.Formatting.FormatOracle;

namespace Kaa.Runtime.Tests.Formatting;

/// <summary>int(str), float(str), float.hex/fromhex and round() against CPython.</summary>
public class ParsingTests
{
    /// <summary>The oracle's "repr(x) copysign(1, x)": shows the sign of zeros and nans too.</summary>
    private static string ShowFloat(double x)
        => FloatFormatter.Repr(x) + " " + FloatFormatter.Repr(double.IsNegative(x) ? -1.0 : 1.0);

    [Fact]
    public void IntParse() => Cases.Check("int_parse",
        c => Show(IntParser.Parse(Str(c, "s"), c.GetProperty("base").GetInt32()), v => v.ToString(CultureInfo.InvariantCulture)), 400);

    [Fact]
    public void IntParseAtTheDigitLimit() => Cases.Check("int_parse_mod",
        c => Show(IntParser.Parse(Str(c, "s"), c.GetProperty("base").GetInt32()),
            v => (v % 1000000007).ToString(CultureInfo.InvariantCulture)), 15);

    [Fact]
    public void FloatParse() => Cases.Check("float_parse", c => Show(FloatParser.Parse(Str(c, "s")), ShowFloat), 60);

    [Fact]
    public void FloatFromHex() => Cases.Check("float_fromhex", c => Show(FloatHex.FromHex(Str(c, "s")), ShowFloat), 30);

    [Fact]
    public void FloatToHex() => Cases.Check("float_hex", c => FloatHex.ToHex(Double(c, "x")), 50);

    [Fact]
    public void RoundToInt() => Cases.Check("round_int",
        c => Show(FloatRounding.RoundToInt(Double(c, "x")), v => v.ToString(CultureInfo.InvariantCulture)), 50);

    [Fact]
    public void RoundWithDigits() => Cases.Check("round",
        c => Show(FloatRounding.Round(Double(c, "x"), c.GetProperty("n").GetInt64()), ShowFloat), 500);
}

/// <summary>int() and float() of bytes and bytearray against CPython.</summary>
public class BytesParsingTests
{
    private static byte[] Data(System.Text.Json.JsonElement c) => Str(c, "data").Select(ch => (byte)ch).ToArray();

    [Fact]
    public void IntParseBytes() => Cases.Check("int_parse_bytes",
        c => Show(IntParser.Parse(Data(c), c.GetProperty("base").GetInt32()), v => v.ToString(CultureInfo.InvariantCulture)), 50);

    [Fact]
    public void FloatParseBytes() => Cases.Check("float_parse_bytes", c => Show(FloatParser.Parse(Data(c)), FloatFormatter.Repr), 10);
}

/// <summary>complex(str) against CPython.</summary>
public class ComplexParsingTests
{
    private static string Sign(double x) => FloatFormatter.Repr(double.IsNegative(x) ? -1.0 : 1.0);

    [Fact]
    public void ComplexParse() => Cases.Check("complex_parse", c => Show(ComplexParser.Parse(Str(c, "s")),
        z => $"{FloatFormatter.Repr(z.Real)} {FloatFormatter.Repr(z.Imag)} {Sign(z.Real)} {Sign(z.Imag)}"), 50);
}
