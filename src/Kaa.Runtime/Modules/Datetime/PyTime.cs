namespace Kaa.Runtime;

/// <summary>
/// <c>datetime.time</c>: hour, minute, second, microsecond, tzinfo (None when naive) and fold. The slots
/// and methods live in <see cref="TimeSlots"/>.
/// </summary>
public class PyTime : PyObject
{
    internal static readonly PyType TypeObject = CreateType();

    public readonly int Hour;
    public readonly int Minute;
    public readonly int Second;
    public readonly int Microsecond;
    public readonly int Fold;
    /// <summary>None or a tzinfo.</summary>
    public readonly PyObject TzInfo;
    internal long HashCode = -1;

    protected PyTime(PyType type, int hour, int minute, int second, int microsecond, PyObject tzinfo, int fold) : base(type)
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
        var t = PyType.CreateStatic("datetime.time", (PyType?)null, TypeFlags.BaseType, TimeSlots.Install);
        t.AddAttribute("min", new PyTime(t, 0, 0, 0, 0, PyNone.Instance, 0));
        t.AddAttribute("max", new PyTime(t, 23, 59, 59, 999999, PyNone.Instance, 0));
        t.AddAttribute("resolution", PyTimedelta.Make(PyTimedelta.TypeObject, 0, 0, 1));
        return t;
    }

    internal static PyTime Make(PyType type, int hour, int minute, int second, int microsecond, PyObject tzinfo, int fold)
        => type == TypeObject
            ? new PyTime(type, hour, minute, second, microsecond, tzinfo, fold)
            : new Derived(type, hour, minute, second, microsecond, tzinfo, fold);

    /// <summary>new_time_ex2: range-checked.</summary>
    internal static PyTime? New(ThreadState ts, int hour, int minute, int second, int microsecond, PyObject tzinfo, int fold, PyType? type = null)
    {
        if (!DatetimeCalendar.CheckTimeArgs(ts, hour, minute, second, microsecond, fold)) return null;
        if (!DatetimeHelpers.CheckTzinfo(ts, tzinfo)) return null;
        return Make(type ?? TypeObject, hour, minute, second, microsecond, tzinfo, fold);
    }

    public bool HasTzInfo => TzInfo != PyNone.Instance;

    /// <summary>The 6 bytes CPython hashes and pickles: hour, minute, second, microsecond (big-endian, 3 bytes).</summary>
    internal void WriteState(Span<byte> data)
    {
        data[0] = (byte)Hour;
        data[1] = (byte)Minute;
        data[2] = (byte)Second;
        data[3] = (byte)(Microsecond >> 16);
        data[4] = (byte)(Microsecond >> 8);
        data[5] = (byte)Microsecond;
    }

    /// <summary>Instances of Python subclasses.</summary>
    private sealed class Derived : PyTime
    {
        private PyDict? _dict;
        private readonly PyObject?[]? _slots;

        public Derived(PyType type, int hour, int minute, int second, int microsecond, PyObject tzinfo, int fold)
            : base(type, hour, minute, second, microsecond, tzinfo, fold)
        {
            if (type.HasInstanceDict) _dict = new PyDict();
            if (type.SlotCount > 0) _slots = new PyObject?[type.SlotCount];
        }

        public override PyDict? Dict { get => _dict; set => _dict = value; }
        public override Span<PyObject?> SlotValues => _slots;
    }
}
