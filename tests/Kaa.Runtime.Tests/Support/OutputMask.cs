using System.Text;
using System.Text.RegularExpressions;

namespace Kaa.Runtime.Tests.Support;

/// <summary>
/// The only differences the corpus forgives between Kaa and CPython: object addresses in
/// `&lt;... at 0x...&gt;` reprs, and values printed from id(). Addresses are masked by pattern, the
/// same function on both sides. id() values cannot be recognised by their text (they are plain
/// integers), so they are found by running the oracle twice: ASLR moves every heap object, and the
/// decimal numbers that differ between the two runs are exactly the id-derived ones. Kaa's output
/// is masked at the same positions (the n-th number of the text).
/// </summary>
public static partial class OutputMask
{
    public const string AddressMask = "0x…";
    public const string IdMask = "<id>";

    [GeneratedRegex(@"(?<= at )0x[0-9a-fA-F]+(?=>)")]
    private static partial Regex Address();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    public static string MaskAddresses(string text) => Address().Replace(text, AddressMask);

    /// <summary>
    /// The indexes (among the decimal numbers of the text) that differ between two oracle runs, or
    /// null when the runs differ in anything else: a nondeterministic program, a corpus bug.
    /// </summary>
    public static IReadOnlySet<int>? IdPositions(string firstRun, string secondRun)
    {
        var a = Number().Matches(firstRun);
        var b = Number().Matches(secondRun);
        if (a.Count != b.Count || !SameNonNumberText(firstRun, a, secondRun, b)) return null;
        var positions = new HashSet<int>();
        for (int i = 0; i < a.Count; i++)
            if (a[i].Value != b[i].Value) positions.Add(i);
        return positions;
    }

    /// <summary>The text with the numbers at the given positions replaced by <see cref="IdMask"/>.</summary>
    public static string MaskNumbersAt(string text, IReadOnlySet<int> positions)
    {
        if (positions.Count == 0) return text;
        int index = 0;
        return Number().Replace(text, m => positions.Contains(index++) ? IdMask : m.Value);
    }

    private static bool SameNonNumberText(string x, MatchCollection xs, string y, MatchCollection ys)
        => Skeleton(x, xs) == Skeleton(y, ys);

    private static string Skeleton(string text, MatchCollection numbers)
    {
        var sb = new StringBuilder(text.Length);
        int pos = 0;
        foreach (Match m in numbers)
        {
            sb.Append(text, pos, m.Index - pos).Append('#');
            pos = m.Index + m.Length;
        }
        return sb.Append(text, pos, text.Length - pos).ToString();
    }
}
