using System.Globalization;
using System.Numerics;
using Kaa.Syntax.Ast;
using Kaa.Syntax.Tokens;

namespace Kaa.Syntax.Literals;

/// <summary>
/// Number literals: CPython's <c>_PyPegen_number_token</c>. The value is a <see cref="long"/>, or a
/// <see cref="System.Numerics.BigInteger"/> beyond 64 bits, a <see cref="double"/>, or a
/// <see cref="System.Numerics.Complex"/> for an imaginary literal.
/// The tokenizer has already checked the literal's syntax, so the text here is well formed.
/// </summary>
internal static class NumberLiterals
{
    /// <summary>CPython 3.11's default <c>sys.get_int_max_str_digits()</c>, which compile() obeys.</summary>
    public const int MaxDecimalDigits = 4300;

    public static Constant NumberToken(Parser.Parser p, Token t)
    {
        ReadOnlySpan<byte> raw = p.Source.Utf8.AsSpan(t.Start, t.Length);
        object? value = Parse(raw, out string? limitError);
        if (limitError is not null)
        {
            // CPython reports this one without columns (-1), to avoid a wall of carets.
            throw p.ErrorKnownLocation("SyntaxError", t.Lineno, -1, t.EndLineno, -1,
                limitError + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
        }
        var c = new Constant { Value = value };
        c.SetLocation(t.Lineno, t.ColOffset, t.EndLineno, t.EndColOffset);
        return c;
    }

    /// <summary>
    /// The value of a well-formed number literal. <paramref name="limitError"/> is set (and the
    /// result null) when a decimal integer has more digits than <see cref="MaxDecimalDigits"/>.
    /// </summary>
    public static object? Parse(ReadOnlySpan<byte> raw, out string? limitError)
    {
        limitError = null;
        Span<char> buffer = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        int n = 0;
        foreach (byte b in raw)
            if (b != '_') buffer[n++] = (char)b;
        ReadOnlySpan<char> text = buffer[..n];

        if (text.Length > 1 && text[0] == '0' && (text[1] | 0x20) is 'x' or 'o' or 'b')
        {
            int bits = (text[1] | 0x20) switch { 'x' => 4, 'o' => 3, _ => 1 };
            return ParsePowerOfTwoBase(text[2..], bits);
        }
        char last = text[^1];
        if (last is 'j' or 'J')
            return new Complex(0, ParseFloat(text[..^1]));
        if (text.IndexOfAny('.', 'e', 'E') >= 0)
            return ParseFloat(text);
        return ParseDecimalInt(text, out limitError);
    }

    private static double ParseFloat(ReadOnlySpan<char> text)
        // .NET's parser is correctly rounded (IEEE round-half-even) and overflows to infinity,
        // like CPython's dtoa-based PyOS_string_to_double.
        => double.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    private static object? ParseDecimalInt(ReadOnlySpan<char> digits, out string? limitError)
    {
        limitError = null;
        if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long small))
            return small;
        // Leading zeros occur only in an all-zero literal, which fits a long; so every char counts.
        if (digits.Length > MaxDecimalDigits)
        {
            limitError = $"Exceeds the limit ({MaxDecimalDigits} digits) for integer string conversion: value has {digits.Length} digits; use sys.set_int_max_str_digits() to increase the limit";
            return null;
        }
        return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static object ParsePowerOfTwoBase(ReadOnlySpan<char> digits, int bitsPerDigit)
    {
        // Accumulate while the value fits a long (63 bits), else start over with BigInteger.
        const int LongBits = 63;
        ulong acc = 0;
        int i = 0;
        int usedBits = 0;
        while (i < digits.Length && digits[i] == '0') i++;
        for (; i < digits.Length; i++)
        {
            int d = HexValue(digits[i]);
            int needed = usedBits == 0 ? BitLength(d) : usedBits + bitsPerDigit;
            if (needed > LongBits) return ParseBig(digits, bitsPerDigit);
            acc = (acc << bitsPerDigit) | (uint)d;
            usedBits = needed;
        }
        return (long)acc;
    }

    private static BigInteger ParseBig(ReadOnlySpan<char> digits, int bitsPerDigit)
    {
        BigInteger value = BigInteger.Zero;
        foreach (char ch in digits)
            value = (value << bitsPerDigit) | HexValue(ch);
        return value;
    }

    private static int BitLength(int d) => d == 0 ? 0 : 32 - BitOperations.LeadingZeroCount((uint)d);

    private static int HexValue(char ch) => ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
}
