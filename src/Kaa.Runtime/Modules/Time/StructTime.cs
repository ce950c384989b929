namespace Kaa.Runtime;

/// <summary><c>time.struct_time</c>: nine visible fields plus tm_zone and tm_gmtoff as attributes.</summary>
internal static class StructTime
{
    public static readonly StructSequenceLayout Layout = new("time.struct_time",
        ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"],
        visibleCount: 9);

    public static readonly PyType Type = PyStructSequence.NewType(Layout, true,
        "The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().  May be considered as a\n sequence of 9 integers.\n\n Note that several fields' values are not the same as those defined by\n the C language standard for struct tm.  For example, the value of the\n field tm_year is the actual year, not year - 1900.  See individual\n fields' descriptions for details.");

    /// <summary>tmtotuple: C's struct tm to Python's conventions (year, 1-based month and yday, Monday = 0).</summary>
    public static unsafe PyStructSequence FromTm(in Tm tm)
    {
        PyObject zone = tm.Zone is null ? PyNone.Instance : FsEncoding.Decode(Libc.CString(tm.Zone));
        return PyStructSequence.Create(Type, Layout,
        [
            PyInt.Create((long)tm.Year + 1900), PyInt.Create(tm.Mon + 1), PyInt.Create(tm.Mday), PyInt.Create(tm.Hour),
            PyInt.Create(tm.Min), PyInt.Create(tm.Sec), PyInt.Create((tm.Wday + 6) % 7), PyInt.Create(tm.Yday + 1),
            PyInt.Create(tm.Isdst), zone, PyInt.Create(tm.Gmtoff),
        ]);
    }
}
