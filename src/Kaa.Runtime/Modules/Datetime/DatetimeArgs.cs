namespace Kaa.Runtime;

/// <summary>
/// Argument parsing as CPython's <c>PyArg_ParseTupleAndKeywords</c> does it for <c>_datetime</c> (its
/// constructors and <c>replace</c> use getargs, not Argument Clinic): the messages name "function" when the
/// format has no name, and integers convert as the "i" format (C int, via <c>__index__</c>).
/// </summary>
internal static class DatetimeArgs
{
    /// <summary>
    /// Places positional and keyword arguments into <paramref name="slots"/> (null when absent).
    /// <paramref name="fname"/> null is an unnamed format. <paramref name="maxPositional"/> is the
    /// position of "$" (names after it are keyword-only), or -1.
    /// </summary>
    public static bool Parse(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string? fname,
        string[] names, int required, Span<PyObject?> slots, int maxPositional = -1)
    {
        int len = names.Length;
        if (kwnames is null && args.Length <= len && args.Length >= required && (maxPositional < 0 || args.Length <= maxPositional))
        {
            // Positional arguments only, within bounds: nothing to match or report.
            for (int i = 0; i < args.Length; i++) slots[i] = args[i];
            slots[args.Length..len].Clear();
            return true;
        }
        int nkw = kwnames?.Length ?? 0;
        int nargs = args.Length - nkw;
        string who = fname is null ? "function" : fname + "()";
        slots[..len].Clear();
        if (nargs + nkw > len)
        {
            ts.SetError(PyExc.TypeError, $"{who} takes at most {len} {(nargs == 0 ? "keyword " : "")}argument{(len == 1 ? "" : "s")} ({nargs + nkw} given)");
            return false;
        }
        if (maxPositional >= 0 && nargs > maxPositional)
        {
            ts.SetError(PyExc.TypeError, maxPositional == 0
                ? $"{who} takes no positional arguments"
                : $"{who} takes at most {maxPositional} positional argument{(maxPositional == 1 ? "" : "s")} ({nargs} given)");
            return false;
        }
        for (int i = 0; i < nargs; i++) slots[i] = args[i];
        int matched = 0;
        for (int k = 0; k < nkw; k++)
        {
            var key = kwnames!.Items[k].ToString();
            for (int i = nargs; i < len; i++)
            {
                if (names[i] == key)
                {
                    slots[i] = args[nargs + k];
                    matched++;
                    break;
                }
            }
        }
        for (int i = 0; i < required; i++)
        {
            if (slots[i] is null)
            {
                ts.SetError(PyExc.TypeError, $"{who} missing required argument '{names[i]}' (pos {i + 1})");
                return false;
            }
        }
        if (matched < nkw)
        {
            for (int k = 0; k < nkw; k++)
            {
                var key = kwnames!.Items[k].ToString();
                int index = Array.IndexOf(names, key);
                if (index >= 0 && index < nargs)
                {
                    ts.SetError(PyExc.TypeError, $"argument for {who} given by name ('{key}') and position ({index + 1})");
                    return false;
                }
            }
            for (int k = 0; k < nkw; k++)
            {
                var key = kwnames!.Items[k].ToString();
                if (Array.IndexOf(names, key) < 0)
                {
                    ts.SetError(PyExc.TypeError, $"'{key}' is an invalid keyword argument for {(fname is null ? "this function" : fname + "()")}");
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>
    /// As <see cref="Parse"/>, then each argument converted in order as getargs does, so that a bad value
    /// is reported before a later missing argument and before an unknown keyword. <paramref name="kinds"/>
    /// has one letter per name: 'i' a C int (into <paramref name="ints"/>), 'O' any object, 'U' a str,
    /// 'C' one character, 'D' a date, 'T' a time, 'd' a timedelta (objects stay in <paramref name="slots"/>).
    /// </summary>
    public static bool ParseConvert(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string? fname,
        string[] names, int required, string kinds, Span<PyObject?> slots, Span<int> ints, int maxPositional = -1)
    {
        int len = names.Length;
        bool simple = kwnames is null && args.Length <= len && args.Length >= required && (maxPositional < 0 || args.Length <= maxPositional);
        if (simple)
        {
            for (int i = 0; i < args.Length; i++) slots[i] = args[i];
            slots[args.Length..len].Clear();
        }
        else
        {
            // Too many arguments is reported before any conversion; the rest after the conversions.
            int nkw0 = kwnames?.Length ?? 0;
            int nargs0 = args.Length - nkw0;
            string who = fname is null ? "function" : fname + "()";
            if (nargs0 + nkw0 > len)
            {
                ts.SetError(PyExc.TypeError, $"{who} takes at most {len} {(nargs0 == 0 ? "keyword " : "")}argument{(len == 1 ? "" : "s")} ({nargs0 + nkw0} given)");
                return false;
            }
            if (maxPositional >= 0 && nargs0 > maxPositional)
            {
                ts.SetError(PyExc.TypeError, maxPositional == 0
                    ? $"{who} takes no positional arguments"
                    : $"{who} takes at most {maxPositional} positional argument{(maxPositional == 1 ? "" : "s")} ({nargs0} given)");
                return false;
            }
            slots[..len].Clear();
            for (int i = 0; i < nargs0; i++) slots[i] = args[i];
            for (int k = 0; k < nkw0; k++)
            {
                int index = Array.IndexOf(names, kwnames!.Items[k].ToString());
                if (index >= nargs0) slots[index] = args[nargs0 + k];
            }
        }
        for (int i = 0; i < len; i++)
        {
            var a = slots[i];
            if (a is null)
            {
                if (i < required) break; // reported by Parse below, after the earlier conversions
                continue;
            }
            if (!ConvertOne(ts, fname, i, kinds[i], a, ints)) return false;
        }
        return simple || Parse(ts, args, kwnames, fname, names, required, slots, maxPositional);
    }

    private static bool ConvertOne(ThreadState ts, string? fname, int i, char kind, PyObject a, Span<int> ints)
    {
        switch (kind)
        {
            case 'i':
                return ToInt(ts, a, out ints[i]);
            case 'U':
                if (a is PyStr) return true;
                break;
            case 'C':
                if (a is PyStr c && c.Length == 1) return true;
                ts.SetError(PyExc.TypeError, $"{fname}() argument {i + 1} must be a unicode character, not {TypeNameOf(a)}");
                return false;
            case 'D':
                if (a is PyDate) return true;
                break;
            case 'T':
                if (a is PyTime) return true;
                break;
            case 'd':
                if (a is PyTimedelta) return true;
                break;
            default:
                return true;
        }
        string expected = kind switch { 'U' => "str", 'D' => "datetime.date", 'T' => "datetime.time", _ => "datetime.timedelta" };
        ts.SetError(PyExc.TypeError, $"{fname}() argument {i + 1} must be {expected}, not {TypeNameOf(a)}");
        return false;
    }

    /// <summary>A METH_VARARGS function of one argument ("X:name"): "name() takes exactly 1 argument (N given)".</summary>
    public static PyObject? ExactlyOne(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string name)
    {
        if (kwnames is not null && kwnames.Length > 0) return ts.TypeError($"{name}() takes no keyword arguments");
        if (args.Length != 1) return ts.TypeError($"{name}() takes exactly 1 argument ({args.Length} given)");
        return args[0];
    }

    /// <summary>The "i" format: a C int through <c>__index__</c>, with getargs' overflow messages.</summary>
    public static bool ToInt(ThreadState ts, PyObject obj, out int value)
    {
        value = 0;
        if (!ToLong(ts, obj, out long v)) return false;
        if (v > int.MaxValue)
        {
            ts.SetError(PyExc.OverflowError, "signed integer is greater than maximum");
            return false;
        }
        if (v < int.MinValue)
        {
            ts.SetError(PyExc.OverflowError, "signed integer is less than minimum");
            return false;
        }
        value = (int)v;
        return true;
    }

    /// <summary>PyLong_AsLong: <c>__index__</c>, OverflowError beyond a C long.</summary>
    public static bool ToLong(ThreadState ts, PyObject obj, out long value)
    {
        value = 0;
        PyInt? i = obj as PyInt ?? Protocols.Index(ts, obj);
        if (i is null) return false;
        if (!i.TryGetLong(out value))
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C long");
            return false;
        }
        return true;
    }

    /// <summary>_PyLong_AsInt: a C int, "Python int too large to convert to C int" beyond it.</summary>
    public static bool ToCIntStrict(ThreadState ts, PyObject obj, out int value)
    {
        value = 0;
        PyInt? i = obj as PyInt ?? Protocols.Index(ts, obj);
        if (i is null) return false;
        if (!i.TryGetLong(out long v) || v > int.MaxValue || v < int.MinValue)
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C int");
            return false;
        }
        value = (int)v;
        return true;
    }

    /// <summary>The "O!" format's failure: "f() argument N must be T, not U".</summary>
    public static PyObject? WrongType(ThreadState ts, string fname, int position, string expected, PyObject got)
        => ts.TypeError($"{fname}() argument {position} must be {expected}, not {TypeNameOf(got)}");

    /// <summary>getargs' converterr names None as "None" and other objects by their type's name.</summary>
    public static string TypeNameOf(PyObject obj) => obj == PyNone.Instance ? "None" : obj.Type.Name;
}

/// <summary>Inline storage for the up to 9 arguments of the datetime constructors (no allocation).</summary>
[System.Runtime.CompilerServices.InlineArray(9)]
internal struct DatetimeArgBuffer
{
    private PyObject? _first;
}
