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
