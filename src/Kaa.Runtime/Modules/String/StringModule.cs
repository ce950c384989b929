using Kaa.Syntax.Text;

namespace Kaa.Runtime;

/// <summary><c>_string</c>: the format-string parsing <c>string.Formatter</c> is built on.</summary>
internal static class StringModule
{
    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_string", "string helper module");
        m.AddFunction("formatter_parser", static (ts, self, s) =>
            s is PyStr str ? new FormatterIterator(str) : ts.TypeError($"expected str, got {s.Type.Name}"),
            "parse the argument as a format string");
        m.AddFunction("formatter_field_name_split", static (ts, self, s) =>
            s is PyStr str ? FieldNameIterator.Split(ts, str) : ts.TypeError($"expected str, got {s.Type.Name}"),
            "split the argument as a field name");
        return m;
    }

    /// <summary>get_integer: the decimal value of s[start:end], -1 when it is not all digits; -2 on overflow (error set).</summary>
    internal static long ParseIndex(ThreadState ts, PyStr s, int start, int end)
    {
        if (start >= end) return -1;
        long value = 0;
        for (int i = start; i < end; i++)
        {
            int d = UnicodeDatabase.DecimalValue(s[i]);
            if (d < 0) return -1;
            if (value > (long.MaxValue - d) / 10)
            {
                ts.SetError(PyExc.ValueError, "Too many decimal digits in format string");
                return -2;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
