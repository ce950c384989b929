using System.Text;

namespace Kaa.Syntax.Parser;

/// <summary>Identifier normalisation (PEP 3131): non-ASCII names are compared in NFKC form.</summary>
internal static class Identifiers
{
    /// <summary>
    /// NFKC form of a non-ASCII identifier, as CPython's <c>_PyPegen_new_identifier</c> computes it
    /// with <c>unicodedata.normalize</c>. Note: under InvariantGlobalization .NET's
    /// <see cref="string.Normalize(NormalizationForm)"/> returns its input unchanged, so names that
    /// NFKC would change (e.g. ligatures, full-width letters) are kept as written until Unicode 14.0
    /// decomposition tables are available in the syntax layer.
    /// </summary>
    public static string NormalizeNfkc(string name)
    {
        if (name.IsNormalized(NormalizationForm.FormKC)) return name;
        return name.Normalize(NormalizationForm.FormKC);
    }
}
