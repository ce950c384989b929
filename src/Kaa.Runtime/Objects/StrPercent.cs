namespace Kaa.Runtime;

/// <summary><c>str % args</c> (printf-style formatting).</summary>
internal static class StrPercent
{
    public static PyObject? Format(ThreadState ts, PyStr format, PyObject args)
    {
        return ts.TypeError("not all arguments converted during string formatting");
    }
}
