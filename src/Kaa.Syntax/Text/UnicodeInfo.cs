namespace Kaa.Syntax.Text;

/// <summary>
/// The character properties the syntax layer asks about, answered from the Unicode 14.0 tables
/// of <see cref="UnicodeDatabase"/> (CPython 3.11's version), with ASCII fast paths.
/// </summary>
public static class UnicodeInfo
{
    /// <summary><c>str.isprintable()</c> for one code point.</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp < 0x80) return cp >= ' ' && cp < 0x7F;
        if (cp > UnicodeDatabase.MaxCodePoint) return false;
        return UnicodeDatabase.Has(cp, UnicodeFlags.Printable);
    }

    /// <summary>XID_Start, plus '_' (an identifier's first character, after NFKC).</summary>
    public static bool IsIdentifierStart(int cp)
    {
        if (cp < 0x80) return cp == '_' || (uint)((cp | 0x20) - 'a') <= 'z' - 'a';
        if (cp > UnicodeDatabase.MaxCodePoint) return false;
        return UnicodeDatabase.Has(cp, UnicodeFlags.XidStart);
    }

    /// <summary>XID_Continue (an identifier's later characters, after NFKC).</summary>
    public static bool IsIdentifierContinue(int cp)
    {
        if (cp < 0x80) return cp == '_' || (uint)(cp - '0') <= 9 || (uint)((cp | 0x20) - 'a') <= 'z' - 'a';
        if (cp > UnicodeDatabase.MaxCodePoint) return false;
        return UnicodeDatabase.Has(cp, UnicodeFlags.XidContinue);
    }
}
