using System.Text;

namespace Kaa.Runtime;

public static partial class Protocols
{
    /// <summary>ascii(obj): repr with non-ASCII code points escaped.</summary>
    public static PyObject? Ascii(ThreadState ts, PyObject obj)
    {
        var r = Repr(ts, obj);
        if (r is not PyStr s) return r;
        bool ascii = true;
        for (int i = 0; i < s.Length; i++)
            if (s[i] > 127) { ascii = false; break; }
        if (ascii) return s;
        var sb = new StringBuilder(s.Length + 16);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (cp < 128) sb.Append((char)cp);
            else if (cp < 256) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp < 65536) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        return PyStr.FromChars(sb.ToString());
    }

    /// <summary>format(obj, spec): obj.__format__(spec).</summary>
    public static PyObject? Format(ThreadState ts, PyObject obj, PyStr spec)
    {
        if (spec.Length == 0)
        {
            if (obj.Type == BuiltinTypes.Str) return obj;
            if (obj.Type == BuiltinTypes.Int) return Str(ts, obj);
        }
        // The exact builtin types whose __format__ cannot be replaced: no lookup, no call.
        if (obj.Type == BuiltinTypes.Int) return IntSlots.Format(ts, (PyInt)obj, spec);
        if (obj.Type == BuiltinTypes.Float) return FloatSlots.Format(ts, (PyFloat)obj, spec);
        if (obj.Type == BuiltinTypes.Str) return StrFormat.FormatStr(ts, (PyStr)obj, spec);
        var meth = LookupSpecial(ts, obj, PyStr.Intern("__format__"));
        if (meth is null)
        {
            if (ts.HasError) return null;
            return ts.TypeError($"Type {obj.Type.Name} doesn't define __format__");
        }
        var r = Call1(ts, meth, spec);
        if (r is null) return null;
        if (r is not PyStr) return ts.TypeError($"__format__ must return a str, not {r.Type.Name}");
        return r;
    }

    /// <summary>repr() as .NET text for messages ("?" if repr itself fails, the error cleared).</summary>
    public static string ReprText(ThreadState ts, PyObject obj)
    {
        var saved = ts.FetchError();
        var r = Repr(ts, obj);
        string text = r is PyStr s ? s.ToString() : "?";
        ts.CurrentException = saved;
        return text;
    }
}
