using System.Globalization;

namespace Kaa.Syntax.Text;

/// <summary>
/// Character properties the syntax layer needs. Provisional: backed by .NET's tables, whose Unicode
/// version is newer than CPython 3.11's 14.0; to be replaced by tables generated for Unicode 14.0.
/// </summary>
public static class UnicodeInfo
{
    /// <summary><c>str.isprintable()</c> for one code point.</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp == ' ') return true;
        if (cp > 0x10FFFF) return false;
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    /// <summary>XID_Start, plus '_' (an identifier's first character, after NFKC).</summary>
    public static bool IsIdentifierStart(int cp)
    {
        if (cp < 0x80) return cp == '_' || (uint)((cp | 0x20) - 'a') <= 'z' - 'a';
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
    }

    /// <summary>XID_Continue (an identifier's later characters, after NFKC).</summary>
    public static bool IsIdentifierContinue(int cp)
    {
        if (cp < 0x80) return cp == '_' || (uint)(cp - '0') <= 9 || (uint)((cp | 0x20) - 'a') <= 'z' - 'a';
        if (IsIdentifierStart(cp)) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }
}
