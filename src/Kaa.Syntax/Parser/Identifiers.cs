namespace Kaa.Syntax.Parser;

/// <summary>Identifier normalisation (PEP 3131): non-ASCII names are compared in NFKC form.</summary>
internal static class Identifiers
{
    /// <summary>
    /// NFKC form of a non-ASCII identifier, as CPython's <c>_PyPegen_new_identifier</c> computes it
    /// with <c>unicodedata.normalize</c> (Unicode 14.0 tables; .NET's own normalization is a no-op
    /// under InvariantGlobalization).
    /// </summary>
    public static string NormalizeNfkc(string name) => Kaa.Syntax.Text.UnicodeNormalization.Nfkc(name);
}
