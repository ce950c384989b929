namespace Kaa.Runtime;

/// <summary>The slots and methods of <c>datetime.date</c> (inherited by datetime where it does not override them).</summary>
internal static class DateSlots
{
    internal static readonly string[] DateNames = ["year", "month", "day"];
    private static readonly string[] FormatNames = ["format"];
    private static readonly string[] IsoCalendarNames = ["year", "week", "day"];

    internal static void Install(PyType type)
    {
        type.New = New;
        type.GetAttr = ObjectSlots.GenericGetAttrSlot;
        type.Repr = static (ts, self) =>
        {
            var d = (PyDate)self;
            return PyStr.Create($"{self.Type.Name}({d.Year}, {d.Month}, {d.Day})");
        };
        type.Str = static (ts, self) => self.Type == PyDate.TypeObject
            ? PyStr.Create(IsoFormat((PyDate)self))
            : Protocols.CallMethod(ts, self, "isoformat", []);
        type.Hash = Hash;
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (b is not PyDate other) return PyNotImplemented.Instance;
            return DatetimeHelpers.DiffToBool(CompareDates((PyDate)a, other), op);
        };
        type.NumberBinary[(int)BinaryOp.Add] = Add;
        type.NumberBinary[(int)BinaryOp.Subtract] = Subtract;

        type.AddClassMethod(new MethodDef("fromtimestamp", static (ts, cls, arg) => FromTimestamp(ts, cls, arg),
            "Create a date from a POSIX timestamp.\n\nThe timestamp is a number, e.g. created via time.time(), that is interpreted\nas local time."));
        type.AddClassMethod(new MethodDef("fromordinal", static (ts, cls, args, kw) =>
        {
            var arg = DatetimeArgs.ExactlyOne(ts, args, kw, "fromordinal");
            if (arg is null || !DatetimeArgs.ToInt(ts, arg, out int ordinal)) return null;
            if (ordinal < 1) return ts.ValueError("ordinal must be >= 1");
            DatetimeCalendar.OrdToYmd(ordinal, out int y, out int m, out int d);
            return PyDate.NewOfClass(ts, cls, y, m, d);
        }, "int -> date corresponding to a proleptic Gregorian ordinal."));
        type.AddClassMethod(new MethodDef("fromisoformat", FromIsoFormat, "str -> Construct a date from a string in ISO 8601 format."));
        type.AddClassMethod(new MethodDef("fromisocalendar", FromIsoCalendar,
            "int, int, int -> Construct a date from the ISO year, week number and weekday.\n\nThis is the inverse of the date.isocalendar() function"));
        type.AddClassMethod(new MethodDef("today", static (ts, cls) =>
        {
            var time = DatetimeHelpers.ImportModule(ts, "time");
            if (time is null) return null;
            var now = Protocols.CallMethod(ts, time, "time", []);
            if (now is null) return null;
            // A class method: cls may be datetime or a subclass, whose fromtimestamp is used.
            return Protocols.CallMethod(ts, cls, "fromtimestamp", [now]);
        }, "Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."));

        type.AddMethod("ctime", static (ts, self) => PyStr.Create(CTime((PyDate)self, 0, 0, 0)), "Return ctime() style string.");
        type.AddMethod("strftime", static (ts, self, args, kw) =>
        {
            var fmt = FormatArgument(ts, args, kw, "strftime");
            if (fmt is null) return null;
            var tuple = Protocols.CallMethod(ts, self, "timetuple", []);
            if (tuple is null) return null;
            // A datetime (which inherits this method) passes itself to its tzinfo's methods.
            return DatetimeHelpers.WrapStrftime(ts, self, fmt, tuple, self);
        }, "format -> strftime() style string.");
        type.AddMethod("__format__", static (ts, self, args, kw) => Format(ts, self, args, kw), "Formats self with strftime.");
        type.AddMethod("timetuple", static (ts, self) =>
        {
            var d = (PyDate)self;
            return DatetimeHelpers.BuildStructTime(ts, d.Year, d.Month, d.Day, 0, 0, 0, -1);
        }, "Return time tuple, compatible with time.localtime().");
        type.AddMethod("isocalendar", static (ts, self) => IsoCalendar((PyDate)self), "Return a named tuple containing ISO year, week number, and weekday.");
        type.AddMethod("isoformat", static (ts, self) => PyStr.Create(IsoFormat((PyDate)self)), "Return string in ISO 8601 format, YYYY-MM-DD.");
        type.AddMethod("isoweekday", static (ts, self) =>
        {
            var d = (PyDate)self;
            return PyInt.Create(DatetimeCalendar.Weekday(d.Year, d.Month, d.Day) + 1);
        }, "Return the day of the week represented by the date.\nMonday == 1 ... Sunday == 7");
        type.AddMethod("toordinal", static (ts, self) => PyInt.Create(((PyDate)self).Ordinal), "Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1.");
        type.AddMethod("weekday", static (ts, self) =>
        {
            var d = (PyDate)self;
            return PyInt.Create(DatetimeCalendar.Weekday(d.Year, d.Month, d.Day));
        }, "Return the day of the week represented by the date.\nMonday == 0 ... Sunday == 6");
        type.AddMethod("replace", Replace, "Return date with new specified fields.");
        type.AddMethod("__reduce__", static (ts, self) => PyTuple.Create(self.Type, PyTuple.Create(State((PyDate)self))), "__reduce__() -> (cls, state)");
        type.AddGetSet("year", static (ts, self) => PyInt.Create(((PyDate)self).Year));
        type.AddGetSet("month", static (ts, self) => PyInt.Create(((PyDate)self).Month));
        type.AddGetSet("day", static (ts, self) => PyInt.Create(((PyDate)self).Day));
        type.AddAttribute("__doc__", PyStr.Create("date(year, month, day) --> date object"));
    }

    internal static int CompareDates(PyDate a, PyDate b)
    {
        int diff = a.Year.CompareTo(b.Year);
        if (diff == 0) diff = a.Month.CompareTo(b.Month);
        if (diff == 0) diff = a.Day.CompareTo(b.Day);
        return diff;
    }

    internal static PyBytes State(PyDate d)
    {
        Span<byte> data = stackalloc byte[4];
        d.WriteState(data);
        return PyBytes.Create(data);
    }

    private static long Hash(ThreadState ts, PyObject self)
    {
        var d = (PyDate)self;
        if (d.HashCode == -1)
        {
            Span<byte> data = stackalloc byte[4];
            d.WriteState(data);
            d.HashCode = HashSecret.Hasher.HashBytes(data);
        }
        return d.HashCode;
    }

    internal static string IsoFormat(PyDate d) => $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}";

    /// <summary>format_ctime.</summary>
    internal static string CTime(PyDate d, int hours, int minutes, int seconds)
    {
        int wday = DatetimeCalendar.Weekday(d.Year, d.Month, d.Day);
        return $"{DatetimeCalendar.DayNames[wday]} {DatetimeCalendar.MonthNames[d.Month - 1]} {d.Day,2} {hours:D2}:{minutes:D2}:{seconds:D2} {d.Year:D4}";
    }

    /// <summary>The "U:name" format with the keyword "format".</summary>
    internal static PyStr? FormatArgument(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        var slots = new DatetimeArgBuffer();
        Span<int> ints = stackalloc int[1];
        if (!DatetimeArgs.ParseConvert(ts, args, kw, name, FormatNames, 1, "U", slots, ints)) return null;
        return (PyStr)slots[0]!;
    }

    /// <summary>date_format (shared by time and datetime): str(self) for "", else self.strftime(fmt).</summary>
    internal static PyObject? Format(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var arg = DatetimeArgs.ExactlyOne(ts, args, kw, "__format__");
        if (arg is null) return null;
        if (arg is not PyStr fmt) return DatetimeArgs.WrongType(ts, "__format__", 1, "str", arg);
        if (fmt.Length == 0) return Protocols.Str(ts, self);
        return Protocols.CallMethod(ts, self, "strftime", [fmt]);
    }

    internal static PyObject IsoCalendar(PyDate d)
    {
        int year = d.Year;
        int week1Monday = DatetimeCalendar.IsoWeek1Monday(year);
        int today = DatetimeCalendar.YmdToOrd(year, d.Month, d.Day);
        int week = DatetimeCalendar.DivMod(today - week1Monday, 7, out int day);
        if (week < 0)
        {
            --year;
            week1Monday = DatetimeCalendar.IsoWeek1Monday(year);
            week = DatetimeCalendar.DivMod(today - week1Monday, 7, out day);
        }
        else if (week >= 52 && today >= DatetimeCalendar.IsoWeek1Monday(year + 1))
        {
            ++year;
            week = 0;
        }
        return IsoCalendarDate.Create(year, week + 1, day + 1);
    }

    /// <summary>date_new: the pickle form (4 state bytes, or their latin-1 str), else (year, month, day).</summary>
    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length == 1 && kwnames is null)
        {
            var state = args[0];
            if (state is PyBytes b && b.Length == 4 && b.Value[2] is >= 1 and <= 12)
                return PyDate.Make(type, (b.Value[0] << 8) | b.Value[1], b.Value[2], b.Value[3]);
            if (state is PyStr s && s.Length == 4 && s[2] is >= 1 and <= 12)
            {
                for (int i = 0; i < 4; i++)
                    if (s[i] > 255)
                        return ts.ValueError("Failed to encode latin1 string when unpickling a date object. pickle.load(data, encoding='latin1') is assumed.");
                return PyDate.Make(type, (s[0] << 8) | s[1], s[2], s[3]);
            }
        }
        var slots = new DatetimeArgBuffer();
        Span<int> v = stackalloc int[3];
        if (!DatetimeArgs.ParseConvert(ts, args, kwnames, null, DateNames, 3, "iii", slots, v)) return null;
        if (!DatetimeCalendar.CheckDateArgs(ts, v[0], v[1], v[2])) return null;
        return PyDate.Make(type, v[0], v[1], v[2]);
    }

    private static PyObject? FromTimestamp(ThreadState ts, PyObject cls, PyObject arg)
    {
        if (!DatetimeTimestamps.ToTimeT(ts, arg, out long t)) return null;
        if (!DatetimeHelpers.BrokenDown(ts, t, local: true, out var tm)) return null;
        return PyDate.NewOfClass(ts, cls, tm.Year + 1900, tm.Mon + 1, tm.Mday);
    }

    private static PyObject? FromIsoFormat(ThreadState ts, PyObject cls, PyObject arg)
    {
        if (arg is not PyStr s) return ts.TypeError("fromisoformat: argument must be str");
        var bytes = IsoFormatParser.Utf8(s);
        int rv = -1;
        int year = 0, month = 0, day = 0;
        if (bytes is not null && bytes.Length - 1 is 7 or 8 or 10)
            rv = IsoFormatParser.ParseDate(bytes, 0, bytes.Length - 1, ref year, ref month, ref day);
        if (rv < 0) return IsoFormatParser.Invalid(ts, s);
        return PyDate.NewOfClass(ts, cls, year, month, day);
    }

    private static PyObject? FromIsoCalendar(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var slots = new DatetimeArgBuffer();
        Span<int> v = stackalloc int[3];
        bool ok = DatetimeArgs.ParseConvert(ts, args, kw, "fromisocalendar", IsoCalendarNames, 3, "iii", slots, v);
        int year = v[0], week = v[1], day = v[2];
        if (!ok)
        {
            if (ts.ErrorMatches(PyExc.OverflowError))
            {
                ts.ClearError();
                ts.SetError(PyExc.ValueError, "ISO calendar component out of range");
            }
            return null;
        }
        if (year < DatetimeCalendar.MinYear || year > DatetimeCalendar.MaxYear) return ts.ValueError($"Year is out of range: {year}");
        int rv = DatetimeCalendar.IsoToYmd(year, week, day, out int y, out int m, out int d);
        if (rv == -2) return ts.ValueError($"Invalid week: {week}");
        if (rv == -3) return ts.ValueError($"Invalid day: {day} (range is [1, 7])");
        return PyDate.NewOfClass(ts, cls, y, m, d);
    }

    private static PyObject? Replace(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var d = (PyDate)self;
        var slots = new DatetimeArgBuffer();
        Span<int> v = [d.Year, d.Month, d.Day];
        if (!DatetimeArgs.ParseConvert(ts, args, kw, "replace", DateNames, 0, "iii", slots, v)) return null;
        int y = v[0], m = v[1], day = v[2];
        // CPython runs the type's tp_new directly (no __init__).
        if (!DatetimeCalendar.CheckDateArgs(ts, y, m, day)) return null;
        return PyDate.Make(self.Type, y, m, day);
    }

    /// <summary>date + timedelta, timedelta + date (datetime operands are left to datetime).</summary>
    private static PyObject? Add(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is PyDateTime || b is PyDateTime) return PyNotImplemented.Instance;
        if (a is PyDate d && b is PyTimedelta delta) return AddDays(ts, d, delta.Days);
        if (b is PyDate d2 && a is PyTimedelta delta2) return AddDays(ts, d2, delta2.Days);
        return PyNotImplemented.Instance;
    }

    private static PyObject? Subtract(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is PyDateTime || b is PyDateTime) return PyNotImplemented.Instance;
        if (a is PyDate d)
        {
            if (b is PyDate other) return PyTimedelta.New(ts, d.Ordinal - other.Ordinal, 0, 0, normalize: false);
            if (b is PyTimedelta delta) return AddDays(ts, d, -(long)delta.Days);
        }
        return PyNotImplemented.Instance;
    }

    private static PyObject? AddDays(ThreadState ts, PyDate date, long days)
    {
        int year = date.Year, month = date.Month;
        long day = date.Day + days;
        int dd = (int)day;
        if (!DatetimeCalendar.NormalizeDate(ts, ref year, ref month, ref dd)) return null;
        return PyDate.NewOfClass(ts, date.Type, year, month, dd);
    }
}
