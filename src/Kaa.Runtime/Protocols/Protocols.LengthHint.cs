namespace Kaa.Runtime;

public static partial class Protocols
{
    /// <summary>
    /// PyObject_LengthHint (operator.length_hint): len(obj) when it has one, else its <c>__length_hint__</c>,
    /// else <paramref name="defaultValue"/>. -1 with the error set on failure.
    /// </summary>
    public static long LengthHint(ThreadState ts, PyObject obj, long defaultValue)
    {
        if (obj.Type.Length is { } len)
        {
            nint n = len(ts, obj);
            if (n >= 0) return n;
            if (!ts.ErrorMatches(PyExc.TypeError)) return -1;
            ts.ClearError();
        }
        var hint = LookupSpecial(ts, obj, PyStr.Intern("__length_hint__"));
        if (hint is null) return ts.HasError ? -1 : defaultValue;
        var result = Call0(ts, hint);
        if (result is null)
        {
            if (!ts.ErrorMatches(PyExc.TypeError)) return -1;
            ts.ClearError();
            return defaultValue;
        }
        if (result == PyNotImplemented.Instance) return defaultValue;
        if (result is not PyInt i)
        {
            ts.SetError(PyExc.TypeError, $"__length_hint__ must be an integer, not {result.Type.Name}");
            return -1;
        }
        if (!i.TryGetLong(out long value))
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            return -1;
        }
        if (value < 0)
        {
            ts.SetError(PyExc.ValueError, "__length_hint__() should return >= 0");
            return -1;
        }
        return value;
    }
}
