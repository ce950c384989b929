namespace Kaa.Runtime;

/// <summary><c>_bisect</c>: binary search and insertion over a sorted sequence, with an optional key function.</summary>
internal static class BisectModule
{
    private static readonly string[] Names = ["a", "x", "lo", "hi", "key"];

    internal static PyModule? Create(ThreadState ts)
    {
        var m = PyModule.Create("_bisect", "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n");
        Add(m, "bisect_right", right: true, insort: false, "Return the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e <= x, and all e in\na[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\ninsert just after the rightmost x already there.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.");
        Add(m, "bisect_left", right: false, insort: false, "Return the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e < x, and all e in\na[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\ninsert just before the leftmost x already there.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.");
        Add(m, "insort_right", right: true, insort: true, "Insert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the right of the rightmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.");
        Add(m, "insort_left", right: false, insort: true, "Insert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the left of the leftmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.");
        return m;
    }

    private static void Add(PyModule m, string name, bool right, bool insort, string doc)
    {
        var spec = new ArgSpec(name, Names, required: 2, positionalOnly: 0, maxPositional: 4);
        m.AddFunction(name, (ts, self, args, kw) =>
        {
            var a = new ArgBuffer();
            if (!spec.Parse(ts, args, kw, a)) return null;
            var seq = a[0]!;
            var x = a[1]!;
            long lo = 0, hi = -1;
            if (a[2] is { } loArg && !Protocols.AsIndex(ts, loArg, out lo, PyExc.OverflowError)) return null;
            if (a[3] is { } hiArg && hiArg != PyNone.Instance && !Protocols.AsIndex(ts, hiArg, out hi, PyExc.OverflowError)) return null;
            var key = a[4] is { } k && k != PyNone.Instance ? k : null;
            PyObject item = x;
            if (insort && key is not null)
            {
                var kx = Protocols.Call1(ts, key, x);
                if (kx is null) return null;
                item = kx;
            }
            long index = Search(ts, seq, item, lo, hi, key, right);
            if (index < 0) return null;
            if (!insort) return PyInt.Create(index);
            if (seq.Type == BuiltinTypes.List)
            {
                ((PyList)seq).Insert(index, x);
                return PyNone.Instance;
            }
            return Protocols.CallMethod(ts, seq, "insert", [PyInt.Create(index), x]) is null ? null : PyNone.Instance;
        }, doc);
    }

    /// <summary>internal_bisect_right / _left: the insertion point, or -1 with the error set.</summary>
    private static long Search(ThreadState ts, PyObject seq, PyObject item, long lo, long hi, PyObject? key, bool right)
    {
        if (lo < 0)
        {
            ts.SetError(PyExc.ValueError, "lo must be non-negative");
            return -1;
        }
        if (hi == -1)
        {
            hi = Protocols.Length(ts, seq);
            if (hi < 0) return -1;
        }
        while (lo < hi)
        {
            long mid = (long)(((ulong)lo + (ulong)hi) / 2);
            PyObject? element;
            if (seq.Type == BuiltinTypes.List && mid < ((PyList)seq).Count) element = ((PyList)seq)[(int)mid];
            else element = Protocols.GetItem(ts, seq, PyInt.Create(mid));
            if (element is null) return -1;
            if (key is not null)
            {
                element = Protocols.Call1(ts, key, element);
                if (element is null) return -1;
            }
            int c = right ? Protocols.RichCompareBool(ts, item, element, CompareOp.Lt) : Protocols.RichCompareBool(ts, element, item, CompareOp.Lt);
            if (c < 0) return -1;
            if (right == (c > 0)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
