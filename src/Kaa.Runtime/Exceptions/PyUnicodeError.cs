namespace Kaa.Runtime;

/// <summary>
/// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: <c>encoding</c>, <c>object</c> (str,
/// or bytes for decoding), <c>start</c>, <c>end</c>, <c>reason</c>; their str describes the offending
/// character(s). (UnicodeError itself has no fields; its instances use this class unused.)
/// </summary>
public sealed class PyUnicodeError : PyBaseException
{
    public PyObject? Encoding, Object, Reason;
    public long Start, End;

    public PyUnicodeError(PyType type, PyTuple args) : base(type, args) { }

    private enum Kind { Encode, Decode, Translate }

    internal static void Install(PyType unicodeError, PyType encode, PyType decode, PyType translate)
    {
        encode.Init = static (ts, self, args, kw) => Init(ts, self, args, kw, Kind.Encode);
        decode.Init = static (ts, self, args, kw) => Init(ts, self, args, kw, Kind.Decode);
        translate.Init = static (ts, self, args, kw) => Init(ts, self, args, kw, Kind.Translate);
        encode.Str = static (ts, self) => Describe(ts, (PyUnicodeError)self, Kind.Encode);
        decode.Str = static (ts, self) => Describe(ts, (PyUnicodeError)self, Kind.Decode);
        translate.Str = static (ts, self) => Describe(ts, (PyUnicodeError)self, Kind.Translate);
        foreach (var t in new[] { encode, decode, translate }) AddMembers(t);
    }

    private static int Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Kind kind)
    {
        if (ExceptionSlots.BaseInit(ts, self, args, kw) < 0) return -1;
        var e = (PyUnicodeError)self;
        var a = e.Args.Items;
        int expected = kind == Kind.Translate ? 4 : 5;
        if (a.Length != expected)
            return ExceptionSlots.Fail(ts, $"function takes exactly {expected} arguments ({a.Length} given)");
        int i = 0;
        PyObject? encoding = null;
        if (kind != Kind.Translate)
        {
            if (!IsStr(ts, a[0], 1)) return -1;
            encoding = a[i++];
        }
        var obj = a[i];
        if (kind == Kind.Decode ? false : !IsStr(ts, obj, i + 1)) return -1;
        i++;
        if (!Protocols.AsIndex(ts, a[i++], out long start, PyExc.OverflowError)) return -1;
        if (!Protocols.AsIndex(ts, a[i++], out long end, PyExc.OverflowError)) return -1;
        if (!IsStr(ts, a[i], i + 1)) return -1;
        if (kind == Kind.Decode && obj is not PyBytes)
        {
            // Any bytes-like object is copied to bytes; without buffers here, only bytes qualify.
            return ExceptionSlots.Fail(ts, $"a bytes-like object is required, not '{obj.Type.Name}'");
        }
        e.Encoding = encoding;
        e.Object = obj;
        e.Start = start;
        e.End = end;
        e.Reason = a[i];
        return 0;
    }

    private static bool IsStr(ThreadState ts, PyObject o, int position)
    {
        if (o is PyStr) return true;
        ts.SetError(PyExc.TypeError, $"argument {position} must be str, not {o.Type.Name}");
        return false;
    }

    private static PyObject? Describe(ThreadState ts, PyUnicodeError e, Kind kind)
    {
        if (e.Object is null) return PyStr.Empty; // not initialised
        if (Protocols.Str(ts, e.Reason ?? PyNone.Instance) is not PyStr reason) return null;
        PyStr? encoding = null;
        if (kind != Kind.Translate && (encoding = Protocols.Str(ts, e.Encoding ?? PyNone.Instance) as PyStr) is null) return null;
        var sb = new PyStrBuilder();
        if (kind == Kind.Decode)
        {
            var bytes = ((PyBytes)e.Object).Value;
            sb.Append("'").Append(encoding!).Append("' codec can't decode ");
            if (e.Start < bytes.Length && e.End == e.Start + 1)
                sb.Append($"byte 0x{bytes[e.Start]:x2} in position {e.Start}: ");
            else
                sb.Append($"bytes in position {e.Start}-{e.End - 1}: ");
            return sb.Append(reason).ToPyStr();
        }
        var text = e.Object as PyStr;
        if (kind == Kind.Encode) sb.Append("'").Append(encoding!).Append("' codec can't encode ");
        else sb.Append("can't translate ");
        if (text is not null && e.Start >= 0 && e.Start < text.Length && e.End == e.Start + 1)
        {
            int c = text[(int)e.Start];
            string esc = c <= 0xff ? $"\\x{c:x2}" : c <= 0xffff ? $"\\u{c:x4}" : $"\\U{c:x8}";
            sb.Append($"character '{esc}' in position {e.Start}: ");
        }
        else sb.Append($"characters in position {e.Start}-{e.End - 1}: ");
        return sb.Append(reason).ToPyStr();
    }

    private static void AddMembers(PyType t)
    {
        t.AddGetSet("encoding", static (ts, self) => ((PyUnicodeError)self).Encoding ?? PyNone.Instance,
            static (ts, self, v) => { ((PyUnicodeError)self).Encoding = v; return 0; }, "exception encoding");
        t.AddGetSet("object", static (ts, self) => ((PyUnicodeError)self).Object ?? PyNone.Instance,
            static (ts, self, v) => { ((PyUnicodeError)self).Object = v; return 0; }, "exception object");
        t.AddGetSet("reason", static (ts, self) => ((PyUnicodeError)self).Reason ?? PyNone.Instance,
            static (ts, self, v) => { ((PyUnicodeError)self).Reason = v; return 0; }, "exception reason");
        t.AddGetSet("start", static (ts, self) => PyInt.Create(((PyUnicodeError)self).Start),
            static (ts, self, v) => { if (SetSize(ts, v, out long n) < 0) return -1; ((PyUnicodeError)self).Start = n; return 0; }, "exception start");
        t.AddGetSet("end", static (ts, self) => PyInt.Create(((PyUnicodeError)self).End),
            static (ts, self, v) => { if (SetSize(ts, v, out long n) < 0) return -1; ((PyUnicodeError)self).End = n; return 0; }, "exception end");
    }

    /// <summary>A T_PYSSIZET member's setter.</summary>
    private static int SetSize(ThreadState ts, PyObject? v, out long field)
    {
        field = 0;
        if (v is null) return ExceptionSlots.Fail(ts, "can't delete numeric/char attribute");
        if (v is not PyInt i) return ExceptionSlots.Fail(ts, "an integer is required");
        if (!i.TryGetLong(out field)) { ts.SetError(PyExc.OverflowError, "Python int too large to convert to C ssize_t"); return -1; }
        return 0;
    }
}
