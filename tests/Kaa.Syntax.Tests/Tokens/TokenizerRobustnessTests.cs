using Kaa.Syntax.Errors;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Tests.Tokens;

/// <summary>No input makes the tokenizer fail other than with a SyntaxErrorException, or loop.</summary>
public class TokenizerRobustnessTests
{
    /// <summary>Tokenizes to the end; true if it raised a Python exception, false if it finished.</summary>
    private static bool Tokenize(byte[] source)
    {
        try
        {
            var tokenizer = new Tokenizer(SourceText.FromBytes(source, "<fuzz>"));
            int limit = source.Length * 4 + 100; // a token consumes input, apart from DEDENTs and the end
            for (int i = 0; tokenizer.Next().Kind != TokenKind.Endmarker; i++)
                Assert.True(i < limit, "the tokenizer does not advance");
            return false;
        }
        catch (SyntaxErrorException)
        {
            return true;
        }
    }

    [Fact]
    public void RandomAndMutatedInputs()
    {
        var rng = new Random(20260101);
        const string alphabet = " \t\n\r\f\\'\"#()[]{}0123456789abcdefxobjeEJ_.+-*/=<>!;:,@rRbBfFuU\u0001\u007f";
        byte[] seed = "def f(a, *b):\n    if a:\n\treturn '''x\n''' + 0x_1F + 1.5e-3j\n    return [b,\n  {1: 2}]\n"u8.ToArray();
        for (int n = 0; n < 20000; n++)
        {
            byte[] data;
            switch (n % 3)
            {
                case 0:
                    data = new byte[rng.Next(0, 120)];
                    rng.NextBytes(data);
                    break;
                case 1:
                    data = new byte[rng.Next(0, 120)];
                    for (int i = 0; i < data.Length; i++) data[i] = (byte)alphabet[rng.Next(alphabet.Length)];
                    break;
                default:
                    data = (byte[])seed.Clone();
                    for (int m = rng.Next(1, 5); m > 0; m--)
                        data[rng.Next(data.Length)] = rng.Next(2) == 0 ? (byte)alphabet[rng.Next(alphabet.Length)] : (byte)rng.Next(1, 256);
                    break;
            }
            Tokenize(data);
        }
    }

    [Fact]
    public void DeepNestingAndHugeInputs()
    {
        Assert.True(Tokenize(System.Text.Encoding.ASCII.GetBytes(new string('(', 1_000_000))));
        Assert.True(Tokenize(System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 5000).Select(i => new string(' ', i) + "if 1:\n")))));
        Assert.False(Tokenize(System.Text.Encoding.ASCII.GetBytes("x = '" + new string('a', 10_000_000) + "'\n")));
        Assert.False(Tokenize(System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("x = (1 +\n 2)\n", 200_000)))));
        Assert.True(Tokenize(System.Text.Encoding.ASCII.GetBytes("'''" + new string('\n', 1_000_000))));
    }
}
