using Kaa.Runtime.Formatting;
using static Kaa.Runtime.Tests.Formatting.FormatOracle;

namespace Kaa.Runtime.Tests.Formatting;

/// <summary>float, int, str and complex formatting against CPython (tools/oracle_format_cases.py).</summary>
public class NumberFormattingTests
{
    [Fact]
    public void FloatRepr() => Cases.Check("float_repr", c => FloatFormatter.Repr(Double(c, "x")), 500);

    [Fact]
    public void FloatFormat() => Cases.Check("float_format", c => Show(FloatFormatter.Format(Double(c, "x"), Str(c, "spec"))), 1000);

    [Fact]
    public void IntFormat() => Cases.Check("int_format", c => Show(IntFormatter.Format(Int(c, "n"), Str(c, "spec"))), 1000);

    [Fact]
    public void IntStrLimit() => Cases.Check("int_str", c => Show(IntFormatter.ToDecimal(Int(c, "n"))), 5);

    [Fact]
    public void BinOctHex()
    {
        Cases.Check("bin", c => IntFormatter.Bin(Int(c, "n")), 10);
        Cases.Check("oct", c => IntFormatter.Oct(Int(c, "n")), 10);
        Cases.Check("hex", c => IntFormatter.Hex(Int(c, "n")), 10);
    }
}

/// <summary>str and complex formatting against CPython.</summary>
public class StrAndComplexFormattingTests
{
    [Fact]
    public void StrFormat() => Cases.Check("str_format", c => Show(StringFormatter.Format(Str(c, "s"), Str(c, "spec"))), 300);

    [Fact]
    public void ComplexRepr() => Cases.Check("complex_repr", c => ComplexFormatter.Repr(Double(c, "re"), Double(c, "im")), 10);

    [Fact]
    public void ComplexFormat()
        => Cases.Check("complex_format", c => Show(ComplexFormatter.Format(Double(c, "re"), Double(c, "im"), Str(c, "spec"))), 300);
}
