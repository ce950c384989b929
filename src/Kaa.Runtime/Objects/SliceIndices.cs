using System.Numerics;

namespace Kaa.Runtime;

/// <summary>
/// Turning a <c>slice</c> into concrete indices, shared by every sequence type (str, bytes, list, tuple,
/// range, ...). Two steps, as in CPython: <see cref="Unpack"/> reads start/stop/step as machine integers
/// (None → the defaults for the step's direction, huge values clamped, step 0 rejected), then
/// <see cref="AdjustIndices"/> clips them to a sequence length and returns how many items the slice
/// selects. <see cref="GetIndices"/> does both. The arbitrary-precision forms (<see cref="UnpackBig"/>)
/// serve <c>slice.indices()</c> and <c>range</c>, whose lengths need not fit a machine word.
/// </summary>
public static class SliceIndices
{
    /// <summary>
    /// PySlice_Unpack: start, stop and step as longs. None start/stop become the ends for the step's
    /// direction (long.MaxValue / long.MinValue sentinels that <see cref="AdjustIndices"/> clips).
    /// False with the error set (a non-index bound, or a zero step).
    /// </summary>
    public static bool Unpack(ThreadState ts, PySlice slice, out long start, out long stop, out long step)
    {
        start = stop = 0;
        step = 1;
        if (slice.Step is not PyNone)
        {
            if (!IndexValue(ts, slice.Step, out step)) return false;
            if (step == 0)
            {
                ts.SetError(PyExc.ValueError, "slice step cannot be zero");
                return false;
            }
            // -step must not overflow when a caller negates it.
            if (step < -long.MaxValue) step = -long.MaxValue;
        }
        if (slice.Start is PyNone) start = step < 0 ? long.MaxValue : 0;
        else if (!IndexValue(ts, slice.Start, out start)) return false;
        if (slice.Stop is PyNone) stop = step < 0 ? long.MinValue : long.MaxValue;
        else if (!IndexValue(ts, slice.Stop, out stop)) return false;
        return true;
    }

    /// <summary>
    /// PySlice_AdjustIndices: clips unpacked indices to a sequence of <paramref name="length"/> items and
    /// returns the number of items the slice selects (0 when empty).
    /// </summary>
    public static long AdjustIndices(long length, ref long start, ref long stop, long step)
    {
        if (start < 0)
        {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;
        if (step < 0)
        {
            if (stop < start) return (start - stop - 1) / -step + 1;
        }
        else if (start < stop) return (stop - start - 1) / step + 1;
        return 0;
    }

    /// <summary>Unpack then adjust: the slice's concrete start/step and item count for a sequence of <paramref name="length"/>.</summary>
    public static bool GetIndices(ThreadState ts, PySlice slice, long length, out long start, out long step, out long count)
    {
        count = 0;
        if (!Unpack(ts, slice, out start, out long stop, out step)) return false;
        count = AdjustIndices(length, ref start, ref stop, step);
        return true;
    }

    /// <summary>
    /// _PyEval_SliceIndex: a slice bound as a long, clamped to the long range when larger (as CPython clamps to
    /// Py_ssize_t). Also used for the start/stop arguments of <c>index()</c> methods.
    /// </summary>
    public static bool IndexValue(ThreadState ts, PyObject value, out long result)
    {
        if (value is PyInt i)
        {
            if (i.TryGetLong(out result)) return true;
            result = i.Sign < 0 ? long.MinValue : long.MaxValue;
            return true;
        }
        if (value.Type.Index is null)
        {
            result = 0;
            ts.SetError(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        return Protocols.AsIndex(ts, value, out result, null);
    }

    /// <summary>
    /// _PySlice_GetLongIndices: start, stop, step clipped to <paramref name="length"/> in arbitrary precision
    /// (what <c>slice.indices()</c> returns and what <c>range</c> slicing uses). False with the error set.
    /// </summary>
    public static bool UnpackBig(ThreadState ts, PySlice slice, BigInteger length, out BigInteger start, out BigInteger stop, out BigInteger step)
    {
        start = stop = BigInteger.Zero;
        step = BigInteger.One;
        if (slice.Step is not PyNone)
        {
            var s = BigIndex(ts, slice.Step);
            if (s is null) return false;
            step = s.Value;
            if (step.IsZero)
            {
                ts.SetError(PyExc.ValueError, "slice step cannot be zero");
                return false;
            }
        }
        bool backwards = step.Sign < 0;
        BigInteger lower = backwards ? BigInteger.MinusOne : BigInteger.Zero;
        BigInteger upper = backwards ? length - 1 : length;
        if (slice.Start is PyNone) start = backwards ? upper : lower;
        else
        {
            var s = BigIndex(ts, slice.Start);
            if (s is null) return false;
            start = Clip(s.Value, length, lower, upper);
        }
        if (slice.Stop is PyNone) stop = backwards ? lower : upper;
        else
        {
            var s = BigIndex(ts, slice.Stop);
            if (s is null) return false;
            stop = Clip(s.Value, length, lower, upper);
        }
        return true;
    }

    private static BigInteger Clip(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper)
    {
        if (v.Sign < 0)
        {
            v += length;
            return v < lower ? lower : v;
        }
        return v > upper ? upper : v;
    }

    private static PyInt? BigIndex(ThreadState ts, PyObject value)
    {
        if (value is PyInt i) return i;
        if (value.Type.Index is null)
        {
            ts.SetError(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
            return null;
        }
        return Protocols.Index(ts, value);
    }
}
