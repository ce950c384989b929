using System.Globalization;
using System.Numerics;
using System.Text;

namespace Kaa.Runtime.Formatting;

/// <summary>
/// int to text as CPython 3.11 does it: str() with the int_max_str_digits limit, bin/oct/hex, and
/// int.__format__ (including float presentation types, which convert to float first).
/// </summary>
public static class IntFormatter
{
    /// <summary>CPython's default sys.get_int_max_str_digits(); 0 means no limit.</summary>
    public const int DefaultMaxStrDigits = 4300;

    /// <summary>Below this many digits the limit is never checked (sys.int_info.str_digits_check_threshold).</summary>
    public const int MaxStrDigitsThreshold = 640;

    private const string HexDigits = "0123456789abcdef";

    /// <summary>str(n): decimal digits, or ValueError past <paramref name="maxStrDigits"/> (0: unlimited).</summary>
    public static FormatResult ToDecimal(BigInteger n, int maxStrDigits = DefaultMaxStrDigits)
    {
        if (maxStrDigits > 0 && !IsSmall(n))
        {
            // Refuse before converting when even the smallest number of this bit length is too long.
            long bits = (long)(BigInteger.Abs(n).GetBitLength() - 1);
            if ((long)(bits * 0.30102999566398114) + 1 > maxStrDigits + 1L) return LimitToStr(maxStrDigits);
        }
        string s = n.ToString(CultureInfo.InvariantCulture);
        int length = n.Sign < 0 ? s.Length - 1 : s.Length;
        if (maxStrDigits > 0 && length > MaxStrDigitsThreshold && length > maxStrDigits) return LimitToStr(maxStrDigits);
        return s;
    }

    public static string ToDecimal(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static bool IsSmall(BigInteger n) => n >= long.MinValue && n <= long.MaxValue;

    private static PyError LimitToStr(int max)
        => PyError.Value($"Exceeds the limit ({max} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    /// <summary>bin(n), e.g. "-0b101".</summary>
    public static string Bin(BigInteger n) => ToPowerOfTwoBase(n, 1, "0b");

    /// <summary>oct(n), e.g. "0o17".</summary>
    public static string Oct(BigInteger n) => ToPowerOfTwoBase(n, 3, "0o");

    /// <summary>hex(n), e.g. "0xff".</summary>
    public static string Hex(BigInteger n) => ToPowerOfTwoBase(n, 4, "0x");

    /// <summary>The digits of |n| in base 2, 8 or 16 (lower case), without prefix or sign.</summary>
    public static string Digits(BigInteger n, int radix)
    {
        int bitsPerDigit = radix switch { 2 => 1, 8 => 3, 16 => 4, _ => throw new ArgumentOutOfRangeException(nameof(radix)) };
        return PowerOfTwoDigits(BigInteger.Abs(n), bitsPerDigit);
    }

    private static string ToPowerOfTwoBase(BigInteger n, int bitsPerDigit, string prefix)
    {
        string digits = PowerOfTwoDigits(BigInteger.Abs(n), bitsPerDigit);
        return n.Sign < 0 ? "-" + prefix + digits : prefix + digits;
    }

    private static string PowerOfTwoDigits(BigInteger magnitude, int bitsPerDigit)
    {
        if (magnitude <= ulong.MaxValue) return PowerOfTwoDigits((ulong)magnitude, bitsPerDigit);
        byte[] bytes = magnitude.ToByteArray(isUnsigned: true, isBigEndian: false);
        long bitLength = (long)magnitude.GetBitLength();
        int count = (int)((bitLength + bitsPerDigit - 1) / bitsPerDigit);
        int mask = (1 << bitsPerDigit) - 1;
        return string.Create(count, (bytes, bitsPerDigit, mask), static (chars, state) =>
        {
            var (bytes, bitsPerDigit, mask) = state;
            for (int i = 0; i < chars.Length; i++)
            {
                // A digit spans at most two bytes (at most 4 bits starting anywhere in a byte).
                long bit = (long)i * bitsPerDigit;
                int at = (int)(bit >> 3);
                int window = bytes[at] | (at + 1 < bytes.Length ? bytes[at + 1] << 8 : 0);
                chars[chars.Length - 1 - i] = HexDigits[(window >> (int)(bit & 7)) & mask];
            }
        });
    }

    /// <summary>The digits of a magnitude that fits 64 bits, in base 2, 8 or 16.</summary>
    private static string PowerOfTwoDigits(ulong magnitude, int bitsPerDigit)
    {
        if (magnitude == 0) return "0";
        int bits = 64 - System.Numerics.BitOperations.LeadingZeroCount(magnitude);
        int count = (bits + bitsPerDigit - 1) / bitsPerDigit;
        ulong mask = (1UL << bitsPerDigit) - 1;
        return string.Create(count, (magnitude, bitsPerDigit, mask), static (chars, state) =>
        {
            var (m, shift, mask) = state;
            for (int i = chars.Length - 1; i >= 0; i--, m >>= shift) chars[i] = HexDigits[(int)(m & mask)];
        });
    }

    /// <summary>format(n, spec) for an int.</summary>
    public static FormatResult Format(BigInteger n, string spec, int maxStrDigits = DefaultMaxStrDigits, string typeName = "int")
    {
        if (spec.Length == 0) return ToDecimal(n, maxStrDigits);
        var parsed = FormatSpec.Parse(spec, 'd', '>', typeName);
        if (parsed.IsError) return parsed.Error;
        return Format(n, parsed.Value, maxStrDigits, typeName);
    }

    /// <summary>format(n, spec) for the specs that are one of the letters b, d, x and X alone (f"{n:x}"):
    /// the digits, signed, into <paramref name="destination"/> (68 chars hold any long), without parsing a
    /// spec or making intermediate strings. False for every other spec.</summary>
    public static bool TryFormatBare(long n, string spec, Span<char> destination, out int written)
    {
        written = 0;
        if (spec.Length != 1) return false;
        char type = spec[0];
        int shift = type switch { 'x' or 'X' => 4, 'b' => 1, _ => 0 };
        if (shift == 0 && type != 'd') return false;
        ulong magnitude = n < 0 ? (ulong)(-(n + 1)) + 1 : (ulong)n;
        int sign = 0;
        if (n < 0) destination[sign++] = '-';
        if (shift == 0)
        {
            magnitude.TryFormat(destination[sign..], out int digits, default, CultureInfo.InvariantCulture);
            written = sign + digits;
            return true;
        }
        // Base 2 or 16: the digits from the top set bit down (a .NET format string is parsed at every call).
        int count = magnitude == 0 ? 1 : (64 - System.Numerics.BitOperations.LeadingZeroCount(magnitude) + shift - 1) / shift;
        string alphabet = type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        ulong mask = (1UL << shift) - 1;
        for (int k = sign + count - 1; k >= sign; k--, magnitude >>= shift) destination[k] = alphabet[(int)(magnitude & mask)];
        written = sign + count;
        return true;
    }

    /// <summary>format(n, spec) for an int that fits a long (the common case, without BigInteger arithmetic).</summary>
    public static FormatResult Format(long n, string spec, string typeName = "int")
    {
        if (spec.Length == 0) return ToDecimal(n);
        var parsed = FormatSpec.Parse(spec, 'd', '>', typeName);
        if (parsed.IsError) return parsed.Error;
        var s = parsed.Value;
        if (s.Type is 'b' or 'o' or 'x' or 'X' or 'd' && s.Precision == -1 && !s.NoNegativeZero)
        {
            ulong magnitude = n < 0 ? (ulong)(-(n + 1)) + 1 : (ulong)n;
            string digits = s.Type switch
            {
                'b' => PowerOfTwoDigits(magnitude, 1),
                'o' => PowerOfTwoDigits(magnitude, 3),
                'x' or 'X' => PowerOfTwoDigits(magnitude, 4),
                _ => magnitude.ToString(CultureInfo.InvariantCulture),
            };
            string prefix = !s.Alternate ? "" : s.Type switch { 'b' => "0b", 'o' => "0o", 'x' or 'X' => "0x", _ => "" };
            return NumberLayout.Build(s, n < 0, prefix, digits, false, "", s.Grouping, s.Type == 'X');
        }
        return Format(n, s, DefaultMaxStrDigits, typeName);
    }

    public static FormatResult Format(BigInteger n, in FormatSpec spec, int maxStrDigits = DefaultMaxStrDigits, string typeName = "int")
    {
        switch (spec.Type)
        {
            case 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n':
                return FormatAsInt(n, spec, maxStrDigits);
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                var asFloat = ToDouble(n);
                if (asFloat.IsError) return asFloat.Error;
                return FloatFormatter.Format(asFloat.Value, spec, typeName);
            default:
                return FormatSpec.UnknownType(spec.Type, typeName);
        }
    }

    /// <summary>float(n): correctly rounded, or OverflowError when out of range.</summary>
    public static ParseResult<double> ToDouble(BigInteger n)
    {
        if (n >= -(1L << 53) && n <= (1L << 53)) return (double)(long)n;
        // .NET's BigInteger-to-double conversion truncates; Python rounds half to even.
        BigInteger magnitude = BigInteger.Abs(n);
        int shift = (int)magnitude.GetBitLength() - 53;
        BigInteger top = magnitude >> shift;
        BigInteger rest = magnitude - (top << shift);
        int c = (rest << 1).CompareTo(BigInteger.One << shift);
        if (c > 0 || (c == 0 && !top.IsEven)) top += 1;
        double d = Math.ScaleB((double)(long)top, shift);
        if (double.IsInfinity(d)) return PyError.Overflow("int too large to convert to float");
        return n.Sign < 0 ? -d : d;
    }

    private static FormatResult FormatAsInt(BigInteger n, in FormatSpec spec, int maxStrDigits)
    {
        if (spec.Precision != -1) return PyError.Value("Precision not allowed in integer format specifier");
        if (spec.NoNegativeZero) return PyError.Value("Negative zero coercion (z) not allowed in integer format specifier");

        if (spec.Type == 'c')
        {
            if (spec.Sign != '\0') return PyError.Value("Sign not allowed with integer format specifier 'c'");
            if (spec.Alternate) return PyError.Value("Alternate form (#) not allowed with integer format specifier 'c'");
            if (n < long.MinValue || n > long.MaxValue) return PyError.Overflow("Python int too large to convert to C long");
            if (n.Sign < 0 || n > 0x10FFFF) return PyError.Overflow("%c arg not in range(0x110000)");
            var ch = new StringBuilder(2).AppendCodePoint((int)n).ToString();
            return NumberLayout.Build(spec, false, "", "", false, ch, Grouping.None, false);
        }

        string digits;
        string prefix = "";
        switch (spec.Type)
        {
            case 'b': digits = Digits(n, 2); prefix = "0b"; break;
            case 'o': digits = Digits(n, 8); prefix = "0o"; break;
            case 'x' or 'X': digits = Digits(n, 16); prefix = "0x"; break;
            default:
                var dec = ToDecimal(BigInteger.Abs(n), maxStrDigits);
                if (dec.IsError) return dec;
                digits = dec.Value;
                break;
        }
        if (!spec.Alternate) prefix = "";
        var grouping = spec.Type == 'n' ? Grouping.None : spec.Grouping;
        return NumberLayout.Build(spec, n.Sign < 0, prefix, digits, false, "", grouping, spec.Type == 'X');
    }
}
