namespace Kaa.Runtime;

/// <summary>
/// <c>_csv.writer</c>: writerow joins the fields of a row into one line (quoting and escaping as the dialect
/// says, CPython's join_append_data) and calls the file's write with it; writerows does that per row.
/// </summary>
internal static class CsvWriterSlots
{
    private const string Doc = "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n";
    private const string WriteRowDoc = "writerow(iterable)\n\nConstruct and write a CSV record from an iterable of fields.  Non-string\nelements will be converted to string.";
    private const string WriteRowsDoc = "writerows(iterable of iterables)\n\nConstruct and write a series of iterables to a csv file.  Non-string\nelements will be converted to string.";

    internal static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create(Doc));
        type.New = static (ts, t, args, kw) => CsvModule.NewEmpty(ts, t, args, static t => new PyCsvWriter(t));
        type.AddMethod("writerow", static (ts, self, row) => WriteRow(ts, (PyCsvWriter)self, row), WriteRowDoc);
        type.AddMethod("writerows", static (ts, self, rows) => WriteRows(ts, (PyCsvWriter)self, rows), WriteRowsDoc);
        type.AddMember("dialect", static (ts, self) => (PyObject?)((PyCsvWriter)self).Dialect ?? PyNone.Instance);
    }

    /// <summary>_csv.writer(fileobj, dialect='excel', **options).</summary>
    internal static PyObject? Create(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int npos = args.Length - (kwnames?.Length ?? 0);
        if (!CsvModule.CheckPositional(ts, npos, 1, 2)) return null;
        var writer = new PyCsvWriter(CsvModule.WriterType) { Error = ts.Interp.GetModuleState<CsvState>().Error };
        var write = Protocols.LookupAttr(ts, args[0], PyStr.Intern("write"));
        if (write is null && ts.HasError) return null;
        if (write is null || write.Type.Call is null)
            return ts.TypeError("argument 1 must have a \"write\" method");
        writer.Write = write;
        writer.Dialect = CsvModule.CallDialect(ts, npos == 2 ? args[1] : null, args[npos..], kwnames);
        if (writer.Dialect is null) return null;
        return writer;
    }

    private static PyObject? WriteRow(ThreadState ts, PyCsvWriter w, PyObject row)
    {
        if (w.Dialect is null || w.Write is null) return ts.TypeError("the writer was not made by _csv.writer()");
        var d = w.Dialect;
        var iter = Protocols.GetIter(ts, row);
        if (iter is null)
        {
            if (ts.ErrorMatches(PyExc.TypeError))
            {
                ts.ClearError();  // (an exception class of Python's is not created while another error is set)
                ts.SetError(w.Error!, $"iterable expected, not {row.Type.Name}");
            }
            return null;
        }
        var record = new PyStrBuilder();
        int fieldCount = 0;
        while (Protocols.Next(ts, iter) is { } field)
        {
            bool quoted = d.Quoting switch
            {
                PyCsvDialect.QuoteNonNumeric => !IsNumber(field),
                PyCsvDialect.QuoteAll => true,
                _ => false,
            };
            PyStr? text;
            if (field is PyStr s) text = s;
            else if (field is PyNone) text = null;
            else if ((text = (PyStr?)Protocols.Str(ts, field)) is null) return null;
            if (!AppendField(ts, w, record, fieldCount, text, quoted)) return null;
            fieldCount++;
        }
        if (ts.HasError) return null;
        if (fieldCount > 0 && record.Length == 0)
        {
            // A lone empty field would write an empty line, which reads back as no fields at all.
            if (d.Quoting == PyCsvDialect.QuoteNone)
                return ts.Raise(w.Error!, "single empty field record must be quoted");
            if (!AppendField(ts, w, record, fieldCount - 1, null, quoted: true)) return null;
        }
        record.Append(d.LineTerminator);
        return Protocols.Call1(ts, w.Write, record.ToPyStr());
    }

    private static PyObject? WriteRows(ThreadState ts, PyCsvWriter w, PyObject rows)
    {
        var iter = Protocols.GetIter(ts, rows);
        if (iter is null) return null;
        while (Protocols.Next(ts, iter) is { } row)
            if (WriteRow(ts, w, row) is null) return null;
        return ts.HasError ? null : PyNone.Instance;
    }

    /// <summary>PyNumber_Check: the type converts to a number (int, float, complex or the slots).</summary>
    private static bool IsNumber(PyObject o)
        => o is PyInt or PyFloat or PyComplex || o.Type.Index is not null || o.Type.Int is not null || o.Type.Float is not null;

    /// <summary>
    /// Appends one field (after a delimiter unless it is the first). The whole field is quoted when the
    /// quoting style says so or when it holds a special character; with QUOTE_NONE, or for the quote and
    /// escape characters themselves, specials are escaped instead.
    /// </summary>
    private static bool AppendField(ThreadState ts, PyCsvWriter w, PyStrBuilder record, int fieldIndex, PyStr? field, bool quoted)
    {
        var d = w.Dialect!;
        // A first pass decides whether the field needs quotes (and finds an impossible escape) before writing.
        if (field is not null && !quoted)
        {
            for (int i = 0; i < field.Length; i++)
            {
                int c = field[i];
                if (IsSpecial(d, c) && !NeedsEscape(d, c)) quoted = true;
            }
        }
        if (field is not null)
        {
            for (int i = 0; i < field.Length; i++)
            {
                int c = field[i];
                if (IsSpecial(d, c) && NeedsEscape(d, c) && d.EscapeChar == PyCsvDialect.NotSet)
                {
                    ts.SetError(w.Error!, "need to escape, but no escapechar set");
                    return false;
                }
            }
        }
        if (fieldIndex > 0) record.AppendCodePoint(d.Delimiter);
        if (quoted) record.AppendCodePoint(d.QuoteChar);
        if (field is not null)
        {
            for (int i = 0; i < field.Length; i++)
            {
                int c = field[i];
                if (IsSpecial(d, c))
                {
                    if (d.Quoting != PyCsvDialect.QuoteNone && c == d.QuoteChar && d.DoubleQuote)
                        record.AppendCodePoint(d.QuoteChar);
                    else if (NeedsEscape(d, c))
                        record.AppendCodePoint(d.EscapeChar);
                }
                record.AppendCodePoint(c);
            }
        }
        if (quoted) record.AppendCodePoint(d.QuoteChar);
        return true;
    }

    /// <summary>A character that needs quoting or escaping: the delimiter, escapechar, quotechar, or one of the line terminator's.</summary>
    private static bool IsSpecial(PyCsvDialect d, int c)
    {
        if (c == d.Delimiter || c == d.EscapeChar || c == d.QuoteChar) return true;
        var terminator = d.LineTerminator;
        for (int i = 0; i < terminator.Length; i++)
            if (terminator[i] == c) return true;
        return false;
    }

    /// <summary>For a special character: escaped (rather than quoted) under QUOTE_NONE, for the escapechar
    /// itself, and for the quotechar when quotes are not doubled.</summary>
    private static bool NeedsEscape(PyCsvDialect d, int c)
    {
        if (d.Quoting == PyCsvDialect.QuoteNone) return true;
        if (c == d.QuoteChar) return !d.DoubleQuote;
        return c == d.EscapeChar;
    }
}
