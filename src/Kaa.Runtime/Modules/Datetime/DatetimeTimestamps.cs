namespace Kaa.Runtime;

/// <summary>
/// CPython's pytime conversions of a timestamp argument (an int or a float number of seconds) to a C
/// time_t, with their rounding modes and messages.
/// </summary>
internal static class DatetimeTimestamps
{
    private const double TimeTMin = -9223372036854775808.0;
    private const double TimeTMaxExclusive = 9223372036854775808.0;

    private static bool Overflow(ThreadState ts)
    {
        ts.SetError(PyExc.OverflowError, "timestamp out of range for platform time_t");
        return false;
    }

    /// <summary>_PyTime_ObjectToTime_t with ROUND_FLOOR.</summary>
    public static bool ToTimeT(ThreadState ts, PyObject obj, out long t)
    {
        t = 0;
        if (obj is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d))
            {
                ts.SetError(PyExc.ValueError, "Invalid value NaN (not a number)");
                return false;
            }
            d = Math.Floor(d);
            if (!(TimeTMin <= d && d < TimeTMaxExclusive)) return Overflow(ts);
            t = (long)d;
            return true;
        }
        return IntToTimeT(ts, obj, out t);
    }

    private static bool IntToTimeT(ThreadState ts, PyObject obj, out long t)
    {
        t = 0;
        PyInt? i = obj as PyInt ?? Protocols.Index(ts, obj);
        if (i is null) return false;
        if (!i.TryGetLong(out t)) return Overflow(ts);
        return true;
    }

    /// <summary>_PyTime_ObjectToTimeval with ROUND_HALF_EVEN: seconds and microseconds (0..999999).</summary>
    public static bool ToTimeval(ThreadState ts, PyObject obj, out long t, out int us)
    {
        t = 0;
        us = 0;
        if (obj is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d))
            {
                ts.SetError(PyExc.ValueError, "Invalid value NaN (not a number)");
                return false;
            }
            double intPart = Math.Truncate(d);
            double floatPart = double.IsInfinity(d) ? 0 : d - intPart;
            floatPart *= 1e6;
            floatPart = Math.Round(floatPart, MidpointRounding.ToEven);
            if (floatPart >= 1e6)
            {
                floatPart -= 1e6;
                intPart += 1.0;
            }
            else if (floatPart < 0)
            {
                floatPart += 1e6;
                intPart -= 1.0;
            }
            if (!(TimeTMin <= intPart && intPart < TimeTMaxExclusive)) return Overflow(ts);
            t = (long)intPart;
            us = (int)floatPart;
            return true;
        }
        return IntToTimeT(ts, obj, out t);
    }
}
