namespace Kaa.Runtime;

/// <summary>
/// <c>datetime.date</c>: year, month, day (always valid). <see cref="PyDateTime"/> extends it, as
/// CPython's datetime type is a subclass of date. The slots and methods live in <see cref="DateSlots"/>.
/// </summary>
public class PyDate : PyObject
{
    internal static readonly PyType TypeObject = CreateType();

    public readonly int Year;
    public readonly int Month;
    public readonly int Day;
    internal long HashCode = -1;

    protected PyDate(PyType type, int year, int month, int day) : base(type)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateStatic("datetime.date", (PyType?)null, TypeFlags.BaseType, DateSlots.Install);
        t.AddAttribute("min", new PyDate(t, 1, 1, 1));
        t.AddAttribute("max", new PyDate(t, 9999, 12, 31));
        t.AddAttribute("resolution", PyTimedelta.Make(PyTimedelta.TypeObject, 1, 0, 0));
        return t;
    }

    /// <summary>An instance of date or of a Python subclass of it, fields unchecked.</summary>
    internal static PyDate Make(PyType type, int year, int month, int day)
        => type == TypeObject ? new PyDate(type, year, month, day) : new Derived(type, year, month, day);

    public int Ordinal => DatetimeCalendar.YmdToOrd(Year, Month, Day);

    /// <summary>new_date_subclass_ex: date and datetime are made directly; a subclass is called as cls(y, m, d).</summary>
    internal static PyObject? NewOfClass(ThreadState ts, PyObject cls, int year, int month, int day)
    {
        if (cls == TypeObject)
            return DatetimeCalendar.CheckDateArgs(ts, year, month, day) ? new PyDate(TypeObject, year, month, day) : null;
        if (cls == PyDateTime.TypeObject)
            return PyDateTime.New(ts, year, month, day, 0, 0, 0, 0, PyNone.Instance, 0, PyDateTime.TypeObject);
        return Protocols.Call(ts, cls, [PyInt.Create(year), PyInt.Create(month), PyInt.Create(day)], null);
    }

    /// <summary>The 4 bytes CPython hashes and pickles: year (big-endian), month, day.</summary>
    internal void WriteState(Span<byte> data)
    {
        data[0] = (byte)(Year >> 8);
        data[1] = (byte)Year;
        data[2] = (byte)Month;
        data[3] = (byte)Day;
    }

    /// <summary>Instances of Python subclasses.</summary>
    private sealed class Derived : PyDate
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, int year, int month, int day) : base(type, year, month, day)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }
}
