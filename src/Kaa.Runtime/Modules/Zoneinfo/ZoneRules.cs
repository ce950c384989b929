namespace Kaa.Runtime;

/// <summary>
/// One local time type of a zone (_ttinfo): the UTC offset and DST amount as timedeltas, the
/// abbreviation, and the offset in seconds for arithmetic. <see cref="None"/> answers None to all three
/// (a zone whose offset depends on the date, asked about a time without one).
/// </summary>
internal sealed class TtInfo(PyObject utcoff, PyObject dstoff, PyObject tzname, long utcoffSeconds)
{
    public static readonly TtInfo None = new(PyNone.Instance, PyNone.Instance, PyNone.Instance, 0);

    public readonly PyObject UtcOff = utcoff;
    public PyObject DstOff = dstoff;
    public readonly PyObject TzName = tzname;
    public readonly long UtcOffSeconds = utcoffSeconds;

    /// <summary>ttinfo_eq: equal offsets and names (Python equality). -1 on error.</summary>
    public static int Equal(ThreadState ts, TtInfo a, TtInfo b)
    {
        int r = Protocols.RichCompareBool(ts, a.UtcOff, b.UtcOff, CompareOp.Eq);
        if (r < 1) return r;
        r = Protocols.RichCompareBool(ts, a.DstOff, b.DstOff, CompareOp.Eq);
        if (r < 1) return r;
        return Protocols.RichCompareBool(ts, a.TzName, b.TzName, CompareOp.Eq);
    }
}

/// <summary>
/// When a transition happens in a given year (a POSIX TZ string's start or end rule), as local seconds
/// since 1970-01-01.
/// </summary>
internal abstract class TransitionRule(int hour, int minute, int second)
{
    protected readonly int Hour = hour, Minute = minute, Second = second;

    public abstract long YearToTimestamp(int year);

    protected long TimeOfDay => Hour * 3600 + Minute * 60 + Second;

    internal const int EpochOrdinal = 719163;
    private static readonly int[] DaysBeforeMonth = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    protected static readonly int[] DaysInMonth = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    internal static bool IsLeap(int year) => (uint)year % 4 == 0 && ((uint)year % 100 != 0 || (uint)year % 400 == 0);

    /// <summary>The proleptic Gregorian ordinal of a date (0001-01-01 is 1).</summary>
    internal static int Ordinal(int y, int m, int d)
    {
        int py = y - 1;
        int yearDay = DaysBeforeMonth[m] + (m > 2 && IsLeap(y) ? 1 : 0);
        return py * 365 + py / 4 - py / 100 + py / 400 + yearDay + d;
    }
}

/// <summary>Mm.w.d: day d (0 = Sunday) of week w (5 = the last) of month m.</summary>
internal sealed class CalendarRule(int month, int week, int day, int hour, int minute, int second) : TransitionRule(hour, minute, second)
{
    public override long YearToTimestamp(int year)
    {
        int firstDay = (Ordinal(year, month, 1) + 6) % 7;
        int daysInMonth = DaysInMonth[month] + (month == 2 && IsLeap(year) ? 1 : 0);
        // POSIX counts weekdays from Sunday, the ordinal from Monday: the first such weekday of the month,
        // then w - 1 weeks on, a week back when week 5 overshoots the month.
        int monthDay = (day - (firstDay + 1)) % 7;
        if (monthDay < 0) monthDay += 7;
        monthDay += 1 + (week - 1) * 7;
        if (monthDay > daysInMonth) monthDay -= 7;
        long ordinal = Ordinal(year, month, monthDay) - EpochOrdinal;
        return ordinal * 86400 + TimeOfDay;
    }
}

/// <summary>Jn (1-based, February 29th never counted) or n (0-based, leap days counted): a day of the year.</summary>
internal sealed class DayRule(bool julian, int day, int hour, int minute, int second) : TransitionRule(hour, minute, second)
{
    public override long YearToTimestamp(int year)
    {
        long daysBeforeYear = Ordinal(year, 1, 1) - EpochOrdinal - 1;
        int d = day;
        if (julian && d >= 59 && IsLeap(year)) d++;
        return (daysBeforeYear + d) * 86400 + TimeOfDay;
    }
}

/// <summary>
/// The rule after a zone's last transition (_tzrule): standard time only, or standard and daylight
/// time switching at a start and an end rule each year (the TZif footer's POSIX TZ string).
/// </summary>
internal sealed class TzRule
{
    public required TtInfo Std;
    public TtInfo? Dst;
    public int DstDiff;
    public TransitionRule? Start, End;

    public bool StdOnly => Dst is null;

    /// <summary>find_tzrule_ttinfo: the type in force at a local timestamp, <paramref name="fold"/> choosing
    /// in the repeated hour (fold XOR positive DST decides which end of the gap or fold moves).</summary>
    public TtInfo Find(long ts, int fold, int year)
    {
        if (Dst is null) return Std;
        long start = Start!.YearToTimestamp(year), end = End!.YearToTimestamp(year);
        if (fold == (DstDiff >= 0 ? 1 : 0)) end -= DstDiff;
        else start += DstDiff;
        bool isDst = start < end ? ts >= start && ts < end : ts < end || ts >= start;
        return isDst ? Dst : Std;
    }

    /// <summary>find_tzrule_ttinfo_fromutc: the type in force at a UTC timestamp, and whether the local
    /// time it gives is the second of two equal ones.</summary>
    public TtInfo FindFromUtc(long ts, int year, out bool fold)
    {
        if (Dst is null)
        {
            fold = false;
            return Std;
        }
        long start = Start!.YearToTimestamp(year) - Std.UtcOffSeconds, end = End!.YearToTimestamp(year) - Dst.UtcOffSeconds;
        bool isDst = start < end ? ts >= start && ts < end : ts < end || ts >= start;
        // The ambiguous hour follows the end of positive DST, or precedes the start of negative DST.
        long ambigStart, ambigEnd;
        if (DstDiff > 0)
        {
            ambigStart = end;
            ambigEnd = end + DstDiff;
        }
        else
        {
            ambigStart = start;
            ambigEnd = start - DstDiff;
        }
        fold = ts >= ambigStart && ts < ambigEnd;
        return isDst ? Dst : Std;
    }
}

/// <summary>
/// The parser of POSIX TZ strings (IEEE 1003.1 §8.3): <c>std offset[dst[offset],start[/time],end[/time]]</c>,
/// with the C implementation's limits (1-2 digit hours, transition times from 0 to 99 hours).
/// </summary>
internal ref struct TzStringParser
{
    private readonly ReadOnlySpan<byte> _s;
    private int _p;

    private TzStringParser(ReadOnlySpan<byte> s)
    {
        // A C string: an embedded NUL ends it.
        int nul = s.IndexOf((byte)0);
        _s = nul < 0 ? s : s[..nul];
        _p = 0;
    }

    private readonly byte At(int i) => i < _s.Length ? _s[i] : (byte)0;

    private readonly byte Cur => At(_p);

    private static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';

    private static bool IsAlpha(byte c) => c is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';

    /// <summary>parse_tz_str: the rule, or null with ValueError naming the string.</summary>
    public static TzRule? Parse(ThreadState ts, PyBytes tzStr, Func<long, PyObject?> delta)
    {
        var p = new TzStringParser(tzStr.Value);
        string? error = p.Run(out var stdAbbr, out var dstAbbr, out long stdOffset, out long dstOffset, out var start, out var end);
        if (error is not null)
        {
            var repr = Protocols.Repr(ts, tzStr);
            if (repr is null) return null;
            ts.SetError(PyExc.ValueError, error + repr);
            return null;
        }
        return ZoneRules.BuildRule(ts, PyStr.Create(stdAbbr!), dstAbbr is null ? null : PyStr.Create(dstAbbr), stdOffset, dstOffset, start, end, delta);
    }

    /// <summary>The message prefix of the first error, or null.</summary>
    private string? Run(out string? stdAbbr, out string? dstAbbr, out long stdOffset, out long dstOffset,
        out TransitionRule? start, out TransitionRule? end)
    {
        dstAbbr = null;
        start = end = null;
        stdOffset = dstOffset = 1 << 20;
        if (!Abbreviation(out stdAbbr) || _p == 0) return "Invalid STD format in ";
        if (!Offset(out stdOffset)) return "Invalid STD offset in ";
        if (Cur == 0) return null;
        int before = _p;
        if (!Abbreviation(out dstAbbr) || _p == before) return "Invalid DST format in ";
        if (Cur == ',') dstOffset = stdOffset + 3600;  // POSIX: one hour ahead of standard time
        else if (!Offset(out dstOffset)) return "Invalid DST offset in ";
        for (int i = 0; i < 2; i++)
        {
            if (Cur != ',') return "Missing transition rules in TZ string: ";
            _p++;
            var rule = Rule();
            if (rule is null) return "Malformed transition rule in TZ string: ";
            if (i == 0) start = rule;
            else end = rule;
        }
        if (Cur != 0) return "Extraneous characters at end of TZ string: ";
        return null;
    }

    /// <summary>parse_abbr: letters, or &lt;alphanumerics, '+' and '-'&gt; (the brackets not kept).</summary>
    private bool Abbreviation(out string? abbr)
    {
        abbr = null;
        int first, last;
        if (Cur == '<')
        {
            _p++;
            first = _p;
            while (Cur != '>')
            {
                byte c = Cur;
                if (!IsAlpha(c) && !IsDigit(c) && c != '+' && c != '-') return false;
                _p++;
            }
            last = _p;
            _p++;
        }
        else
        {
            first = _p;
            while (IsAlpha(Cur)) _p++;
            last = _p;
        }
        abbr = System.Text.Encoding.ASCII.GetString(_s[first..last]);
        return true;
    }

    /// <summary>parse_tz_delta: [+|-]h[h][:mm[:ss]] up to 24 hours, west of Greenwich positive (so negated here).</summary>
    private bool Offset(out long seconds)
    {
        seconds = 0;
        if (!Clock(out bool minus, out int h, out int m, out int sec) || h > 24) return false;
        seconds = (minus ? 1 : -1) * (h * 3600L + m * 60 + sec);
        return true;
    }

    /// <summary>
    /// The clock reading both offsets and transition times are written as: an optional sign, one or two
    /// digits of hours, then optionally ":mm" and ":mm:ss".
    /// </summary>
    private bool Clock(out bool minus, out int hours, out int minutes, out int seconds)
    {
        minus = Cur == '-';
        hours = minutes = seconds = 0;
        if (Cur is (byte)'-' or (byte)'+') _p++;
        for (int i = 0; i < 2; i++)
        {
            if (!IsDigit(Cur))
            {
                if (i == 0) return false;
                break;
            }
            hours = hours * 10 + (Cur - '0');
            _p++;
        }
        Span<int> rest = [0, 0];
        for (int i = 0; i < 2 && Cur == ':'; i++)
        {
            _p++;
            for (int j = 0; j < 2; j++)
            {
                if (!IsDigit(Cur)) return false;
                rest[i] = rest[i] * 10 + (Cur - '0');
                _p++;
            }
        }
        (minutes, seconds) = (rest[0], rest[1]);
        return true;
    }

    /// <summary>parse_transition_rule: Mm.w.d, Jn or n, then an optional /time; null when malformed or out of range.</summary>
    private TransitionRule? Rule()
    {
        int hour = 2, minute = 0, second = 0;
        if (Cur == 'M')
        {
            _p++;
            if (!IsDigit(Cur)) return null;
            int month = Cur - '0';
            _p++;
            if (Cur != '.')
            {
                if (!IsDigit(Cur)) return null;
                month = month * 10 + (Cur - '0');
                _p++;
            }
            Span<int> values = [0, 0];
            for (int i = 0; i < 2; i++)
            {
                if (Cur != '.') return null;
                _p++;
                if (!IsDigit(Cur)) return null;
                values[i] = Cur - '0';
                _p++;
            }
            if (Cur == '/')
            {
                _p++;
                if (!Time(ref hour, ref minute, ref second)) return null;
            }
            int week = values[0], day = values[1];
            if (month is <= 0 or > 12 || week is <= 0 or > 5 || day > 6) return null;
            return new CalendarRule(month, week, day, hour, minute, second);
        }
        bool julian = false;
        if (Cur == 'J')
        {
            julian = true;
            _p++;
        }
        int n = 0;
        for (int i = 0; i < 3; i++)
        {
            if (!IsDigit(Cur))
            {
                if (i == 0) return null;
                break;
            }
            n = n * 10 + (Cur - '0');
            _p++;
        }
        if (Cur == '/')
        {
            _p++;
            if (!Time(ref hour, ref minute, ref second)) return null;
        }
        if (n < (julian ? 1 : 0) || n > 365) return null;
        return new DayRule(julian, n, hour, minute, second);
    }

    /// <summary>parse_transition_time: the clock with its sign applied to each part (RFC 8536 allows
    /// -167 to 167 hours; this parser, as CPython's, reads two digits).</summary>
    private bool Time(ref int hour, ref int minute, ref int second)
    {
        if (!Clock(out bool minus, out int h, out int m, out int sec)) return false;
        int sign = minus ? -1 : 1;
        (hour, minute, second) = (sign * h, sign * m, sign * sec);
        return true;
    }
}

/// <summary>Building the rules from offsets.</summary>
internal static class ZoneRules
{
    /// <summary>build_tzrule: standard time only when <paramref name="dstAbbr"/> is null.</summary>
    public static TzRule? BuildRule(ThreadState ts, PyObject stdAbbr, PyObject? dstAbbr, long stdOffset, long dstOffset,
        TransitionRule? start, TransitionRule? end, Func<long, PyObject?> delta)
    {
        if (delta(stdOffset) is not { } stdOff || delta(0) is not { } zero) return null;
        var rule = new TzRule { Std = new TtInfo(stdOff, zero, stdAbbr, stdOffset), Start = start, End = end };
        if (dstAbbr is not null)
        {
            rule.DstDiff = (int)(dstOffset - stdOffset);
            if (delta(dstOffset) is not { } dstOff || delta(rule.DstDiff) is not { } diff) return null;
            rule.Dst = new TtInfo(dstOff, diff, dstAbbr, dstOffset);
        }
        return rule;
    }
}
