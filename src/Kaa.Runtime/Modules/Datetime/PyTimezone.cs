namespace Kaa.Runtime;

/// <summary>
/// <c>datetime.timezone</c>: a fixed offset from UTC with an optional name. Not subclassable (as in
/// CPython), so there is no Derived form. <see cref="Utc"/> is <c>timezone.utc</c>.
/// </summary>
public sealed class PyTimezone : PyTzInfo
{
    internal static new readonly PyType TypeObject = CreateType();
    internal static readonly PyTimezone Utc = (PyTimezone)TypeObject.Namespace.GetStr("utc")!;

    public readonly PyTimedelta Offset;
    /// <summary>The name given at construction, or null.</summary>
    public readonly PyObject? Name;

    private PyTimezone(PyType type, PyTimedelta offset, PyObject? name) : base(type)
    {
        Offset = offset;
        Name = name;
    }

    private static PyType CreateType()
    {
        var t = PyType.CreateStatic("datetime.timezone", PyTzInfo.TypeObject, TypeFlags.None, TimezoneSlots.Install);
        var zero = PyTimedelta.Make(PyTimedelta.TypeObject, 0, 0, 0);
        t.AddAttribute("utc", new PyTimezone(t, zero, null));
        t.AddAttribute("min", new PyTimezone(t, PyTimedelta.Make(PyTimedelta.TypeObject, -1, 60, 0), null));
        t.AddAttribute("max", new PyTimezone(t, PyTimedelta.Make(PyTimedelta.TypeObject, 0, 23 * 3600 + 59 * 60, 0), null));
        return t;
    }

    /// <summary>new_timezone: the UTC singleton for a zero offset without a name; a range check otherwise.</summary>
    internal static PyObject? New(ThreadState ts, PyTimedelta offset, PyObject? name)
    {
        if (name is null && offset.IsZero) return Utc;
        if ((offset.Days == -1 && offset.Seconds == 0 && offset.Microseconds < 1) || offset.Days < -1 || offset.Days >= 1)
        {
            var repr = Protocols.Repr(ts, offset);
            if (repr is null) return null;
            return ts.ValueError($"offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {repr}.");
        }
        return new PyTimezone(TypeObject, offset, name);
    }
}
