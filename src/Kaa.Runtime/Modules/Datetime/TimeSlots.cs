namespace Kaa.Runtime;

/// <summary>The slots and methods of <c>datetime.time</c>.</summary>
internal static class TimeSlots
{
    private static readonly string[] TimeNames = ["hour", "minute", "second", "microsecond", "tzinfo", "fold"];
    private static readonly string[] IsoFormatNames = ["timespec"];

    internal static void Install(PyType type)
    {
        type.New = New;
        type.GetAttr = ObjectSlots.GenericGetAttrSlot;
        type.Repr = Repr;
        type.Str = static (ts, self) => Protocols.CallMethod(ts, self, "isoformat", []);
        type.Hash = Hash;
        type.RichCompare = RichCompare;
        type.AddClassMethod(new MethodDef("fromisoformat", FromIsoFormat, "string -> time from a string in ISO 8601 format"));
        type.AddMethod("isoformat", IsoFormat, "Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\n\nThe optional argument timespec specifies the number of additional terms\nof the time to include. Valid options are 'auto', 'hours', 'minutes',\n'seconds', 'milliseconds' and 'microseconds'.\n");
        type.AddMethod("strftime", static (ts, self, args, kw) =>
        {
            var fmt = DateSlots.FormatArgument(ts, args, kw, "strftime");
            if (fmt is null) return null;
            var t = (PyTime)self;
            // The date fields of 1900-01-01; weekday and yearday as CPython passes them.
            var tuple = PyTuple.Create([PyInt.Create(1900), PyInt.Create(1), PyInt.Create(1), PyInt.Create(t.Hour), PyInt.Create(t.Minute),
                PyInt.Create(t.Second), PyInt.Create(0), PyInt.Create(1), PyInt.Create(-1)]);
            return DatetimeHelpers.WrapStrftime(ts, self, fmt, tuple, PyNone.Instance);
        }, "format -> strftime() style string.");
        type.AddMethod("__format__", static (ts, self, args, kw) => DateSlots.Format(ts, self, args, kw), "Formats self with strftime.");
        type.AddMethod("utcoffset", static (ts, self) => DatetimeHelpers.CallUtcOffset(ts, ((PyTime)self).TzInfo, PyNone.Instance), "Return self.tzinfo.utcoffset(self).");
        type.AddMethod("tzname", static (ts, self) => DatetimeHelpers.CallTzName(ts, ((PyTime)self).TzInfo, PyNone.Instance), "Return self.tzinfo.tzname(self).");
        type.AddMethod("dst", static (ts, self) => DatetimeHelpers.CallDst(ts, ((PyTime)self).TzInfo, PyNone.Instance), "Return self.tzinfo.dst(self).");
        type.AddMethod("replace", Replace, "Return time with new specified fields.");
        type.AddMethod("__reduce_ex__", static (ts, self, args, kw) =>
        {
            var arg = DatetimeArgs.ExactlyOne(ts, args, kw, "__reduce_ex__");
            if (arg is null || !DatetimeArgs.ToInt(ts, arg, out int proto)) return null;
            return PyTuple.Create(self.Type, State((PyTime)self, proto));
        }, "__reduce_ex__(proto) -> (cls, state)");
        type.AddMethod("__reduce__", static (ts, self) => PyTuple.Create(self.Type, State((PyTime)self, 2)), "__reduce__() -> (cls, state)");
        type.AddGetSet("hour", static (ts, self) => PyInt.Create(((PyTime)self).Hour));
        type.AddGetSet("minute", static (ts, self) => PyInt.Create(((PyTime)self).Minute));
        type.AddGetSet("second", static (ts, self) => PyInt.Create(((PyTime)self).Second));
        type.AddGetSet("microsecond", static (ts, self) => PyInt.Create(((PyTime)self).Microsecond));
        type.AddGetSet("tzinfo", static (ts, self) => ((PyTime)self).TzInfo);
        type.AddGetSet("fold", static (ts, self) => PyInt.Create(((PyTime)self).Fold));
        type.AddAttribute("__doc__", PyStr.Create("time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\nAll arguments are optional. tzinfo may be None, or an instance of\na tzinfo subclass. The remaining arguments may be ints.\n"));
    }

    private static PyTuple State(PyTime t, int proto)
    {
        var data = new byte[6];
        t.WriteState(data);
        if (proto > 3 && t.Fold != 0) data[0] |= 0x80;
        var bytes = PyBytes.Create(data);
        return t.HasTzInfo ? PyTuple.Create(bytes, t.TzInfo) : PyTuple.Create(bytes);
    }

    /// <summary>time_new: the pickle form (6 state bytes or their latin-1 str, plus an optional tzinfo), else the fields.</summary>
    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is null && args.Length is >= 1 and <= 2)
        {
            var state = args[0];
            PyObject tzinfo = args.Length == 2 ? args[1] : PyNone.Instance;
            byte[]? data = null;
            if (state is PyBytes b && b.Length == 6 && (b.Value[0] & 0x7F) < 24) data = b.Value;
            else if (state is PyStr s && s.Length == 6 && (s[0] & 0x7F) < 24)
            {
                data = new byte[6];
                for (int i = 0; i < 6; i++)
                {
                    if (s[i] > 255)
                        return ts.ValueError("Failed to encode latin1 string when unpickling a time object. pickle.load(data, encoding='latin1') is assumed.");
                    data[i] = (byte)s[i];
                }
            }
            if (data is not null)
            {
                if (tzinfo != PyNone.Instance && tzinfo is not PyTzInfo) return ts.TypeError("bad tzinfo state arg");
                int fold = data[0] >> 7;
                return PyTime.Make(type, data[0] & 0x7F, data[1], data[2], (data[3] << 16) | (data[4] << 8) | data[5], tzinfo, fold);
            }
        }
        var slots = new DatetimeArgBuffer();
        Span<int> v = stackalloc int[6];
        if (!DatetimeArgs.ParseConvert(ts, args, kwnames, null, TimeNames, 0, "iiiiOi", slots, v, maxPositional: 5)) return null;
        return PyTime.New(ts, v[0], v[1], v[2], v[3], slots[4] ?? PyNone.Instance, v[5], type);
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var t = (PyTime)self;
        string name = self.Type.Name;
        string text = t.Microsecond != 0 ? $"{name}({t.Hour}, {t.Minute}, {t.Second}, {t.Microsecond})"
            : t.Second != 0 ? $"{name}({t.Hour}, {t.Minute}, {t.Second})"
            : $"{name}({t.Hour}, {t.Minute})";
        return DateTimeSlots.AppendTzinfoAndFold(ts, text, t.TzInfo, t.Fold);
    }

    /// <summary>The time part of isoformat for a timespec; null with ValueError for an unknown one.</summary>
    internal static string? FormatTime(ThreadState ts, string timespec, int h, int m, int s, int us)
    {
        if (timespec == "auto") timespec = us != 0 ? "microseconds" : "seconds";
        switch (timespec)
        {
            case "hours": return $"{h:D2}";
            case "minutes": return $"{h:D2}:{m:D2}";
            case "seconds": return $"{h:D2}:{m:D2}:{s:D2}";
            case "milliseconds": return $"{h:D2}:{m:D2}:{s:D2}.{us / 1000:D3}";
            case "microseconds": return $"{h:D2}:{m:D2}:{s:D2}.{us:D6}";
            default:
                ts.SetError(PyExc.ValueError, "Unknown timespec value");
                return null;
        }
    }

    private static PyObject? IsoFormat(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var t = (PyTime)self;
        var slots = new DatetimeArgBuffer();
        Span<int> unused = stackalloc int[1];
        if (!DatetimeArgs.ParseConvert(ts, args, kw, "isoformat", IsoFormatNames, 0, "U", slots, unused)) return null;
        string timespec = slots[0]?.ToString() ?? "auto";
        var text = FormatTime(ts, timespec, t.Hour, t.Minute, t.Second, t.Microsecond);
        if (text is null) return null;
        if (!t.HasTzInfo) return PyStr.Create(text);
        var offset = DatetimeHelpers.FormatUtcOffset(ts, ":", t.TzInfo, PyNone.Instance);
        if (offset is null) return null;
        return PyStr.Create(text + offset);
    }

    private static PyObject? RichCompare(ThreadState ts, PyObject a, PyObject b, CompareOp op)
    {
        if (b is not PyTime other) return PyNotImplemented.Instance;
        var self = (PyTime)a;
        if (self.TzInfo == other.TzInfo) return DatetimeHelpers.DiffToBool(CompareFields(self, other), op);
        var offset1 = DatetimeHelpers.CallUtcOffset(ts, self.TzInfo, PyNone.Instance);
        if (offset1 is null) return null;
        var offset2 = DatetimeHelpers.CallUtcOffset(ts, other.TzInfo, PyNone.Instance);
        if (offset2 is null) return null;
        if (offset1 == offset2 || (offset1 is PyTimedelta d1 && offset2 is PyTimedelta d2 && PyTimedelta.Equal(d1, d2)))
            return DatetimeHelpers.DiffToBool(CompareFields(self, other), op);
        if (offset1 is PyTimedelta o1 && offset2 is PyTimedelta o2)
        {
            long s1 = self.Hour * 3600 + self.Minute * 60 + self.Second - o1.Days * 86400L - o1.Seconds;
            long s2 = other.Hour * 3600 + other.Minute * 60 + other.Second - o2.Days * 86400L - o2.Seconds;
            int diff = s1.CompareTo(s2);
            if (diff == 0) diff = self.Microsecond.CompareTo(other.Microsecond);
            return DatetimeHelpers.DiffToBool(diff, op);
        }
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return ts.TypeError("can't compare offset-naive and offset-aware times");
    }

    private static int CompareFields(PyTime a, PyTime b)
    {
        int diff = a.Hour.CompareTo(b.Hour);
        if (diff == 0) diff = a.Minute.CompareTo(b.Minute);
        if (diff == 0) diff = a.Second.CompareTo(b.Second);
        if (diff == 0) diff = a.Microsecond.CompareTo(b.Microsecond);
        return diff;
    }

    private static long Hash(ThreadState ts, PyObject self)
    {
        var t = (PyTime)self;
        if (t.HashCode != -1) return t.HashCode;
        PyObject self0 = t;
        if (t.Fold != 0)
        {
            var copy = PyTime.New(ts, t.Hour, t.Minute, t.Second, t.Microsecond, t.TzInfo, 0, t.Type);
            if (copy is null) return -1;
            self0 = copy;
        }
        var offset = DatetimeHelpers.CallUtcOffset(ts, ((PyTime)self0).TzInfo, PyNone.Instance);
        if (offset is null) return -1;
        if (offset == PyNone.Instance)
        {
            Span<byte> data = stackalloc byte[6];
            t.WriteState(data);
            t.HashCode = HashSecret.Hasher.HashBytes(data);
        }
        else
        {
            var o = (PyTimedelta)offset;
            var temp = PyTimedelta.New(ts, -(long)o.Days, t.Hour * 3600L + t.Minute * 60 + t.Second - o.Seconds, (long)t.Microsecond - o.Microseconds);
            if (temp is null) return -1;
            long h = TimedeltaSlots.Hash(ts, temp);
            if (h == -1) return -1;
            t.HashCode = h;
        }
        return t.HashCode;
    }

    private static PyObject? Replace(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var t = (PyTime)self;
        var slots = new DatetimeArgBuffer();
        Span<int> v = [t.Hour, t.Minute, t.Second, t.Microsecond, 0, t.Fold];
        if (!DatetimeArgs.ParseConvert(ts, args, kw, "replace", TimeNames, 0, "iiiiOi", slots, v, maxPositional: 5)) return null;
        int h = v[0], m = v[1], s = v[2], us = v[3], f = v[5];
        var tz = slots[4] ?? t.TzInfo;
        if (f != 0 && f != 1) return ts.ValueError("fold must be either 0 or 1");
        // CPython runs the type's tp_new directly (no __init__), then sets the fold.
        return PyTime.New(ts, h, m, s, us, tz, f, self.Type);
    }

    private static PyObject? FromIsoFormat(ThreadState ts, PyObject cls, PyObject arg)
    {
        if (arg is not PyStr s) return ts.TypeError("fromisoformat: argument must be str");
        var bytes = IsoFormatParser.Utf8(s);
        if (bytes is null) return IsoFormatParser.Invalid(ts, s);
        int len = bytes.Length - 1;
        int start = 0;
        // The time may be introduced by a 'T'.
        if (len > 0 && bytes[0] == 'T')
        {
            start = 1;
            len--;
        }
        int rv = IsoFormatParser.ParseTime(bytes, start, len, out int h, out int m, out int sec, out int us, out int tzOff, out int tzUs);
        if (rv < 0) return IsoFormatParser.Invalid(ts, s);
        var tz = IsoFormatParser.TzInfo(ts, rv, tzOff, tzUs);
        if (tz is null) return null;
        if (cls == PyTime.TypeObject) return PyTime.New(ts, h, m, sec, us, tz, 0);
        return Protocols.Call(ts, cls, [PyInt.Create(h), PyInt.Create(m), PyInt.Create(sec), PyInt.Create(us), tz], null);
    }
}
