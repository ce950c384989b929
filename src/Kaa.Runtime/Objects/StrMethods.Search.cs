namespace Kaa.Runtime;

/// <summary>str's searching methods: find, rfind, index, rindex, count, startswith, endswith.</summary>
internal static partial class StrMethods
{
    private static void InstallSearch(PyType type)
    {
        type.AddMethod("find", static (ts, self, args, kw) => FindMethod(ts, (PyStr)self, args, kw, "find", reverse: false, raise: false));
        type.AddMethod("rfind", static (ts, self, args, kw) => FindMethod(ts, (PyStr)self, args, kw, "rfind", reverse: true, raise: false));
        type.AddMethod("index", static (ts, self, args, kw) => FindMethod(ts, (PyStr)self, args, kw, "index", reverse: false, raise: true));
        type.AddMethod("rindex", static (ts, self, args, kw) => FindMethod(ts, (PyStr)self, args, kw, "rindex", reverse: true, raise: true));
        type.AddMethod("count", static (ts, self, args, kw) =>
        {
            var s = (PyStr)self;
            if (!ParseSubStartEnd(ts, s, args, kw, "count", out var sub, out int start, out int end)) return null;
            if (sub is not PyStr needle) return ts.TypeError($"must be str, not {sub!.Type.Name}");
            return PyInt.Create(StrSearch.Count(s, needle, start, end));
        });
        type.AddMethod("startswith", static (ts, self, args, kw) => TailMatchMethod(ts, (PyStr)self, args, kw, "startswith", atEnd: false));
        type.AddMethod("endswith", static (ts, self, args, kw) => TailMatchMethod(ts, (PyStr)self, args, kw, "endswith", atEnd: true));
    }

    /// <summary>
    /// The <c>(sub[, start[, end]])</c> arguments of find/count/startswith (old-style parsing: positional
    /// only, CPython's "takes at least/at most" messages), start and end adjusted to the string.
    /// </summary>
    private static bool ParseSubStartEnd(ThreadState ts, PyStr s, ReadOnlySpan<PyObject> args, PyTuple? kw, string name,
        out PyObject? sub, out int start, out int end)
    {
        sub = null;
        start = end = 0;
        if (kw is not null && kw.Length > 0)
        {
            ts.SetError(PyExc.TypeError, $"str.{name}() takes no keyword arguments");
            return false;
        }
        if (args.Length < 1)
        {
            ts.SetError(PyExc.TypeError, $"{name}() takes at least 1 argument (0 given)");
            return false;
        }
        if (args.Length > 3)
        {
            ts.SetError(PyExc.TypeError, $"{name}() takes at most 3 arguments ({args.Length} given)");
            return false;
        }
        sub = args[0];
        long lo = 0, hi = long.MaxValue;
        if (args.Length > 1 && args[1] is not PyNone && !StrSlicing.SliceIndex(ts, args[1], out lo)) return false;
        if (args.Length > 2 && args[2] is not PyNone && !StrSlicing.SliceIndex(ts, args[2], out hi)) return false;
        StrSearch.AdjustIndices(ref lo, ref hi, s.Length);
        // A start past the end finds nothing; keep it representable.
        start = (int)Math.Min(lo, s.Length + 1L);
        end = (int)hi;
        return true;
    }

    private static PyObject? FindMethod(ThreadState ts, PyStr s, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool reverse, bool raise)
    {
        if (!ParseSubStartEnd(ts, s, args, kw, name, out var sub, out int start, out int end)) return null;
        if (sub is not PyStr needle) return ts.TypeError($"must be str, not {sub!.Type.Name}");
        int i = StrSearch.Find(s, needle, start, end, reverse);
        if (i < 0 && raise) return ts.ValueError("substring not found");
        return PyInt.Create(i);
    }

    private static PyObject? TailMatchMethod(ThreadState ts, PyStr s, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool atEnd)
    {
        if (!ParseSubStartEnd(ts, s, args, kw, name, out var sub, out int start, out int end)) return null;
        if (sub is PyTuple options)
        {
            foreach (var item in options.Items)
            {
                if (item is not PyStr option)
                    return ts.TypeError($"tuple for {name} must only contain str, not {item.Type.Name}");
                if (TailMatch(s, option, start, end, atEnd)) return PyBool.True;
            }
            return PyBool.False;
        }
        if (sub is not PyStr needle)
            return ts.TypeError($"{name} first arg must be str or a tuple of str, not {sub!.Type.Name}");
        return PyBool.From(TailMatch(s, needle, start, end, atEnd));
    }

    /// <summary>tailmatch: whether s[start:end] starts (or ends) with <paramref name="sub"/>.</summary>
    private static bool TailMatch(PyStr s, PyStr sub, int start, int end, bool atEnd)
    {
        int n = sub.Length;
        if (end - n < start) return false;
        if (n == 0) return true;
        return StrSearch.MatchAt(s, sub, atEnd ? end - n : start);
    }
}
