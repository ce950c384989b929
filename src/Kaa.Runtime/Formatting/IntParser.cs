using System.Globalization;
using System.Numerics;

namespace Kaa.Runtime.Formatting;

/// <summary>
/// int(str, base) as CPython 3.11 parses it (PyLong_FromUnicodeObject): surrounding white space, a
/// sign, the 0x/0o/0b prefixes (base 0 guesses the base from them), single underscores between
/// digits, Unicode decimal digits, and the int_max_str_digits limit for non-power-of-two bases.
/// </summary>
public static class IntParser
{
    private const int InvalidDigit = 37;

    /// <param name="maxStrDigits">sys.get_int_max_str_digits(); 0 disables the limit.</param>
    public static ParseResult<BigInteger> Parse(string text, int @base = 10, int maxStrDigits = IntFormatter.DefaultMaxStrDigits)
    {
        if ((@base != 0 && @base < 2) || @base > 36) return PyError.Value("int() base must be >= 2 and <= 36, or 0");
        string s = NumericInput.ToAscii(text);
        int guessed = @base; // the message names the base as given, 0 included
        var result = ParseAscii(s, ref guessed, maxStrDigits, out bool limitExceeded, out long digitCount);
        if (limitExceeded)
            return PyError.Value($"Exceeds the limit ({maxStrDigits} digits) for integer string conversion: value has {digitCount} digits; use sys.set_int_max_str_digits() to increase the limit");
        if (result is { } value) return value;
        return PyError.Value($"invalid literal for int() with base {@base}: {NumericInput.Repr(text, 200)}");
    }

    /// <summary>
    /// int(b, base) for bytes or bytearray data: ASCII only (no Unicode digits or spaces); the message
    /// shows the first 200 bytes as a bytes literal.
    /// </summary>
    public static ParseResult<BigInteger> Parse(ReadOnlySpan<byte> data, int @base = 10, int maxStrDigits = IntFormatter.DefaultMaxStrDigits)
    {
        if ((@base != 0 && @base < 2) || @base > 36) return PyError.Value("int() base must be >= 2 and <= 36, or 0");
        string s = Latin1(data);
        int guessed = @base;
        var result = ParseAscii(s, ref guessed, maxStrDigits, out bool limitExceeded, out long digitCount);
        if (limitExceeded)
            return PyError.Value($"Exceeds the limit ({maxStrDigits} digits) for integer string conversion: value has {digitCount} digits; use sys.set_int_max_str_digits() to increase the limit");
        if (result is { } value) return value;
        var repr = new System.Text.StringBuilder();
        Kaa.Syntax.Text.PyRepr.AppendBytes(repr, data[..Math.Min(data.Length, 200)]);
        string shown = repr.Length > 200 ? repr.ToString(0, 200) : repr.ToString();
        return PyError.Value($"invalid literal for int() with base {@base}: {shown}");
    }

    /// <summary>Bytes as chars 0-255: non-ASCII bytes are then neither digits nor spaces to the parser.</summary>
    internal static string Latin1(ReadOnlySpan<byte> data)
    {
        var chars = new char[data.Length];
        for (int i = 0; i < data.Length; i++) chars[i] = (char)data[i];
        return new string(chars);
    }

    /// <summary>Null for a syntax error; base 0 becomes the base the prefix implies.</summary>
    private static BigInteger? ParseAscii(string s, ref int @base, int maxStrDigits, out bool limitExceeded, out long digitCount)
    {
        limitExceeded = false;
        digitCount = 0;
        int pos = 0, end = s.Length;
        char At(int i) => i < end ? s[i] : '\0';

        while (pos < end && NumericInput.IsAsciiSpace(s[pos])) pos++;
        bool negative = false;
        if (At(pos) == '+') pos++;
        else if (At(pos) == '-')
        {
            negative = true;
            pos++;
        }
        bool errorIfNonzero = false;
        if (@base == 0)
        {
            if (At(pos) != '0') @base = 10;
            else if (At(pos + 1) is 'x' or 'X') @base = 16;
            else if (At(pos + 1) is 'o' or 'O') @base = 8;
            else if (At(pos + 1) is 'b' or 'B') @base = 2;
            else
            {
                // An old C-style octal literal: only zero is accepted.
                errorIfNonzero = true;
                @base = 10;
            }
        }
        if (At(pos) == '0' && ((@base == 16 && At(pos + 1) is 'x' or 'X') || (@base == 8 && At(pos + 1) is 'o' or 'O')
                               || (@base == 2 && At(pos + 1) is 'b' or 'B')))
        {
            pos += 2;
            if (At(pos) == '_') pos++; // one underscore may follow the prefix
        }
        if (At(pos) == '_') return null;

        int start = pos;
        char previous = '\0';
        long digits = 0;
        while (pos < end && (DigitValue(s[pos]) < @base || s[pos] == '_'))
        {
            if (s[pos] == '_')
            {
                if (previous == '_') return null;
            }
            else digits++;
            previous = s[pos];
            pos++;
        }
        if (previous == '_') return null;
        int scanEnd = pos;

        bool binaryBase = (@base & (@base - 1)) == 0;
        if (!binaryBase && digits > IntFormatter.MaxStrDigitsThreshold && maxStrDigits > 0 && digits > maxStrDigits)
        {
            limitExceeded = true;
            digitCount = digits;
            return null;
        }

        BigInteger value = Accumulate(s.AsSpan(start, scanEnd - start), @base);
        if (errorIfNonzero && !value.IsZero) return null;
        if (scanEnd == start) return null;
        while (pos < end && NumericInput.IsAsciiSpace(s[pos])) pos++;
        if (pos != end) return null;
        return negative ? -value : value;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => InvalidDigit,
    };

    /// <summary>The value of valid digits (underscores skipped).</summary>
    private static BigInteger Accumulate(ReadOnlySpan<char> digits, int @base)
    {
        if (digits.Contains('_'))
        {
            var plain = new char[digits.Length];
            int n = 0;
            foreach (char c in digits)
                if (c != '_') plain[n++] = c;
            digits = plain.AsSpan(0, n);
        }
        return ValueOf(digits, @base);
    }

    /// <summary>
    /// Divide and conquer: high × base^len(low) + low, so that long inputs cost a few big
    /// multiplications instead of one small multiplication per chunk of digits.
    /// </summary>
    private static BigInteger ValueOf(ReadOnlySpan<char> digits, int @base)
    {
        if (digits.Length <= 18 * 2) return ValueByChunks(digits, @base);
        // .NET's decimal parser is faster than anything built here from multiplications.
        if (@base == 10) return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (digits.Length <= 256) return ValueByChunks(digits, @base);
        int low = digits.Length / 2;
        BigInteger high = ValueOf(digits[..^low], @base);
        return high * BigInteger.Pow(@base, low) + ValueOf(digits[^low..], @base);
    }

    private static BigInteger ValueByChunks(ReadOnlySpan<char> digits, int @base)
    {
        // base^12 fits in a long for every base up to 36.
        const int Chunk = 12;
        BigInteger value = BigInteger.Zero;
        int pos = 0;
        while (pos < digits.Length)
        {
            int count = Math.Min(Chunk, digits.Length - pos);
            long chunk = 0, multiplier = 1;
            for (int i = 0; i < count; i++)
            {
                chunk = chunk * @base + DigitValue(digits[pos + i]);
                multiplier *= @base;
            }
            value = pos == 0 ? chunk : value * multiplier + chunk;
            pos += count;
        }
        return value;
    }
}
