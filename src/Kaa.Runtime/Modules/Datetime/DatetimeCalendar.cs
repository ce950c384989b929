namespace Kaa.Runtime;

/// <summary>
/// The proleptic Gregorian calendar arithmetic of <c>_datetime</c> as pure functions: ordinals (day 1 is
/// 0001-01-01), ISO weeks, range checks (with CPython's messages) and the normalisation of out-of-range
/// fields that arithmetic produces.
/// </summary>
internal static class DatetimeCalendar
{
    public const int MinYear = 1;
    public const int MaxYear = 9999;
    public const int MaxOrdinal = 3652059;
    public const int MaxDeltaDays = 999999999;
    /// <summary>The ordinal of 1970-01-01 in seconds (CPython's EPOCH_SECONDS).</summary>
    public const long EpochSeconds = 719163L * 24 * 60 * 60;
    /// <summary>The largest DST or zone transition the fold probes look across.</summary>
    public const long MaxFoldSeconds = 24 * 3600;

    private static readonly int[] DaysInMonthTable = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    private static readonly int[] DaysBeforeMonthTable = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    public static readonly string[] DayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    public static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Floor division for a positive divisor, with the remainder in [0, y).</summary>
    public static int DivMod(int x, int y, out int r)
    {
        int q = x / y;
        r = x - q * y;
        if (r < 0)
        {
            q--;
            r += y;
        }
        return q;
    }

    public static bool IsLeap(int year)
    {
        uint y = (uint)year;
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    public static int DaysInMonth(int year, int month)
        => month == 2 && IsLeap(year) ? 29 : DaysInMonthTable[month];

    public static int DaysBeforeMonth(int year, int month)
        => DaysBeforeMonthTable[month] + (month > 2 && IsLeap(year) ? 1 : 0);

    /// <summary>Days in the years before <paramref name="year"/> (year 1 has none).</summary>
    public static int DaysBeforeYear(int year)
    {
        int y = year - 1;
        if (y >= 0) return y * 365 + y / 4 - y / 100 + y / 400;
        return -366;
    }

    private const int Di400Y = 146097, Di100Y = 36524, Di4Y = 1461;

    public static void OrdToYmd(int ordinal, out int year, out int month, out int day)
    {
        // Peel 400-, 100-, 4- and 1-year cycles off the zero-based day number.
        int n = ordinal - 1;
        int n400 = n / Di400Y;
        n %= Di400Y;
        year = n400 * 400 + 1;
        int n100 = n / Di100Y;
        n %= Di100Y;
        int n4 = n / Di4Y;
        n %= Di4Y;
        int n1 = n / 365;
        n %= 365;
        year += n100 * 100 + n4 * 4 + n1;
        if (n1 == 4 || n100 == 4)
        {
            // The last day of a 4- or 400-year cycle: December 31 of the year before.
            year--;
            month = 12;
            day = 31;
            return;
        }
        bool leap = n1 == 3 && (n4 != 24 || n100 == 3);
        month = (n + 50) >> 5;
        int preceding = DaysBeforeMonthTable[month] + (month > 2 && leap ? 1 : 0);
        if (preceding > n)
        {
            month--;
            preceding -= month == 2 && leap ? 29 : DaysInMonthTable[month];
        }
        n -= preceding;
        day = n + 1;
    }

    public static int YmdToOrd(int year, int month, int day)
        => DaysBeforeYear(year) + DaysBeforeMonth(year, month) + day;

    /// <summary>Monday is 0.</summary>
    public static int Weekday(int year, int month, int day) => (YmdToOrd(year, month, day) + 6) % 7;

    /// <summary>The ordinal of the Monday starting ISO week 1 of <paramref name="year"/>.</summary>
    public static int IsoWeek1Monday(int year)
    {
        int first = DaysBeforeYear(year) + 1;
        int firstWeekday = (first + 6) % 7;
        int week1Monday = first - firstWeekday;
        if (firstWeekday > 3) week1Monday += 7;
        return week1Monday;
    }

    /// <summary>iso_to_ymd: 0, -2 for a bad week, -3 for a bad day.</summary>
    public static int IsoToYmd(int isoYear, int isoWeek, int isoDay, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (isoWeek <= 0 || isoWeek >= 53)
        {
            bool outOfRange = true;
            if (isoWeek == 53)
            {
                // ISO years have 53 weeks in them on years starting with a Thursday and on leap years
                // starting on a Wednesday.
                int firstWeekday = Weekday(isoYear, 1, 1);
                if (firstWeekday == 3 || (firstWeekday == 2 && IsLeap(isoYear))) outOfRange = false;
            }
            if (outOfRange) return -2;
        }
        if (isoDay <= 0 || isoDay >= 8) return -3;
        int dayOffset = (isoWeek - 1) * 7 + isoDay - 1;
        OrdToYmd(IsoWeek1Monday(isoYear) + dayOffset, out year, out month, out day);
        return 0;
    }

    public static bool CheckDateArgs(ThreadState ts, int year, int month, int day)
    {
        if (year < MinYear || year > MaxYear)
        {
            ts.SetError(PyExc.ValueError, $"year {year} is out of range");
            return false;
        }
        if (month < 1 || month > 12)
        {
            ts.SetError(PyExc.ValueError, "month must be in 1..12");
            return false;
        }
        if (day < 1 || day > DaysInMonth(year, month))
        {
            ts.SetError(PyExc.ValueError, "day is out of range for month");
            return false;
        }
        return true;
    }

    public static bool CheckTimeArgs(ThreadState ts, int h, int m, int s, int us, int fold)
    {
        string? msg = null;
        if (h < 0 || h > 23) msg = "hour must be in 0..23";
        else if (m < 0 || m > 59) msg = "minute must be in 0..59";
        else if (s < 0 || s > 59) msg = "second must be in 0..59";
        else if (us < 0 || us > 999999) msg = "microsecond must be in 0..999999";
        else if (fold != 0 && fold != 1) msg = "fold must be either 0 or 1";
        if (msg is null) return true;
        ts.SetError(PyExc.ValueError, msg);
        return false;
    }

    public static bool CheckDeltaDayRange(ThreadState ts, long days)
    {
        if (-MaxDeltaDays <= days && days <= MaxDeltaDays) return true;
        ts.SetError(PyExc.OverflowError, $"days={days}; must have magnitude <= {MaxDeltaDays}");
        return false;
    }

    private static void NormalizePair(ref int hi, ref int lo, int factor)
    {
        if (lo < 0 || lo >= factor)
        {
            hi += DivMod(lo, factor, out int r);
            lo = r;
        }
    }

    /// <summary>0 &lt;= s &lt; 86400 and 0 &lt;= us &lt; 10**6, carrying into the larger units.</summary>
    public static void NormalizeDeltaFields(ref int d, ref int s, ref int us)
    {
        if (us < 0 || us >= 1000000) NormalizePair(ref s, ref us, 1000000);
        if (s < 0 || s >= 24 * 3600) NormalizePair(ref d, ref s, 24 * 3600);
    }

    /// <summary>normalize_y_m_d: the month is in range; brings the day into its month. False with
    /// OverflowError when the year leaves [1, 9999].</summary>
    public static bool NormalizeDate(ThreadState ts, ref int y, ref int m, ref int d)
    {
        int dim = DaysInMonth(y, m);
        if (d < 1 || d > dim)
        {
            if (d == 0)
            {
                if (--m > 0) d = DaysInMonth(y, m);
                else
                {
                    y--;
                    m = 12;
                    d = 31;
                }
            }
            else if (d == dim + 1)
            {
                m++;
                d = 1;
                if (m > 12)
                {
                    m = 1;
                    y++;
                }
            }
            else
            {
                long ordinal = (long)YmdToOrd(y, m, 1) + d - 1;
                if (ordinal < 1 || ordinal > MaxOrdinal)
                {
                    ts.SetError(PyExc.OverflowError, "date value out of range");
                    return false;
                }
                OrdToYmd((int)ordinal, out y, out m, out d);
                return true;
            }
        }
        if (MinYear <= y && y <= MaxYear) return true;
        ts.SetError(PyExc.OverflowError, "date value out of range");
        return false;
    }

    public static bool NormalizeDateTime(ThreadState ts, ref int year, ref int month, ref int day,
        ref int hour, ref int minute, ref int second, ref int microsecond)
    {
        NormalizePair(ref second, ref microsecond, 1000000);
        NormalizePair(ref minute, ref second, 60);
        NormalizePair(ref hour, ref minute, 60);
        NormalizePair(ref day, ref hour, 24);
        return NormalizeDate(ts, ref year, ref month, ref day);
    }

    /// <summary>Seconds since 0001-01-01T00:00 minus one day (CPython's utc_to_seconds); false with
    /// ValueError for a year out of range.</summary>
    public static bool UtcToSeconds(ThreadState ts, int year, int month, int day, int hour, int minute, int second, out long seconds)
    {
        seconds = 0;
        if (year < MinYear || year > MaxYear)
        {
            ts.SetError(PyExc.ValueError, $"year {year} is out of range");
            return false;
        }
        long ordinal = YmdToOrd(year, month, day);
        seconds = ((ordinal * 24 + hour) * 60 + minute) * 60 + second;
        return true;
    }
}
