namespace Kaa.Runtime;

/// <summary>
/// <c>datetime.datetime</c>: a date plus hour, minute, second, microsecond, tzinfo (None when naive) and
/// fold. The slots and methods live in <see cref="DateTimeSlots"/>.
/// </summary>
public class PyDateTime : PyDate
{
    internal static new readonly PyType TypeObject = CreateType();

    public readonly int Hour;
    public readonly int Minute;
    public readonly int Second;
    public readonly int Microsecond;
    public readonly int Fold;
    /// <summary>None or a tzinfo.</summary>
    public readonly PyObject TzInfo;

    protected PyDateTime(PyType type, int year, int month, int day, int hour, int minute, int second, int microsecond, PyObject tzinfo, int fold)
        : base(type, year, month, day)
    {
        Hour = hour;
        Minute = minute;
        Second = second;
        Microsecond = microsecond;
        TzInfo = tzinfo;
        Fold = fold;
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateStatic("datetime.datetime", PyDate.TypeObject, TypeFlags.BaseType, DateTimeSlots.Install);
        t.AddAttribute("min", new PyDateTime(t, 1, 1, 1, 0, 0, 0, 0, PyNone.Instance, 0));
        t.AddAttribute("max", new PyDateTime(t, 9999, 12, 31, 23, 59, 59, 999999, PyNone.Instance, 0));
        t.AddAttribute("resolution", PyTimedelta.Make(PyTimedelta.TypeObject, 0, 0, 1));
        return t;
    }

    internal static PyDateTime Make(PyType type, int year, int month, int day, int hour, int minute, int second, int microsecond, PyObject tzinfo, int fold)
        => type == TypeObject
            ? new PyDateTime(type, year, month, day, hour, minute, second, microsecond, tzinfo, fold)
            : new Derived(type, year, month, day, hour, minute, second, microsecond, tzinfo, fold);

    /// <summary>new_datetime_ex2: range-checked, of <paramref name="type"/> without calling its constructor.</summary>
    internal static PyDateTime? New(ThreadState ts, int year, int month, int day, int hour, int minute, int second, int microsecond,
        PyObject tzinfo, int fold, PyType type)
    {
        if (!DatetimeCalendar.CheckDateArgs(ts, year, month, day)) return null;
        if (!DatetimeCalendar.CheckTimeArgs(ts, hour, minute, second, microsecond, fold)) return null;
        if (!DatetimeHelpers.CheckTzinfo(ts, tzinfo)) return null;
        return Make(type, year, month, day, hour, minute, second, microsecond, tzinfo, fold);
    }

    /// <summary>new_datetime_subclass_fold_ex: datetime directly, a subclass through its constructor (without the fold).</summary>
    internal static PyObject? NewOfClass(ThreadState ts, PyObject cls, int year, int month, int day, int hour, int minute, int second,
        int microsecond, PyObject tzinfo, int fold)
    {
        if (cls == TypeObject) return New(ts, year, month, day, hour, minute, second, microsecond, tzinfo, fold, TypeObject);
        return Protocols.Call(ts, cls, [PyInt.Create(year), PyInt.Create(month), PyInt.Create(day), PyInt.Create(hour),
            PyInt.Create(minute), PyInt.Create(second), PyInt.Create(microsecond), tzinfo], null);
    }

    public bool HasTzInfo => TzInfo != PyNone.Instance;

    /// <summary>The 10 bytes CPython hashes and pickles: the date's 4, then hour, minute, second, microsecond (3 bytes).</summary>
    internal void WriteDateTimeState(Span<byte> data)
    {
        WriteState(data);
        data[4] = (byte)Hour;
        data[5] = (byte)Minute;
        data[6] = (byte)Second;
        data[7] = (byte)(Microsecond >> 16);
        data[8] = (byte)(Microsecond >> 8);
        data[9] = (byte)Microsecond;
    }

    /// <summary>Instances of Python subclasses.</summary>
    private sealed class Derived : PyDateTime
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, int year, int month, int day, int hour, int minute, int second, int microsecond, PyObject tzinfo, int fold)
            : base(type, year, month, day, hour, minute, second, microsecond, tzinfo, fold)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }
}
