namespace Kaa.Runtime;

/// <summary>
/// <c>_datetime</c>: CPython's C implementation of the datetime types, which <c>datetime.py</c> imports
/// over its pure-Python classes. Every type is created once per process (immutable); the module only
/// collects them.
/// </summary>
internal static class DatetimeModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_datetime", "Fast implementation of the datetime type.");
        m.Set("MINYEAR", PyInt.Create(DatetimeCalendar.MinYear));
        m.Set("MAXYEAR", PyInt.Create(DatetimeCalendar.MaxYear));
        m.Set("date", PyDate.TypeObject);
        m.Set("datetime", PyDateTime.TypeObject);
        m.Set("time", PyTime.TypeObject);
        m.Set("timedelta", PyTimedelta.TypeObject);
        m.Set("tzinfo", PyTzInfo.TypeObject);
        m.Set("timezone", PyTimezone.TypeObject);
        m.Set("UTC", PyTimezone.Utc);
        m.Set("datetime_CAPI", new PyCapsule("datetime.datetime_CAPI"));
        return m;
    }
}
