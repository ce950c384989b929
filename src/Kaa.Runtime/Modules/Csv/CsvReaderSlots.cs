using State = Kaa.Runtime.PyCsvReader.ParserState;

namespace Kaa.Runtime;

/// <summary>
/// <c>_csv.reader</c>: the CSV parser, a state machine fed one code point at a time, with an end-of-line
/// mark after each line the input iterator yields (CPython's parse_process_char, same states and errors).
/// </summary>
internal static class CsvReaderSlots
{
    private const string Doc = "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n";

    /// <summary>The mark fed after each input line (no code point equals it).</summary>
    private const int Eol = -2;

    internal static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create(Doc));
        type.New = static (ts, t, args, kw) => CsvModule.NewEmpty(ts, t, args, static t => new PyCsvReader(t));
        type.Iter = static (ts, self) => self;
        type.IterNext = Next;
        type.AddMember("dialect", static (ts, self) => (PyObject?)((PyCsvReader)self).Dialect ?? PyNone.Instance);
        type.AddMember("line_num", static (ts, self) => PyInt.Create(((PyCsvReader)self).LineNum));
    }

    /// <summary>_csv.reader(iterable, dialect='excel', **options).</summary>
    internal static PyObject? Create(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Length ?? 0);
        if (!CsvModule.CheckPositional(ts, npos, 1, 2)) return null;
        var reader = new PyCsvReader(CsvModule.ReaderType);
        reader.InputIter = Protocols.GetIter(ts, args[0]);
        if (reader.InputIter is null) return null;
        reader.Dialect = CsvModule.CallDialect(ts, npos == 2 ? args[1] : null, args[npos..], kwnames);
        if (reader.Dialect is null) return null;
        return reader;
    }

    private static PyObject? Next(ThreadState ts, PyObject self)
    {
        var r = (PyCsvReader)self;
        if (r.InputIter is null || r.Dialect is null) return ts.TypeError("the reader was not made by _csv.reader()");
        var state = ts.Interp.GetModuleState<CsvState>();
        r.Fields = new PyList();
        r.FieldLength = 0;
        r.State = State.StartRecord;
        r.NumericField = false;
        do
        {
            var line = Protocols.Next(ts, r.InputIter);
            if (line is null)
            {
                // End of input (or an error): a field still open is the last one, unless strict.
                if (!ts.HasError && (r.FieldLength != 0 || r.State == State.InQuotedField))
                {
                    if (r.Dialect.Strict)
                        ts.SetError(state.Error!, "unexpected end of data");
                    else if (SaveField(ts, r))
                        break;
                }
                return null;
            }
            if (line is not PyStr text)
                return ts.Raise(state.Error!, $"iterator should return strings, not {line.Type.Name} (the file should be opened in text mode)");
            r.LineNum++;
            for (int i = 0; i < text.Length; i++)
                if (!ProcessChar(ts, r, state, text[i])) return null;
            if (!ProcessChar(ts, r, state, Eol)) return null;
        } while (r.State != State.StartRecord);
        var fields = r.Fields;
        r.Fields = null;
        return fields;
    }

    private static bool SaveField(ThreadState ts, PyCsvReader r)
    {
        PyObject field = PyStr.FromCodePoints(r.Field.AsSpan(0, r.FieldLength));
        r.FieldLength = 0;
        if (r.NumericField)
        {
            r.NumericField = false;
            var number = Protocols.Call1(ts, BuiltinTypes.Float, field);
            if (number is null) return false;
            field = number;
        }
        r.Fields!.Append(field);
        return true;
    }

    private static bool AddChar(ThreadState ts, PyCsvReader r, CsvState state, int c)
    {
        if (r.FieldLength >= state.FieldLimit)
        {
            ts.SetError(state.Error!, $"field larger than field limit ({state.FieldLimit})");
            return false;
        }
        if (r.FieldLength == r.Field.Length) Array.Resize(ref r.Field, r.Field.Length * 2);
        r.Field[r.FieldLength++] = c;
        return true;
    }

    private static bool IsLineBreak(int c) => c is '\n' or '\r';

    private static bool ProcessChar(ThreadState ts, PyCsvReader r, CsvState state, int c)
    {
        var d = r.Dialect!;
        switch (r.State)
        {
            case State.StartRecord:
                if (c == Eol) return true;  // an empty line: the row is []
                if (IsLineBreak(c))
                {
                    r.State = State.EatCrNl;
                    return true;
                }
                r.State = State.StartField;
                return StartField(ts, r, state, c);

            case State.StartField:
                return StartField(ts, r, state, c);

            case State.EscapedChar:
                if (IsLineBreak(c))
                {
                    if (!AddChar(ts, r, state, c)) return false;
                    r.State = State.AfterEscapedCrNl;
                    return true;
                }
                if (c == Eol) c = '\n';
                if (!AddChar(ts, r, state, c)) return false;
                r.State = State.InField;
                return true;

            case State.AfterEscapedCrNl:
                if (c == Eol) return true;
                return InField(ts, r, state, c);

            case State.InField:
                return InField(ts, r, state, c);

            case State.InQuotedField:
                if (c == Eol) return true;
                if (c == d.EscapeChar)
                    r.State = State.EscapeInQuotedField;
                else if (c == d.QuoteChar && d.Quoting != PyCsvDialect.QuoteNone)
                    r.State = d.DoubleQuote ? State.QuoteInQuotedField : State.InField;
                else
                    return AddChar(ts, r, state, c);
                return true;

            case State.EscapeInQuotedField:
                if (c == Eol) c = '\n';
                if (!AddChar(ts, r, state, c)) return false;
                r.State = State.InQuotedField;
                return true;

            case State.QuoteInQuotedField:
                // After a quote inside a quoted field: a second quote is a literal one.
                if (d.Quoting != PyCsvDialect.QuoteNone && c == d.QuoteChar)
                {
                    if (!AddChar(ts, r, state, c)) return false;
                    r.State = State.InQuotedField;
                    return true;
                }
                if (c == d.Delimiter)
                {
                    if (!SaveField(ts, r)) return false;
                    r.State = State.StartField;
                    return true;
                }
                if (IsLineBreak(c) || c == Eol)
                {
                    if (!SaveField(ts, r)) return false;
                    r.State = c == Eol ? State.StartRecord : State.EatCrNl;
                    return true;
                }
                if (!d.Strict)
                {
                    if (!AddChar(ts, r, state, c)) return false;
                    r.State = State.InField;
                    return true;
                }
                ts.SetError(state.Error!, $"'{Char(d.Delimiter)}' expected after '{Char(d.QuoteChar)}'");
                return false;

            case State.EatCrNl:
                if (IsLineBreak(c)) return true;
                if (c == Eol)
                {
                    r.State = State.StartRecord;
                    return true;
                }
                ts.SetError(state.Error!, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
                return false;
        }
        return true;
    }

    private static bool StartField(ThreadState ts, PyCsvReader r, CsvState state, int c)
    {
        var d = r.Dialect!;
        if (IsLineBreak(c) || c == Eol)
        {
            if (!SaveField(ts, r)) return false;
            r.State = c == Eol ? State.StartRecord : State.EatCrNl;
        }
        else if (c == d.QuoteChar && d.Quoting != PyCsvDialect.QuoteNone)
            r.State = State.InQuotedField;
        else if (c == d.EscapeChar)
            r.State = State.EscapedChar;
        else if (c == ' ' && d.SkipInitialSpace)
        {
            // spaces at the start of a field are dropped
        }
        else if (c == d.Delimiter)
            return SaveField(ts, r);
        else
        {
            if (d.Quoting == PyCsvDialect.QuoteNonNumeric) r.NumericField = true;
            if (!AddChar(ts, r, state, c)) return false;
            r.State = State.InField;
        }
        return true;
    }

    private static bool InField(ThreadState ts, PyCsvReader r, CsvState state, int c)
    {
        var d = r.Dialect!;
        if (IsLineBreak(c) || c == Eol)
        {
            if (!SaveField(ts, r)) return false;
            r.State = c == Eol ? State.StartRecord : State.EatCrNl;
        }
        else if (c == d.EscapeChar)
            r.State = State.EscapedChar;
        else if (c == d.Delimiter)
        {
            if (!SaveField(ts, r)) return false;
            r.State = State.StartField;
        }
        else
            return AddChar(ts, r, state, c);
        return true;
    }

    /// <summary>A dialect character in a message (UTF-16; a lone surrogate stays one char).</summary>
    private static string Char(int c) => c <= 0xFFFF ? ((char)c).ToString() : char.ConvertFromUtf32(c);
}
