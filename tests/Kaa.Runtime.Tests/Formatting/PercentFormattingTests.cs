using Kaa.Runtime.Formatting;
using static Kaa.Runtime.Tests.Formatting.FormatOracle;

namespace Kaa.Runtime.Tests.Formatting;

/// <summary><c>str % args</c> against CPython, through a fake object model.</summary>
public class PercentFormattingTests
{
    [Fact]
    public void PercentFormat()
    {
        var host = new FakePercentHost();
        Cases.Check("percent", c =>
        {
            var result = PercentFormatter<FakeObject>.Format(host, Str(c, "fmt"), FakeObject.Decode(c.GetProperty("args")));
            return result.IsError && result.Kind == PyErrorKind.KeyError ? "KeyError: " + result.Message : Show(result);
        }, 5000);
    }
}

/// <summary><c>bytes % args</c> (PEP 461) against CPython, through the fake object model.</summary>
public class BytesPercentFormattingTests
{
    [Fact]
    public void BytesPercentFormat()
    {
        var host = new FakePercentHost();
        Cases.Check("bytes_percent", c =>
        {
            byte[] format = Str(c, "fmt").Select(ch => (byte)ch).ToArray();
            var result = PercentFormatter<FakeObject>.FormatBytes(host, format, FakeObject.Decode(c.GetProperty("args")));
            if (result.IsError)
                return result.Error.Kind == PyErrorKind.KeyError ? "KeyError: " + result.Error.Message : result.Error.ToString();
            return new string(result.Value.Select(b => (char)b).ToArray());
        }, 1000);
    }
}
