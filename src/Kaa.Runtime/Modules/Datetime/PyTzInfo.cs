namespace Kaa.Runtime;

/// <summary>
/// <c>datetime.tzinfo</c>: the abstract base of time zones. Its methods raise NotImplementedError except
/// <c>fromutc</c>, which derives local time from <c>utcoffset</c> and <c>dst</c>.
/// </summary>
public class PyTzInfo : PyObject
{
    internal static readonly PyType TypeObject = PyType.CreateStatic("datetime.tzinfo", (PyType?)null, TypeFlags.BaseType, Install);

    protected PyTzInfo(PyType type) : base(type) { }

    internal static PyTzInfo Make(PyType type) => type == TypeObject ? new PyTzInfo(type) : new Derived(type);

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) => Make(t);
        type.GetAttr = ObjectSlots.GenericGetAttrSlot;
        type.AddMethod("tzname", static (ts, self, dt) => ts.Raise(PyExc.NotImplementedError, "a tzinfo subclass must implement tzname()"), "datetime -> string name of time zone.");
        type.AddMethod("utcoffset", static (ts, self, dt) => ts.Raise(PyExc.NotImplementedError, "a tzinfo subclass must implement utcoffset()"), "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC");
        type.AddMethod("dst", static (ts, self, dt) => ts.Raise(PyExc.NotImplementedError, "a tzinfo subclass must implement dst()"), "datetime -> DST offset as timedelta positive east of UTC.");
        type.AddMethod("fromutc", FromUtc, "datetime in UTC -> datetime in local time.");
        type.AddMethod("__reduce__", Reduce, "-> (cls, state)");
        type.AddAttribute("__doc__", PyStr.Create("Abstract base class for time zone info objects."));
    }

    /// <summary>tzinfo_fromutc: the standard algorithm for a zone whose dst() is consistent.</summary>
    private static PyObject? FromUtc(ThreadState ts, PyObject self, PyObject arg)
    {
        if (arg is not PyDateTime dt) return ts.TypeError("fromutc: argument must be a datetime");
        if (dt.TzInfo != self) return ts.ValueError("fromutc: dt.tzinfo is not self");
        var off = DatetimeHelpers.CallUtcOffset(ts, dt.TzInfo, dt);
        if (off is null) return null;
        if (off == PyNone.Instance) return ts.ValueError("fromutc: non-None utcoffset() result required");
        var dst = DatetimeHelpers.CallDst(ts, dt.TzInfo, dt);
        if (dst is null) return null;
        if (dst == PyNone.Instance) return ts.ValueError("fromutc: non-None dst() result required");
        var delta = (PyTimedelta?)TimedeltaSlots.Subtract(ts, off, dst);
        if (delta is null) return null;
        var result = DateTimeSlots.AddDelta(ts, dt, delta, 1);
        if (result is null) return null;
        dst = DatetimeHelpers.CallDst(ts, dt.TzInfo, result);
        if (dst is null) return null;
        if (dst == PyNone.Instance) return ts.ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert");
        var d = (PyTimedelta)dst;
        if (!d.IsZero) result = result is PyDateTime r ? DateTimeSlots.AddDelta(ts, r, d, 1) : null;
        return result;
    }

    /// <summary>tzinfo_reduce: (type, __getinitargs__() or (), __getstate__()).</summary>
    private static PyObject? Reduce(ThreadState ts, PyObject self)
    {
        var getInitArgs = Protocols.LookupAttr(ts, self, "__getinitargs__");
        if (getInitArgs is null && ts.HasError) return null;
        PyObject? args = getInitArgs is null ? PyTuple.Empty : Protocols.Call0(ts, getInitArgs);
        if (args is null) return null;
        var state = Protocols.CallMethod(ts, self, "__getstate__", []);
        if (state is null) return null;
        return PyTuple.Create([self.Type, args, state]);
    }

    /// <summary>Instances of Python subclasses.</summary>
    private sealed class Derived : PyTzInfo
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type) : base(type)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }
}
