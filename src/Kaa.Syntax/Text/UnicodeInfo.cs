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
}
