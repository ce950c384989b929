namespace Kaa.Runtime;

/// <summary>
/// <c>datetime.IsoCalendarDate</c>: what <c>date.isocalendar()</c> returns, a tuple (year, week, weekday)
/// whose items are also named attributes. It pickles as a plain tuple.
/// </summary>
internal static class IsoCalendarDate
{
    private static readonly ArgSpec NewSpec = new("IsoCalendarDate", ["year", "week", "weekday"], required: 3, positionalOnly: 0);

    internal static readonly PyType TypeObject = PyType.CreateStatic("datetime.IsoCalendarDate", BuiltinTypes.Tuple, TypeFlags.None, Install);

    internal static PyTuple Create(int year, int week, int weekday)
        => new PyTuple.Derived(TypeObject, [PyInt.Create(year), PyInt.Create(week), PyInt.Create(weekday)]);

    private static void Install(PyType type)
    {
        type.New = static (ts, t, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!NewSpec.Parse(ts, args, kw, a)) return null;
            if (!DatetimeArgs.ToInt(ts, a[0]!, out int y) || !DatetimeArgs.ToInt(ts, a[1]!, out int w) || !DatetimeArgs.ToInt(ts, a[2]!, out int d)) return null;
            return new PyTuple.Derived(t, [PyInt.Create(y), PyInt.Create(w), PyInt.Create(d)]);
        };
        type.Repr = static (ts, self) =>
        {
            var items = ((PyTuple)self).Items;
            return PyStr.Create($"{self.Type.Name}(year={items[0]}, week={items[1]}, weekday={items[2]})");
        };
        type.AddMethod("__reduce__", static (ts, self) =>
            PyTuple.Create(BuiltinTypes.Tuple, PyTuple.Create(PyTuple.Create(((PyTuple)self).Items.ToArray()))), "__reduce__() -> (cls, state)");
        type.AddGetSet("year", static (ts, self) => ((PyTuple)self).Items[0], null, "The year.");
        type.AddGetSet("week", static (ts, self) => ((PyTuple)self).Items[1], null, "The week.");
        type.AddGetSet("weekday", static (ts, self) => ((PyTuple)self).Items[2], null, "The weekday.");
        type.AddAttribute("__doc__", PyStr.Create("The result of date.isocalendar() or datetime.isocalendar()\n\nThis object may be accessed either as a tuple of\n  ((year, week, weekday)\nor via the object attributes as named in the above tuple."));
    }
}
