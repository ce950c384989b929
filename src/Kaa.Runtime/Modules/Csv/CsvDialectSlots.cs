namespace Kaa.Runtime;

/// <summary>
/// <c>_csv.Dialect</c>: construction from a registered name, a dialect-like object and keyword overrides
/// (CPython's dialect_new, with its validation messages), the read-only attributes, and the refusal to pickle.
/// </summary>
internal static class CsvDialectSlots
{
    private const string Doc = "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n";
    private const string ReduceDoc = "raises an exception to avoid pickling";

    /// <summary>The constructor's parameters, in order (all optional, positional or keyword).</summary>
    private static readonly string[] s_params =
        ["dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

    internal static void Install(PyType type)
    {
        type.AddAttribute("__doc__", PyStr.Create(Doc));
        type.New = New;
        type.AddMember("skipinitialspace", static (ts, self) => PyBool.From(((PyCsvDialect)self).SkipInitialSpace));
        type.AddMember("doublequote", static (ts, self) => PyBool.From(((PyCsvDialect)self).DoubleQuote));
        type.AddMember("strict", static (ts, self) => PyBool.From(((PyCsvDialect)self).Strict));
        type.AddGetSet("delimiter", static (ts, self) => CharOrNone(((PyCsvDialect)self).Delimiter));
        type.AddGetSet("escapechar", static (ts, self) => CharOrNone(((PyCsvDialect)self).EscapeChar));
        type.AddGetSet("lineterminator", static (ts, self) => ((PyCsvDialect)self).LineTerminator);
        type.AddGetSet("quotechar", static (ts, self) => CharOrNone(((PyCsvDialect)self).QuoteChar));
        type.AddGetSet("quoting", static (ts, self) => PyInt.Create(((PyCsvDialect)self).Quoting));
        type.AddMethod("__reduce__", static (ts, self, args, kw) => RefusePickle(ts, self), ReduceDoc);
        type.AddMethod("__reduce_ex__", static (ts, self, args, kw) => RefusePickle(ts, self), ReduceDoc);
    }

    private static PyObject CharOrNone(int c) => c == PyCsvDialect.NotSet ? PyNone.Instance : PyStr.FromCodePoint(c);

    private static PyObject? RefusePickle(ThreadState ts, PyObject self)
        => ts.TypeError($"cannot pickle '{self.Type.Name[(self.Type.Name.LastIndexOf('.') + 1)..]}' instances");

    /// <summary>
    /// Dialect(dialect=None, **options): a registered name is looked up, a Dialect instance with no
    /// overrides is returned as is, any other object lends the attributes the options leave unset.
    /// </summary>
    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var a = new PyObject?[s_params.Length];
        if (!ParseArguments(ts, args, kwnames, a)) return null;
        PyObject? dialect = a[0];
        if (dialect is not null)
        {
            if (dialect is PyStr name)
            {
                dialect = CsvModule.LookupDialect(ts, name);
                if (dialect is null) return null;
            }
            bool overridden = false;
            for (int i = 1; i < s_params.Length; i++) overridden |= a[i] is not null;
            if (dialect is PyCsvDialect && !overridden) return dialect;
            // Options the call leaves unset come from the dialect's attributes; a missing one keeps the default.
            for (int i = 1; i < s_params.Length; i++)
            {
                if (a[i] is not null) continue;
                a[i] = Protocols.GetAttr(ts, dialect, PyStr.Intern(s_params[i]));
                if (a[i] is null) ts.ClearError();
            }
        }
        var d = new PyCsvDialect(type);
        PyObject? delimiter = a[1], doubleQuote = a[2], escapeChar = a[3], lineTerminator = a[4],
            quoteChar = a[5], quoting = a[6], skipInitialSpace = a[7], strict = a[8];
        if (!SetChar(ts, "delimiter", out d.Delimiter, delimiter, ',')
            || !SetBool(ts, out d.DoubleQuote, doubleQuote, true)
            || !SetCharOrNone(ts, "escapechar", out d.EscapeChar, escapeChar, PyCsvDialect.NotSet)
            || !SetLineTerminator(ts, lineTerminator, out PyStr? terminator)
            || !SetCharOrNone(ts, "quotechar", out d.QuoteChar, quoteChar, '"')
            || !SetInt(ts, "quoting", out d.Quoting, quoting, PyCsvDialect.QuoteMinimal)
            || !SetBool(ts, out d.SkipInitialSpace, skipInitialSpace, false)
            || !SetBool(ts, out d.Strict, strict, false))
            return null;
        if (d.Quoting is < PyCsvDialect.QuoteMinimal or > PyCsvDialect.QuoteNone)
            return ts.TypeError("bad \"quoting\" value");
        if (d.Delimiter == PyCsvDialect.NotSet)
            return ts.TypeError("\"delimiter\" must be a 1-character string");
        if (quoteChar is PyNone && quoting is null) d.Quoting = PyCsvDialect.QuoteNone;
        if (d.Quoting != PyCsvDialect.QuoteNone && d.QuoteChar == PyCsvDialect.NotSet)
            return ts.TypeError("quotechar must be set if quoting enabled");
        if (terminator is null) return ts.TypeError("lineterminator must be set");
        d.LineTerminator = terminator;
        return d;
    }

    /// <summary>PyArg_ParseTupleAndKeywords("|OOOOOOOOO") without a function name: its "function" messages.</summary>
    private static bool ParseArguments(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames, Span<PyObject?> slots)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (args.Length > s_params.Length)
        {
            ts.SetError(PyExc.TypeError, $"function takes at most {s_params.Length} arguments ({args.Length} given)");
            return false;
        }
        for (int i = 0; i < npos; i++) slots[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            string key = kwnames!.Items[k].ToString()!;
            int index = Array.IndexOf(s_params, key);
            if (index < 0)
            {
                ts.SetError(PyExc.TypeError, $"'{key}' is an invalid keyword argument for this function");
                return false;
            }
            if (index < npos)
            {
                ts.SetError(PyExc.TypeError, $"argument for function given by name ('{key}') and position ({index + 1})");
                return false;
            }
            slots[index] = args[npos + k];
        }
        return true;
    }

    private static bool SetBool(ThreadState ts, out bool target, PyObject? src, bool defaultValue)
    {
        target = defaultValue;
        if (src is null) return true;
        int truth = Protocols.IsTrue(ts, src);
        if (truth < 0) return false;
        target = truth == 1;
        return true;
    }

    /// <summary>"quoting": exactly an int (not a bool or a subclass), within a C int.</summary>
    private static bool SetInt(ThreadState ts, string name, out int target, PyObject? src, int defaultValue)
    {
        target = defaultValue;
        if (src is null) return true;
        if (src.Type != BuiltinTypes.Int)
        {
            ts.SetError(PyExc.TypeError, $"\"{name}\" must be an integer");
            return false;
        }
        if (!((PyInt)src).TryGetLong(out long value) || value is < int.MinValue or > int.MaxValue)
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C int");
            return false;
        }
        target = (int)value;
        return true;
    }

    private static bool SetCharOrNone(ThreadState ts, string name, out int target, PyObject? src, int defaultValue)
    {
        target = defaultValue;
        if (src is null) return true;
        target = PyCsvDialect.NotSet;
        if (src is PyNone) return true;
        if (src is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, $"\"{name}\" must be string or None, not {src.Type.Name}");
            return false;
        }
        return OneCharacter(ts, name, s, out target);
    }

    private static bool SetChar(ThreadState ts, string name, out int target, PyObject? src, int defaultValue)
    {
        target = defaultValue;
        if (src is null) return true;
        if (src is not PyStr s)
        {
            ts.SetError(PyExc.TypeError, $"\"{name}\" must be string, not {src.Type.Name}");
            return false;
        }
        return OneCharacter(ts, name, s, out target);
    }

    private static bool OneCharacter(ThreadState ts, string name, PyStr s, out int target)
    {
        target = PyCsvDialect.NotSet;
        if (s.Length != 1)
        {
            ts.SetError(PyExc.TypeError, $"\"{name}\" must be a 1-character string");
            return false;
        }
        target = s[0];
        return true;
    }

    /// <summary>"lineterminator": a str; None leaves it unset (refused after the other checks).</summary>
    private static bool SetLineTerminator(ThreadState ts, PyObject? src, out PyStr? terminator)
    {
        terminator = src switch
        {
            null => PyStr.FromChars("\r\n"),
            PyStr s => s,
            _ => null,
        };
        if (src is null or PyNone or PyStr) return true;
        ts.SetError(PyExc.TypeError, "\"lineterminator\" must be a string");
        return false;
    }
}
