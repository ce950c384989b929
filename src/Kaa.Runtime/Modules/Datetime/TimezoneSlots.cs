namespace Kaa.Runtime;

/// <summary>The slots and methods of <c>datetime.timezone</c>.</summary>
internal static class TimezoneSlots
{
    private static readonly string[] NewNames = ["offset", "name"];

    internal static void Install(PyType type)
    {
        type.New = New;
        type.GetAttr = ObjectSlots.GenericGetAttrSlot;
        type.Repr = Repr;
        type.Str = static (ts, self) => Name((PyTimezone)self);
        type.Hash = static (ts, self) => TimedeltaSlots.Hash(ts, ((PyTimezone)self).Offset);
        type.RichCompare = static (ts, a, b, op) =>
        {
            if (op != CompareOp.Eq && op != CompareOp.Ne) return PyNotImplemented.Instance;
            if (b is not PyTimezone other) return PyNotImplemented.Instance;
            bool eq = PyTimedelta.Equal(((PyTimezone)a).Offset, other.Offset);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        type.AddMethod("tzname", static (ts, self, dt) => CheckArgument(ts, dt, "tzname") ? Name((PyTimezone)self) : null,
            "If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'.");
        type.AddMethod("utcoffset", static (ts, self, dt) => CheckArgument(ts, dt, "utcoffset") ? ((PyTimezone)self).Offset : null, "Return fixed offset.");
        type.AddMethod("dst", static (ts, self, dt) => CheckArgument(ts, dt, "dst") ? PyNone.Instance : null, "Return None.");
        type.AddMethod("fromutc", static (ts, self, arg) =>
        {
            if (arg is not PyDateTime dt) return ts.TypeError("fromutc: argument must be a datetime");
            if (dt.TzInfo != self) return ts.ValueError("fromutc: dt.tzinfo is not self");
            return DateTimeSlots.AddDelta(ts, dt, ((PyTimezone)self).Offset, 1);
        }, "datetime in UTC -> datetime in local time.");
        type.AddMethod("__getinitargs__", static (ts, self) =>
        {
            var tz = (PyTimezone)self;
            return tz.Name is null ? PyTuple.Create(tz.Offset) : PyTuple.Create(tz.Offset, tz.Name);
        }, "pickle support");
        type.AddAttribute("__doc__", PyStr.Create("Fixed offset from UTC implementation of tzinfo."));
    }

    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var slots = new DatetimeArgBuffer();
        Span<int> unused = stackalloc int[2];
        if (!DatetimeArgs.ParseConvert(ts, args, kwnames, "timezone", NewNames, 1, "dU", slots, unused)) return null;
        return PyTimezone.New(ts, (PyTimedelta)slots[0]!, slots[1]);
    }

    private static bool CheckArgument(ThreadState ts, PyObject dt, string method)
    {
        if (dt == PyNone.Instance || dt is PyDateTime) return true;
        ts.SetError(PyExc.TypeError, $"{method}(dt) argument must be a datetime instance or None, not {dt.Type.Name}");
        return false;
    }

    private static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var tz = (PyTimezone)self;
        string typeName = self.Type.Name;
        if (tz == PyTimezone.Utc) return PyStr.Create(typeName + ".utc");
        var offset = Protocols.Repr(ts, tz.Offset);
        if (offset is null) return null;
        if (tz.Name is null) return PyStr.Create($"{typeName}({offset})");
        var name = Protocols.Repr(ts, tz.Name);
        if (name is null) return null;
        return PyStr.Create($"{typeName}({offset}, {name})");
    }

    /// <summary>timezone_str: the given name, "UTC", or UTC±HH:MM[:SS[.ffffff]].</summary>
    internal static PyObject Name(PyTimezone tz)
    {
        if (tz.Name is not null) return tz.Name;
        if (tz == PyTimezone.Utc || tz.Offset.IsZero) return PyStr.Create("UTC");
        return PyStr.Create("UTC" + DatetimeHelpers.FormatOffset(tz.Offset, ":"));
    }
}
