using System.Numerics;
using Kaa.Runtime.Formatting;

namespace Kaa.Runtime;

/// <summary>
/// <c>str % args</c>: the printf-style engine of the Formatting library (<see cref="PercentFormatter{T}"/>)
/// over this object model. A Python exception raised by a conversion (a __str__ that raises, a mapping
/// lookup) is kept by the host and re-raised as it is, instead of the library's error value.
/// </summary>
internal static class StrPercent
{
    public static PyObject? Format(ThreadState ts, PyStr format, PyObject args)
    {
        if (TryFormatSimple(format, args) is { } simple) return simple;
        var host = new Host(ts);
        var result = PercentFormatter<PyObject>.Format(host, format.Chars, args);
        if (result.IsError)
        {
            if (host.Pending is { } pending)
            {
                ts.SetError(pending);
                return null;
            }
            return StrFormat.RaiseFormatError(ts, result.Error);
        }
        return PyStr.Create(result.Value);
    }

    /// <summary>
    /// The common formats without the engine: only %s of exact str or int, %d/%i of exact int within the
    /// long range, and %%; no flags, width, precision or keys. Null when anything else appears (the engine
    /// then formats it, and reports any error).
    /// </summary>
    private static PyStr? TryFormatSimple(PyStr format, PyObject args)
    {
        if (format.IsWide) return null;
        bool single = args is not PyTuple;
        if (!single && args.Type != BuiltinTypes.Tuple) return null;
        ReadOnlySpan<PyObject> items = single ? default : ((PyTuple)args).Items;
        int count = single ? 1 : items.Length, used = 0;
        var fmt = format.Bmp;
        var sb = new System.Text.StringBuilder(fmt.Length + 16 * count);
        int i = 0;
        while (i < fmt.Length)
        {
            int next = fmt[i..].IndexOf('%');
            if (next < 0)
            {
                sb.Append(fmt[i..]);
                break;
            }
            sb.Append(fmt.Slice(i, next));
            i += next + 1;
            if (i >= fmt.Length) return null;
            char conversion = fmt[i++];
            if (conversion == '%')
            {
                sb.Append('%');
                continue;
            }
            if (used >= count) return null;
            var arg = single ? args : items[used];
            used++;
            if (arg.Type == BuiltinTypes.Str && conversion == 's')
            {
                var text = (PyStr)arg;
                if (text.IsWide) return null;
                sb.Append(text.Bmp);
            }
            else if (arg.Type == BuiltinTypes.Int && conversion is 's' or 'd' or 'i' && ((PyInt)arg).TryGetLong(out long v))
                sb.Append(v);
            else return null;
        }
        if (used != count) return null;
        return PyStr.FromChars(sb.ToString());
    }

    private sealed class Host(ThreadState ts) : IPercentFormatHost<PyObject>
    {
        /// <summary>The Python exception a conversion raised, re-raised when formatting fails.</summary>
        public PyBaseException? Pending;

        private PyError Keep()
        {
            var e = ts.FetchError();
            Pending = e;
            return PyError.Type(e is null ? "" : e.Type.Name);
        }

        /// <summary>A TypeError means "wrong type" to the formatter (its own message); anything else is kept.</summary>
        private PyError TypeErrorOrKeep()
        {
            if (ts.ErrorMatches(PyExc.TypeError))
            {
                ts.ClearError();
                return PyError.Type("wrong type");
            }
            return Keep();
        }

        public bool TryGetTuple(PyObject args, out IReadOnlyList<PyObject> items)
        {
            if (args is PyTuple t)
            {
                items = t.Items;
                return true;
            }
            items = [];
            return false;
        }

        public bool IsMapping(PyObject args) => args.Type.GetItem is not null && args is not PyTuple && args is not PyStr;

        public ParseResult<PyObject> GetItem(PyObject mapping, string key)
        {
            var r = Protocols.GetItem(ts, mapping, PyStr.Create(key));
            return r is null ? Keep() : r;
        }

        public ParseResult<string> Str(PyObject value) => Text(Protocols.Str(ts, value));
        public ParseResult<string> Repr(PyObject value) => Text(Protocols.Repr(ts, value));
        public ParseResult<string> Ascii(PyObject value) => Text(Protocols.Ascii(ts, value));

        private ParseResult<string> Text(PyObject? s) => s is PyStr str ? str.Chars : Keep();

        public bool TryGetInt(PyObject value, out BigInteger integer)
        {
            if (value is PyInt i)
            {
                integer = i.Value;
                return true;
            }
            integer = default;
            return false;
        }

        public bool TryGetStr(PyObject value, out string text)
        {
            if (value is PyStr s)
            {
                text = s.Chars;
                return true;
            }
            text = "";
            return false;
        }

        public bool IsNumber(PyObject value) =>
            value is PyInt or PyFloat or PyComplex || value.Type.Index is not null || value.Type.Int is not null || value.Type.Float is not null || value is PyComplex;

        public ParseResult<BigInteger> ToInt(PyObject value)
        {
            // PyNumber_Long: __int__, then __index__, then int() for the rest.
            var r = value.Type.Int is { } toInt ? toInt(ts, value)
                : value.Type.Index is not null ? Protocols.Index(ts, value)
                : Protocols.Call1(ts, BuiltinTypes.Int, value);
            if (r is PyInt i) return i.Value;
            return r is null ? TypeErrorOrKeep() : PyError.Type("wrong type");
        }

        public ParseResult<BigInteger> ToIndex(PyObject value)
        {
            var r = Protocols.Index(ts, value);
            return r is null ? TypeErrorOrKeep() : r.Value;
        }

        public ParseResult<double> ToFloat(PyObject value)
        {
            if (value is PyFloat f) return f.Value;
            if (value is PyInt i) return IntFormatter.ToDouble(i.Value);
            if (value.Type.Float is null && value.Type.Index is null)
                return PyError.Type($"must be real number, not {value.Type.Name}");
            var r = Protocols.Call1(ts, BuiltinTypes.Float, value);
            if (r is PyFloat d) return d.Value;
            if (r is null && ts.ErrorMatches(PyExc.TypeError))
            {
                ts.ClearError();
                return PyError.Type($"must be real number, not {value.Type.Name}");
            }
            return r is null ? Keep() : PyError.Type($"must be real number, not {value.Type.Name}");
        }

        public string TypeName(PyObject value) => value.Type.Name;

        /// <summary>CPython's default limit (sys.set_int_max_str_digits is not modelled yet).</summary>
        public int MaxStrDigits => 4300;
    }
}
