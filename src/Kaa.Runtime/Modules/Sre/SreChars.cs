using Kaa.Syntax.Text;

namespace Kaa.Runtime.Modules.Sre;

/// <summary>
/// The character predicates and case mappings of the engine: ASCII (bytes patterns and re.ASCII), the C
/// locale (re.LOCALE: as CPython under a UTF-8 or C locale, only ASCII letters have case and are word
/// characters), and Unicode 14 (str patterns) — <c>lower</c>/<c>upper</c> being the first code point of the
/// full mapping, as CPython's Py_UNICODE_TOLOWER/TOUPPER give.
/// </summary>
internal static class SreChars
{
    /// <summary>BMP lower and upper mappings, computed once (an immutable cache).</summary>
    private static readonly Lazy<(int[] Lower, int[] Upper)> s_bmpCase = new(BuildBmpCase);

    private static (int[] Lower, int[] Upper) BuildBmpCase()
    {
        var lower = new int[0x10000];
        var upper = new int[0x10000];
        Span<int> buf = stackalloc int[3];
        for (int cp = 0; cp < 0x10000; cp++)
        {
            lower[cp] = FirstOfMapping(cp, CaseMapping.Lower, buf);
            upper[cp] = FirstOfMapping(cp, CaseMapping.Upper, buf);
        }
        return (lower, upper);
    }

    private static int FirstOfMapping(int cp, CaseMapping mapping, Span<int> buf)
    {
        int simple = UnicodeCase.MapSimple(cp, mapping);
        if (simple >= 0) return simple;
        UnicodeCase.Map(cp, mapping, buf);
        return buf[0];
    }

    public static int LowerAscii(int ch) => (uint)(ch - 'A') <= 'Z' - 'A' ? ch + 32 : ch;

    public static int UpperAscii(int ch) => (uint)(ch - 'a') <= 'z' - 'a' ? ch - 32 : ch;

    /// <summary>tolower() of the C locale for bytes; other code points unchanged.</summary>
    public static int LowerLocale(int ch) => LowerAscii(ch);

    public static int UpperLocale(int ch) => UpperAscii(ch);

    public static int LowerUnicode(int ch)
    {
        if (ch < 128) return LowerAscii(ch);
        if (ch <= 0xFFFF) return s_bmpCase.Value.Lower[ch];
        Span<int> buf = stackalloc int[3];
        return FirstOfMapping(ch, CaseMapping.Lower, buf);
    }

    public static int UpperUnicode(int ch)
    {
        if (ch < 128) return UpperAscii(ch);
        if (ch <= 0xFFFF) return s_bmpCase.Value.Upper[ch];
        Span<int> buf = stackalloc int[3];
        return FirstOfMapping(ch, CaseMapping.Upper, buf);
    }

    /// <summary>LITERAL_LOC_IGNORE: <paramref name="ch"/> or its locale lower/upper form is the pattern's character.</summary>
    public static bool CharLocIgnore(uint pattern, int ch)
        => (uint)ch == pattern || (uint)LowerLocale(ch) == pattern || (uint)UpperLocale(ch) == pattern;

    public static bool IsDigit(int ch) => (uint)(ch - '0') <= 9;

    public static bool IsSpace(int ch) => ch is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';

    public static bool IsLineBreak(int ch) => ch == '\n';

    public static bool IsWord(int ch) => ch <= 'z' && (IsAsciiAlnum(ch) || ch == '_');

    private static bool IsAsciiAlnum(int ch) => (uint)(ch - '0') <= 9 || (uint)((ch | 32) - 'a') <= 'z' - 'a';

    public static bool IsAsciiAlpha(int ch) => (uint)((ch | 32) - 'a') <= 'z' - 'a' && ch < 128;

    public static bool IsLocWord(int ch) => ch < 128 && (IsAsciiAlnum(ch) || ch == '_');

    public static bool IsUniDigit(int ch) => ch < 128 ? IsDigit(ch) : UnicodeDatabase.Has(ch, UnicodeFlags.Decimal);

    public static bool IsUniSpace(int ch) => ch < 128 ? ch is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or (>= '\x1c' and <= '\x1f')
        : UnicodeDatabase.Has(ch, UnicodeFlags.Space);

    public static bool IsUniLineBreak(int ch) => ch < 128 ? ch is '\n' or '\r' or '\v' or '\f' or (>= '\x1c' and <= '\x1e')
        : UnicodeDatabase.Has(ch, UnicodeFlags.LineBreak);

    private const UnicodeFlags AlnumFlags = UnicodeFlags.Alpha | UnicodeFlags.Decimal | UnicodeFlags.Digit | UnicodeFlags.Numeric;

    public static bool IsUniWord(int ch) => ch < 128 ? IsAsciiAlnum(ch) || ch == '_'
        : (UnicodeDatabase.Flags(ch) & AlnumFlags) != 0;

    /// <summary>sre_category: does <paramref name="ch"/> belong to the category?</summary>
    public static bool Category(uint category, int ch) => category switch
    {
        SreCategory.Digit => IsDigit(ch),
        SreCategory.NotDigit => !IsDigit(ch),
        SreCategory.Space => IsSpace(ch),
        SreCategory.NotSpace => !IsSpace(ch),
        SreCategory.Word => IsWord(ch),
        SreCategory.NotWord => !IsWord(ch),
        SreCategory.LineBreak => IsLineBreak(ch),
        SreCategory.NotLineBreak => !IsLineBreak(ch),
        SreCategory.LocWord => IsLocWord(ch),
        SreCategory.LocNotWord => !IsLocWord(ch),
        SreCategory.UniDigit => IsUniDigit(ch),
        SreCategory.UniNotDigit => !IsUniDigit(ch),
        SreCategory.UniSpace => IsUniSpace(ch),
        SreCategory.UniNotSpace => !IsUniSpace(ch),
        SreCategory.UniWord => IsUniWord(ch),
        SreCategory.UniNotWord => !IsUniWord(ch),
        SreCategory.UniLineBreak => IsUniLineBreak(ch),
        SreCategory.UniNotLineBreak => !IsUniLineBreak(ch),
        _ => false,
    };
}
