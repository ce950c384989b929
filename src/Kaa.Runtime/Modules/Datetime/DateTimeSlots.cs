namespace Kaa.Runtime;

/// <summary>The slots and methods of <c>datetime.datetime</c>.</summary>
internal static class DateTimeSlots
{
    private static readonly string[] DateTimeNames = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"];
    private static readonly string[] IsoFormatNames = ["sep", "timespec"];
    private static readonly string[] CombineNames = ["date", "time", "tzinfo"];
    private static readonly string[] FromTimestampNames = ["timestamp", "tz"];
    private static readonly string[] TzNames = ["tz"];

    internal static void Install(PyType type)
    {
        type.New = New;
        type.GetAttr = ObjectSlots.GenericGetAttrSlot;
        type.Repr = Repr;
        type.Str = static (ts, self) => Protocols.CallMethod(ts, self, "isoformat", [PyStr.Create(" ")]);
        type.Hash = Hash;
        type.RichCompare = RichCompare;
        type.NumberBinary[(int)BinaryOp.Add] = static (ts, a, b) =>
        {
            if (a is PyDateTime dt && b is PyTimedelta d) return AddDelta(ts, dt, d, 1);
            if (a is PyTimedelta d2 && b is PyDateTime dt2) return AddDelta(ts, dt2, d2, 1);
            return PyNotImplemented.Instance;
        };
        type.NumberBinary[(int)BinaryOp.Subtract] = Subtract;

        type.AddClassMethod(new MethodDef("now", static (ts, cls, args, kw) =>
        {
            var slots = new DatetimeArgBuffer();
            if (!DatetimeArgs.Parse(ts, args, kw, "now", TzNames, 0, slots)) return null;
            var tz = slots[0] ?? PyNone.Instance;
            if (!DatetimeHelpers.CheckTzinfo(ts, tz)) return null;
            var self = BestPossible(ts, cls, local: tz == PyNone.Instance, tz);
            if (self is null || tz == PyNone.Instance) return self;
            return Protocols.CallMethod(ts, tz, "fromutc", [self]);
        }, "Returns new datetime object representing current time local to tz.\n\n  tz\n    Timezone object.\n\nIf no tz is specified, uses local timezone."));
        type.AddClassMethod(new MethodDef("utcnow", static (ts, cls) => BestPossible(ts, cls, local: false, PyNone.Instance),
            "Return a new datetime representing UTC day and time."));
        type.AddClassMethod(new MethodDef("fromtimestamp", static (ts, cls, args, kw) =>
        {
            var slots = new DatetimeArgBuffer();
            if (!DatetimeArgs.Parse(ts, args, kw, "fromtimestamp", FromTimestampNames, 1, slots)) return null;
            var tz = slots[1] ?? PyNone.Instance;
            if (!DatetimeHelpers.CheckTzinfo(ts, tz)) return null;
            var self = FromTimestamp(ts, cls, slots[0]!, local: tz == PyNone.Instance, tz);
            if (self is null || tz == PyNone.Instance) return self;
            return Protocols.CallMethod(ts, tz, "fromutc", [self]);
        }, "timestamp[, tz] -> tz's local time from POSIX timestamp."));
        type.AddClassMethod(new MethodDef("utcfromtimestamp", static (ts, cls, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("utcfromtimestamp() takes no keyword arguments");
            if (args.Length != 1) return ts.TypeError($"utcfromtimestamp() takes exactly 1 argument ({args.Length} given)");
            return FromTimestamp(ts, cls, args[0], local: false, PyNone.Instance);
        }, "Construct a naive UTC datetime from a POSIX timestamp."));
        type.AddClassMethod(new MethodDef("strptime", static (ts, cls, args, kw) =>
        {
            if (kw is not null && kw.Length > 0) return ts.TypeError("strptime() takes no keyword arguments");
            if (args.Length != 2) return ts.TypeError($"strptime() takes exactly 2 arguments ({args.Length} given)");
            if (args[0] is not PyStr) return DatetimeArgs.WrongType(ts, "strptime", 1, "str", args[0]);
            if (args[1] is not PyStr) return DatetimeArgs.WrongType(ts, "strptime", 2, "str", args[1]);
            var module = DatetimeHelpers.ImportModule(ts, "_strptime");
            if (module is null) return null;
            return Protocols.CallMethod(ts, module, "_strptime_datetime", [cls, args[0], args[1]]);
        }, "string, format -> new datetime parsed from a string (like time.strptime())."));
        type.AddClassMethod(new MethodDef("combine", static (ts, cls, args, kw) =>
        {
            var slots = new DatetimeArgBuffer();
            Span<int> unused = stackalloc int[3];
            if (!DatetimeArgs.ParseConvert(ts, args, kw, "combine", CombineNames, 2, "DTO", slots, unused)) return null;
            var date = (PyDate)slots[0]!;
            var time = (PyTime)slots[1]!;
            var tz = slots[2] ?? time.TzInfo;
            return PyDateTime.NewOfClass(ts, cls, date.Year, date.Month, date.Day, time.Hour, time.Minute, time.Second, time.Microsecond, tz, time.Fold);
        }, "date, time -> datetime with same date and time fields"));
        type.AddClassMethod(new MethodDef("fromisoformat", FromIsoFormat, "string -> datetime from a string in most ISO 8601 formats"));

        type.AddMethod("date", static (ts, self) =>
        {
            var dt = (PyDateTime)self;
            return PyDate.Make(PyDate.TypeObject, dt.Year, dt.Month, dt.Day);
        }, "Return date object with same year, month and day.");
        type.AddMethod("time", static (ts, self) =>
        {
            var dt = (PyDateTime)self;
            return PyTime.Make(PyTime.TypeObject, dt.Hour, dt.Minute, dt.Second, dt.Microsecond, PyNone.Instance, dt.Fold);
        }, "Return time object with same time but with tzinfo=None.");
        type.AddMethod("timetz", static (ts, self) =>
        {
            var dt = (PyDateTime)self;
            return PyTime.Make(PyTime.TypeObject, dt.Hour, dt.Minute, dt.Second, dt.Microsecond, dt.TzInfo, dt.Fold);
        }, "Return time object with same time and tzinfo.");
        type.AddMethod("ctime", static (ts, self) =>
        {
            var dt = (PyDateTime)self;
            return PyStr.Create(DateSlots.CTime(dt, dt.Hour, dt.Minute, dt.Second));
        }, "Return ctime() style string.");
        type.AddMethod("timetuple", TimeTuple, "Return time tuple, compatible with time.localtime().");
        type.AddMethod("timestamp", Timestamp, "Return POSIX timestamp as float.");
        type.AddMethod("utctimetuple", UtcTimeTuple, "Return UTC time tuple, compatible with time.localtime().");
        type.AddMethod("isoformat", IsoFormat, "[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\nsep is used to separate the year from the time, and defaults to 'T'.\nThe optional argument timespec specifies the number of additional terms\nof the time to include. Valid options are 'auto', 'hours', 'minutes',\n'seconds', 'milliseconds' and 'microseconds'.\n");
        type.AddMethod("utcoffset", static (ts, self) => DatetimeHelpers.CallUtcOffset(ts, ((PyDateTime)self).TzInfo, self), "Return self.tzinfo.utcoffset(self).");
        type.AddMethod("tzname", static (ts, self) => DatetimeHelpers.CallTzName(ts, ((PyDateTime)self).TzInfo, self), "Return self.tzinfo.tzname(self).");
        type.AddMethod("dst", static (ts, self) => DatetimeHelpers.CallDst(ts, ((PyDateTime)self).TzInfo, self), "Return self.tzinfo.dst(self).");
        type.AddMethod("replace", Replace, "Return datetime with new specified fields.");
        type.AddMethod("astimezone", AsTimezone, "tz -> convert to local time in new timezone tz\n");
        type.AddMethod("__reduce_ex__", static (ts, self, args, kw) =>
        {
            var arg = DatetimeArgs.ExactlyOne(ts, args, kw, "__reduce_ex__");
            if (arg is null || !DatetimeArgs.ToInt(ts, arg, out int proto)) return null;
            return PyTuple.Create(self.Type, State((PyDateTime)self, proto));
        }, "__reduce_ex__(proto) -> (cls, state)");
        type.AddMethod("__reduce__", static (ts, self) => PyTuple.Create(self.Type, State((PyDateTime)self, 2)), "__reduce__() -> (cls, state)");
        type.AddGetSet("hour", static (ts, self) => PyInt.Create(((PyDateTime)self).Hour));
        type.AddGetSet("minute", static (ts, self) => PyInt.Create(((PyDateTime)self).Minute));
        type.AddGetSet("second", static (ts, self) => PyInt.Create(((PyDateTime)self).Second));
        type.AddGetSet("microsecond", static (ts, self) => PyInt.Create(((PyDateTime)self).Microsecond));
        type.AddGetSet("tzinfo", static (ts, self) => ((PyDateTime)self).TzInfo);
        type.AddGetSet("fold", static (ts, self) => PyInt.Create(((PyDateTime)self).Fold));
        type.AddAttribute("__doc__", PyStr.Create("datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\nThe year, month and day arguments are required. tzinfo may be None, or an\ninstance of a tzinfo subclass. The remaining arguments may be ints.\n"));
    }

    private static PyTuple State(PyDateTime dt, int proto)
    {
        var data = new byte[10];
        dt.WriteDateTimeState(data);
        if (proto > 3 && dt.Fold != 0) data[2] |= 0x80;
        var bytes = PyBytes.Create(data);
        return dt.HasTzInfo ? PyTuple.Create(bytes, dt.TzInfo) : PyTuple.Create(bytes);
    }

    /// <summary>datetime_new: the pickle form (10 state bytes or their latin-1 str, plus an optional tzinfo), else the fields.</summary>
    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is null && args.Length is >= 1 and <= 2)
        {
            var state = args[0];
            PyObject tzinfo = args.Length == 2 ? args[1] : PyNone.Instance;
            byte[]? data = null;
            if (state is PyBytes b && b.Length == 10 && (b.Value[2] & 0x7F) is >= 1 and <= 12) data = b.Value;
            else if (state is PyStr s && s.Length == 10 && (s[2] & 0x7F) is >= 1 and <= 12)
            {
                data = new byte[10];
                for (int i = 0; i < 10; i++)
                {
                    if (s[i] > 255)
                        return ts.ValueError("Failed to encode latin1 string when unpickling a datetime object. pickle.load(data, encoding='latin1') is assumed.");
                    data[i] = (byte)s[i];
                }
            }
            if (data is not null)
            {
                if (tzinfo != PyNone.Instance && tzinfo is not PyTzInfo) return ts.TypeError("bad tzinfo state arg");
                return PyDateTime.Make(type, (data[0] << 8) | data[1], data[2] & 0x7F, data[3], data[4], data[5], data[6],
                    (data[7] << 16) | (data[8] << 8) | data[9], tzinfo, data[2] >> 7);
            }
        }
        var slots = new DatetimeArgBuffer();
        Span<int> v = stackalloc int[9];
        if (!DatetimeArgs.ParseConvert(ts, args, kwnames, null, DateTimeNames, 3, "iiiiiiiOi", slots, v, maxPositional: 8)) return null;
        return PyDateTime.New(ts, v[0], v[1], v[2], v[3], v[4], v[5], v[6], slots[7] ?? PyNone.Instance, v[8], type);
    }

    private static PyObject? Replace(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var dt = (PyDateTime)self;
        var slots = new DatetimeArgBuffer();
        Span<int> v = [dt.Year, dt.Month, dt.Day, dt.Hour, dt.Minute, dt.Second, dt.Microsecond, 0, dt.Fold];
        if (!DatetimeArgs.ParseConvert(ts, args, kw, "replace", DateTimeNames, 0, "iiiiiiiOi", slots, v, maxPositional: 8)) return null;
        if (v[8] != 0 && v[8] != 1) return ts.ValueError("fold must be either 0 or 1");
        // CPython runs the type's tp_new directly (no __init__), then sets the fold.
        return PyDateTime.New(ts, v[0], v[1], v[2], v[3], v[4], v[5], v[6], slots[7] ?? dt.TzInfo, v[8], self.Type);
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var dt = (PyDateTime)self;
        string name = self.Type.Name;
        string text = dt.Microsecond != 0
            ? $"{name}({dt.Year}, {dt.Month}, {dt.Day}, {dt.Hour}, {dt.Minute}, {dt.Second}, {dt.Microsecond})"
            : dt.Second != 0
                ? $"{name}({dt.Year}, {dt.Month}, {dt.Day}, {dt.Hour}, {dt.Minute}, {dt.Second})"
                : $"{name}({dt.Year}, {dt.Month}, {dt.Day}, {dt.Hour}, {dt.Minute})";
        // datetime puts the fold before the tzinfo (time does the reverse).
        if (dt.Fold != 0) text = text[..^1] + $", fold={dt.Fold})";
        if (!dt.HasTzInfo) return PyStr.Create(text);
        var tz = Protocols.Repr(ts, dt.TzInfo);
        if (tz is null) return null;
        return PyStr.Create(text[..^1] + $", tzinfo={tz})");
    }

    /// <summary>time's repr tail: ", tzinfo=..." then ", fold=1".</summary>
    internal static PyObject? AppendTzinfoAndFold(ThreadState ts, string text, PyObject tzinfo, int fold)
    {
        if (tzinfo != PyNone.Instance)
        {
            var tz = Protocols.Repr(ts, tzinfo);
            if (tz is null) return null;
            text = text[..^1] + $", tzinfo={tz})";
        }
        if (fold != 0) text = text[..^1] + $", fold={fold})";
        return PyStr.Create(text);
    }

    private static PyObject? IsoFormat(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var dt = (PyDateTime)self;
        var slots = new DatetimeArgBuffer();
        Span<int> unused = stackalloc int[2];
        if (!DatetimeArgs.ParseConvert(ts, args, kw, "isoformat", IsoFormatNames, 0, "CU", slots, unused)) return null;
        int sep = slots[0] is PyStr ss ? ss[0] : 'T';
        string timespec = slots[1]?.ToString() ?? "auto";
        var time = TimeSlots.FormatTime(ts, timespec, dt.Hour, dt.Minute, dt.Second, dt.Microsecond);
        if (time is null) return null;
        string offset = "";
        if (dt.HasTzInfo)
        {
            var o = DatetimeHelpers.FormatUtcOffset(ts, ":", dt.TzInfo, dt);
            if (o is null) return null;
            offset = o;
        }
        string date = $"{dt.Year:D4}-{dt.Month:D2}-{dt.Day:D2}";
        if (sep < 0xD800 || (sep > 0xDFFF && sep < 0x10000)) return PyStr.Create($"{date}{(char)sep}{time}{offset}");
        // A surrogate or astral separator: build from code points.
        var cps = new List<int>(date.Length + 1 + time.Length + offset.Length);
        foreach (char c in date) cps.Add(c);
        cps.Add(sep);
        foreach (char c in time + offset) cps.Add(c);
        return PyStr.FromCodePoints(cps.ToArray());
    }

    /// <summary>add_datetime_timedelta: the result has the operand's type (a subclass is called).</summary>
    internal static PyObject? AddDelta(ThreadState ts, PyDateTime dt, PyTimedelta delta, int factor)
    {
        int year = dt.Year, month = dt.Month;
        int day = dt.Day + delta.Days * factor;
        int hour = dt.Hour, minute = dt.Minute;
        int second = dt.Second + delta.Seconds * factor;
        int microsecond = dt.Microsecond + delta.Microseconds * factor;
        if (!DatetimeCalendar.NormalizeDateTime(ts, ref year, ref month, ref day, ref hour, ref minute, ref second, ref microsecond)) return null;
        if (dt.Type == PyDateTime.TypeObject)
            return PyDateTime.Make(PyDateTime.TypeObject, year, month, day, hour, minute, second, microsecond, dt.TzInfo, 0);
        return PyDateTime.NewOfClass(ts, dt.Type, year, month, day, hour, minute, second, microsecond, dt.TzInfo, 0);
    }

    private static PyObject? Subtract(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyDateTime left) return PyNotImplemented.Instance;
        if (b is PyTimedelta delta) return AddDelta(ts, left, delta, -1);
        if (b is not PyDateTime right) return PyNotImplemented.Instance;
        PyObject offset1 = PyNone.Instance, offset2 = PyNone.Instance;
        if (left.TzInfo != right.TzInfo)
        {
            var o1 = DatetimeHelpers.CallUtcOffset(ts, left.TzInfo, left);
            if (o1 is null) return null;
            var o2 = DatetimeHelpers.CallUtcOffset(ts, right.TzInfo, right);
            if (o2 is null) return null;
            if ((o1 != PyNone.Instance) != (o2 != PyNone.Instance))
                return ts.TypeError("can't subtract offset-naive and offset-aware datetimes");
            offset1 = o1;
            offset2 = o2;
        }
        long days = left.Ordinal - (long)right.Ordinal;
        long seconds = (left.Hour - right.Hour) * 3600L + (left.Minute - right.Minute) * 60L + (left.Second - right.Second);
        long us = left.Microsecond - (long)right.Microsecond;
        if (offset1 != offset2 && offset1 is PyTimedelta d1 && offset2 is PyTimedelta d2 && !PyTimedelta.Equal(d1, d2))
        {
            // Subtract the offset difference (it is small: the sums stay far within 64 bits).
            days -= (long)d1.Days - d2.Days;
            seconds -= (long)d1.Seconds - d2.Seconds;
            us -= (long)d1.Microseconds - d2.Microseconds;
        }
        return PyTimedelta.New(ts, days, seconds, us);
    }

    private static int CompareFields(PyDateTime a, PyDateTime b)
    {
        int diff = DateSlots.CompareDates(a, b);
        if (diff == 0) diff = a.Hour.CompareTo(b.Hour);
        if (diff == 0) diff = a.Minute.CompareTo(b.Minute);
        if (diff == 0) diff = a.Second.CompareTo(b.Second);
        if (diff == 0) diff = a.Microsecond.CompareTo(b.Microsecond);
        return diff;
    }

    private static PyObject? RichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        var self = (PyDateTime)a;
        if (b is not PyDateTime other)
        {
            if (b is PyDate)
            {
                // A date compares by its date alone, which a datetime must not: unequal or uncomparable.
                if (op == CompareOp.Eq) return PyBool.False;
                if (op == CompareOp.Ne) return PyBool.True;
                return DatetimeHelpers.CompareError(ts, a, b);
            }
            return PyNotImplemented.Instance;
        }
        if (self.TzInfo == other.TzInfo) return DatetimeHelpers.DiffToBool(CompareFields(self, other), op);
        var offset1 = DatetimeHelpers.CallUtcOffset(ts, self.TzInfo, self);
        if (offset1 is null) return null;
        var offset2 = DatetimeHelpers.CallUtcOffset(ts, other.TzInfo, other);
        if (offset2 is null) return null;
        int diff;
        if (offset1 == offset2 || (offset1 is PyTimedelta d1 && offset2 is PyTimedelta d2 && PyTimedelta.Equal(d1, d2)))
        {
            diff = CompareFields(self, other);
        }
        else if (offset1 != PyNone.Instance && offset2 != PyNone.Instance)
        {
            // The sign of self - other as UTC instants (what CPython reads off the subtraction's timedelta).
            var o1 = (PyTimedelta)offset1;
            var o2 = (PyTimedelta)offset2;
            long seconds = (self.Ordinal - (long)other.Ordinal) * 86400
                + (self.Hour - other.Hour) * 3600L + (self.Minute - other.Minute) * 60L + (self.Second - other.Second)
                - ((o1.Days - (long)o2.Days) * 86400 + o1.Seconds - o2.Seconds);
            long micro = seconds * 1000000 + self.Microsecond - other.Microsecond - (o1.Microseconds - o2.Microseconds);
            diff = micro.CompareTo(0);
        }
        else
        {
            if (op == CompareOp.Eq) return PyBool.False;
            if (op == CompareOp.Ne) return PyBool.True;
            return ts.TypeError("can't compare offset-naive and offset-aware datetimes");
        }
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && diff == 0)
        {
            int ex = Pep495Exception(ts, self, other, offset1, offset2);
            if (ex < 0) return null;
            if (ex != 0) diff = 1;
        }
        return DatetimeHelpers.DiffToBool(diff, op);
    }

    /// <summary>pep495_eq_exception: an instant in a fold (whose offset changes with the fold) is never equal across zones.</summary>
    private static int Pep495Exception(ThreadState ts, PyDateTime self, PyDateTime other, PyObject offsetSelf, PyObject offsetOther)
    {
        var flip = FlipFoldOffset(ts, self);
        if (flip is null) return -1;
        if (flip != offsetSelf && !OffsetsEqual(flip, offsetSelf)) return 1;
        flip = FlipFoldOffset(ts, other);
        if (flip is null) return -1;
        if (flip != offsetOther && !OffsetsEqual(flip, offsetOther)) return 1;
        return 0;
    }

    private static bool OffsetsEqual(PyObject a, PyObject b)
        => a is PyTimedelta x && b is PyTimedelta y ? PyTimedelta.Equal(x, y) : a == b;

    private static PyObject? FlipFoldOffset(ThreadState ts, PyDateTime dt)
    {
        var flipped = PyDateTime.New(ts, dt.Year, dt.Month, dt.Day, dt.Hour, dt.Minute, dt.Second, dt.Microsecond, dt.TzInfo, 1 - dt.Fold, dt.Type);
        if (flipped is null) return null;
        return DatetimeHelpers.CallUtcOffset(ts, flipped.TzInfo, flipped);
    }

    private static long Hash(ThreadState ts, PyObject obj)
    {
        var self = (PyDateTime)obj;
        if (self.HashCode != -1) return self.HashCode;
        PyDateTime self0 = self;
        if (self.Fold != 0)
        {
            var copy = PyDateTime.New(ts, self.Year, self.Month, self.Day, self.Hour, self.Minute, self.Second, self.Microsecond, self.TzInfo, 0, self.Type);
            if (copy is null) return -1;
            self0 = copy;
        }
        var offset = DatetimeHelpers.CallUtcOffset(ts, self0.TzInfo, self0);
        if (offset is null) return -1;
        if (offset == PyNone.Instance)
        {
            Span<byte> data = stackalloc byte[10];
            self.WriteDateTimeState(data);
            self.HashCode = HashSecret.Hasher.HashBytes(data);
        }
        else
        {
            var o = (PyTimedelta)offset;
            var temp = PyTimedelta.New(ts, (long)self.Ordinal - o.Days,
                self.Hour * 3600L + self.Minute * 60 + self.Second - o.Seconds, (long)self.Microsecond - o.Microseconds);
            if (temp is null) return -1;
            long h = TimedeltaSlots.Hash(ts, temp);
            if (h == -1) return -1;
            self.HashCode = h;
        }
        return self.HashCode;
    }

    private static PyObject? TimeTuple(ThreadState ts, PyObject obj)
    {
        var self = (PyDateTime)obj;
        int dstFlag = -1;
        if (self.HasTzInfo)
        {
            var dst = DatetimeHelpers.CallDst(ts, self.TzInfo, self);
            if (dst is null) return null;
            if (dst != PyNone.Instance) dstFlag = ((PyTimedelta)dst).IsZero ? 0 : 1;
        }
        return DatetimeHelpers.BuildStructTime(ts, self.Year, self.Month, self.Day, self.Hour, self.Minute, self.Second, dstFlag);
    }

    private static PyObject? UtcTimeTuple(ThreadState ts, PyObject obj)
    {
        var self = (PyDateTime)obj;
        PyDateTime utc = self;
        if (self.HasTzInfo)
        {
            var offset = DatetimeHelpers.CallUtcOffset(ts, self.TzInfo, self);
            if (offset is null) return null;
            if (offset != PyNone.Instance)
            {
                var shifted = AddDelta(ts, self, (PyTimedelta)offset, -1);
                if (shifted is null) return null;
                utc = (PyDateTime)shifted;
            }
        }
        return DatetimeHelpers.BuildStructTime(ts, utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, 0);
    }

    private static PyObject? Timestamp(ThreadState ts, PyObject obj)
    {
        var self = (PyDateTime)obj;
        if (self.HasTzInfo)
        {
            if (Subtract(ts, self, Epoch()) is not PyTimedelta delta) return null;
            var us = delta.TotalMicroseconds;
            if (us < (1L << 53) && us > -(1L << 53)) return PyFloat.Create((double)(long)us / 1e6);
            return Protocols.BinaryOp(ts, PyInt.Create((System.Numerics.BigInteger)us), PyInt.Create(1000000), BinaryOp.TrueDivide);
        }
        if (!DatetimeHelpers.LocalToSeconds(ts, self.Year, self.Month, self.Day, self.Hour, self.Minute, self.Second, self.Fold, out long seconds))
            return null;
        return PyFloat.Create(seconds - DatetimeCalendar.EpochSeconds + self.Microsecond / 1e6);
    }

    /// <summary>1970-01-01T00:00 UTC, as CPython's PyDateTime_Epoch.</summary>
    private static PyDateTime Epoch() => PyDateTime.Make(PyDateTime.TypeObject, 1970, 1, 1, 0, 0, 0, 0, PyTimezone.Utc, 0);

    private static PyObject? AsTimezone(ThreadState ts, PyObject obj, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var self = (PyDateTime)obj;
        var slots = new DatetimeArgBuffer();
        if (!DatetimeArgs.Parse(ts, args, kw, "astimezone", TzNames, 0, slots)) return null;
        var tzinfo = slots[0] ?? PyNone.Instance;
        if (!DatetimeHelpers.CheckTzinfo(ts, tzinfo)) return null;
        PyObject? selfTz = self.HasTzInfo ? self.TzInfo : null;
        PyTimedelta offset;
        while (true)
        {
            if (selfTz is null)
            {
                // Naive: the local zone at that wall time.
                if (!DatetimeHelpers.LocalToSeconds(ts, self.Year, self.Month, self.Day, self.Hour, self.Minute, self.Second, self.Fold, out long secs))
                    return null;
                selfTz = DatetimeHelpers.LocalTimezoneFromTimestamp(ts, secs - DatetimeCalendar.EpochSeconds);
                if (selfTz is null) return null;
            }
            if (selfTz == tzinfo) return self;
            var off = DatetimeHelpers.CallUtcOffset(ts, selfTz, self);
            if (off is null) return null;
            if (off == PyNone.Instance)
            {
                selfTz = null;
                continue;
            }
            offset = (PyTimedelta)off;
            break;
        }
        var shifted = AddDelta(ts, self, offset, -1);
        if (shifted is not PyDateTime result) return null;
        // The UTC instant as a datetime of the result's type with the target zone.
        if (tzinfo == PyNone.Instance)
        {
            var utc = PyDateTime.Make(result.Type, result.Year, result.Month, result.Day, result.Hour, result.Minute, result.Second,
                result.Microsecond, PyTimezone.Utc, result.Fold);
            if (Subtract(ts, utc, Epoch()) is not PyTimedelta sinceEpoch) return null;
            // Whole seconds, floored (CPython's delta // timedelta(seconds=1)).
            var total = sinceEpoch.TotalMicroseconds;
            long timestamp = (long)(total >= 0 ? total / 1000000 : -((-total + 999999) / 1000000));
            var local = DatetimeHelpers.LocalTimezoneFromTimestamp(ts, timestamp);
            if (local is null) return null;
            tzinfo = local;
        }
        var withTz = PyDateTime.Make(result.Type, result.Year, result.Month, result.Day, result.Hour, result.Minute, result.Second,
            result.Microsecond, tzinfo, result.Fold);
        return Protocols.CallMethod(ts, tzinfo, "fromutc", [withTz]);
    }

    /// <summary>datetime_best_possible: the current time (microseconds, floored) as local or UTC wall time.</summary>
    private static PyObject? BestPossible(ThreadState ts, PyObject cls, bool local, PyObject tzinfo)
    {
        long ticks = DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks;
        long us = ticks / 10;
        long secs = Math.DivRem(us, 1000000, out long rem);
        if (rem < 0)
        {
            rem += 1000000;
            secs--;
        }
        return FromTimeTAndUs(ts, cls, secs, (int)rem, local, tzinfo);
    }

    private static PyObject? FromTimestamp(ThreadState ts, PyObject cls, PyObject timestamp, bool local, PyObject tzinfo)
    {
        if (!DatetimeTimestamps.ToTimeval(ts, timestamp, out long t, out int us)) return null;
        return FromTimeTAndUs(ts, cls, t, us, local, tzinfo);
    }

    /// <summary>datetime_from_timet_and_us: broken-down time, with the fold detected for naive local times.</summary>
    private static PyObject? FromTimeTAndUs(ThreadState ts, PyObject cls, long timet, int us, bool local, PyObject tzinfo)
    {
        if (!DatetimeHelpers.BrokenDown(ts, timet, local, out var tm)) return null;
        int year = tm.Year + 1900, month = tm.Mon + 1, day = tm.Mday, hour = tm.Hour, minute = tm.Min;
        int second = Math.Min(59, tm.Sec);
        int fold = 0;
        if (tzinfo == PyNone.Instance && local)
        {
            if (!DatetimeCalendar.UtcToSeconds(ts, year, month, day, hour, minute, second, out long resultSeconds)) return null;
            // Probe a day earlier: if the offset then differed, this wall time may be the repeat of a fold.
            if (!DatetimeHelpers.Local(ts, DatetimeCalendar.EpochSeconds + timet - DatetimeCalendar.MaxFoldSeconds, out long probe)) return null;
            long transition = resultSeconds - probe - DatetimeCalendar.MaxFoldSeconds;
            if (transition < 0)
            {
                if (!DatetimeHelpers.Local(ts, DatetimeCalendar.EpochSeconds + timet + transition, out probe)) return null;
                if (probe == resultSeconds) fold = 1;
            }
        }
        if (cls == PyDateTime.TypeObject)
            return PyDateTime.New(ts, year, month, day, hour, minute, second, us, tzinfo, fold, PyDateTime.TypeObject);
        return PyDateTime.NewOfClass(ts, cls, year, month, day, hour, minute, second, us, tzinfo, fold);
    }

    private static PyObject? FromIsoFormat(ThreadState ts, PyObject cls, PyObject arg)
    {
        if (arg is not PyStr s) return ts.TypeError("fromisoformat: argument must be str");
        if (s.Length < 7) return IsoFormatParser.Invalid(ts, s);
        // A surrogate is allowed only as the separator (positions 7, 8 or 10): it reads as 'T'.
        var clean = s;
        foreach (int pos in (ReadOnlySpan<int>)[7, 8, 10])
        {
            if (pos > s.Length) break;
            if (pos < s.Length && s[pos] is >= 0xD800 and <= 0xDFFF)
            {
                var cps = new int[s.Length];
                for (int i = 0; i < cps.Length; i++) cps[i] = s[i];
                cps[pos] = 'T';
                clean = PyStr.FromCodePoints(cps);
                break;
            }
        }
        var bytes = IsoFormatParser.Utf8(clean);
        if (bytes is null) return IsoFormatParser.Invalid(ts, s);
        int len = bytes.Length - 1;
        int sepLocation = IsoFormatParser.FindSeparator(bytes, len);
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, us = 0, tzOff = 0, tzUs = 0;
        int rv = sepLocation < 0 ? -1 : IsoFormatParser.ParseDate(bytes, 0, sepLocation, ref year, ref month, ref day);
        if (rv == 0 && len > sepLocation)
        {
            int p = sepLocation;
            byte lead = bytes[p];
            // Skip the separator, whatever its UTF-8 length.
            p += (lead & 0x80) == 0 ? 1 : (lead & 0xF0) switch { 0xE0 => 3, 0xF0 => 4, _ => 2 };
            rv = IsoFormatParser.ParseTime(bytes, p, len - p, out hour, out minute, out second, out us, out tzOff, out tzUs);
        }
        if (rv < 0) return IsoFormatParser.Invalid(ts, s);
        var tz = IsoFormatParser.TzInfo(ts, rv, tzOff, tzUs);
        if (tz is null) return null;
        return PyDateTime.NewOfClass(ts, cls, year, month, day, hour, minute, second, us, tz, 0);
    }
}
