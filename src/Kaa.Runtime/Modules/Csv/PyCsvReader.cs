namespace Kaa.Runtime;

/// <summary>
/// <c>_csv.reader</c>: an iterator of rows parsed from an iterator of lines. The parser's state lives
/// across lines, since a quoted field may span several.
/// </summary>
internal sealed class PyCsvReader(PyType type) : CsvObject(type)
{
    internal enum ParserState
    {
        StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField,
        QuoteInQuotedField, EatCrNl, AfterEscapedCrNl,
    }

    /// <summary>Null for a reader made by calling the type (not through <c>_csv.reader()</c>).</summary>
    internal PyObject? InputIter;
    internal PyCsvDialect? Dialect;
    internal PyList? Fields;
    internal ParserState State;
    /// <summary>The field being read, as code points.</summary>
    internal int[] Field = new int[64];
    internal int FieldLength;
    /// <summary>The field becomes a float when saved (QUOTE_NONNUMERIC, unquoted).</summary>
    internal bool NumericField;
    internal ulong LineNum;
}
