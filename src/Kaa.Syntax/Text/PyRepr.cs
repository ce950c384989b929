using System.Globalization;
using System.Numerics;
using System.Text;

namespace Kaa.Syntax.Text;

/// <summary>
/// Python's <c>repr()</c> of the values a parser can produce as constants: None, bool, int, float,
/// complex, str, bytes and Ellipsis, each formatted exactly as CPython 3.11 formats it.
/// </summary>
public static class PyRepr
{
    public static string Repr(object? value)
    {
        var sb = new StringBuilder();
        AppendConstant(sb, value);
        return sb.ToString();
    }

    public static void AppendConstant(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("None"); break;
            case bool b: sb.Append(b ? "True" : "False"); break;
            case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case long l: sb.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case BigInteger bi: sb.Append(bi.ToString(CultureInfo.InvariantCulture)); break;
            case double d: AppendFloat(sb, d); break;
            case Complex c: AppendComplex(sb, c); break;
            case string s: AppendStr(sb, s); break;
            case CodePointString cps: AppendStr(sb, cps.CodePoints); break;
            case byte[] bytes: AppendBytes(sb, bytes); break;
            case EllipsisValue: sb.Append("Ellipsis"); break;
            default: throw new ArgumentException($"not a constant: {value.GetType()}", nameof(value));
        }
    }

    /// <summary><c>repr(float)</c>: the shortest string that round-trips, in CPython's layout.</summary>
    public static void AppendFloat(StringBuilder sb, double d) => sb.Append(FloatRepr(d));

    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0.0" : "0.0";
        // .NET's "R" gives the shortest round-trip digits; re-lay them out as Python does:
        // positional when -4 <= exponent < 16, otherwise d.ddde+XX.
        string shortest = ShortestRoundTrip(d);
        ShortestDigits(shortest, out bool negative, out string digits, out int exp10);
        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        int decpt = exp10 + 1; // position of the decimal point relative to the digit string
        if (exp10 >= -4 && exp10 < 16)
        {
            if (decpt <= 0)
            {
                sb.Append("0.").Append('0', -decpt).Append(digits);
            }
            else if (decpt >= digits.Length)
            {
                sb.Append(digits).Append('0', decpt - digits.Length).Append(".0");
            }
            else
            {
                sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
            }
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            sb.Append('e').Append(exp10 < 0 ? '-' : '+');
            int a = Math.Abs(exp10);
            if (a < 10) sb.Append('0');
            sb.Append(a.ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>
    /// The shortest decimal that reads back as <paramref name="d"/>, as CPython's dtoa mode 0.
    /// .NET's "R" is usually that, but not always: next to a power of two (where the gap below is
    /// half the gap above) it can return digits that do not round-trip, e.g. for 2**-25. Then the
    /// correctly rounded form with one more digit at a time is used.
    /// </summary>
    private static string ShortestRoundTrip(double d)
    {
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        if (double.Parse(r, CultureInfo.InvariantCulture) == d) return r;
        ShortestDigits(r, out _, out string digits, out _);
        for (int precision = digits.Length; precision < 17; precision++)
        {
            string candidate = d.ToString("E" + (precision - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (double.Parse(candidate, CultureInfo.InvariantCulture) == d) return candidate;
        }
        return d.ToString("E16", CultureInfo.InvariantCulture);
    }

    /// <summary>Splits .NET's round-trip text ("1.5E-05", "123.25") into digits and a decimal exponent.</summary>
    private static void ShortestDigits(string text, out bool negative, out string digits, out int exp10)
    {
        negative = text.StartsWith('-');
        if (negative) text = text[1..];
        int e = text.IndexOfAny(['E', 'e']);
        int exponent = 0;
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        int dot = text.IndexOf('.');
        string intPart = dot >= 0 ? text[..dot] : text;
        string fracPart = dot >= 0 ? text[(dot + 1)..] : "";
        string all = intPart + fracPart;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') lead++;
        // exponent of the first significant digit
        exp10 = intPart.Length - 1 - lead + exponent;
        digits = all[lead..].TrimEnd('0');
        if (digits.Length == 0) digits = "0";
    }

    public static void AppendComplex(StringBuilder sb, Complex c)
    {
        // Constants from source are pure imaginary; the general form matches complex.__repr__.
        if (c.Real == 0 && !double.IsNegative(c.Real))
        {
            sb.Append(ComplexPart(c.Imaginary)).Append('j');
            return;
        }
        sb.Append('(').Append(ComplexPart(c.Real));
        string im = ComplexPart(c.Imaginary);
        if (!im.StartsWith('-') ) sb.Append('+');
        sb.Append(im).Append("j)");
    }

    private static string ComplexPart(double d)
    {
        string s = FloatRepr(d);
        return s.EndsWith(".0", StringComparison.Ordinal) ? s[..^2] : s;
    }

    public static void AppendStr(StringBuilder sb, string s)
    {
        // Decode UTF-16 into code points; a lone surrogate stays a code point of its own.
        var cps = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char ch = s[i];
            if (char.IsHighSurrogate(ch) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cps.Add(char.ConvertToUtf32(ch, s[i + 1]));
                i++;
            }
            else cps.Add(ch);
        }
        AppendStr(sb, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cps));
    }

    public static void AppendStr(StringBuilder sb, ReadOnlySpan<int> codePoints)
    {
        bool hasSingle = false, hasDouble = false;
        foreach (int cp in codePoints)
        {
            if (cp == '\'') hasSingle = true;
            else if (cp == '"') hasDouble = true;
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        sb.Append(quote);
        foreach (int cp in codePoints)
        {
            if (cp == quote || cp == '\\') sb.Append('\\').Append((char)cp);
            else if (cp == '\t') sb.Append("\\t");
            else if (cp == '\n') sb.Append("\\n");
            else if (cp == '\r') sb.Append("\\r");
            else if (cp < ' ' || cp == 0x7f) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp < 0x7f) sb.Append((char)cp);
            else if (UnicodeInfo.IsPrintable(cp)) sb.Append(char.ConvertFromUtf32(cp));
            else if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        sb.Append(quote);
    }

    public static void AppendBytes(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        bool hasSingle = bytes.Contains((byte)'\''), hasDouble = bytes.Contains((byte)'"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        sb.Append('b').Append(quote);
        foreach (byte b in bytes)
        {
            if (b == quote || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\t') sb.Append("\\t");
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b < ' ' || b >= 0x7f) sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append((char)b);
        }
        sb.Append(quote);
    }
}
