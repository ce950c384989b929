namespace Kaa.Runtime;

/// <summary>
/// What the <c>_datetime</c> types share: comparison results, calls into tzinfo objects with CPython's
/// checks, UTC offset formatting, <c>strftime</c> with %z/%Z/%f, struct_time building and the C library's
/// local time (fold detection, local-to-UTC search).
/// </summary>
internal static unsafe class DatetimeHelpers
{
    public static PyObject DiffToBool(int diff, CompareOp op) => PyBool.From(op switch
    {
        CompareOp.Eq => diff == 0,
        CompareOp.Ne => diff != 0,
        CompareOp.Le => diff <= 0,
        CompareOp.Ge => diff >= 0,
        CompareOp.Lt => diff < 0,
        _ => diff > 0,
    });

    public static PyObject? CompareError(ThreadState ts, PyObject a, PyObject b)
        => ts.TypeError($"can't compare {a.Type.Name} to {b.Type.Name}");

    /// <summary>check_tzinfo_subclass.</summary>
    public static bool CheckTzinfo(ThreadState ts, PyObject p)
    {
        if (p == PyNone.Instance || p is PyTzInfo) return true;
        ts.SetError(PyExc.TypeError, $"tzinfo argument must be None or of a tzinfo subclass, not type '{p.Type.Name}'");
        return false;
    }

    /// <summary>call_tzinfo_method: None, or a timedelta strictly within a day; otherwise an error.</summary>
    public static PyObject? CallOffsetMethod(ThreadState ts, PyObject tzinfo, string name, PyObject arg)
    {
        if (tzinfo == PyNone.Instance) return PyNone.Instance;
        PyObject? offset;
        if (tzinfo.Type == PyTimezone.TypeObject)
            // The exact timezone type answers without a method call (its methods cannot be overridden).
            offset = name == "utcoffset" ? ((PyTimezone)tzinfo).Offset : PyNone.Instance;
        else
            offset = Protocols.CallMethod(ts, tzinfo, name, [arg]);
        if (offset is null || offset == PyNone.Instance) return offset;
        if (offset is PyTimedelta d)
        {
            if ((d.Days == -1 && d.Seconds == 0 && d.Microseconds < 1) || d.Days < -1 || d.Days >= 1)
                return ts.ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).");
            return d;
        }
        return ts.TypeError($"tzinfo.{name}() must return None or timedelta, not '{offset.Type.Name}'");
    }

    public static PyObject? CallUtcOffset(ThreadState ts, PyObject tzinfo, PyObject arg) => CallOffsetMethod(ts, tzinfo, "utcoffset", arg);

    public static PyObject? CallDst(ThreadState ts, PyObject tzinfo, PyObject arg) => CallOffsetMethod(ts, tzinfo, "dst", arg);

    /// <summary>call_tzname: None or a str.</summary>
    public static PyObject? CallTzName(ThreadState ts, PyObject tzinfo, PyObject arg)
    {
        if (tzinfo == PyNone.Instance) return PyNone.Instance;
        var result = Protocols.CallMethod(ts, tzinfo, "tzname", [arg]);
        if (result is null || result == PyNone.Instance) return result;
        if (result is not PyStr) return ts.TypeError($"tzinfo.tzname() must return None or a string, not '{result.Type.Name}'");
        return result;
    }

    /// <summary>format_utcoffset: "" for None, else sign HH sep MM [sep SS [.ffffff]]; null on error.</summary>
    public static string? FormatUtcOffset(ThreadState ts, string sep, PyObject tzinfo, PyObject arg)
    {
        var offset = CallUtcOffset(ts, tzinfo, arg);
        if (offset is null) return null;
        if (offset == PyNone.Instance) return "";
        return FormatOffset((PyTimedelta)offset, sep);
    }

    public static string FormatOffset(PyTimedelta offset, string sep)
    {
        char sign = '+';
        long total = offset.Days * 86400L + offset.Seconds;
        int us = offset.Microseconds;
        if (offset.Days < 0)
        {
            sign = '-';
            // The negation of a normalised negative delta.
            long neg = -(total * 1000000 + us);
            total = neg / 1000000;
            us = (int)(neg % 1000000);
        }
        int seconds = (int)total;
        int minutes = DatetimeCalendar.DivMod(seconds, 60, out seconds);
        int hours = DatetimeCalendar.DivMod(minutes, 60, out minutes);
        if (us != 0) return $"{sign}{hours:D2}{sep}{minutes:D2}{sep}{seconds:D2}.{us:D6}";
        if (seconds != 0) return $"{sign}{hours:D2}{sep}{minutes:D2}{sep}{seconds:D2}";
        return $"{sign}{hours:D2}{sep}{minutes:D2}";
    }

    public static PyObject? ImportModule(ThreadState ts, string name) => PickleModule.ImportModule(ts, name);

    /// <summary>
    /// wrap_strftime: %z, %Z and %f replaced here (the offset, the tzinfo's name with % doubled, the
    /// microseconds), the rest left to <c>time.strftime</c> with <paramref name="timetuple"/>.
    /// </summary>
    public static PyObject? WrapStrftime(ThreadState ts, PyObject self, PyStr format, PyObject timetuple, PyObject tzinfoArg)
    {
        string fmt = format.ToString();
        if (!IsEncodable(format))
        {
            // PyUnicode_AsUTF8AndSize refuses lone surrogates: let the codec say so.
            if (Protocols.CallMethod(ts, format, "encode", [PyStr.Create("utf-8")]) is null) return null;
        }
        var tzinfo = TzInfoOf(self);
        string? z = null, zname = null, f = null;
        var sb = new System.Text.StringBuilder(fmt.Length + 8);
        for (int i = 0; i < fmt.Length; i++)
        {
            char ch = fmt[i];
            if (ch != '%' || i + 1 >= fmt.Length)
            {
                sb.Append(ch);
                continue;
            }
            char next = fmt[++i];
            if (next == 'z')
            {
                if (z is null)
                {
                    z = "";
                    if (tzinfo is not null && tzinfo != PyNone.Instance)
                    {
                        z = FormatUtcOffset(ts, "", tzinfo, tzinfoArg);
                        if (z is null) return null;
                    }
                }
                sb.Append(z);
            }
            else if (next == 'Z')
            {
                if (zname is null)
                {
                    zname = "";
                    if (tzinfo is not null && tzinfo != PyNone.Instance)
                    {
                        var name = CallTzName(ts, tzinfo, tzinfoArg);
                        if (name is null) return null;
                        if (name != PyNone.Instance)
                        {
                            var replaced = Protocols.CallMethod(ts, name, "replace", [PyStr.Create("%"), PyStr.Create("%%")]);
                            if (replaced is null) return null;
                            if (replaced is not PyStr rs) return ts.TypeError("tzname.replace() did not return a string");
                            zname = rs.ToString();
                        }
                    }
                }
                sb.Append(zname);
            }
            else if (next == 'f')
            {
                f ??= (self switch
                {
                    PyTime t => t.Microsecond,
                    PyDateTime dt => dt.Microsecond,
                    _ => 0,
                }).ToString("D6");
                sb.Append(f);
            }
            else
            {
                sb.Append('%').Append(next);
            }
        }
        var time = ImportModule(ts, "time");
        if (time is null) return null;
        return Protocols.CallMethod(ts, time, "strftime", [PyStr.Create(sb.ToString()), timetuple]);
    }

    private static bool IsEncodable(PyStr s)
    {
        for (int i = 0; i < s.Length; i++)
            if (s[i] is >= 0xD800 and <= 0xDFFF) return false;
        return true;
    }

    /// <summary>get_tzinfo_member: the tzinfo of a datetime or time, else null.</summary>
    public static PyObject? TzInfoOf(PyObject obj) => obj switch
    {
        PyDateTime dt => dt.TzInfo,
        PyTime t => t.TzInfo,
        _ => null,
    };

    /// <summary>build_struct_time: time.struct_time((y, m, d, hh, mm, ss, weekday, yday, dst)).</summary>
    public static PyObject? BuildStructTime(ThreadState ts, int y, int m, int d, int hh, int mm, int ss, int dst)
    {
        var time = ImportModule(ts, "time");
        if (time is null) return null;
        var structTime = Protocols.GetAttr(ts, time, "struct_time");
        if (structTime is null) return null;
        int wday = DatetimeCalendar.Weekday(y, m, d);
        int yday = DatetimeCalendar.DaysBeforeMonth(y, m) + d;
        var tuple = PyTuple.Create([
            PyInt.Create(y), PyInt.Create(m), PyInt.Create(d), PyInt.Create(hh), PyInt.Create(mm), PyInt.Create(ss),
            PyInt.Create(wday), PyInt.Create(yday), PyInt.Create(dst)]);
        return Protocols.Call1(ts, structTime, tuple);
    }

    /// <summary>_PyTime_localtime / _PyTime_gmtime: false with OSError (errno) on failure.</summary>
    public static bool BrokenDown(ThreadState ts, long t, bool local, out Tm tm)
    {
        Tm result;
        Tm* r = local ? TimeLibc.localtime_r(&t, &result) : TimeLibc.gmtime_r(&t, &result);
        if (r is null)
        {
            int e = Libc.Errno;
            tm = default;
            PosixErrors.Raise(ts, e == 0 ? 22 : e);
            return false;
        }
        tm = result;
        return true;
    }

    /// <summary>CPython's local(): the local wall time, in seconds since year 1, of the UTC instant
    /// <paramref name="u"/> (also seconds since year 1). False with the error set.</summary>
    public static bool Local(ThreadState ts, long u, out long result)
    {
        result = 0;
        long t = u - DatetimeCalendar.EpochSeconds;
        if (!BrokenDown(ts, t, local: true, out var tm)) return false;
        return DatetimeCalendar.UtcToSeconds(ts, tm.Year + 1900, tm.Mon + 1, tm.Mday, tm.Hour, tm.Min, tm.Sec, out result);
    }

    /// <summary>local_to_seconds: the UTC instant (seconds since year 1) of a local wall time, with
    /// <paramref name="fold"/> choosing between the two instants of a repeated hour.</summary>
    public static bool LocalToSeconds(ThreadState ts, int year, int month, int day, int hour, int minute, int second, int fold, out long result)
    {
        result = 0;
        if (!DatetimeCalendar.UtcToSeconds(ts, year, month, day, hour, minute, second, out long t)) return false;
        if (!Local(ts, t, out long lt)) return false;
        long a = lt - t;
        long u1 = t - a;
        if (!Local(ts, u1, out long t1)) return false;
        long b;
        if (t1 == t)
        {
            long u2a = fold != 0 ? u1 + DatetimeCalendar.MaxFoldSeconds : u1 - DatetimeCalendar.MaxFoldSeconds;
            if (!Local(ts, u2a, out lt)) return false;
            b = lt - u2a;
            if (a == b)
            {
                result = u1;
                return true;
            }
        }
        else
        {
            b = t1 - u1;
        }
        long u2 = t - b;
        if (!Local(ts, u2, out long t2)) return false;
        if (t2 == t) result = u2;
        else if (t1 == t) result = u1;
        else result = fold != 0 ? Math.Min(u1, u2) : Math.Max(u1, u2);
        return true;
    }

    /// <summary>local_timezone_from_timestamp: a timezone with the local offset and zone name at that instant.</summary>
    public static PyObject? LocalTimezoneFromTimestamp(ThreadState ts, long timestamp)
    {
        if (!BrokenDown(ts, timestamp, local: true, out var tm)) return null;
        var delta = PyTimedelta.New(ts, 0, (int)tm.Gmtoff, 0, normalize: true);
        if (delta is null) return null;
        PyObject? name = tm.Zone is null ? null : FsEncoding.Decode(Libc.CString(tm.Zone));
        return PyTimezone.New(ts, delta, name);
    }
}
