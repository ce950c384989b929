using System.Numerics;
using Kaa.Runtime.Formatting;

namespace Kaa.Runtime;

/// <summary>
/// <c>bytes % args</c> and <c>bytearray % args</c> (PEP 461): the printf-style engine of the Formatting
/// library (<see cref="PercentFormatter{T}.FormatBytes"/>) over this object model. A Python exception raised by
/// a conversion is kept by the host and re-raised as it is.
/// </summary>
internal static class BytesPercent
{
    public static PyObject? Format(ThreadState ts, PyObject format, PyObject args)
    {
        var host = new Host(ts);
        var result = PercentFormatter<PyObject>.FormatBytes(host, BytesMethods.Data(format).ToArray(), args);
        if (result.IsError)
        {
            if (host.Pending is { } pending)
            {
                ts.SetError(pending);
                return null;
            }
            return StrFormat.RaiseFormatError(ts, result.Error);
        }
        return format is PyByteArray ? PyByteArray.Create(result.Value) : PyBytes.Create(result.Value);
    }

    private sealed class Host(ThreadState ts) : IBytesPercentFormatHost<PyObject>
    {
        /// <summary>The Python exception a conversion raised, re-raised when formatting fails.</summary>
        public PyBaseException? Pending;

        private PyError Keep()
        {
            var e = ts.FetchError();
            Pending = e;
            return PyError.Type(e is null ? "" : e.Type.Name);
        }

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

        // bytes formatting: PyMapping_Check and not a tuple, bytes or bytearray.
        public bool IsMapping(PyObject args)
            => args.Type.GetItem is not null && args is not PyTuple && args is not PyBytes && args is not PyByteArray;

        public ParseResult<PyObject> GetItem(PyObject mapping, string key)
        {
            var r = Protocols.GetItem(ts, mapping, PyStr.Create(key));
            return r is null ? Keep() : r;
        }

        public ParseResult<PyObject> GetItem(PyObject mapping, byte[] key)
        {
            var r = Protocols.GetItem(ts, mapping, PyBytes.Create(key));
            return r is null ? Keep() : r;
        }

        public ParseResult<string> Str(PyObject value) => Text(Protocols.Str(ts, value));
        public ParseResult<string> Repr(PyObject value) => Text(Protocols.Repr(ts, value));

        /// <summary>%a and %r: ascii(v), whose text is ASCII, so its chars are the bytes.</summary>
        public ParseResult<string> Ascii(PyObject value) => Text(Protocols.Ascii(ts, value));

        private ParseResult<string> Text(PyObject? s) => s is PyStr str ? str.Chars : Keep();

        public ParseResult<byte[]> ToBytes(PyObject value)
        {
            if (value is PyBytes b) return b.Value;
            if (Protocols.HasBuffer(value))
            {
                if (!Protocols.GetBuffer(ts, value, false, out var view)) return Keep();
                var copy = view.Span.ToArray();
                Protocols.ReleaseBuffer(ref view);
                return copy;
            }
            var r = Protocols.CallSpecial(ts, value, PyStr.Intern("__bytes__"), [], out bool found);
            if (found)
            {
                if (r is null) return Keep();
                if (r is not PyBytes rb)
                {
                    ts.SetError(PyExc.TypeError, $"__bytes__ returned non-bytes (type {r.Type.Name})");
                    return Keep();
                }
                return rb.Value;
            }
            if (ts.HasError) return Keep();
            return PyError.Type($"%b requires a bytes-like object, or an object that implements __bytes__, not '{value.Type.Name}'");
        }

        public bool TryGetBytes(PyObject value, out byte[] bytes)
        {
            if (value is PyBytes b)
            {
                bytes = b.Value;
                return true;
            }
            if (value is PyByteArray a)
            {
                bytes = a.ToArray();
                return true;
            }
            bytes = [];
            return false;
        }

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
            value is PyInt or PyFloat or PyComplex || value.Type.Index is not null || value.Type.Int is not null || value.Type.Float is not null;

        public ParseResult<BigInteger> ToInt(PyObject value)
        {
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

        public int MaxStrDigits => 4300;
    }
}
