namespace Kaa.Runtime;

/// <summary>
/// <c>_csv.Dialect</c>: the validated options a reader parses with and a writer writes with. Characters
/// are code points; <see cref="NotSet"/> marks an absent escapechar or quotechar.
/// </summary>
internal sealed class PyCsvDialect(PyType type) : CsvObject(type)
{
    /// <summary>No character (CPython's NOT_SET): compares unequal to every code point.</summary>
    internal const int NotSet = -1;

    internal const int QuoteMinimal = 0, QuoteAll = 1, QuoteNonNumeric = 2, QuoteNone = 3;

    internal bool DoubleQuote;
    internal bool SkipInitialSpace;
    internal bool Strict;
    internal int Quoting;
    internal int Delimiter;
    internal int QuoteChar;
    internal int EscapeChar;
    internal PyStr LineTerminator = PyStr.Empty;
}
