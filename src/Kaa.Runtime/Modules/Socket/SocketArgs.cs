namespace Kaa.Runtime;

/// <summary>The argument shapes of socketmodule.c's METH_VARARGS methods (PyArg_ParseTuple's messages)
/// and its timeout converter.</summary>
internal static class SocketArgs
{
    /// <summary>PyArg_ParseTuple's arity check for a method taking <paramref name="min"/>..<paramref name="max"/>
    /// positional arguments and no keywords.</summary>
    public static bool VarArgs(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max, string owner = "socket.")
    {
        if (kw is not null && kw.Length > 0)
        {
            ts.SetError(PyExc.TypeError, $"{owner}{name}() takes no keyword arguments");
            return false;
        }
        int n = args.Length;
        if (n >= min && n <= max) return true;
        int bound = n < min ? min : max;
        string how = min == max ? "exactly" : n < min ? "at least" : "at most";
        ts.SetError(PyExc.TypeError, $"{name}() takes {how} {bound} argument{(bound == 1 ? "" : "s")} ({n} given)");
        return false;
    }

    /// <summary>socket_parse_timeout: None is -1; a number of seconds becomes nanoseconds, rounded away
    /// from zero (_PyTime_ROUND_TIMEOUT).</summary>
    public static bool Timeout(ThreadState ts, PyObject obj, out long ns, string negativeMessage = "Timeout value out of range")
    {
        ns = -1;
        if (obj is PyNone) return true;
        if (obj is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d)) { ts.SetError(PyExc.ValueError, "Invalid value NaN (not a number)"); return false; }
            double v = d * 1e9;
            v = v >= 0 ? Math.Ceiling(v) : Math.Floor(v);
            if (!(v >= long.MinValue && v < 9.2233720368547758e18))
            {
                ts.SetError(PyExc.OverflowError, "timestamp too large to convert to C _PyTime_t");
                return false;
            }
            ns = (long)v;
        }
        else
        {
            if (!PosixArgs.CLong(ts, obj, out long seconds))
            {
                if (ts.ErrorMatches(PyExc.OverflowError)) { ts.ClearError(); ts.SetError(PyExc.OverflowError, "timestamp too large to convert to C _PyTime_t"); }
                return false;
            }
            if (seconds > long.MaxValue / 1_000_000_000 || seconds < long.MinValue / 1_000_000_000)
            {
                ts.SetError(PyExc.OverflowError, "timestamp too large to convert to C _PyTime_t");
                return false;
            }
            ns = seconds * 1_000_000_000;
        }
        if (ns < 0)
        {
            ts.SetError(PyExc.ValueError, negativeMessage);
            return false;
        }
        return true;
    }

    /// <summary>A timeout in nanoseconds as Python sees it (None or float seconds).</summary>
    public static PyObject TimeoutObject(long ns) => ns < 0 ? PyNone.Instance : PyFloat.Create(ns / 1e9);
}
