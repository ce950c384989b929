using System.Globalization;
using Kaa.Syntax.Tests.Support;

namespace Kaa.Runtime.Tests.Lists;

/// <summary>
/// <see cref="SliceIndices"/> against CPython: for a grid of (start, stop, step, length), the oracle prints
/// <c>slice(...).indices(length)</c> and <c>len(range(*that))</c>; Unpack + AdjustIndices must give the same
/// start, step and count, and UnpackBig the same triple.
/// </summary>
public class SliceIndicesTests
{
    private static readonly string[] Bounds = ["None", "0", "1", "3", "-1", "-4", "7", "100", "-100", "9223372036854775807", "-9223372036854775808", "10**30", "-10**30"];
    private static readonly string[] Steps = ["None", "1", "2", "-1", "-3", "9223372036854775807", "-9223372036854775808", "10**30"];
    private static readonly int[] Lengths = [0, 1, 5, 8];

    [Fact]
    public void MatchesCPythonOnAGrid()
    {
        var script = "import itertools\n" +
            $"B = [{string.Join(", ", Bounds)}]\nS = [{string.Join(", ", Steps)}]\nL = [{string.Join(", ", Lengths)}]\n" +
            "for a, b, c, n in itertools.product(B, B, S, L):\n" +
            "    s, t, u = slice(a, b, c).indices(n)\n" +
            "    print(s, t, u, len(range(s, t, u)))\n";
        string file = Path.Combine(Path.GetTempPath(), $"kaa_slice_grid_{Environment.ProcessId}.py");
        File.WriteAllText(file, script);
        string[] expected;
        try
        {
            expected = Oracle.Run([file]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        finally
        {
            File.Delete(file);
        }
        var ts = new Interpreter().MainThread;
        int row = 0;
        foreach (var a in Bounds)
        foreach (var b in Bounds)
        foreach (var c in Steps)
        foreach (var n in Lengths)
        {
            var slice = new PySlice(Value(a), Value(b), Value(c));
            var parts = expected[row++].Split(' ');
            Assert.True(SliceIndices.UnpackBig(ts, slice, n, out var s, out var t, out var u));
            Assert.Equal(parts[0], s.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(parts[1], t.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(parts[2], u.ToString(CultureInfo.InvariantCulture));
            // The machine-word path clamps huge steps, so only the count and (for in-range steps) start agree.
            Assert.True(SliceIndices.GetIndices(ts, slice, n, out long start, out long step, out long count));
            Assert.Equal(parts[3], count.ToString(CultureInfo.InvariantCulture));
            if (count > 0 && u == step) Assert.Equal(parts[0], start.ToString(CultureInfo.InvariantCulture));
        }
        Assert.Equal(expected.Length, row);
    }

    private static PyObject Value(string text) => text switch
    {
        "None" => PyNone.Instance,
        "10**30" => PyInt.Create(System.Numerics.BigInteger.Pow(10, 30)),
        "-10**30" => PyInt.Create(-System.Numerics.BigInteger.Pow(10, 30)),
        _ => PyInt.Create(System.Numerics.BigInteger.Parse(text, CultureInfo.InvariantCulture)),
    };
}
