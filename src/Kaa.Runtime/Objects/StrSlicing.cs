namespace Kaa.Runtime;

/// <summary>
/// Slicing of str: the slice's indices adjusted to a length (PySlice_Unpack + PySlice_AdjustIndices),
/// then the selected code points. The indices helper is private to str until the shared
/// Objects/SliceIndices.cs lands.
/// </summary>
internal static class StrSlicing
{
    /// <summary>start, step and the number of selected items of <paramref name="slice"/> over <paramref name="length"/> items.</summary>
    public static bool Indices(ThreadState ts, PySlice slice, int length, out int start, out int step, out int count)
    {
        start = step = count = 0;
        long st;
        if (slice.Step is PyNone) st = 1;
        else
        {
            if (!SliceIndex(ts, slice.Step, out st)) return false;
            if (st == 0)
            {
                ts.SetError(PyExc.ValueError, "slice step cannot be zero");
                return false;
            }
            if (st < -long.MaxValue) st = -long.MaxValue;
        }
        long lo, hi;
        if (slice.Start is PyNone) lo = st < 0 ? long.MaxValue : 0;
        else if (!SliceIndex(ts, slice.Start, out lo)) return false;
        if (slice.Stop is PyNone) hi = st < 0 ? long.MinValue : long.MaxValue;
        else if (!SliceIndex(ts, slice.Stop, out hi)) return false;

        lo = Adjust(lo, length, st);
        hi = Adjust(hi, length, st);
        long n;
        if (st < 0) n = hi < lo ? (lo - hi - 1) / -st + 1 : 0;
        else n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        start = (int)lo;
        step = (int)Math.Clamp(st, int.MinValue + 1, int.MaxValue);
        count = (int)n;
        return true;
    }

    private static long Adjust(long index, int length, long step)
    {
        if (index < 0)
        {
            index += length;
            if (index < 0) index = step < 0 ? -1 : 0;
        }
        else if (index >= length) index = step < 0 ? length - 1 : length;
        return index;
    }

    /// <summary>_PyEval_SliceIndex: None is handled by the caller; an __index__ value clamps to the long range.</summary>
    public static bool SliceIndex(ThreadState ts, PyObject value, out long result)
    {
        if (value is PyInt i)
        {
            if (!i.TryGetLong(out result)) result = i.Sign < 0 ? long.MinValue : long.MaxValue;
            return true;
        }
        if (value.Type.Index is null)
        {
            result = 0;
            ts.SetError(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        return Protocols.AsIndex(ts, value, out result);
    }

    /// <summary>The <paramref name="count"/> code points from <paramref name="start"/> by <paramref name="step"/>.</summary>
    public static PyStr Slice(PyStr s, int start, int step, int count)
    {
        if (count <= 0) return PyStr.Empty;
        if (step == 1) return s.Substring(start, start + count);
        if (!s.IsWide && count <= 256)
        {
            // Short results from span to span (a short str is not made to hold a .NET string).
            Span<char> picked = stackalloc char[count];
            var text = s.Bmp;
            for (int i = 0, j = start; i < count; i++, j += step) picked[i] = text[j];
            return PyStr.FromChars(picked);
        }
        if (!s.IsWide)
        {
            return PyStr.FromChars(string.Create(count, (s.Chars, start, step), static (span, st) =>
            {
                for (int i = 0, j = st.start; i < span.Length; i++, j += st.step) span[i] = st.Chars[j];
            }));
        }
        var cps = count <= 256 ? stackalloc int[count] : new int[count];
        var wide = s.Wide;
        for (int i = 0, j = start; i < count; i++, j += step) cps[i] = wide[j];
        return PyStr.FromCodePoints(cps);
    }
}
