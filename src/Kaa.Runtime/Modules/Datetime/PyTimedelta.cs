using System.Numerics;

namespace Kaa.Runtime;

/// <summary>
/// <c>datetime.timedelta</c>: days, seconds (0..86399) and microseconds (0..999999), normalised, with
/// |days| &lt;= 999999999. The slots and methods live in <see cref="TimedeltaSlots"/>.
/// </summary>
public class PyTimedelta : PyObject
{
    internal static readonly PyType TypeObject = CreateType();

    public readonly int Days;
    public readonly int Seconds;
    public readonly int Microseconds;
    /// <summary>The cached hash (-1 until computed), as CPython's hashcode field.</summary>
    internal long HashCode = -1;

    protected PyTimedelta(PyType type, int days, int seconds, int microseconds) : base(type)
    {
        Days = days;
        Seconds = seconds;
        Microseconds = microseconds;
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateStatic("datetime.timedelta", (PyType?)null, TypeFlags.BaseType, TimedeltaSlots.Install);
        t.AddAttribute("min", new PyTimedelta(t, -DatetimeCalendar.MaxDeltaDays, 0, 0));
        t.AddAttribute("max", new PyTimedelta(t, DatetimeCalendar.MaxDeltaDays, 24 * 3600 - 1, 999999));
        t.AddAttribute("resolution", new PyTimedelta(t, 0, 0, 1));
        return t;
    }

    /// <summary>An instance of <paramref name="type"/> (timedelta or a subclass) without range checks.</summary>
    internal static PyTimedelta Make(PyType type, int days, int seconds, int microseconds)
        => type == TypeObject ? new PyTimedelta(type, days, seconds, microseconds) : new Derived(type, days, seconds, microseconds);

    /// <summary>new_delta_ex: optionally normalised, range-checked (OverflowError "days=...").</summary>
    internal static PyTimedelta? New(ThreadState ts, int days, int seconds, int microseconds, bool normalize, PyType? type = null)
    {
        if (normalize) DatetimeCalendar.NormalizeDeltaFields(ref days, ref seconds, ref microseconds);
        if (!DatetimeCalendar.CheckDeltaDayRange(ts, days)) return null;
        return Make(type ?? TypeObject, days, seconds, microseconds);
    }

    /// <summary>new_delta with the sums done in 64 bits (an int sum of two deltas cannot overflow that).</summary>
    internal static PyTimedelta? New(ThreadState ts, long days, long seconds, long microseconds)
    {
        // Carry microseconds and seconds first: their sums stay small, days may exceed a C int only
        // after normalisation, which the range check reports with the normalised value.
        long s = seconds + FloorDiv(microseconds, 1000000, out long us);
        long d = days + FloorDiv(s, 24 * 3600, out long sec);
        if (!DatetimeCalendar.CheckDeltaDayRange(ts, d)) return null;
        return Make(TypeObject, (int)d, (int)sec, (int)us);
    }

    private static long FloorDiv(long x, long y, out long r)
    {
        long q = x / y;
        r = x - q * y;
        if (r < 0)
        {
            q--;
            r += y;
        }
        return q;
    }

    public bool IsZero => Days == 0 && Seconds == 0 && Microseconds == 0;

    /// <summary>The whole duration in microseconds (fits 128 bits with room to spare).</summary>
    public Int128 TotalMicroseconds => ((Int128)Days * 86400 + Seconds) * 1000000 + Microseconds;

    /// <summary>microseconds_to_delta_ex: a count of microseconds back to a timedelta of <paramref name="type"/>.</summary>
    internal static PyTimedelta? FromMicroseconds(ThreadState ts, Int128 us, PyType? type = null)
    {
        Int128 secs = Int128.DivRem(us, 1000000).Quotient;
        Int128 micro = us - secs * 1000000;
        if (micro < 0)
        {
            micro += 1000000;
            secs -= 1;
        }
        Int128 days = Int128.DivRem(secs, 86400).Quotient;
        Int128 s = secs - days * 86400;
        if (s < 0)
        {
            s += 86400;
            days -= 1;
        }
        if (days > int.MaxValue || days < int.MinValue)
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C int");
            return null;
        }
        return New(ts, (int)days, (int)s, (int)micro, normalize: false, type);
    }

    internal static PyTimedelta? FromMicroseconds(ThreadState ts, BigInteger us, PyType? type = null)
    {
        // Anything beyond 2**100 microseconds has days far beyond a C int.
        if (BigInteger.Abs(us) > (BigInteger.One << 100))
        {
            ts.SetError(PyExc.OverflowError, "Python int too large to convert to C int");
            return null;
        }
        return FromMicroseconds(ts, (Int128)us, type);
    }

    /// <summary>delta_cmp: the sign of a - b.</summary>
    internal static int Compare(PyTimedelta a, PyTimedelta b)
    {
        int diff = a.Days.CompareTo(b.Days);
        if (diff == 0) diff = a.Seconds.CompareTo(b.Seconds);
        if (diff == 0) diff = a.Microseconds.CompareTo(b.Microseconds);
        return diff;
    }

    internal static bool Equal(PyTimedelta a, PyTimedelta b)
        => a.Days == b.Days && a.Seconds == b.Seconds && a.Microseconds == b.Microseconds;

    /// <summary>Instances of Python subclasses.</summary>
    private sealed class Derived : PyTimedelta
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, int days, int seconds, int microseconds) : base(type, days, seconds, microseconds)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }
}
