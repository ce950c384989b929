namespace Kaa.Runtime;

/// <summary>
/// <c>time</c> (Modules/timemodule.c): clocks through clock_gettime, the calendar through libc's
/// localtime_r/gmtime_r/mktime/strftime, sleep that signal handlers interrupt, strptime through _strptime.
/// </summary>
internal static unsafe class TimeModule
{
    private const int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2, CLOCK_THREAD_CPUTIME_ID = 3;

    private const string Doc = "This module provides various functions to manipulate time values.\n\nThere are two standard representations of time.  One is the number\nof seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\nor a floating point number (to represent fractions of seconds).\nThe Epoch is system-defined; on Unix, it is generally January 1st, 1970.\nThe actual value can be retrieved by calling gmtime(0).\n\nThe other representation is a tuple of 9 integers giving local time.\nThe tuple items are:\n  year (including century, e.g. 1998)\n  month (1-12)\n  day (1-31)\n  hours (0-23)\n  minutes (0-59)\n  seconds (0-59)\n  weekday (0-6, Monday is 0)\n  Julian day (day in the year, 1-366)\n  DST (Daylight Savings Time) flag (-1, 0 or 1)\nIf the DST flag is 0, the time is given in the regular time zone;\nif it is 1, the time is given in the DST time zone;\nif it is -1, mktime() should guess based on the date and time.\n";

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("time", Doc);
        m.Set("CLOCK_BOOTTIME", PyInt.Create(7));
        m.Set("CLOCK_MONOTONIC", PyInt.Create(CLOCK_MONOTONIC));
        m.Set("CLOCK_MONOTONIC_RAW", PyInt.Create(4));
        m.Set("CLOCK_PROCESS_CPUTIME_ID", PyInt.Create(CLOCK_PROCESS_CPUTIME_ID));
        m.Set("CLOCK_REALTIME", PyInt.Create(CLOCK_REALTIME));
        m.Set("CLOCK_TAI", PyInt.Create(11));
        m.Set("CLOCK_THREAD_CPUTIME_ID", PyInt.Create(CLOCK_THREAD_CPUTIME_ID));
        m.Set("_STRUCT_TM_ITEMS", PyInt.Create(11));
        m.Set("struct_time", StructTime.Type);
        InitTimezone(m);

        m.AddFunction("time", static (ts, self) => Seconds(ts, CLOCK_REALTIME));
        m.AddFunction("time_ns", static (ts, self) => Nanoseconds(ts, CLOCK_REALTIME));
        m.AddFunction("monotonic", static (ts, self) => Seconds(ts, CLOCK_MONOTONIC));
        m.AddFunction("monotonic_ns", static (ts, self) => Nanoseconds(ts, CLOCK_MONOTONIC));
        m.AddFunction("perf_counter", static (ts, self) => Seconds(ts, CLOCK_MONOTONIC));
        m.AddFunction("perf_counter_ns", static (ts, self) => Nanoseconds(ts, CLOCK_MONOTONIC));
        m.AddFunction("process_time", static (ts, self) => Seconds(ts, CLOCK_PROCESS_CPUTIME_ID));
        m.AddFunction("process_time_ns", static (ts, self) => Nanoseconds(ts, CLOCK_PROCESS_CPUTIME_ID));
        m.AddFunction("thread_time", static (ts, self) => Seconds(ts, CLOCK_THREAD_CPUTIME_ID));
        m.AddFunction("thread_time_ns", static (ts, self) => Nanoseconds(ts, CLOCK_THREAD_CPUTIME_ID));
        m.AddFunction("clock_gettime", static (ts, self, arg) => PosixArgs.CInt(ts, arg, out int clock) ? Seconds(ts, clock) : null);
        m.AddFunction("clock_gettime_ns", static (ts, self, arg) => PosixArgs.CInt(ts, arg, out int clock) ? Nanoseconds(ts, clock) : null);
        m.AddFunction("clock_getres", static (ts, self, arg) =>
        {
            if (!PosixArgs.CInt(ts, arg, out int clock)) return null;
            Timespec t;
            if (TimeLibc.clock_getres(clock, &t) < 0) return PosixErrors.FromErrno(ts);
            return PyFloat.Create(t.Sec + t.Nsec * 1e-9);
        });
        m.AddFunction("clock_settime", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "clock_settime", args, kw, 2, 2)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int clock)) return null;
            if (!ToNanoseconds(ts, args[1], out long ns, floor: true)) return null;
            var t = new Timespec { Sec = Math.DivRem(ns, 1_000_000_000, out long rem), Nsec = rem };
            if (t.Nsec < 0) { t.Nsec += 1_000_000_000; t.Sec--; }
            return TimeLibc.clock_settime(clock, &t) < 0 ? PosixErrors.FromErrno(ts) : PyNone.Instance;
        });
        m.AddFunction("clock_settime_ns", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "clock_settime_ns", args, kw, 2, 2)) return null;
            if (!PosixArgs.CInt(ts, args[0], out int clock) || !PosixArgs.CLong(ts, args[1], out long ns)) return null;
            var t = new Timespec { Sec = Math.DivRem(ns, 1_000_000_000, out long rem), Nsec = rem };
            if (t.Nsec < 0) { t.Nsec += 1_000_000_000; t.Sec--; }
            return TimeLibc.clock_settime(clock, &t) < 0 ? PosixErrors.FromErrno(ts) : PyNone.Instance;
        });
        m.AddFunction("pthread_getcpuclockid", static (ts, self, arg) =>
        {
            if (!PosixArgs.CLong(ts, arg, out long thread)) return null;
            int clock;
            int r = TimeLibc.pthread_getcpuclockid((nuint)thread, &clock);
            return r != 0 ? PosixErrors.Raise(ts, r) : PyInt.Create(clock);
        });
        m.AddFunction("sleep", static (ts, self, arg) =>
        {
            if (!ToNanoseconds(ts, arg, out long ns, floor: false, sleep: true)) return null;
            if (ns < 0) return ts.ValueError("sleep length must be non-negative");
            var state = ts.Interp.GetModuleState<SignalState>();
            return state.Sleep(ts, TimeSpan.FromTicks(ns / 100)) ? PyNone.Instance : null;
        });
        m.AddFunction("gmtime", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "gmtime", args, kw, 0, 1)) return null;
            if (!WhenArg(ts, args, out long when)) return null;
            Tm tm;
            if (TimeLibc.gmtime_r(&when, &tm) is null) return PosixErrors.FromErrno(ts);
            return StructTime.FromTm(tm);
        });
        m.AddFunction("localtime", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "localtime", args, kw, 0, 1)) return null;
            if (!WhenArg(ts, args, out long when)) return null;
            return LocalTime(ts, when, out var tm) ? StructTime.FromTm(tm) : null;
        });
        m.AddFunction("mktime", static (ts, self, arg) =>
        {
            if (!GetTmArg(ts, arg, "mktime", out var tm, out _)) return null;
            tm.Wday = -1; // sentinel: mktime sets it when it succeeds
            long t = TimeLibc.mktime(&tm);
            if (t == -1 && tm.Wday == -1) return ts.OverflowError("mktime argument out of range");
            return PyFloat.Create(t);
        });
        m.AddFunction("asctime", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "asctime", args, kw, 0, 1)) return null;
            Tm tm;
            if (args.Length == 0)
            {
                if (!LocalTime(ts, Now(), out tm)) return null;
            }
            else if (!GetTmArg(ts, args[0], "asctime", out tm, out _) || !CheckTm(ts, ref tm)) return null;
            return AscTime(tm);
        });
        m.AddFunction("ctime", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "ctime", args, kw, 0, 1)) return null;
            if (!WhenArg(ts, args, out long when)) return null;
            return LocalTime(ts, when, out var tm) ? AscTime(tm) : null;
        });
        m.AddFunction("strftime", static (ts, self, args, kw) =>
        {
            if (!PosixModule.Positional(ts, "strftime", args, kw, 1, 2)) return null;
            if (args[0] is not PyStr format) return ts.TypeError($"strftime() argument 1 must be str, not {args[0].Type.Name}");
            Tm tm;
            byte[]? zone = null;
            if (args.Length == 1)
            {
                if (!LocalTime(ts, Now(), out tm)) return null;
            }
            else if (!GetTmArg(ts, args[1], "strftime", out tm, out zone) || !CheckTm(ts, ref tm)) return null;
            if (tm.Isdst < -1) tm.Isdst = -1;
            else if (tm.Isdst > 1) tm.Isdst = 1;
            return StrFTime(ts, format, tm, zone);
        });
        m.AddFunction("strptime", static (ts, self, args, kw) =>
        {
            var import = ts.Interp.Builtins.GetStr("__import__");
            if (import is null) return ts.Raise(PyExc.ImportError, "__import__ not found");
            var module = Protocols.Call(ts, import, [PyStr.Intern("_strptime")], null);
            if (module is null) return null;
            var f = Protocols.GetAttr(ts, module, PyStr.Intern("_strptime_time"));
            if (f is null) return null;
            return Protocols.Call(ts, f, args, kw);
        });
        m.AddFunction("tzset", static (ts, self) =>
        {
            TimeLibc.tzset();
            if (ts.Interp.Modules.GetStr("time") is PyModule tm) InitTimezone(tm);
            return PyNone.Instance;
        });
        m.AddFunction("get_clock_info", static (ts, self, arg) =>
        {
            if (arg is not PyStr name) return ts.TypeError($"get_clock_info() argument must be str, not {arg.Type.Name}");
            (string impl, bool monotonic, bool adjustable, int clock) = name.ToString() switch
            {
                "time" => ("clock_gettime(CLOCK_REALTIME)", false, true, CLOCK_REALTIME),
                "monotonic" => ("clock_gettime(CLOCK_MONOTONIC)", true, false, CLOCK_MONOTONIC),
                "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false, CLOCK_MONOTONIC),
                "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, CLOCK_PROCESS_CPUTIME_ID),
                "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, CLOCK_THREAD_CPUTIME_ID),
                _ => ("", false, false, -1),
            };
            if (clock < 0) return ts.ValueError("unknown clock");
            Timespec res;
            double resolution = TimeLibc.clock_getres(clock, &res) == 0 ? res.Sec + res.Nsec * 1e-9 : 1e-9;
            var ns = PySimpleNamespace.Create();
            var d = ns.Dict!;
            d.SetStr("implementation", PyStr.Create(impl));
            d.SetStr("monotonic", PyBool.From(monotonic));
            d.SetStr("adjustable", PyBool.From(adjustable));
            d.SetStr("resolution", PyFloat.Create(resolution));
            return ns;
        });
        return m;
    }

    private static long Now()
    {
        Timespec t;
        TimeLibc.clock_gettime(CLOCK_REALTIME, &t);
        return t.Sec;
    }

    private static bool ClockNs(ThreadState ts, int clock, out long ns)
    {
        Timespec t;
        ns = 0;
        if (TimeLibc.clock_gettime(clock, &t) < 0)
        {
            PosixErrors.FromErrno(ts);
            return false;
        }
        ns = t.Sec * 1_000_000_000 + t.Nsec;
        return true;
    }

    /// <summary>_PyTime_AsSecondsDouble: exact seconds when whole, else ns / 1e9.</summary>
    private static PyObject? Seconds(ThreadState ts, int clock)
    {
        if (!ClockNs(ts, clock, out long ns)) return null;
        double d = ns % 1_000_000_000 == 0 ? ns / 1_000_000_000 : ns / 1e9;
        return PyFloat.Create(d);
    }

    private static PyObject? Nanoseconds(ThreadState ts, int clock) => ClockNs(ts, clock, out long ns) ? PyInt.Create(ns) : null;

    /// <summary>_PyTime_FromSecondsObject: an int or float of seconds as nanoseconds.</summary>
    private static bool ToNanoseconds(ThreadState ts, PyObject obj, out long ns, bool floor, bool sleep = false)
    {
        ns = 0;
        if (obj is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d)) { ts.SetError(PyExc.ValueError, "Invalid value NaN (not a number)"); return false; }
            d *= 1e9;
            d = floor ? Math.Floor(d) : Math.Round(d, MidpointRounding.ToEven);
            if (!(d >= long.MinValue && d < 9.2233720368547758e18))
            {
                ts.SetError(PyExc.OverflowError, "timestamp too large to convert to C _PyTime_t");
                return false;
            }
            ns = (long)d;
            return true;
        }
        var i = Protocols.Index(ts, obj);
        if (i is null) return false;
        if (!i.TryGetLong(out long s) || s > long.MaxValue / 1_000_000_000 || s < long.MinValue / 1_000_000_000)
        {
            ts.SetError(PyExc.OverflowError, "timestamp too large to convert to C _PyTime_t");
            return false;
        }
        ns = s * 1_000_000_000;
        return true;
    }

    /// <summary>parse_time_t_args: the optional seconds (None or absent: now), floored to time_t.</summary>
    private static bool WhenArg(ThreadState ts, ReadOnlySpan<PyObject> args, out long when)
    {
        when = 0;
        if (args.Length == 0 || args[0] is PyNone) { when = Now(); return true; }
        var obj = args[0];
        if (obj is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d)) { ts.SetError(PyExc.ValueError, "Invalid value NaN (not a number)"); return false; }
            d = Math.Floor(d);
            if (!(d >= long.MinValue && d < 9.2233720368547758e18))
            {
                ts.SetError(PyExc.OverflowError, "timestamp out of range for platform time_t");
                return false;
            }
            when = (long)d;
            return true;
        }
        var i = Protocols.Index(ts, obj);
        if (i is null) return false;
        if (!i.TryGetLong(out when))
        {
            ts.SetError(PyExc.OverflowError, "timestamp out of range for platform time_t");
            return false;
        }
        return true;
    }

    private static bool LocalTime(ThreadState ts, long when, out Tm tm)
    {
        Tm t;
        if (TimeLibc.localtime_r(&when, &t) is null)
        {
            int e = Libc.Errno;
            tm = default;
            if (e == 75 /* EOVERFLOW */ || e == 0) ts.SetError(PyExc.OverflowError, "timestamp out of range for platform time_t");
            else PosixErrors.Raise(ts, e);
            return false;
        }
        tm = t;
        return true;
    }

    /// <summary>gettmarg: a 9-tuple (or struct_time, whose tm_zone/tm_gmtoff are used) to struct tm.</summary>
    private static bool GetTmArg(ThreadState ts, PyObject arg, string function, out Tm tm, out byte[]? zone)
    {
        tm = default;
        zone = null;
        if (arg is not PyTuple t)
        {
            ts.SetError(PyExc.TypeError, "Tuple or struct_time argument required");
            return false;
        }
        if (t.Length != 9)
        {
            ts.SetError(PyExc.TypeError, $"{function}(): illegal time tuple argument");
            return false;
        }
        Span<int> v = stackalloc int[9];
        for (int i = 0; i < 9; i++)
            if (!PosixArgs.CInt(ts, t.Items[i], out v[i])) return false;
        if (v[0] < int.MinValue + 1900)
        {
            ts.SetError(PyExc.OverflowError, "year out of range");
            return false;
        }
        tm.Year = v[0] - 1900;
        tm.Mon = v[1] - 1;
        tm.Mday = v[2];
        tm.Hour = v[3];
        tm.Min = v[4];
        tm.Sec = v[5];
        tm.Wday = (v[6] + 1) % 7;
        tm.Yday = v[7] - 1;
        tm.Isdst = v[8];
        if (arg is PyStructSequence s && s.Type == StructTime.Type)
        {
            if (s.Hidden[0] is PyStr z)
            {
                var raw = System.Text.Encoding.UTF8.GetBytes(z.ToString());
                zone = new byte[raw.Length + 1];
                raw.CopyTo(zone, 0);
            }
            if (s.Hidden[1] is not PyNone)
            {
                if (!PosixArgs.CLong(ts, s.Hidden[1], out long off)) return false;
                tm.Gmtoff = off;
            }
        }
        return true;
    }

    private static bool CheckTm(ThreadState ts, ref Tm tm)
    {
        string? error = null;
        if (tm.Mon == -1) tm.Mon = 0;
        else if (tm.Mon < 0 || tm.Mon > 11) error = "month out of range";
        if (error is null)
        {
            if (tm.Mday == 0) tm.Mday = 1;
            else if (tm.Mday < 0 || tm.Mday > 31) error = "day of month out of range";
        }
        if (error is null && (tm.Hour < 0 || tm.Hour > 23)) error = "hour out of range";
        if (error is null && (tm.Min < 0 || tm.Min > 59)) error = "minute out of range";
        if (error is null && (tm.Sec < 0 || tm.Sec > 61)) error = "seconds out of range";
        if (error is null && tm.Wday < 0) error = "day of week out of range";
        if (error is null)
        {
            if (tm.Yday == -1) tm.Yday = 0;
            else if (tm.Yday < 0 || tm.Yday > 365) error = "day of year out of range";
        }
        if (error is null) return true;
        ts.SetError(PyExc.ValueError, error);
        return false;
    }

    private static readonly string[] WeekDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static PyStr AscTime(in Tm tm)
        => PyStr.FromChars($"{WeekDays[tm.Wday]} {Months[tm.Mon]}{tm.Mday,3} {tm.Hour:00}:{tm.Min:00}:{tm.Sec:00} {1900L + tm.Year}");

    private static PyObject? StrFTime(ThreadState ts, PyStr format, Tm tm, byte[]? zone)
    {
        var fmt = FsEncoding.Encode(ts, format);
        if (fmt is null) return null;
        if (Array.IndexOf(fmt, (byte)0) >= 0) return ts.ValueError("embedded null character");
        var cfmt = new byte[fmt.Length + 1];
        fmt.CopyTo(cfmt, 0);
        fixed (byte* z = zone)
        {
            if (z is not null) tm.Zone = z;
            for (int size = 1024; ; size += size)
            {
                var buf = new byte[size];
                nint n;
                fixed (byte* b = buf)
                fixed (byte* f = cfmt)
                    n = TimeLibc.strftime(b, size, f, &tm);
                if (n > 0 || size >= 256 * fmt.Length)
                    return FsEncoding.Decode(buf.AsSpan(0, (int)n));
            }
        }
    }

    /// <summary>init_timezone: timezone/altzone/daylight/tzname from January and July of this year.</summary>
    private static void InitTimezone(PyModule m)
    {
        const long Year = (365 * 24 + 6) * 3600;
        long t = Now() / Year * Year;
        Tm jan, jul;
        TimeLibc.localtime_r(&t, &jan);
        long janOff = -jan.Gmtoff;
        var janName = jan.Zone is null ? PyStr.Empty : FsEncoding.Decode(Libc.CString(jan.Zone));
        t += Year / 2;
        TimeLibc.localtime_r(&t, &jul);
        long julOff = -jul.Gmtoff;
        var julName = jul.Zone is null ? PyStr.Empty : FsEncoding.Decode(Libc.CString(jul.Zone));
        if (janOff < julOff)
        {
            // Southern hemisphere: DST is in January.
            m.Set("timezone", PyInt.Create(julOff));
            m.Set("altzone", PyInt.Create(janOff));
            m.Set("daylight", PyInt.Create(janOff != julOff ? 1 : 0));
            m.Set("tzname", PyTuple.Create(julName, janName));
        }
        else
        {
            m.Set("timezone", PyInt.Create(janOff));
            m.Set("altzone", PyInt.Create(julOff));
            m.Set("daylight", PyInt.Create(janOff != julOff ? 1 : 0));
            m.Set("tzname", PyTuple.Create(janName, julName));
        }
    }
}
